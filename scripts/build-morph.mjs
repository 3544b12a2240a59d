#!/usr/bin/env node
// Builds the morphological index of @otvet/morph (packages/morph/data/ru-morph.bin) from the
// OpenCorpora dictionary as compiled by pymorphy2 and shipped by the `az` package (its DAWG of
// 5 million word forms, paradigms, suffixes and tag table). The output is the project's own
// format: lexeme stems with their paradigms instead of every word form (one tenth of the size),
// plus an ending table for words the dictionary lacks. The same input gives the same bytes.
//
//   node scripts/build-morph.mjs [--force] [--out FILE]
//
// File format, version 5 (integers little-endian; every section starts at a multiple of 4). The
// reader takes what it needs with positioned reads, never the whole file: a section's directory
// on first use, then one record, block or bucket at a time (packages/morph/src/index-file.ts).
//   header (64 bytes): "OTVM", version, then the byte lengths of the eleven sections below;
//   meta JSON (UTF-8): { source, prefixes, grammemes (name → category), alphabet, maxSuffix };
//   suffixes: uint32 count, uint32 offsets[count + 1] into the text, the suffixes in alphabet
//     bytes (below), sorted (a suffix's id is its position), the text padded to a multiple of 4,
//     then a hash table of the ids: uint32 slots (a power of two), uint16 id + 1 per slot (0
//     empty), by the FNV-1a hash (| 1) of the suffix's alphabet bytes, linear probing;
//   tags: uint32 count, uint32 offsets[count + 1] into the ASCII text of the tags as the
//     dictionary writes them ("NOUN,inan,masc sing,gent"), decoded one by one when first used;
//   stem table, ending table: keyed tables (below);
//   paradigm table: uint32 count, uint32 offsets[count + 1] (in uint16 units), then per
//     paradigm uint16 [form count n, suffix ids × n, tag ids × n, prefix ids × n, form indexes
//     × n in order of suffix id]; form 0 is the lemma (normal form);
//   stem filter: Bloom filters of the stems' FNV-1a hashes (| 1), one per first three letters,
//     so that the candidate stems of a word (its beginnings) are tested with one bucket read:
//     uint32 short count, the sorted hashes of the stems shorter than three letters, uint32
//     bucket count B, uint32 keys[B] (the three letters' alphabet bytes, c0 << 16 | c1 << 8 |
//     c2, sorted), uint32 offsets[B + 1] into the bits, then each bucket's bits (10 a stem,
//     whole bytes, at least 2): hash h is in a bucket of m bits when bits (h + j × h2) mod m
//     are set for j = 0…5, where h2 = (h >>> 15 | h << 17) | 1 (unsigned);
//   split table: a keyed table for the stems of many forms (the empty stem of suppletive
//     words, one-letter stems…), whose stem-table payload is empty: key stem + "#" + suffix,
//     payload pairs (paradigm id, form index), so that a lookup does not scan thousands of forms;
//   frequent words: the word forms of the OpenCorpora annotated corpus (its P(t|w) table, some
//     30,000 forms: the words a text is mostly made of) and the forms of closed-class lexemes
//     (pronouns, prepositions, conjunctions, particles, predicatives, interjections, numerals,
//     pronominal adjectives), with their readings, in buckets by the
//     FNV-1a hash (| 1) of the whole word, so that a lookup is one read: uint32 bucket count B
//     (a power of two; a word's bucket is its hash & (B − 1)), uint32 Bloom length M, a Bloom
//     filter of the words' hashes (M bytes, a multiple of 4; 10 bits a word, tested as in the
//     stem filter: any other word costs no read), uint32 offsets[B + 1] into the records,
//     then the records, bucket by bucket: [length: 1 byte][word in alphabet bytes]
//     [pair count: 1 byte][pairs (paradigm id, form index): uint16 × 2] in the order the split
//     search would give them;
//   paradigm signatures: per paradigm, a Bloom filter of the keys suffix id × 4 + prefix id of
//     its forms, so that the split search reads only paradigms that may have its suffix:
//     uint32 count, uint32 offsets[count + 1] into the bits, then the bits (8 a key, whole
//     bytes, at least 1): key k is in a paradigm's m bits when bits (h + j × h2) mod m are set
//     for j = 0…2, where h = ((k + 1) × 0x9e3779b1) | 1 (32-bit, unsigned) and h2 as for the stem filter;
//   hot words: the word forms of packages/morph/src/hot-words.yaml (otvet's own seller-chat
//     texts, scripts/hot-words.mjs) that the dictionary knows, with their readings ready, read
//     whole on the first word a lint asks about: uint32 bucket count B (a power of two, at least
//     the word count; a word's bucket is its FNV-1a hash (| 1) & (B − 1)), uint32 offsets[B + 1]
//     into the records, then the records, bucket by bucket: [length: 1 byte][word in alphabet
//     bytes][reading count: 1 byte], then per reading, in the order the analyser gives them:
//     [paradigm id: uint16][form index: uint16][tag id: uint16][stem start: 1 byte][stem
//     length: 1 byte][lemma length: 1 byte][lemma in alphabet bytes]. The readings are the
//     analyser's own on the index without this section (a word with a predicted or hyphenated
//     reading is left out), so a hot word reads exactly as it would otherwise.
// Suffixes and stems have ё written as е, and every string of the index is lower case.
// A keyed table: uint32 key count, block size, block count, heads length, data length; block
//   offsets [block count + 1] into data; head offsets [block count] into heads; heads (the
//   first key of each block: [length][bytes]); data, per block, keys front-coded against the
//   previous key of the block: [shared: 1 byte][rest length: 1 byte][rest][payload count: 1 or
//   3 bytes (255 then uint16)][payload: uint16 × count]. A byte k+1 stands for alphabet[k]
//   (the alphabet is sorted, so bytes compare as the strings do).
//   Stem payload: paradigm ids. Ending payload: pairs (paradigm id, form index).
import { createHash } from 'node:crypto';
import { importSource } from './lib/catalog.mjs';
import { hashBucketSection, hotWordsFile as hotWordsPath, readHotWords } from './lib/hot-words.mjs';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 ? resolve(process.argv[outAt + 1]) : join(root, 'packages/morph/data/ru-morph.bin');
const dicts = join(root, 'packages/morph/node_modules/az/dicts');
const hotWordsFile = hotWordsPath(root);
const inputs = [...['words.dawg', 'p_t_given_w.intdawg', 'paradigms.array', 'suffixes.json', 'gramtab-opencorpora-int.json', 'grammemes.json', 'meta.json'].map((f) => join(dicts, f)), hotWordsFile];

if (outAt < 0 && existsSync(out) && !process.argv.includes('--force')
  && inputs.every((f) => statSync(out).mtimeMs >= statSync(f).mtimeMs)
  && statSync(out).mtimeMs >= statSync(fileURLToPath(import.meta.url)).mtimeMs) {
  process.exit(0);
}

const meta = Object.fromEntries(JSON.parse(readFileSync(join(dicts, 'meta.json'), 'utf8')));
const prefixesRaw = meta.compile_options.paradigm_prefixes;
const suffixesRaw = JSON.parse(readFileSync(join(dicts, 'suffixes.json'), 'utf8'));
const tags = JSON.parse(readFileSync(join(dicts, 'gramtab-opencorpora-int.json'), 'utf8'));
/** Each grammeme's category (its parent: case for nomn, number for sing…), '' for a category of its own. */
const grammemes = Object.fromEntries(JSON.parse(readFileSync(join(dicts, 'grammemes.json'), 'utf8')).map(([name, parent]) => [name, parent]));

const fold = (s) => s.toLowerCase().replaceAll('ё', 'е');

// Paradigms: uint16 [size, then size values], size = 3 × form count.
const paradigmsRaw = [];
{
  const buf = readFileSync(join(dicts, 'paradigms.array'));
  const list = new Uint16Array(buf.buffer, buf.byteOffset, buf.byteLength >> 1);
  const count = list[0];
  let at = 1;
  for (let i = 0; i < count; i++) {
    const size = list[at++];
    paradigmsRaw.push(list.slice(at, at + size));
    at += size;
  }
}

// Suffixes with ё folded (the same string keeps one id), sorted.
const suffixes = [...new Set(suffixesRaw.map(fold))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const suffixId = new Map(suffixes.map((s, i) => [s, i]));
const suffixMap = suffixesRaw.map((s) => suffixId.get(fold(s)));
const prefixes = prefixesRaw.map(fold);
const paradigms = paradigmsRaw.map((p) => {
  const n = p.length / 3;
  const q = new Uint16Array(1 + 4 * n);
  q[0] = n;
  for (let i = 0; i < n; i++) {
    q[1 + i] = suffixMap[p[i]];
    q[1 + n + i] = p[n + i];
    q[1 + 2 * n + i] = p[2 * n + i];
  }
  // The forms in order of suffix id, so that a reader finds a suffix's forms by binary search.
  const order = [...Array(n).keys()].sort((a, b) => q[1 + a] - q[1 + b] || a - b);
  order.forEach((form, i) => (q[1 + 3 * n + i] = form));
  return q;
});

// ---------------------------------------------------------------------------
// DAWGs (dawgdic layout): units (uint32) and a guide (first child, next sibling).
function loadDawg(name) {
  const buf = readFileSync(join(dicts, name));
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(0, true);
  const units = new Uint32Array(count);
  for (let i = 0; i < count; i++) units[i] = view.getUint32(4 + i * 4, true);
  const guideCount = view.getUint32(4 + count * 4, true);
  const guide = bytes.subarray(8 + count * 4, 8 + count * 4 + guideCount * 2);
  const unitOffset = (u) => ((u >>> 10) << ((u & (1 << 9)) >>> 6)) >>> 0;
  const unitLabel = (u) => (u & ((1 << 31) | 0xff)) >>> 0;
  const follow = (byte, index) => {
    const next = (index ^ unitOffset(units[index]) ^ byte) >>> 0;
    return unitLabel(units[next]) === byte ? next : -1;
  };
  return {
    hasLeaf: (index) => (units[index] & (1 << 8)) !== 0,
    *children(index) {
      let label = guide[index * 2];
      while (label) {
        const child = follow(label, index);
        if (child < 0) return;
        yield [label, child];
        label = guide[child * 2 + 1];
      }
    },
  };
}
const { children, hasLeaf: leafAt } = loadDawg('words.dawg');

const cp1251 = new TextDecoder('windows-1251');
/** Every (word, paradigm, form) of the DAWG: keys are word bytes, 0x01, then 4 payload bytes. */
function enumerate(visit) {
  const key = new Uint8Array(64);
  const walk = (index, depth) => {
    for (const [label, child] of children(index)) {
      if (label === 1) {
        const word = cp1251.decode(key.subarray(0, depth));
        const payload = [];
        const collect = (node, d) => {
          if (d === 4) {
            if (leafAt(node)) payload.push([...key.subarray(depth, depth + 4)]);
            return;
          }
          for (const [l, c] of children(node)) {
            key[depth + d] = l;
            collect(c, d + 1);
          }
        };
        collect(child, 0);
        for (const b of payload) visit(word, ((b[0] ^ 1) << 6) + (b[1] >> 1), ((b[2] ^ 1) << 6) + (b[3] >> 1));
      } else {
        key[depth] = label;
        walk(child, depth + 1);
      }
    }
  };
  walk(0, 0);
}

// ---------------------------------------------------------------------------
// Stems: word = prefix + stem + suffix of its form; every form of a lexeme has the same stem.
const stems = new Map();
const popularity = new Uint32Array(paradigms.length);
const forms = [];
let formCount = 0;
enumerate((word, para, idx) => {
  const p = paradigms[para];
  const n = p[0];
  if (idx >= n) throw new Error(`form ${idx} of paradigm ${para} out of range for ${word}`);
  const w = fold(word);
  const prefix = prefixes[p[1 + 2 * n + idx]];
  const suffix = suffixes[p[1 + idx]];
  if (!w.startsWith(prefix) || !w.endsWith(suffix) || w.length < prefix.length + suffix.length) {
    throw new Error(`${word} does not split into ${prefix}|…|${suffix}`);
  }
  const stem = w.slice(prefix.length, w.length - suffix.length);
  let set = stems.get(stem);
  if (!set) stems.set(stem, (set = new Set()));
  if (!set.has(para)) {
    set.add(para);
    popularity[para]++;
  }
  formCount++;
  forms.push(w, para, idx);
});

// The frequent words: keys of the P(t|w) DAWG are «word:tag».
const frequent = new Set();
{
  const pt = loadDawg('p_t_given_w.intdawg');
  const key = new Uint8Array(256);
  const walk = (index, depth) => {
    for (const [label, child] of pt.children(index)) {
      if (label === 0x3a) {
        frequent.add(fold(cp1251.decode(key.subarray(0, depth))));
        continue;
      }
      key[depth] = label;
      walk(child, depth + 1);
    }
  };
  walk(0, 0);
}
// And every form of a closed-class lexeme (pronouns, prepositions, conjunctions, particles,
// predicatives, interjections, numerals, pronominal adjectives): the words a text is made of
// besides its content words, most of them unambiguous and so missing from P(t|w).
const CLOSED_CLASS = /^(?:NPRO|PREP|CONJ|PRCL|PRED|INTJ|NUMR)|Apro/;
const CYRILLIC_WORD = /^[а-яё]+(?:-[а-яё]+)*$/;
for (let i = 0; i < forms.length; i += 3) {
  const w = forms[i];
  if (frequent.has(w) || !CYRILLIC_WORD.test(w)) continue;
  const p = paradigms[forms[i + 1]];
  if (CLOSED_CLASS.test(tags[p[1 + p[0] + forms[i + 2]]])) frequent.add(w);
}
const directPairs = new Map();
for (let i = 0; i < forms.length; i += 3) {
  const w = forms[i];
  if (!frequent.has(w)) continue;
  if (!directPairs.has(w)) directPairs.set(w, []);
  directPairs.get(w).push([forms[i + 1], forms[i + 2]]);
}

// Endings for words the dictionary lacks: per ending of 1–5 letters, the (paradigm, form)
// pairs of the dictionary's words with that ending, from paradigms of at least 3 lexemes
// and forms without a prefix, whose suffix lies within the ending.
const PROPER = /(?:^|[ ,])(?:Name|Surn|Patr|Geox|Orgn|Trad|Abbr|Init|Erro|Dist|Infr|Slng|Arch|Litr)(?:$|[ ,])/;
const endingCounts = new Map();
for (let i = 0; i < forms.length; i += 3) {
  const w = forms[i];
  const para = forms[i + 1];
  const idx = forms[i + 2];
  if (popularity[para] < 3) continue;
  const p = paradigms[para];
  const n = p[0];
  if (p[1 + 2 * n + idx] !== 0 || PROPER.test(tags[p[1 + n + idx]])) continue;
  const suffixLength = suffixes[p[1 + idx]].length;
  for (let len = Math.max(1, suffixLength); len <= 5 && len < w.length - 1; len++) {
    const ending = w.slice(-len);
    let counts = endingCounts.get(ending);
    if (!counts) endingCounts.set(ending, (counts = new Map()));
    const k = para * 65536 + idx;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
}
const endings = new Map();
for (const [ending, counts] of endingCounts) {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total < 20) continue;
  // The readings of at least 5 % of the words with this ending, at most 6, most frequent first.
  const top = [...counts].filter(([, c]) => c * 20 >= total && c >= 3)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 6);
  if (top.length) endings.set(ending, top.flatMap(([k]) => [Math.floor(k / 65536), k % 65536]));
}

// ---------------------------------------------------------------------------
// Suffixes are written in alphabet bytes too.
const keys = [...stems.keys(), ...endings.keys(), ...directPairs.keys(), ...suffixes, '#'];
const alphabet = [...new Set(keys.join(''))].sort();
if (alphabet.length > 255) throw new Error('alphabet does not fit one byte per character');
const code = new Map(alphabet.map((c, i) => [c, i + 1]));
const encode = (w) => Uint8Array.from(w, (c) => code.get(c));
const byKey = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function keyedTable(entries) {
  entries.sort(byKey);
  const BLOCK = 16;
  const data = [];
  const heads = [];
  const offsets = [];
  const headOffsets = [];
  let size = 0;
  let headsSize = 0;
  for (let b = 0; b < entries.length; b += BLOCK) {
    offsets.push(size);
    headOffsets.push(headsSize);
    const head = encode(entries[b][0]);
    heads.push(Uint8Array.of(head.length), head);
    headsSize += 1 + head.length;
    let prev = '';
    for (let k = b; k < Math.min(b + BLOCK, entries.length); k++) {
      const [key, payload] = entries[k];
      let p = 0;
      if (k > b) while (p < prev.length && p < key.length && p < 255 && prev[p] === key[p]) p++;
      const rest = encode(key.slice(p));
      if (rest.length > 255) throw new Error(`key too long: ${key}`);
      const count = payload.length < 255 ? Uint8Array.of(payload.length) : Uint8Array.of(255, payload.length & 0xff, payload.length >> 8);
      const body = Buffer.alloc(payload.length * 2);
      payload.forEach((v, i) => body.writeUInt16LE(v, i * 2));
      data.push(Uint8Array.of(p, rest.length), rest, count, body);
      size += 2 + rest.length + count.length + body.length;
      prev = key;
    }
  }
  offsets.push(size);
  const blocks = headOffsets.length;
  const header = Buffer.alloc(20 + (blocks + 1) * 4 + blocks * 4);
  header.writeUInt32LE(entries.length, 0);
  header.writeUInt32LE(BLOCK, 4);
  header.writeUInt32LE(blocks, 8);
  header.writeUInt32LE(headsSize, 12);
  header.writeUInt32LE(size, 16);
  let at = 20;
  for (const o of offsets) at = header.writeUInt32LE(o, at);
  for (const o of headOffsets) at = header.writeUInt32LE(o, at);
  return Buffer.concat([header, ...heads, ...data]);
}

// Stems of many forms get their forms listed by suffix in the split table.
const HEAVY = 2000;
const splits = new Map();
const stemEntries = [...stems].map(([stem, set]) => {
  const paras = [...set].sort((a, b) => a - b);
  const forms = paras.reduce((n, p) => n + paradigms[p][0], 0);
  if (forms <= HEAVY) return [stem, paras];
  for (const para of paras) {
    const p = paradigms[para];
    const n = p[0];
    for (let form = 0; form < n; form++) {
      const key = `${stem}#${suffixes[p[1 + form]]}`;
      if (!splits.has(key)) splits.set(key, []);
      splits.get(key).push(para, form);
    }
  }
  return [stem, []];
});
const stemTable = keyedTable(stemEntries);
const splitTable = keyedTable([...splits]);
const endingTable = keyedTable([...endings]);
const paraOffsets = [];
let paraSize = 0;
for (const p of paradigms) {
  paraOffsets.push(paraSize);
  paraSize += p.length;
}
paraOffsets.push(paraSize);
const paraTable = Buffer.alloc(4 + paraOffsets.length * 4 + paraSize * 2);
{
  let at = paraTable.writeUInt32LE(paradigms.length, 0);
  for (const o of paraOffsets) at = paraTable.writeUInt32LE(o, at);
  for (const p of paradigms) for (const v of p) at = paraTable.writeUInt16LE(v, at);
}
/** FNV-1a over UTF-16 code units, never 0 (the reader computes it the same way, a prefix at a time). */
function stemHash(stem) {
  let h = 0x811c9dc5;
  for (let i = 0; i < stem.length; i++) h = Math.imul(h ^ stem.charCodeAt(i), 0x01000193);
  return (h | 1) >>> 0;
}
// The stem filter: a Bloom filter per first three letters (the reader tests every beginning of
// a word against the one bucket of its first three letters), the shorter stems listed.
const BLOOM_BITS = 10;
const BLOOM_PROBES = 6;
const shortStems = [...new Set([...stems.keys()].filter((s) => s.length < 3).map(stemHash))].sort((a, b) => a - b);
const bucketHashes = new Map();
for (const stem of stems.keys()) {
  if (stem.length < 3) continue;
  const key = (code.get(stem[0]) << 16) | (code.get(stem[1]) << 8) | code.get(stem[2]);
  if (!bucketHashes.has(key)) bucketHashes.set(key, []);
  bucketHashes.get(key).push(stemHash(stem));
}
const bucketKeys = [...bucketHashes.keys()].sort((a, b) => a - b);
/** Sets the bits of hash h (| 1) in a Bloom filter: bits (h + j × h2) mod m for j < probes. */
function bloomAdd(bits, hash, probes) {
  const h = (hash | 1) >>> 0;
  const h2 = (((h >>> 15) | (h << 17)) | 1) >>> 0;
  const m = bits.length * 8;
  for (let j = 0; j < probes; j++) {
    const bit = (h + j * h2) % m;
    bits[bit >> 3] |= 1 << (bit & 7);
  }
}
const bucketBits = bucketKeys.map((key) => {
  const hashes = bucketHashes.get(key);
  const bits = new Uint8Array(Math.max(2, Math.ceil((hashes.length * BLOOM_BITS) / 8)));
  for (const h of hashes) bloomAdd(bits, h, BLOOM_PROBES);
  return bits;
});
const filterTable = Buffer.alloc(8 + shortStems.length * 4 + bucketKeys.length * 8 + 4);
{
  let at = filterTable.writeUInt32LE(shortStems.length, 0);
  for (const h of shortStems) at = filterTable.writeUInt32LE(h, at);
  at = filterTable.writeUInt32LE(bucketKeys.length, at);
  for (const key of bucketKeys) at = filterTable.writeUInt32LE(key, at);
  let offset = 0;
  for (const bits of bucketBits) {
    at = filterTable.writeUInt32LE(offset, at);
    offset += bits.length;
  }
  filterTable.writeUInt32LE(offset, at);
}
// Frequent words: pairs sorted as the split search finds them (prefix, stem length, paradigm,
// form), the records of a bucket (by the word's hash) together, so that a lookup is one read.
const directWords = [...directPairs.keys()].sort();
let directBuckets = 1;
while (directBuckets * 8 < directWords.length) directBuckets *= 2;
const bucketRecords = Array.from({ length: directBuckets }, () => []);
for (const w of directWords) {
  const seen = new Set();
  const pairs = directPairs.get(w).filter(([para, form]) => !seen.has(para * 65536 + form) && seen.add(para * 65536 + form))
    .map(([para, form]) => {
      const p = paradigms[para];
      const n = p[0];
      const prefixId = p[1 + 2 * n + form];
      const stemLength = w.length - prefixes[prefixId].length - suffixes[p[1 + form]].length;
      return [prefixId, stemLength, para, form];
    })
    .sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
  if (pairs.length > 255 || w.length > 255) continue;
  const record = Buffer.alloc(2 + w.length + pairs.length * 4);
  record[0] = w.length;
  record.set(encode(w), 1);
  record[1 + w.length] = pairs.length;
  pairs.forEach(([, , para, form], i) => {
    record.writeUInt16LE(para, 2 + w.length + i * 4);
    record.writeUInt16LE(form, 4 + w.length + i * 4);
  });
  bucketRecords[stemHash(w) & (directBuckets - 1)].push(record);
}
// A Bloom filter of the frequent words (their hashes), so that any other word costs no read.
const directBloom = new Uint8Array(Math.ceil((directWords.length * BLOOM_BITS) / 8 / 4) * 4);
for (const w of directWords) bloomAdd(directBloom, stemHash(w), BLOOM_PROBES);
const directSection = Buffer.alloc(8 + directBloom.length + (directBuckets + 1) * 4);
{
  let at = directSection.writeUInt32LE(directBuckets, 0);
  at = directSection.writeUInt32LE(directBloom.length, at);
  directSection.set(directBloom, at);
  at += directBloom.length;
  let offset = 0;
  for (const list of bucketRecords) {
    at = directSection.writeUInt32LE(offset, at);
    offset += list.reduce((n, r) => n + r.length, 0);
  }
  directSection.writeUInt32LE(offset, at);
}
const records = bucketRecords.flat();

// Paradigm signatures: per paradigm, a Bloom filter of its (suffix id, prefix id) pairs, so that
// the split search reads only the paradigms that may have a form with the split's suffix.
const SIGNATURE_BITS = 8;
const SIGNATURE_PROBES = 3;
const signatureBits = paradigms.map((p) => {
  const n = p[0];
  const keys = [...new Set(Array.from({ length: n }, (_, form) => p[1 + form] * 4 + p[1 + 2 * n + form]))];
  const bits = new Uint8Array(Math.max(1, Math.ceil((keys.length * SIGNATURE_BITS) / 8)));
  for (const key of keys) bloomAdd(bits, Math.imul(key + 1, 0x9e3779b1), SIGNATURE_PROBES);
  return bits;
});
const signatureTable = Buffer.alloc(4 + (paradigms.length + 1) * 4);
{
  let at = signatureTable.writeUInt32LE(paradigms.length, 0);
  let offset = 0;
  for (const bits of signatureBits) {
    at = signatureTable.writeUInt32LE(offset, at);
    offset += bits.length;
  }
  signatureTable.writeUInt32LE(offset, at);
}
const maxSuffix = Math.max(...suffixes.map((s) => s.length));
const json = Buffer.from(JSON.stringify({
  source: `OpenCorpora ${meta.source_version} (revision ${meta.source_revision}), compiled by pymorphy2 ${meta.pymorphy2_version}`,
  prefixes, grammemes, alphabet: alphabet.join(''), maxSuffix,
}), 'utf8');
const tagText = Buffer.from(tags.join(''), 'latin1');
if (tagText.toString('latin1') !== tags.join('')) throw new Error('a tag is not ASCII');
const tagTable = Buffer.alloc(4 + (tags.length + 1) * 4);
tagTable.writeUInt32LE(tags.length, 0);
{
  let offset = 0;
  tags.forEach((t, i) => {
    tagTable.writeUInt32LE(offset, 4 + i * 4);
    offset += t.length;
  });
  tagTable.writeUInt32LE(offset, 4 + tags.length * 4);
}
// Suffixes in alphabet bytes, with their offsets.
const suffixTable = Buffer.alloc(4 + (suffixes.length + 1) * 4);
{
  let at = suffixTable.writeUInt32LE(suffixes.length, 0);
  let offset = 0;
  for (const s of suffixes) {
    at = suffixTable.writeUInt32LE(offset, at);
    offset += s.length;
  }
  suffixTable.writeUInt32LE(offset, at);
}
// The suffixes' hash table: FNV-1a over a suffix's alphabet bytes (| 1), linear probing, id + 1.
const suffixBytes = Buffer.concat(suffixes.map(encode));
let suffixSlots = 1;
while (suffixSlots < suffixes.length * 2) suffixSlots *= 2;
const suffixHashes = new Uint16Array(suffixSlots);
suffixes.forEach((suffix, id) => {
  let h = 0x811c9dc5;
  for (const b of encode(suffix)) h = Math.imul(h ^ b, 0x01000193);
  let at = ((h | 1) >>> 0) & (suffixSlots - 1);
  while (suffixHashes[at] !== 0) at = (at + 1) & (suffixSlots - 1);
  suffixHashes[at] = id + 1;
});
const suffixHashTable = Buffer.alloc(4 + suffixSlots * 2);
suffixHashTable.writeUInt32LE(suffixSlots, 0);
suffixHashes.forEach((v, i) => suffixHashTable.writeUInt16LE(v, 4 + i * 2));
const pad4 = (b) => (b.length % 4 ? Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]) : b);
const sections = [json, Buffer.concat([suffixTable, pad4(suffixBytes), suffixHashTable]), Buffer.concat([tagTable, tagText]), stemTable, endingTable, paraTable, Buffer.concat([filterTable, ...bucketBits]), splitTable, Buffer.concat([directSection, ...records]), Buffer.concat([signatureTable, ...signatureBits])];
/** The file of these sections and a hot-word section. */
function assemble(hotSection) {
  const header = Buffer.alloc(64);
  header.write('OTVM', 0, 'latin1');
  header.writeUInt32LE(5, 4);
  const all = [...sections, hotSection];
  all.forEach((b, i) => header.writeUInt32LE(b.length, 8 + i * 4));
  return Buffer.concat([header, ...all.map(pad4)]);
}

// Hot words: their readings as the analyser gives them on the index without the section (the
// reader's own code, so that a hot word reads exactly as any other).
const { Analyser } = await importSource(root, 'packages/morph/src/analyser.ts');
const plain = new Analyser(assemble(Buffer.alloc(0)), { hotWords: false });
const hotRecords = [];
for (const word of [...new Set(readHotWords(root).map(fold))].sort()) {
  if (!/^[а-яё]+$/.test(word) || word.length > 255) continue;
  const readings = plain.analyse(word);
  if (readings.length === 0 || readings.length > 255 || readings.some((r) => r.predicted || r.head !== '')) continue;
  const parts = [Uint8Array.of(word.length), encode(word), Uint8Array.of(readings.length)];
  for (const r of readings) {
    const p = paradigms[r.paradigm];
    const n = p[0];
    const stemStart = prefixes[p[1 + 2 * n + r.form]].length;
    if (word.slice(stemStart, stemStart + r.stem.length) !== r.stem) throw new Error(`hot word ${word}: stem ${r.stem} is not at ${stemStart}`);
    if (tags[p[1 + n + r.form]] !== r.tag) throw new Error(`hot word ${word}: tag ${r.tag} is not the form's`);
    const lemma = encode(r.lemma);
    if (lemma.some((b) => b === 0) || lemma.length > 255) throw new Error(`hot word ${word}: lemma ${r.lemma} cannot be stored`);
    const fixed = Buffer.alloc(9);
    fixed.writeUInt16LE(r.paradigm, 0);
    fixed.writeUInt16LE(r.form, 2);
    fixed.writeUInt16LE(p[1 + n + r.form], 4);
    fixed[6] = stemStart;
    fixed[7] = r.stem.length;
    fixed[8] = lemma.length;
    parts.push(fixed, lemma);
  }
  hotRecords.push([word, Buffer.concat(parts)]);
}
const bytes = assemble(hashBucketSection(hotRecords));
mkdirSync(dirname(out), { recursive: true });
const tmp = `${out}.${process.pid}.tmp`;
writeFileSync(tmp, bytes);
renameSync(tmp, out);
const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
console.log(`wrote ${out.startsWith(root) ? out.slice(root.length + 1) : out}: ${formCount} word forms, ${stems.size} stems, ${endings.size} endings, ${records.length} frequent words, ${hotRecords.length} hot words, ${(bytes.length / 1048576).toFixed(1)} MB (sha256 ${digest}…)`);
