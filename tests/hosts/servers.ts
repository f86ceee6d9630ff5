/**
 * The repo's host configs (scripts/deploy/) started for real on a loopback port, each serving the
 * sub-path build (.build/sub-dist, built for /yqpj/): nginx with the brotli module, Caddy, Apache.
 * A missing server is an error, not a skip: .ci/run installs all three from Debian.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
export const BASE = '/yqpj/';
export const SITE = join(ROOT, process.env.HOSTS_DIST ?? '.build/sub-dist');
const DEPLOY = join(ROOT, 'scripts/deploy');
const SITE_FOLDER = '/var/www/park-scorecard';

export interface Host {
  name: string;
  binary: string;
  start(port: number, work: string): ChildProcess;
}

const config = (file: string) => readFileSync(join(DEPLOY, file), 'utf8').replaceAll(SITE_FOLDER, SITE);
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const APACHE_MODULES = ['mpm_event', 'authz_core', 'mime', 'dir', 'rewrite', 'headers', 'alias', 'env', 'setenvif'];

export const HOSTS: readonly Host[] = [
  {
    name: 'nginx',
    binary: '/usr/sbin/nginx',
    start(port, work) {
      for (const dir of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, dir), { recursive: true });
      writeFileSync(join(work, 'nginx.conf'), `${existsSync(BROTLI_MODULE) ? `load_module ${BROTLI_MODULE};\n` : ''}daemon off;
pid ${work}/nginx.pid;
error_log ${work}/error.log;
events {}
http {
  access_log off;
  default_type application/octet-stream;
  client_body_temp_path ${work}/body; proxy_temp_path ${work}/proxy; fastcgi_temp_path ${work}/fastcgi; uwsgi_temp_path ${work}/uwsgi; scgi_temp_path ${work}/scgi;
  server {
    listen 127.0.0.1:${port};
${config('nginx.conf')}
  }
}
`);
      return spawn(this.binary, ['-p', work, '-c', join(work, 'nginx.conf'), '-e', join(work, 'error.log')], { stdio: 'inherit' });
    },
  },
  {
    name: 'caddy',
    binary: '/usr/bin/caddy',
    start(port, work) {
      const file = join(work, 'Caddyfile');
      writeFileSync(file, `{\n\tadmin off\n}\n${config('Caddyfile').replace(':8080 {', `http://127.0.0.1:${port} {`)}`);
      return spawn(this.binary, ['run', '--config', file, '--adapter', 'caddyfile'], { stdio: 'inherit', env: { ...process.env, HOME: work, XDG_DATA_HOME: work, XDG_CONFIG_HOME: work } });
    },
  },
  {
    name: 'apache',
    binary: '/usr/sbin/apache2',
    start(port, work) {
      writeFileSync(join(work, 'httpd.conf'), `ServerRoot ${work}
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${work}/httpd.pid
ErrorLog ${work}/error.log
Mutex file:${work}
${APACHE_MODULES.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`).join('\n')}
${process.getuid?.() === 0 ? 'User www-data\nGroup www-data' : ''}
TypesConfig /etc/mime.types
Alias ${BASE} "${SITE}/"
<Directory "${SITE}">
  Require all granted
  AllowOverride None
${config('apache.htaccess')}
</Directory>
`);
      return spawn(this.binary, ['-d', work, '-f', join(work, 'httpd.conf'), '-DFOREGROUND'], { stdio: 'inherit', env: { ...process.env, APACHE_RUN_DIR: work } });
    },
  },
];

export function workDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `host-${name}-`));
}

/** Waits until the server answers on the port. */
export async function ready(port: number, child: ChildProcess, timeoutMs = 15_000): Promise<void> {
  const started = Date.now();
  let exited: number | null = null;
  child.once('exit', (code) => { exited = code ?? -1; });
  while (Date.now() - started < timeoutMs) {
    if (exited !== null) throw new Error(`server exited with ${exited}`);
    try {
      await fetch(`http://127.0.0.1:${port}${BASE}`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`no answer on port ${port} after ${timeoutMs} ms`);
}
