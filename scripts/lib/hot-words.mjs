// The hot words of otvet's indexes (packages/morph/src/hot-words.yaml, written by
// scripts/hot-words.mjs) and the hash-bucket section that stores them in ru-morph.bin and
// ru-words.bin (the readers: packages/morph/src/index-file.ts, packages/rules/src/spelling/word-index.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

/** The hot-word list's file. */
export const hotWordsFile = (root) => join(root, 'packages/morph/src/hot-words.yaml');

/** The listed words, in the list's order, without repeats. */
export function readHotWords(root) {
  return [...new Set(YAML.parse(readFileSync(hotWordsFile(root), 'utf8')).groups.flatMap((g) => g.words))];
}

/** FNV-1a over UTF-16 code units, | 1 (as the readers compute it). */
export function wordHash(word) {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return (h | 1) >>> 0;
}

/**
 * A section of records by hash bucket: uint32 bucket count B (a power of two, at least the
 * record count), uint32 offsets[B + 1] into the records, then the records, bucket by bucket; a
 * word's bucket is wordHash(word) & (B − 1).
 * @param {[string, Uint8Array][]} records each word with its record, in the order to write them
 */
export function hashBucketSection(records) {
  let buckets = 1;
  while (buckets < records.length) buckets *= 2;
  const byBucket = Array.from({ length: buckets }, () => []);
  for (const [word, record] of records) byBucket[wordHash(word) & (buckets - 1)].push(record);
  const header = Buffer.alloc(4 + (buckets + 1) * 4);
  let at = header.writeUInt32LE(buckets, 0);
  let offset = 0;
  for (const list of byBucket) {
    at = header.writeUInt32LE(offset, at);
    offset += list.reduce((size, r) => size + r.length, 0);
  }
  header.writeUInt32LE(offset, at);
  return Buffer.concat([header, ...byBucket.flat()]);
}
