import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/csp.ts';

describe('contentSecurityPolicy', () => {
  it('allows only this site, nothing inline, and WebAssembly only when asked', () => {
    const plain = contentSecurityPolicy({ wasm: false });
    expect(plain).toContain("script-src 'self';");
    expect(plain).toContain("style-src 'self';");
    expect(plain).toContain("worker-src 'self'");
    expect(plain).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(contentSecurityPolicy({ wasm: true })).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });
});
