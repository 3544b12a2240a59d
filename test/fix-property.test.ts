/**
 * Property: `--fix` (the function the CLI runs, fixSources) on random template
 * files with random fixable defects never breaks a valid placeholder, never
 * produces invalid YAML, keeps everything but the Russian texts and every
 * comment, and is idempotent.
 *
 * The run count is small for CI; set OTVET_FIX_RUNS (and OTVET_FIX_SEED) for a
 * long local run, e.g. `OTVET_FIX_RUNS=20000 npx vitest run test/fix-property.test.ts`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, isMap, isScalar, isSeq, parseDocument, type YAMLMap, type Node } from 'yaml';
import { parseConfig, parsePlaceholders, resolveRules, type Lang, type Placeholder } from '../packages/core/src/index.js';
import { catalog } from '../packages/rules/src/index.js';
import { fixSources } from '../packages/cli/src/fix.js';

const RUNS = Number(process.env.OTVET_FIX_RUNS ?? 120);
const SEED = process.env.OTVET_FIX_SEED === undefined ? 20261127 : Number(process.env.OTVET_FIX_SEED);

// spelling has no fixes, and its suggestions for the random non-words cost most of the time.
const config = parseConfig('otvet.config.yaml', 'rules:\n  typography-quotes: [warning, { straight: true }]\n  spelling: off\n', catalog);
const options = { config, rules: resolveRules(config, catalog), catalog, lang: 'en' as Lang, resources: {} };

const WORDS = ['Здравствуйте', 'ваш', 'заказ', 'отправлен', 'спасибо', 'за', 'покупку', 'мы', 'ответим', 'скоро', 'товар', 'на', 'складе', 'Ozon', 'из-за', '5'];
/** Defects the fixable rules repair, and characters that make fixing hard. */
const DEFECTS = [
  '，', '！', '？', '。', '：', '；', '（', '）', '、', '　', ' - ', '  ', '\t', '~', '～', '!!!', '!!', '??', '"цитата"', '"а "б" в"', '“так”',
  'зaказ', 'тoвар', 'заказ заказ', 'на на', '3~5', '10 - 20', ':', '#', ' #', ': ', "'", '\\', '«', '»', '—', '-', 'ｏｚｏｎ', '１２３',
];
const PLACEHOLDERS = ['{order_number}', '{name}', '{n, plural, one {# день} few {# дня} many {# дней} other {# дня}}', '{n, plural, one {# товар~} other {# товаров！}}', '{ order_number }'];
const DECLARATIONS = { order_number: { example: '12345' }, name: { example: 'Анна' }, n: { type: 'number', example: 3 } };

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...DEFECTS) },
  { weight: 1, arbitrary: fc.constantFrom(...PLACEHOLDERS) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', ', ', '. ');
const textValue = fc
  .tuple(fc.array(fc.tuple(piece, separator), { minLength: 1, maxLength: 14 }), fc.constantFrom('', '', '.', '!', '\n', '\n\n'))
  .map(([parts, end]) => parts.map(([p, s]) => p + s).join('').trimStart() + end)
  .filter((v) => v.trim() !== '');
const STYLES = ['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'] as const;
const comment = fc.option(fc.constantFrom(' note', ' проверить', ' 待审核', ' otvet: keep', ' otvet-disable-next-line tone-tilde -- brand style'), { nil: undefined });
const template = fc.record({
  ru: textValue,
  style: fc.constantFrom(...STYLES),
  flow: fc.boolean(),
  before: comment,
  trailing: comment,
  title: fc.option(fc.constantFrom('Ожидание', 'Wait: 1-2 days', '"quoted"'), { nil: undefined }),
});
const fileArb = fc.record({
  templates: fc.array(template, { minLength: 1, maxLength: 5 }),
  header: comment,
  crlf: fc.boolean(),
  bom: fc.boolean(),
  lineWidth: fc.integer({ min: 20, max: 100 }),
});
type FileSpec = typeof fileArb extends fc.Arbitrary<infer T> ? T : never;

function render(spec: FileSpec): string {
  const doc = new Document({
    templates: spec.templates.map((t, i) => ({ id: `t${i}`, ...(t.title === undefined ? {} : { title: t.title }), placeholders: DECLARATIONS, text: { zh: '您好', ru: t.ru } })),
  }, { aliasDuplicateObjects: false }); // template files may not use aliases
  if (spec.header) doc.commentBefore = spec.header;
  const items = (doc.get('templates', true) as { items: YAMLMap[] }).items;
  spec.templates.forEach((t, i) => {
    const item = items[i]!;
    if (t.before) item.commentBefore = t.before;
    const id: unknown = item.get('id', true);
    if (t.trailing && isScalar(id)) id.comment = t.trailing;
    const text: unknown = item.get('text', true);
    if (!isMap(text)) throw new Error('text is a map');
    text.flow = t.flow;
    const ru: unknown = text.get('ru', true);
    if (!isScalar(ru)) throw new Error('ru is a scalar');
    ru.type = t.style;
  });
  const out = doc.toString({ lineWidth: spec.lineWidth, minContentWidth: 10 });
  return spec.crlf ? out.replace(/\n/g, '\r\n') : out;
}

/** A placeholder's shape: kind, name, style and branches, recursively (texts left out). */
function shape(list: Placeholder[]): unknown[] {
  return list.map((p) => ({ kind: p.kind, name: p.name, style: p.style, branches: p.branches?.map((b) => ({ key: b.key, children: shape(b.children) })) }));
}

interface Data {
  templates: { id: string; title?: string; placeholders: unknown; text: { zh: string; ru: string } }[];
}

/** Comments in source order (outside scalars). */
function comments(text: string): string[] {
  const out: string[] = [];
  const doc = parseDocument(text);
  if (doc.commentBefore) out.push(doc.commentBefore);
  const walk = (node: Node | null | undefined): void => {
    if (!node) return;
    if (node.commentBefore) out.push(node.commentBefore);
    if (node.comment) out.push(node.comment);
    if (isMap(node)) {
      for (const pair of node.items) {
        walk(pair.key as Node);
        walk(pair.value as Node);
      }
    } else if (isSeq(node)) node.items.forEach((n) => walk(n as Node));
  };
  walk(doc.contents as Node);
  if (doc.comment) out.push(doc.comment);
  return out;
}

function fix(text: string, bom: boolean): string {
  const run = fixSources([{ path: 't.yaml', text, bom }], options);
  return run.changed[0]?.source.text ?? text;
}

describe('--fix on random template files (property)', () => {
  it(`keeps YAML valid, placeholders intact and converges (${RUNS} runs)`, () => {
    let fixedFiles = 0;
    fc.assert(
      fc.property(fileArb, (spec) => {
        const text = render(spec);
        const before = parseDocument(text);
        // Only valid inputs: yaml may write something it cannot read back.
        fc.pre(before.errors.length === 0 && isScalar((before.getIn(['templates', 0, 'text', 'ru'], true) as Node | undefined) ?? null));
        const data = before.toJS() as Data;
        const valid = data.templates.map((t) => parsePlaceholders(t.text.ru)).map((p) => (p.error ? undefined : shape(p.placeholders)));

        const once = fix(text, spec.bom);
        const after = parseDocument(once);
        expect(after.errors, once).toEqual([]);
        const fixedData = after.toJS() as Data;
        // The same data except the Russian texts.
        expect(fixedData.templates.map((t) => ({ ...t, text: { ...t.text, ru: '' } }))).toEqual(data.templates.map((t) => ({ ...t, text: { ...t.text, ru: '' } })));
        // Every valid placeholder parses the same: names, types, plural branches.
        fixedData.templates.forEach((t, i) => {
          if (valid[i] === undefined) return;
          const parsed = parsePlaceholders(t.text.ru);
          expect(parsed.error, `${data.templates[i]!.text.ru} → ${t.text.ru}`).toBeUndefined();
          expect(shape(parsed.placeholders)).toEqual(valid[i]);
        });
        expect(comments(once)).toEqual(comments(text));
        if (spec.crlf) expect(once.replace(/\r\n/g, '')).not.toMatch(/\n/);
        else expect(once).not.toContain('\r');
        // Idempotent: a second fix changes nothing.
        expect(fix(once, spec.bom), once).toBe(once);
        if (once !== text) fixedFiles++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The property is only worth something if most files needed fixing.
    expect(fixedFiles).toBeGreaterThan(RUNS / 2);
  }, 30_000 + RUNS * 250);
});
