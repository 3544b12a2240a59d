#!/usr/bin/env node
// Expands the hunspell ru_RU dictionary (the dictionary-ru package) into every word
// form it accepts and writes a sorted, front-coded word index that the spelling rule
// searches by binary search (no hunspell engine, no big Set at start-up).
//
// File format, version 4 (integers little-endian uint32):
//   header (32 bytes): "OTVW", version, word count, block size, block count,
//     alphabet length, heads byte length, hot section byte length;
//   alphabet (UTF-16 code units, 2 bytes each): byte k+1 stands for alphabet[k];
//   block offsets [block count + 1] into the data area (the last one is its length);
//   head offsets [block count] into the heads area;
//   heads: the first word of each block, [length: 1 byte][bytes];
//   data: per block, words front-coded against the previous word of the block:
//   [shared prefix length: 1 byte][suffix length: 1 byte][suffix bytes].
//   hot section, at the end of the file: the hot words of the morphological index
//     (packages/morph/src/hot-words.yaml, otvet's own seller-chat texts) that the spelling
//     checker accepts from this index alone, in lower case, so that a lint of ordinary replies
//     finds them with one read of the section: uint32 bucket count B (a power of two, at least
//     the word count), uint32 offsets[B + 1] into the records, then the records bucket by
//     bucket, [length: 1 byte][word in alphabet bytes]; a word's bucket is its FNV-1a hash over
//     UTF-16 code units (| 1) & (B − 1). The words are the checker's own verdicts on the index
//     without the section, so a hot word reads exactly as it would otherwise.
// The alphabet is sorted, so comparing bytes compares the words in JavaScript string
// order. A reader loads the header and alphabet on opening, everything before the data area (a
// few hundred KB) on the first word that is not hot, and one block per lookup, so start-up
// never reads the whole index.
import { readFileSync, writeFileSync, mkdirSync, existsSync, statSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSource } from './lib/catalog.mjs';
import { hashBucketSection, hotWordsFile as hotWordsPath, readHotWords } from './lib/hot-words.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'packages/rules/data/ru-words.bin');
// The package exports only its ESM entry; its files sit beside it.
const dicDir = join(root, 'packages/rules/node_modules/dictionary-ru');
const aff = readFileSync(join(dicDir, 'index.aff'), 'utf8');
const dic = readFileSync(join(dicDir, 'index.dic'), 'utf8');

const hotWordsFile = hotWordsPath(root);
const outAt = process.argv.indexOf('--out');
const target = outAt > 0 ? process.argv[outAt + 1] : out;
if (outAt < 0 && existsSync(out) && !process.argv.includes('--force')
  && [join(dicDir, 'index.dic'), join(dicDir, 'index.aff'), hotWordsFile, fileURLToPath(import.meta.url)].every((f) => statSync(out).mtimeMs >= statSync(f).mtimeMs)) {
  process.exit(0);
}

/** SFX rules by flag: strip, add, condition (a regex on the word end). */
const rules = new Map();
for (const line of aff.split('\n')) {
  const parts = line.trim().split(/\s+/);
  if (parts[0] !== 'SFX' || parts.length < 5) continue;
  const [, flag, strip, add, condition] = parts;
  if (!rules.has(flag)) rules.set(flag, []);
  rules.get(flag).push({
    strip: strip === '0' ? '' : strip,
    add: (add === '0' ? '' : add).split('/')[0],
    test: new RegExp(`${condition === '.' ? '' : condition}$`, 'u'),
  });
}

const forms = new Set();
const lines = dic.split('\n');
for (let i = 1; i < lines.length; i++) {
  const entry = lines[i].trim();
  if (!entry) continue;
  const slash = entry.indexOf('/');
  const word = slash === -1 ? entry : entry.slice(0, slash);
  const flags = slash === -1 ? '' : entry.slice(slash + 1);
  forms.add(word);
  for (const flag of flags) {
    for (const rule of rules.get(flag) ?? []) {
      if (!rule.test.test(word)) continue;
      if (rule.strip && !word.endsWith(rule.strip)) continue;
      forms.add(word.slice(0, word.length - rule.strip.length) + rule.add);
    }
  }
}

const words = [...forms].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const alphabet = [...new Set(words.join(''))].sort();
if (alphabet.length > 255 || alphabet.some((c) => c.length !== 1)) throw new Error('alphabet does not fit one byte per character');
const code = new Map(alphabet.map((c, i) => [c, i + 1]));
const encode = (w) => Uint8Array.from(w, (c) => code.get(c));
const BLOCK = 64;
const chunks = [];
const offsets = [];
let size = 0;
for (let b = 0; b < words.length; b += BLOCK) {
  offsets.push(size);
  let prev = '';
  for (let k = b; k < Math.min(b + BLOCK, words.length); k++) {
    const w = words[k];
    let p = 0;
    if (k > b) while (p < prev.length && p < w.length && p < 255 && prev[p] === w[p]) p++;
    const suffix = encode(w.slice(p));
    if (suffix.length > 255) throw new Error(`word too long: ${w}`);
    chunks.push(Uint8Array.of(p, suffix.length), suffix);
    size += 2 + suffix.length;
    prev = w;
  }
}
offsets.push(size);
const heads = [];
const headOffsets = [];
let headsSize = 0;
for (let b = 0; b < words.length; b += BLOCK) {
  const w = encode(words[b]);
  headOffsets.push(headsSize);
  heads.push(Uint8Array.of(w.length), w);
  headsSize += 1 + w.length;
}
const blocks = headOffsets.length;
/** The index with a hot section (empty: none). */
function assemble(hot) {
  const header = Buffer.alloc(32 + alphabet.length * 2 + (blocks + 1) * 4 + blocks * 4);
  header.write('OTVW', 0, 'latin1');
  header.writeUInt32LE(4, 4);
  header.writeUInt32LE(words.length, 8);
  header.writeUInt32LE(BLOCK, 12);
  header.writeUInt32LE(blocks, 16);
  header.writeUInt32LE(alphabet.length, 20);
  header.writeUInt32LE(headsSize, 24);
  header.writeUInt32LE(hot.length, 28);
  let at = 32;
  for (const c of alphabet) at = header.writeUInt16LE(c.charCodeAt(0), at);
  for (const o of offsets) at = header.writeUInt32LE(o, at);
  for (const o of headOffsets) at = header.writeUInt32LE(o, at);
  return Buffer.concat([header, ...heads.map((c) => Buffer.from(c)), ...chunks.map((c) => Buffer.from(c)), hot]);
}

// The hot words the checker accepts on the index alone (its own code, on the index without the
// section; no domain words): a lower-case word it accepts, it accepts capitalised and in capitals too.
const { SpellChecker } = await importSource(root, 'packages/rules/src/spelling/checker.ts');
const { WordIndex } = await importSource(root, 'packages/rules/src/spelling/word-index.ts');
const plain = new SpellChecker(WordIndex.fromBuffer(assemble(Buffer.alloc(0))));
const hotWords = readHotWords(root)
  .filter((w) => /^[а-яё]+$/.test(w) && w.length <= 255 && [...w].every((c) => code.has(c)) && plain.isCorrect(w))
  .sort();
const bytes = assemble(hashBucketSection(hotWords.map((w) => [w, Buffer.concat([Uint8Array.of(w.length), encode(w)])])));
mkdirSync(dirname(target), { recursive: true });
const tmp = `${target}.${process.pid}.tmp`;
writeFileSync(tmp, bytes);
renameSync(tmp, target);
console.log(`wrote ${outAt > 0 ? target : 'packages/rules/data/ru-words.bin'}: ${words.length} word forms, ${hotWords.length} hot words, ${(bytes.length / 1048576).toFixed(1)} MB`);
