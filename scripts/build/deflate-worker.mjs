// Deflates one file for the download ZIP (scripts/build/write-zip.ts) on a worker thread. Plain
// JavaScript so that it loads the same under tsx, Vitest and plain Node; fflate, not node:zlib,
// because its output is the same on every machine and the ZIP's checksum is published.
import { parentPort } from 'node:worker_threads';
import { deflateSync } from 'fflate';

const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

function crc32(bytes) {
  let c = -1;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

parentPort.on('message', ({ id, bytes, level }) => {
  const deflated = deflateSync(bytes, { level });
  parentPort.postMessage({ id, deflated, crc: crc32(bytes) }, [deflated.buffer]);
});
