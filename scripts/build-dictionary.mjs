#!/usr/bin/env node
// Expands the hunspell ru_RU dictionary (the dictionary-ru package) into every word
// form it accepts and writes a sorted, front-coded word index that the spelling rule
// searches by binary search (no hunspell engine, no big Set at start-up).
//
// File format (all integers little-endian uint32):
//   "OTVW" magic, version (1), word count, block size, block count,
//   block offsets[block count] (byte offset of each block in the data area),
//   data: per block, words front-coded against the previous word of the block:
//   [shared prefix length: 1 byte][suffix byte length: 1 byte][suffix UTF-8 bytes];
//   the first word of a block has prefix length 0.
// Words are sorted by JavaScript string order (UTF-16 code units), prefixes counted
// in UTF-16 units of the decoded strings.
import { readFileSync, writeFileSync, mkdirSync, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'packages/rules/data/ru-words.bin');
// The package exports only its ESM entry; its files sit beside it.
const dicDir = join(root, 'packages/rules/node_modules/dictionary-ru');
const aff = readFileSync(join(dicDir, 'index.aff'), 'utf8');
const dic = readFileSync(join(dicDir, 'index.dic'), 'utf8');

if (existsSync(out) && statSync(out).mtimeMs >= statSync(join(dicDir, 'index.dic')).mtimeMs && !process.argv.includes('--force')) {
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
    const suffix = Buffer.from(w.slice(p), 'utf8');
    if (suffix.length > 255) throw new Error(`word too long: ${w}`);
    const head = Buffer.from([p, suffix.length]);
    chunks.push(head, suffix);
    size += 2 + suffix.length;
    prev = w;
  }
}
const header = Buffer.alloc(20 + offsets.length * 4);
header.write('OTVW', 0, 'latin1');
header.writeUInt32LE(1, 4);
header.writeUInt32LE(words.length, 8);
header.writeUInt32LE(BLOCK, 12);
header.writeUInt32LE(offsets.length, 16);
offsets.forEach((o, i) => header.writeUInt32LE(o, 20 + i * 4));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, Buffer.concat([header, ...chunks]));
console.log(`wrote packages/rules/data/ru-words.bin: ${words.length} word forms, ${(size / 1048576).toFixed(1)} MB`);
