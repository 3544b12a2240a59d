// packages/morph/src/index.ts
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// packages/morph/src/index-file.ts
var u32 = (bytes, at) => (bytes[at] | bytes[at + 1] << 8 | bytes[at + 2] << 16) + bytes[at + 3] * 16777216;
var u16 = (bytes, at) => bytes[at] | bytes[at + 1] << 8;
var KeyedTable = class {
  size;
  #bytes;
  #code;
  #blocks;
  #offsetsAt;
  #headOffsetsAt;
  #headsAt;
  #dataAt;
  /** The key being decoded: a shared prefix and a rest of at most 255 bytes each. */
  #current = new Uint8Array(510);
  constructor(bytes, code) {
    this.#bytes = bytes;
    this.#code = code;
    this.size = u32(bytes, 0);
    this.#blocks = u32(bytes, 8);
    const headsSize = u32(bytes, 12);
    this.#offsetsAt = 20;
    this.#headOffsetsAt = this.#offsetsAt + (this.#blocks + 1) * 4;
    this.#headsAt = this.#headOffsetsAt + this.#blocks * 4;
    this.#dataAt = this.#headsAt + headsSize;
  }
  #encode(key) {
    const out = new Uint8Array(key.length);
    for (let i = 0; i < key.length; i++) {
      const c = this.#code.get(key[i]);
      if (c === void 0) return void 0;
      out[i] = c;
    }
    return out;
  }
  #compareHead(query, block) {
    const at = this.#headsAt + u32(this.#bytes, this.#headOffsetsAt + block * 4);
    const len = this.#bytes[at];
    const n = Math.min(len, query.length);
    for (let i = 0; i < n; i++) {
      const d = query[i] - this.#bytes[at + 1 + i];
      if (d !== 0) return d;
    }
    return query.length - len;
  }
  /** The values stored under a key, or undefined. */
  get(key) {
    const query = this.#encode(key);
    if (!query || this.#blocks === 0) return void 0;
    let lo = 0;
    let hi = this.#blocks - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.#compareHead(query, mid) >= 0) lo = mid;
      else hi = mid - 1;
    }
    if (this.#compareHead(query, lo) < 0) return void 0;
    const bytes = this.#bytes;
    const end = this.#dataAt + u32(bytes, this.#offsetsAt + (lo + 1) * 4);
    const current = this.#current;
    for (let at = this.#dataAt + u32(bytes, this.#offsetsAt + lo * 4); at < end; ) {
      const shared = bytes[at];
      const len = bytes[at + 1];
      for (let i = 0; i < len; i++) current[shared + i] = bytes[at + 2 + i];
      at += 2 + len;
      let count = bytes[at];
      at += 1;
      if (count === 255) {
        count = u16(bytes, at);
        at += 2;
      }
      const n = Math.min(shared + len, query.length);
      let d = 0;
      for (let i = 0; i < n && d === 0; i++) d = current[i] - query[i];
      if (d === 0) d = shared + len - query.length;
      if (d === 0) {
        const out = new Uint16Array(count);
        for (let i = 0; i < count; i++) out[i] = u16(bytes, at + i * 2);
        return out;
      }
      if (d > 0) return void 0;
      at += count * 2;
    }
    return void 0;
  }
  /** Every key with its values, in order (for tests and tools: it decodes the whole table). */
  *entries(alphabet) {
    const bytes = this.#bytes;
    const key = [];
    const end = this.#dataAt + u32(bytes, this.#offsetsAt + this.#blocks * 4);
    for (let at = this.#dataAt; at < end; ) {
      const shared = bytes[at];
      const len = bytes[at + 1];
      key.length = shared;
      for (let i = 0; i < len; i++) key.push(alphabet[bytes[at + 2 + i] - 1]);
      at += 2 + len;
      let count = bytes[at];
      at += 1;
      if (count === 255) {
        count = u16(bytes, at);
        at += 2;
      }
      const values = new Uint16Array(count);
      for (let i = 0; i < count; i++) values[i] = u16(bytes, at + i * 2);
      at += count * 2;
      yield [key.join(""), values];
    }
  }
};
var LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
function ints(bytes, at, count, Type) {
  const offset = bytes.byteOffset + at;
  if (LITTLE_ENDIAN && offset % Type.BYTES_PER_ELEMENT === 0) return new Type(bytes.buffer, offset, count);
  const out = new Type(count);
  const view = new DataView(bytes.buffer, offset, count * Type.BYTES_PER_ELEMENT);
  for (let i = 0; i < count; i++) out[i] = Type.BYTES_PER_ELEMENT === 2 ? view.getUint16(i * 2, true) : view.getUint32(i * 4, true);
  return out;
}
var utf16 = new TextDecoder("utf-16le");
function readIndexFile(bytes) {
  const magic = bytes.length < 32 ? "" : String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== "OTVM" || u32(bytes, 4) !== 2) throw new Error("not an otvet morphological index (version 2)");
  const lengths = [0, 1, 2, 3, 4, 5].map((i) => u32(bytes, 8 + i * 4));
  const starts = [];
  let at = 32;
  for (const length of lengths) {
    starts.push(at);
    at += Math.ceil(length / 4) * 4;
  }
  if (at !== bytes.length) throw new Error("the morphological index is truncated");
  const section = (i) => bytes.subarray(starts[i], starts[i] + lengths[i]);
  const meta = JSON.parse(new TextDecoder().decode(section(0)));
  const code = new Map([...meta.alphabet].map((c, i) => [c, i + 1]));
  const para = section(5);
  const count = u32(para, 0);
  const paradigmOffsets = ints(para, 4, count + 1, Uint32Array);
  return {
    meta,
    suffixes: utf16.decode(section(1)).split("\n"),
    tags: utf16.decode(section(2)).split("\n"),
    stems: new KeyedTable(section(3), code),
    endings: new KeyedTable(section(4), code),
    paradigmOffsets,
    values: ints(para, 4 + (count + 1) * 4, paradigmOffsets[count], Uint16Array)
  };
}

// packages/morph/src/analyser.ts
var Parse = class {
  constructor(lemma, tags, tag, predicted, paradigm, form, stem, head) {
    this.lemma = lemma;
    this.tags = tags;
    this.tag = tag;
    this.predicted = predicted;
    this.paradigm = paradigm;
    this.form = form;
    this.stem = stem;
    this.head = head;
  }
  lemma;
  tags;
  tag;
  predicted;
  paradigm;
  form;
  stem;
  head;
  get pos() {
    return this.tag.slice(0, 4);
  }
  has(...grammemes) {
    for (const g of grammemes) if (!this.tags.has(g)) return false;
    return true;
  }
};
var WORD = /^[а-яё]+(?:-[а-яё]+)*$/;
var MEMO_LIMIT = 5e4;
var LINKED = [["CAse", ["ANim"]], ["MOod", ["INvl", "TEns", "PErs"]], ["TEns", ["PErs", "GNdr"]], ["PErs", ["INvl"]]];
var VARYING = /* @__PURE__ */ new Set(["CAse", "NMbr", "GNdr", "PErs", "TEns", "MOod", "INvl", "VOic", "ANim"]);
var Analyser = class {
  #index;
  #tagSets;
  #memo = /* @__PURE__ */ new Map();
  constructor(bytes) {
    this.#index = readIndexFile(bytes);
    this.#tagSets = new Array(this.#index.tags.length);
  }
  /** A paradigm: [form count n, suffix ids × n, tag ids × n, prefix ids × n]. */
  #paradigm(id) {
    const { paradigmOffsets, values } = this.#index;
    return values.subarray(paradigmOffsets[id], paradigmOffsets[id + 1]);
  }
  /** The id of a suffix (its place in the sorted list), or -1. */
  #suffixId(suffix) {
    const list = this.#index.suffixes;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      const s = list[mid];
      if (s === suffix) return mid;
      if (s < suffix) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
  /** Where the dictionary comes from (for documentation and `--version`-like output). */
  get source() {
    return this.#index.meta.source;
  }
  /** A grammeme's category ('CAse' for gent, 'NMbr' for plur…); '' when it is one of its own. */
  category(grammeme) {
    const parent = this.#index.meta.grammemes[grammeme] ?? "";
    const grand = this.#index.meta.grammemes[parent];
    return grand !== void 0 && grand !== "" ? grand : parent;
  }
  #tags(id) {
    let set = this.#tagSets[id];
    if (!set) {
      set = new Set(this.#index.tags[id].split(/[ ,]/));
      this.#tagSets[id] = set;
    }
    return set;
  }
  #reading(paradigm, form, stem, predicted, head = "") {
    const { meta, suffixes, tags } = this.#index;
    const p = this.#paradigm(paradigm);
    const n = p[0];
    const lemma = head + meta.prefixes[p[1 + 2 * n]] + stem + suffixes[p[1]];
    const tagId = p[1 + n + form];
    return new Parse(lemma, this.#tags(tagId), tags[tagId], predicted, paradigm, form, stem, head);
  }
  /** Readings from the dictionary only (no prediction). */
  #known(word) {
    const { meta, stems } = this.#index;
    const out = [];
    const seen = /* @__PURE__ */ new Set();
    meta.prefixes.forEach((prefix, prefixId) => {
      if (!word.startsWith(prefix)) return;
      const rest = word.slice(prefix.length);
      for (let k = Math.max(0, rest.length - meta.maxSuffix); k <= rest.length; k++) {
        const suffixId = this.#suffixId(rest.slice(k));
        if (suffixId < 0) continue;
        const stem = rest.slice(0, k);
        const paras = stems.get(stem);
        if (!paras) continue;
        for (const paradigm of paras) {
          const p = this.#paradigm(paradigm);
          const n = p[0];
          for (let form = 0; form < n; form++) {
            if (p[1 + form] !== suffixId || p[1 + 2 * n + form] !== prefixId) continue;
            const reading = this.#reading(paradigm, form, stem, false);
            const key = `${reading.lemma}|${reading.tag}`;
            if (seen.has(key)) continue;
            seen.add(key);
            out.push(reading);
          }
        }
      }
    });
    return out;
  }
  /** Readings guessed from the longest ending of the word the ending table knows. */
  #predict(word) {
    const { suffixes, endings } = this.#index;
    for (let len = Math.min(5, word.length - 2); len >= 1; len--) {
      const pairs = endings.get(word.slice(-len));
      if (!pairs) continue;
      const out = [];
      const seen = /* @__PURE__ */ new Set();
      for (let i = 0; i < pairs.length; i += 2) {
        const paradigm = pairs[i];
        const form = pairs[i + 1];
        const suffix = suffixes[this.#paradigm(paradigm)[1 + form]];
        const reading = this.#reading(paradigm, form, word.slice(0, word.length - suffix.length), true);
        const key = `${reading.lemma}|${reading.tag}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(reading);
      }
      return out;
    }
    return [];
  }
  /**
   * Every reading of a word form: any letter case, ё and е alike, soft hyphens ignored; an
   * empty list for a token that is not a Cyrillic word. A hyphenated word the dictionary
   * lacks (интернет-магазина) is read as its last part, with the first parts kept in the
   * lemma; it counts as known when every part is.
   */
  analyse(word) {
    const memo = this.#memo.get(word);
    if (memo) return memo;
    const w = word.toLowerCase().replaceAll("\u0451", "\u0435").replaceAll("\xAD", "").replace(/[\u2010\u2011]/g, "-");
    let out = [];
    if (WORD.test(w)) {
      out = this.#known(w);
      if (out.length === 0 && w.includes("-")) {
        const cut = w.lastIndexOf("-");
        const head = w.slice(0, cut + 1);
        const last = this.analyse(w.slice(cut + 1));
        const headKnown = head.slice(0, -1).split("-").every((part) => this.#known(part).length > 0);
        out = last.map((r) => new Parse(head + r.lemma, r.tags, r.tag, r.predicted || !headKnown, r.paradigm, r.form, r.stem, head + r.head));
      }
      if (out.length === 0) out = this.#predict(w);
    }
    if (this.#memo.size >= MEMO_LIMIT) this.#memo.clear();
    this.#memo.set(word, out);
    return out;
  }
  /** Whether the dictionary knows the word form (some reading is not predicted). */
  isKnown(word) {
    return this.analyse(word).some((r) => !r.predicted);
  }
  /**
   * Forms of a reading's lexeme with the given grammemes, the reading's other grammemes of
   * the same categories replaced: inflect(«заказом» as ablt, ['gent']) → ['заказа'].
   * Returns the forms in the dictionary's order, without repeats; [] for none.
   */
  inflect(reading, grammemes) {
    if (!(reading instanceof Parse)) return [];
    const { meta, suffixes } = this.#index;
    const changed = new Set(grammemes.map((g) => this.category(g)));
    for (const [category, goesWith] of LINKED) if (changed.has(category)) for (const c of goesWith) changed.add(c);
    const kept = [...reading.tags].filter((g) => {
      const c = this.category(g);
      return VARYING.has(c) && !changed.has(c);
    });
    const fixed = (tags) => [...tags].filter((g) => !VARYING.has(this.category(g))).sort().join(",");
    const own = fixed(reading.tags);
    const p = this.#paradigm(reading.paradigm);
    const n = p[0];
    const out = [];
    for (let form = 0; form < n; form++) {
      const tags = this.#tags(p[1 + n + form]);
      if (!grammemes.every((g) => tags.has(g)) || !kept.every((g) => tags.has(g)) || fixed(tags) !== own) continue;
      const word = reading.head + meta.prefixes[p[1 + 2 * n + form]] + reading.stem + suffixes[p[1 + form]];
      if (!out.includes(word)) out.push(word);
    }
    return out;
  }
};

// packages/morph/src/index.ts
var INDEX_CANDIDATES = ["./ru-morph.bin", "../data/ru-morph.bin"];
var analyser;
var MorphIndexMissing = class extends Error {
  constructor() {
    super("The Russian morphological index (ru-morph.bin) is missing: run `pnpm build`.");
    this.name = "MorphIndexMissing";
  }
};
function getAnalyser() {
  if (analyser) return analyser;
  for (const candidate of INDEX_CANDIDATES) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) {
      analyser = new Analyser(readFileSync(path));
      return analyser;
    }
  }
  throw new MorphIndexMissing();
}
function analyse(word) {
  return getAnalyser().analyse(word);
}

// ../../tmp/dbg.ts
for (const w of process.argv.slice(2)) console.log(w, analyse(w).map((r) => `${r.lemma}:${r.tag}${r.predicted ? "?" : ""}`).join(" | "));
