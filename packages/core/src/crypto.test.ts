import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeCrypto, sha256Hex } from './crypto.js';

describe('sha256Hex', () => {
  afterEach(() => vi.restoreAllMocks());
  // FIPS 180-2's test vector, and text as the cache digests it (UTF-8).
  const vectors: [string | Uint8Array, string][] = [
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [new TextEncoder().encode('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['Здравствуйте', createRequire(import.meta.url)('node:crypto').createHash('sha256').update(Buffer.from('Здравствуйте', 'utf8')).digest('hex') as string],
  ];

  it('digests strings (as UTF-8) and bytes with crypto.hash where Node.js has it', () => {
    const hash = (nodeCrypto() as { hash?: unknown }).hash;
    expect(typeof hash).toBe('function');
    const oneShot = vi.spyOn(nodeCrypto() as unknown as { hash: (...a: unknown[]) => string }, 'hash');
    for (const [data, hex] of vectors) expect(sha256Hex(data)).toBe(hex);
    expect(oneShot).toHaveBeenCalledTimes(vectors.length);
  });

  it('and with a Hash object on a Node.js without crypto.hash (before 20.12)', () => {
    const crypto = nodeCrypto() as unknown as { hash?: unknown };
    vi.spyOn(crypto, 'hash', 'get').mockReturnValue(undefined);
    const create = vi.spyOn(nodeCrypto(), 'createHash');
    for (const [data, hex] of vectors) expect(sha256Hex(data)).toBe(hex);
    expect(create).toHaveBeenCalledTimes(vectors.length);
  });
});
