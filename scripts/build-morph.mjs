#!/usr/bin/env node
// Builds the morphological index of @otvet/morph (packages/morph/data/ru-morph.bin) from the
// OpenCorpora dictionary as compiled by pymorphy2 and shipped by the `az` package (its DAWG of
// 5 million word forms, paradigms, suffixes and tag table). The output is the project's own
// format: lexeme stems with their paradigms instead of every word form (one tenth of the size),
// plus an ending table for words the dictionary lacks. The same input gives the same bytes.
//
//   node scripts/build-morph.mjs [--force] [--out FILE]
//
// File format, version 3 (integers little-endian; every section starts at a multiple of 4):
//   header (64 bytes): "OTVM", version, then the byte lengths of the seven sections below;
//   meta JSON (UTF-8): { source, prefixes, grammemes (name → category), alphabet, maxSuffix };
//   suffixes, tags: UTF-16LE strings joined by "\n" (suffixes sorted, so that a suffix's id is
//     found by binary search; tags as the dictionary writes them: "NOUN,inan,masc sing,gent");
//   stem table, ending table: keyed tables (below);
//   paradigm table: uint32 count, uint32 offsets[count + 1] (in uint16 units), then per
//     paradigm uint16 [form count n, suffix ids × n, tag ids × n, prefix ids × n]; form 0 is
//     the lemma (normal form);
//   stem filter: uint32 slots (a power of two), then the FNV-1a hash (| 1) of every stem in an
//     open-addressing table with linear probing, 0 for an empty slot: a word's candidate stems
//     are tested against it before any table search.
// Suffixes and stems have ё written as е, and every string of the index is lower case.
// A keyed table: uint32 key count, block size, block count, heads length, data length; block
//   offsets [block count + 1] into data; head offsets [block count] into heads; heads (the
//   first key of each block: [length][bytes]); data, per block, keys front-coded against the
//   previous key of the block: [shared: 1 byte][rest length: 1 byte][rest][payload count: 1 or
//   3 bytes (255 then uint16)][payload: uint16 × count]. A byte k+1 stands for alphabet[k].
//   Stem payload: paradigm ids. Ending payload: pairs (paradigm id, form index).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outAt = process.argv.indexOf('--out');
const out = outAt > 0 ? resolve(process.argv[outAt + 1]) : join(root, 'packages/morph/data/ru-morph.bin');
const dicts = join(root, 'packages/morph/node_modules/az/dicts');
const inputs = ['words.dawg', 'paradigms.array', 'suffixes.json', 'gramtab-opencorpora-int.json', 'grammemes.json', 'meta.json'].map((f) => join(dicts, f));

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
  const q = new Uint16Array(1 + p.length);
  q[0] = n;
  for (let i = 0; i < n; i++) {
    q[1 + i] = suffixMap[p[i]];
    q[1 + n + i] = p[n + i];
    q[1 + 2 * n + i] = p[2 * n + i];
  }
  return q;
});

// ---------------------------------------------------------------------------
// The word DAWG (dawgdic layout): units (uint32) and a guide (first child, next sibling).
const dawgBuf = readFileSync(join(dicts, 'words.dawg'));
const dawg = new Uint8Array(dawgBuf.buffer, dawgBuf.byteOffset, dawgBuf.byteLength);
const dv = new DataView(dawg.buffer, dawg.byteOffset, dawg.byteLength);
const unitCount = dv.getUint32(0, true);
const units = new Uint32Array(unitCount);
for (let i = 0; i < unitCount; i++) units[i] = dv.getUint32(4 + i * 4, true);
const guideCount = dv.getUint32(4 + unitCount * 4, true);
const guide = dawg.subarray(8 + unitCount * 4, 8 + unitCount * 4 + guideCount * 2);

const unitOffset = (u) => ((u >>> 10) << ((u & (1 << 9)) >>> 6)) >>> 0;
const unitLabel = (u) => (u & ((1 << 31) | 0xff)) >>> 0;
const hasLeaf = (u) => (u & (1 << 8)) !== 0;
function follow(byte, index) {
  const next = (index ^ unitOffset(units[index]) ^ byte) >>> 0;
  return unitLabel(units[next]) === byte ? next : -1;
}
function* children(index) {
  let label = guide[index * 2];
  while (label) {
    const child = follow(label, index);
    if (child < 0) return;
    yield [label, child];
    label = guide[child * 2 + 1];
  }
}

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
            if (hasLeaf(units[node])) payload.push([...key.subarray(depth, depth + 4)]);
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
const keys = [...stems.keys(), ...endings.keys()];
const alphabet = [...new Set(keys.join(''))].sort();
if (alphabet.length > 255) throw new Error('alphabet does not fit one byte per character');
const code = new Map(alphabet.map((c, i) => [c, i + 1]));
const encode = (w) => Uint8Array.from(w, (c) => code.get(c));
const byKey = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function keyedTable(entries) {
  entries.sort(byKey);
  const BLOCK = 32;
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

const stemTable = keyedTable([...stems].map(([stem, set]) => [stem, [...set].sort((a, b) => a - b)]));
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
let slots = 1;
while (slots < stems.size * 1.8) slots *= 2;
const filter = new Uint32Array(slots);
for (const stem of [...stems.keys()].sort()) {
  const h = stemHash(stem);
  let at = h & (slots - 1);
  while (filter[at] !== 0 && filter[at] !== h) at = (at + 1) & (slots - 1);
  filter[at] = h;
}
const filterTable = Buffer.alloc(4 + slots * 4);
filterTable.writeUInt32LE(slots, 0);
for (let i = 0; i < slots; i++) filterTable.writeUInt32LE(filter[i], 4 + i * 4);
const maxSuffix = Math.max(...suffixes.map((s) => s.length));
const json = Buffer.from(JSON.stringify({
  source: `OpenCorpora ${meta.source_version} (revision ${meta.source_revision}), compiled by pymorphy2 ${meta.pymorphy2_version}`,
  prefixes, grammemes, alphabet: alphabet.join(''), maxSuffix,
}), 'utf8');
const sections = [json, Buffer.from(suffixes.join('\n'), 'utf16le'), Buffer.from(tags.join('\n'), 'utf16le'), stemTable, endingTable, paraTable, filterTable];
const pad = (b) => (b.length % 4 ? Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]) : b);
const header = Buffer.alloc(64);
header.write('OTVM', 0, 'latin1');
header.writeUInt32LE(3, 4);
sections.forEach((b, i) => header.writeUInt32LE(b.length, 8 + i * 4));
const bytes = Buffer.concat([header, ...sections.map(pad)]);
mkdirSync(dirname(out), { recursive: true });
const tmp = `${out}.${process.pid}.tmp`;
writeFileSync(tmp, bytes);
renameSync(tmp, out);
const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
console.log(`wrote ${out.startsWith(root) ? out.slice(root.length + 1) : out}: ${formCount} word forms, ${stems.size} stems, ${endings.size} endings, ${(bytes.length / 1048576).toFixed(1)} MB (sha256 ${digest}…)`);
