/**
 * Fuzz: random YAML, ICU and Unicode fed to `otvet lint` (every format), `lint --fix` and
 * `otvet pack` + `otvet verify`, in-process through the CLI's own `run()`.
 *
 * Properties, for every input:
 * - no crash: exit 0, 1 or 2, never the internal-error message or a stack trace;
 * - no hang: each command under a CPU budget (OTVET_FUZZ_BUDGET_MS, default 5000 ms);
 * - every failure is a message with a position (file:line:col, or line:col in a report);
 * - reports escape what a terminal would act on (control and bidi characters);
 * - `--fix` keeps the file parsing, every template and placeholder and every comment
 *   (the fix property's oracle, test/template-arbitraries.ts), and never touches a file it
 *   cannot read;
 * - a pack that is written verifies with `otvet verify`, publishes exactly the texts of the
 *   files, and `verify` finds every later change to it.
 *
 * CI runs OTVET_FUZZ_RUNS cases (default 200). A failure prints the seed and the path:
 * replay the case with OTVET_FUZZ_SEED=<seed> OTVET_FUZZ_PATH=<path>. OTVET_FUZZ_LOG=<file>
 * appends the number of cases, packs written and CPU time per command after a run that passed.
 * Long run: `OTVET_FUZZ_RUNS=20000 OTVET_FUZZ_SEED=1 pnpm exec vitest run test/fuzz.test.ts`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cli } from '../packages/cli/src/cli.test-helper.js';
import { STACK_TRACE } from './helpers.js';
import { expectFixKeeps, fileOf, piece, render, textOf } from './template-arbitraries.js';


const RUNS = Number(process.env.OTVET_FUZZ_RUNS ?? 200);
const SEED = process.env.OTVET_FUZZ_SEED === undefined ? 20261202 : Number(process.env.OTVET_FUZZ_SEED);
const PATH = process.env.OTVET_FUZZ_PATH;
/** CPU milliseconds one command may take (a slow CI box included). */
const BUDGET_MS = Number(process.env.OTVET_FUZZ_BUDGET_MS ?? 5000);

// ---------------------------------------------------------------- generators

const CONTROL = [...'\u0000\u0001\u0007\u0008\u000b\u000c\u000e\u001b\u001f\u007f\u0080\u0085\u009b\u009f'];
const BIDI = [...'\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069'];
const ZERO_WIDTH = [...'\u200b\u200c\u200d\u2060\ufeff\u00ad'];
const NASTY = [
  ...CONTROL, ...BIDI, ...ZERO_WIDTH,
  '\ud800', '\udfff', 'a\udc00b', '\ud83d', // lone surrogates
  'е\u0301', '\u0301', 'и' + '\u0306'.repeat(40), 'Z\u0335\u0321\u0358', // combining marks
  '您好', '订单号', 'ｏｚｏｎ', '漢字かなカナ', '한국어', // CJK
  '👍', '👨‍👩‍👧', '🇷🇺', '👋🏽', '❤️', '🙂', // emoji
  '\u00a0', '\u2028', '\u2029', '\u3000', '\t', '\r', '\r\n', // blanks and line ends
  ': ', ' #', '#', ' - ', '- ', '? ', '&a ', '*a', '!tag ', '%', '@', '`', '|', '>', '"', "'", '\\', '\\u0000', '\\x', // YAML indicators
  '{', '}', "'{'", "'", "''", '{n, plural, other {#}}', '{n, select, a {x} other {y}}', '{n, plural, =0 {} other {# {m, plural, other {#}}}}',
  '{a}{b}{c}', '{x, number}', '{x, date, short}', '<b>жирный</b>', '{{name}}', '%s', '${name}', '{0}', // ICU and foreign syntax
  '=SUM(A1)', '+7', '-1', '@cmd', // CSV formula starts
  'ВЫ ДОЛЖНЫ', 'ты', 'Вы', '!!!', '~', '：', 'зaказ', 'http://example.com', 'mail@example.com', '+7 999 123-45-67',
];
/** An unknown Russian-looking word (spelling finds nothing like it). */
const unknownWord = (max: number): fc.Arbitrary<string> => fc.string({ unit: fc.constantFrom(...'бвгджзклмнпрстфхцчшщаеиоуыэюя'), minLength: 5, maxLength: max });
// Beyond ~200 letters a case would run for minutes before the budget check sees it.
const LONG_WORD_MAX = 200;

const fuzzPiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: piece },
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: unknownWord(LONG_WORD_MAX) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const fuzzText = textOf(fuzzPiece, 20);

/** A raw plain scalar, written into the file as it is (no quoting by the YAML writer). */
const rawPlain = fuzzText
  .map((t) => t.replace(/[\r\n]+/g, ' ').trim())
  .filter((t) => t !== '');

const MAX_DEPTH = 5000;
/** Hand-written YAML: plain scalars, tags, aliases, merge keys, nesting, several documents. */
const rawYaml: fc.Arbitrary<string> = fc.oneof(
  rawPlain.map((ru) => `templates:\n  - id: raw\n    text:\n      zh: 您好\n      ru: ${ru}\n`),
  fc.tuple(rawPlain, rawPlain).map(([a, b]) => `templates:\n  - id: a\n    text: &t\n      zh: 您好\n      ru: ${a}\n  - id: b\n    text: *t\n  - id: c\n    text:\n      <<: *t\n      ru: ${b}\n`),
  fc.tuple(fc.constantFrom('!!js/function', '!!js/undefined', '!!js/regexp', '!custom', '!!binary', '!!python/object:os.system', '!<tag:yaml.org,2002:js/function>', '!!str', '!!int', '!!map'), rawPlain).map(
    ([tag, ru]) => `templates:\n  - id: tagged\n    text:\n      zh: 您好\n      ru: ${tag} ${tag === '!!map' ? '{}' : ru}\n`,
  ),
  fc.tuple(fc.integer({ min: 1, max: MAX_DEPTH }), fc.constantFrom('[', '{a: ', '- ')).map(([depth, open]) => {
    if (open === '- ') return `templates:\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i + 1)}- `).join('\n')}x\n`;
    const close = open === '[' ? ']' : '}';
    return `templates: ${open.repeat(depth)}x${close.repeat(depth)}\n`;
  }),
  fc.integer({ min: 1, max: 12 }).map((levels) => {
    const rows = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < levels; i++) rows.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    return `${rows.join('\n')}\ntemplates:\n  - id: bomb\n    tags: *a${levels - 1}\n    text:\n      zh: 您好\n      ru: Здравствуйте\n`;
  }),
  rawPlain.map((ru) => `templates:\n  - id: one\n    text:\n      zh: 您好\n      ru: ${ru}\n---\ntemplates: []\n`),
  rawPlain.map((ru) => `templates:\n\t- id: tab\n    text:\n      ru:\t${ru}\n`),
  fc.string({ unit: fc.constantFrom(...'templates:-id: text zh ru\n\t"\'{}[],&!|>#%@`?', '*'), maxLength: 80 }),
);

const structured = fileOf(fuzzText).map((spec) => render(spec));

/** How the text becomes bytes. */
const ENCODINGS = ['utf8', 'utf8-bom', 'utf16le-bom', 'utf16le', 'utf16be', 'invalid-utf8', 'binary', 'lone-cr'] as const;
type Encoding = (typeof ENCODINGS)[number];

function encode(text: string, encoding: Encoding, at: number): Uint8Array {
  const utf8 = Buffer.from(text, 'utf8');
  switch (encoding) {
    case 'utf8':
      return utf8;
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16le':
      return Buffer.from(text, 'utf16le');
    case 'utf16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'invalid-utf8': {
      const cut = Math.min(at % (utf8.length + 1), utf8.length);
      const bad = [[0xff], [0xc0, 0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]][at % 5]!;
      return Buffer.concat([utf8.subarray(0, cut), Buffer.from(bad), utf8.subarray(cut)]);
    }
    case 'binary':
      return Buffer.from(Array.from({ length: 64 + (at % 64) }, (_, i) => (i * 131 + at) % 256));
    case 'lone-cr':
      return Buffer.from(text.replace(/\r?\n/g, '\r'), 'utf8');
  }
}

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'html'] as const;
const PACK_MUTATIONS = ['extra-file', 'flip-byte', 'delete-file', 'manifest-key', 'prototype-name'] as const;

const caseArb = fc.record({
  yaml: fc.oneof({ weight: 3, arbitrary: structured }, { weight: 2, arbitrary: rawYaml }),
  encoding: fc.constantFrom(...ENCODINGS),
  at: fc.nat(),
  format: fc.constantFrom(...FORMATS),
  lang: fc.constantFrom('en', 'zh', 'ru'),
  pack: fc.nat(3).map((n) => n === 0),
  mutation: fc.constantFrom(...PACK_MUTATIONS),
});
type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

// ---------------------------------------------------------------- oracles

const TEMPLATE = 'tpl/t.yaml';
const CONFIG = 'source: zh\ntarget: ru\ntemplates: ["tpl/**/*.yaml"]\nextends: recommended\nthresholds: { revise: 0.5, reject: 1 }\npack: { name: fuzz, version: 1.0.0 }\n';
/**
 * The pack's config: recommended, without the rules that random text trips at almost every
 * word, so that most packs are written and their bytes checked.
 */
const PACK_CONFIG = `${CONFIG}rules:\n${['spelling', 'consistency-number', 'script-cjk', 'script-mixed', 'tone-emoticon', 'placeholder-undeclared', 'placeholder-foreign-syntax', 'typography-fullwidth', 'typography-spacing', 'tone-exclamation', 'tone-caps', 'format-markup', 'policy-contacts', 'policy-pii'].map((r) => `  ${r}: off\n`).join('')}`;
const PACK_DIR = 'dist/fuzz-1.0.0';
let packsWritten = 0;
/** What a terminal acts on: C0 (but tab and line feed), DEL, C1, bidi overrides and isolates. */
const UNSAFE_IN_REPORT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
/** The CLI's internal-error and rule-crash messages, in every language. */
const CRASH = /stopped on an internal error|因内部错误而停止|остановился из-за внутренней ошибки|This is a defect of otvet|这是 otvet 的缺陷|Это дефект otvet/;

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** CPU milliseconds spent per command (printed to OTVET_FUZZ_LOG). */
const spent = new Map<string, number>();

/** Run one command in-process under the CPU budget. */
async function timed(args: string[], cwd: string, lang: string): Promise<Outcome> {
  const start = process.cpuUsage();
  const out = await cli([...args, '--lang', lang], cwd);
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000;
  const key = args.slice(0, 2).join(' ');
  spent.set(key, (spent.get(key) ?? 0) + ms);
  expect(ms, `otvet ${args.join(' ')} took ${ms.toFixed(0)} ms of CPU (budget ${BUDGET_MS} ms)`).toBeLessThan(BUDGET_MS);
  return out;
}

/** No crash, a known exit code, and an exit 2 says where. */
function expectNoCrash(out: Outcome, what: string): void {
  expect(out.stdout + out.stderr, `${what}: stack trace`).not.toMatch(STACK_TRACE);
  expect(out.stderr, `${what}: internal error`).not.toMatch(CRASH);
  expect([0, 1, 2], `${what}: exit code ${out.code}\n${out.stderr}`).toContain(out.code);
}

/** Every message of a lint report has a position. */
function expectPositions(out: Outcome, format: string): void {
  if (out.code === 2) {
    // An unreadable or unusable file: `path:line:col: message` on stderr.
    expect(out.stderr, 'exit 2 names the file and the position').toMatch(/^tpl\/t\.yaml:\d+:\d+: \S/m);
    return;
  }
  if (format === 'json') {
    const report = JSON.parse(out.stdout) as { files: { messages: { line: unknown; column: unknown }[] }[] };
    for (const file of report.files) for (const m of file.messages) expect([typeof m.line, typeof m.column, Number(m.line) >= 1, Number(m.column) >= 1]).toEqual(['number', 'number', true, true]);
  } else if (format === 'sarif') {
    JSON.parse(out.stdout);
  } else if (format === 'stylish') {
    // Each finding row starts with line:column.
    for (const row of out.stdout.split('\n')) if (/\s(error|warning|info)\s/.test(row) && /^\s{2}\S/.test(row)) expect(row).toMatch(/^\s+\d+:\d+/);
  } else if (format === 'github') {
    for (const row of out.stdout.split('\n')) if (row.startsWith('::')) expect(row).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,(end)?[cC]ol/);
  }
  if (format === 'stylish' || format === 'github') expect(out.stdout + out.stderr, 'control characters escaped').not.toMatch(UNSAFE_IN_REPORT);
}

/** RFC 4180 records (enough for the pack's own CSV). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  if (cell !== '' || row.length) row.push(cell), rows.push(row);
  return rows;
}

async function runCase(c: Case): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'otvet-fuzz-'));
  try {
    mkdirSync(join(dir, 'tpl'));
    writeFileSync(join(dir, 'otvet.config.yaml'), CONFIG);
    writeFileSync(join(dir, 'pack.config.yaml'), PACK_CONFIG);
    const bytes = encode(c.yaml, c.encoding, c.at);
    writeFileSync(join(dir, TEMPLATE), bytes);

    // lint, in the chosen format
    const lint = await timed(['lint', '-f', c.format, TEMPLATE], dir, c.lang);
    expectNoCrash(lint, 'lint');
    expectPositions(lint, c.format);

    // Encodings are named for what they are; CR line ends read as the same file with LF.
    // (UTF-16 is told by the zero high bytes of Latin-1 characters: an empty file, or one of CJK
    // alone, has none to tell it by. A template file is mostly keys, blanks and line breaks.)
    const latin = [...c.yaml].filter((ch) => ch.codePointAt(0)! <= 0xff).length;
    if ((c.encoding === 'utf16le' || c.encoding === 'utf16be') && latin >= 2 && latin >= c.yaml.length * 0.2) expect(lint.stderr, 'UTF-16 without a BOM is recognised').toMatch(/UTF-16/);
    if (c.encoding === 'lone-cr' && lint.code !== 2) {
      writeFileSync(join(dir, TEMPLATE), encode(c.yaml, 'utf8', c.at));
      const lf = await timed(['lint', '-f', 'json', TEMPLATE], dir, c.lang);
      writeFileSync(join(dir, TEMPLATE), bytes);
      const rules = (out: Outcome): string[] => out.code === 2 ? [] : [...new Set((JSON.parse(out.stdout) as { files: { messages: { ruleId: string }[] }[] }).files.flatMap((f) => f.messages.map((m) => m.ruleId)))].sort();
      const again = await timed(['lint', '-f', 'json', TEMPLATE], dir, c.lang);
      expect(rules(again), 'a file with CR line ends reads as with LF').toEqual(rules(lf));
    }

    // A raw plain scalar reads back as written, or the lint says where it does not.
    // (A text that starts with a quote is a quoted scalar: its quotes are YAML's, not the text's.)
    const raw = /^templates:\n  - id: raw\n    text:\n      zh: 您好\n      ru: ([^"'].*)\n$/su.exec(c.yaml)?.[1];
    if (raw !== undefined && (c.encoding === 'utf8' || c.encoding === 'utf8-bom')) {
      const { parseDocument } = await import('yaml');
      const doc = parseDocument(raw === '' ? '' : `ru: ${raw}\n`);
      // A text that YAML cannot even resolve (an alias to nothing) reads as nothing: the lint must say so too.
      let value: unknown;
      try {
        value = doc.errors.length ? undefined : (doc.toJS() as { ru?: unknown } | null)?.ru;
      } catch {
        value = undefined;
      }
      if (value !== raw) {
        // A finding at the text, or the whole file refused with its position (a NUL byte: binary data).
        const said = lint.code === 2 ? lint.stderr : lint.stdout + lint.stderr;
        expect(said, `“${raw}” reads as ${JSON.stringify(value)}: the lint must say so`).toMatch(lint.code === 2 ? /^\S+:\d+:\d+: /m : /yaml-syntax|schema/);
      }
    }

    // lint --fix
    const fix = await timed(['lint', '--fix', TEMPLATE], dir, c.lang);
    expectNoCrash(fix, 'lint --fix');
    expectPositions(fix, 'stylish');
    const after = readFileSync(join(dir, TEMPLATE));
    const decoded = (b: Uint8Array): string | undefined => {
      try {
        return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
      } catch {
        return undefined;
      }
    };
    const beforeText = decoded(bytes);
    if (lint.code === 2 || beforeText === undefined) {
      expect(Buffer.compare(after, bytes), 'a file otvet cannot read is never written').toBe(0);
    } else {
      const afterText = decoded(after);
      expect(afterText, 'the fixed file is UTF-8').toBeDefined();
      expect(afterText!.startsWith('\ufeff'), 'the BOM is kept').toBe(beforeText.startsWith('\ufeff'));
      expectFixKeeps(beforeText.replace(/^\ufeff/, ''), afterText!.replace(/^\ufeff/, ''));
    }

    if (!c.pack) return;
    const pack = await timed(['pack', '--allow-revise', '--zip', '-c', 'pack.config.yaml'], dir, c.lang);
    expectNoCrash(pack, 'pack');
    if (pack.code !== 0) {
      expect(readdirSync(dir), 'a refused pack writes nothing').not.toContain('dist');
      return;
    }
    packsWritten++;
    const verify = await timed(['verify', PACK_DIR], dir, c.lang);
    expectNoCrash(verify, 'verify');
    expect(verify.code, verify.stderr).toBe(0);
    // The pack publishes exactly the texts of the file.
    const published = JSON.parse(readFileSync(join(dir, PACK_DIR, 'templates.json'), 'utf8')) as { templates: { id: string; text: Record<string, string> }[] };
    const { parseDocument } = await import('yaml');
    const data = parseDocument(readFileSync(join(dir, TEMPLATE), 'utf8').replace(/^\ufeff/, '')).toJS() as { templates: { id: string; text: Record<string, string> }[] };
    const byId = new Map(data.templates.map((t) => [t.id, t.text]));
    for (const t of published.templates) expect(t.text, `published text of ${t.id}`).toEqual(byId.get(t.id));
    for (const t of published.templates) expect(Object.values(t.text).join('\n'), `${t.id}: control characters published`).not.toMatch(UNSAFE_IN_REPORT);
    const csv = parseCsv(readFileSync(join(dir, PACK_DIR, 'templates.csv'), 'utf8').replace(/^\ufeff/, ''));
    for (const cell of csv.flat()) expect(cell, 'a CSV cell that a spreadsheet runs as a formula').not.toMatch(/^[=+\-@\t\r]/);

    // verify finds any later change.
    const packDir = join(dir, PACK_DIR);
    switch (c.mutation) {
      case 'extra-file':
        writeFileSync(join(packDir, 'extra.txt'), 'x');
        break;
      case 'prototype-name':
        writeFileSync(join(packDir, ['constructor', 'toString', '__proto__', 'hasOwnProperty'][c.at % 4]!), 'x');
        break;
      case 'flip-byte': {
        const file = join(packDir, 'templates.json');
        const content = readFileSync(file);
        const i = c.at % content.length;
        content[i] = content[i]! ^ 0x01;
        writeFileSync(file, content);
        break;
      }
      case 'delete-file':
        unlinkSync(join(packDir, 'templates.csv'));
        break;
      case 'manifest-key': {
        const file = join(packDir, 'manifest.json');
        const manifest = JSON.parse(readFileSync(file, 'utf8')) as { files: Record<string, string> };
        manifest.files['../outside.txt'] = '0'.repeat(64);
        writeFileSync(file, JSON.stringify(manifest));
        break;
      }
    }
    const tampered = await timed(['verify', PACK_DIR], dir, c.lang);
    expectNoCrash(tampered, 'verify (changed pack)');
    expect(tampered.code, `verify after ${c.mutation}`).toBe(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('fuzz: lint, --fix and pack on random YAML, ICU and Unicode', () => {
  it(`no crash, no hang, every failure with a position (${RUNS} runs, seed ${SEED})`, async () => {
    // Warm-up outside the budget: the first lint loads the dictionaries and compiles the rules.
    await runCase({ yaml: 'templates: []\n', encoding: 'utf8', at: 0, format: 'stylish', lang: 'en', pack: false, mutation: 'extra-file' });
    const started = Date.now();
    await fc.assert(fc.asyncProperty(caseArb, runCase), { numRuns: RUNS, seed: SEED, ...(PATH ? { path: PATH } : {}), endOnFailure: true });
    if (process.env.OTVET_FUZZ_LOG) writeFileSync(process.env.OTVET_FUZZ_LOG, `seed ${SEED}: ${RUNS} cases in ${((Date.now() - started) / 1000).toFixed(0)} s, ${packsWritten} packs; CPU ms: ${[...spent].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}\n`, { flag: 'a' });
  }, 60_000 + RUNS * 3 * BUDGET_MS);
});
