/**
 * node:crypto, loaded on first use. Loading it costs a few milliseconds of every start (some
 * fifteen internal modules), and a plain lint (a pre-commit hook without the cache) hashes
 * nothing: only the cache, packs and atomic writes do.
 */
import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');
let loaded: Crypto | undefined;

export function nodeCrypto(): Crypto {
  return (loaded ??= createRequire(import.meta.url)('node:crypto') as Crypto);
}

/** `crypto.hash` (Node.js 20.12 and later): one call, no Hash object, for the many small digests of the lint cache. */
type OneShot = (algorithm: string, data: string | Uint8Array, encoding: 'hex') => string;

/** The SHA-256 of `data`, in lower-case hex. */
export function sha256Hex(data: string | Uint8Array): string {
  const crypto = nodeCrypto();
  const oneShot = (crypto as { hash?: OneShot }).hash;
  return oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
}

/** `bytes` random bytes, in hex (names of temporary files, lock tokens). */
export function randomHex(bytes: number): string {
  return nodeCrypto().randomBytes(bytes).toString('hex');
}
