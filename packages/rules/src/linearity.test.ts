/**
 * Linting must cost time linear in the length of what is linted: a pre-commit hook or a CI job
 * must not stall on one pasted string. For each pathological shape of input, the whole catalog
 * lints a text of size n and of size 4n through the real engine (every rule on, at its
 * recommended options), and the larger may cost at most 6 times the smaller: linear work costs
 * 4 times as much, quadratic work 16 times.
 *
 * Cost is measured, where the algorithm allows, as a count of operations (the spelling rule's
 * index lookups: the same on every machine and every run). Elsewhere it is CPU time
 * (`process.cpuUsage`, which a loaded machine does not inflate the way it does wall-clock time)
 * of the whole lint, taken as the least of several runs that alternate the two sizes, so that
 * both see the same load: load and a collection of garbage only ever add time, so the least run
 * is the one closest to the work itself, and quadratic work cannot hide in it. A rule's own CPU time is too small to measure on most shapes (a
 * collection of garbage falls into whichever rule is running); it is checked only for the rules
 * a shape is built to load (`focus`), and only once it is large enough to measure.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { defaultConfig, lintTexts, resolveRules, type Config, type ResolvedRule } from '@otvet/core';
import { catalog } from './index.js';
import { spellingLookups } from './spelling/index.js';

/** How much more the 4n input may cost than the n input. */
const MAX_RATIO = 6;
/** Runs of each size; the least is taken. */
const RUNS = 5;
/**
 * A rule's CPU time, on each of the two inputs, below which its ratio is noise, not a measure
 * (milliseconds; below 10 ms a collection of garbage alone can double it). A quadratic rule
 * passes it on the smaller input already.
 */
const MEASURABLE_MS = 10;

type Files = Record<string, string>;

interface Shape {
  name: string;
  /** The size n; the test also lints 4n. */
  n: number;
  /** The files of size `size`; `seed` varies the words of random shapes (see `fresh`). */
  build(size: number, seed: number): Files;
  /**
   * Random unknown words: each measured run needs words the spelling rule has not seen, since it
   * remembers its suggestions per word.
   */
  fresh?: boolean;
  /** Rules whose own CPU time this shape loads enough to check its ratio. */
  focus?: string[];
  /**
   * The whole lint's limit, when it is not {@link MAX_RATIO}: for a shape whose cost is mostly the
   * YAML library's parse of one huge mapping, which grows faster than its input at these sizes
   * (measured warm: 800 → 3,200 → 12,800 keys took 13 → 41 → 201 ms, the garbage collector's
   * share growing with the heap), though far from quadratic (×16).
   */
  maxTotalRatio?: number;
}

/** Deterministic pseudo-random numbers (a 32-bit xorshift). */
function random(seed: number): () => number {
  let s = (seed * 2654435761) >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';
const letters = (next: () => number, length: number): string => Array.from({ length }, () => CYRILLIC[Math.floor(next() * CYRILLIC.length)]).join('');

/** One template file; `ru` (and `zh`) written as JSON strings, which YAML reads as double-quoted scalars. */
function templates(items: { ru: string; zh?: string; placeholders?: string[] }[]): Files {
  const lines = ['templates:'];
  items.forEach((t, i) => {
    lines.push(`  - id: t${i}`);
    if (t.placeholders?.length) {
      lines.push('    placeholders:');
      for (const p of t.placeholders) lines.push(`      ${p}: { example: "1" }`);
    }
    lines.push('    text:');
    if (t.zh !== undefined) lines.push(`      zh: ${JSON.stringify(t.zh)}`);
    lines.push(`      ru: ${JSON.stringify(t.ru)}`);
  });
  return { 'templates/pack.yaml': `${lines.join('\n')}\n` };
}

const one = (ru: string, zh?: string): Files => templates([zh === undefined ? { ru } : { ru, zh }]);

/** `size` letters, «а» and «б» in turn, joined by `separator`. */
const alternate = (size: number, separator: string): string => Array.from({ length: size }, (_, i) => 'аб'[i % 2]).join(separator);

/** An ICU select nested `depth` levels deep, with words in every branch. */
function nested(depth: number): string {
  let inner = 'Заказ готов';
  for (let d = depth; d > 0; d--) inner = `{v${d}, select, a {Посылка ${inner}} other {Заказ отправлен}}`;
  return inner;
}

const SHAPES: Shape[] = [
  { name: 'one long unknown word (a cycle of the alphabet)', n: 80, build: (size) => one(`Слово ${CYRILLIC.repeat(Math.ceil(size / CYRILLIC.length)).slice(0, size)} тут.`) },
  { name: 'one long unknown word (random letters)', n: 80, fresh: true, build: (size, seed) => one(`Слово ${letters(random(seed), size)} тут.`) },
  { name: 'one long hyphenated word', n: 3200, build: (size) => one(`Это ${'кое-'.repeat(size / 4)}что.`) },
  {
    name: 'a line of many short unknown words',
    n: 40,
    fresh: true,
    build: (size, seed) => {
      const next = random(seed);
      return one(Array.from({ length: size }, () => letters(next, 3 + Math.floor(next() * 4))).join(' '));
    },
  },
  { name: 'a line of many known words', n: 1500, build: (size) => one(Array.from({ length: size }, (_, i) => ['заказ', 'отправлен', 'сегодня', 'вам'][i % 4]).join(' ')) },
  { name: 'many tildes', n: 5000, build: (size) => one(`Спасибо${'~'.repeat(size)}`) },
  { name: 'many tildes between words', n: 4000, focus: ['tone-tilde'], build: (size) => one('да~ '.repeat(size).trim()) },
  { name: 'many tildes that end sentences', n: 2000, focus: ['tone-tilde'], build: (size) => one('Да~ '.repeat(size).trim()) },
  { name: 'many repeated words', n: 5000, build: (size) => one(`${'да '.repeat(size / 3)}`.trim()) },
  { name: 'many fullwidth marks', n: 5000, build: (size) => one(`Спасибо${'，'.repeat(size)}`) },
  { name: 'many exclamation marks and emoticons', n: 10000, build: (size) => one(`Ура${'!)'.repeat(size / 2)}`) },
  { name: 'a punctuation flood', n: 5000, build: (size) => one('.,;:!?—«»()"-…'.repeat(Math.ceil(size / 14)).slice(0, size)) },
  { name: 'many sentences', n: 400, build: (size) => one('Ваш заказ отправлен, трек-номер в карточке заказа. '.repeat(size).trim()) },
  {
    name: 'a long ICU message with many placeholders',
    n: 400,
    focus: ['placeholder-undeclared'],
    // Declaring 800 placeholders makes an 800-key mapping: the whole lint measured ×5.3–5.5 here, ×6.4 once on CI.
    maxTotalRatio: 8,
    build: (size) => {
      const names = Array.from({ length: size }, (_, i) => `p${i}`);
      return templates([{ ru: names.map((p) => `товар {${p}}`).join(', '), placeholders: names }]);
    },
  },
  { name: 'many undeclared placeholders', n: 300, build: (size) => one(Array.from({ length: size }, (_, i) => `{x${i}}`).join(' ')) },
  { name: 'deep ICU nesting', n: 20, build: (size) => one(nested(size)) },
  { name: 'many plural branches', n: 600, build: (size) => one(`{n, plural, ${Array.from({ length: size }, (_, i) => `=${i} {# товар}`).join(' ')} other {# товаров}}`) },
  {
    name: 'thousands of Chinese characters and numbers',
    n: 16000,
    build: (size) => {
      const zh = '您好您的订单已发货请查收谢谢'.repeat(Math.ceil(size / 14)).slice(0, size);
      const numbers = Array.from({ length: size / 20 }, (_, i) => String(i + 1)).join(' ');
      return one(`Заказ ${numbers} 您好 ${zh}`, `${zh} ${numbers}`);
    },
  },
  {
    // A pasted price list: numbers, times and Chinese numerals by the thousand in both texts, some
    // of them different, so that consistency-number pairs them all (and reports the rest).
    name: 'thousands of numbers to pair between the texts',
    n: 8000,
    build: (size) => {
      const items = Array.from({ length: size / 8 }, (_, i) => i);
      const zh = items.map((i) => `${i + 1} 件 ${i % 60}:30 三天 一下 百分之五 ${i % 7 === 0 ? i + 2 : i + 1}`).join('，');
      const ru = items.map((i) => `${i + 1} шт. ${i % 60}:30 три дня ${i + 1}`).join(', ');
      return one(ru, zh);
    },
  },
  // Pasted lists: matches by the thousand in one text, each kept only where it overlaps none before.
  { name: 'a pasted list of marketplaces and carriers', n: 400, build: (size) => one('Ozon Wildberries Яндекс Маркет СДЭК Почта России '.repeat(size).trim()) },
  { name: 'a pasted list of quotations', n: 400, build: (size) => one('«Заказ» "товар" „да“ “нет” '.repeat(size).trim()) },
  { name: 'a pasted list of phones after imperatives', n: 1600, focus: ['register-vy-case'], build: (size) => one(Array.from({ length: size }, (_, i) => `звоните +7 999 ${100 + (i % 900)}-${String(i % 100).padStart(2, '0')}-11`).join('; ')) },
  {
    name: 'a long sentence of negations in both texts',
    n: 800,
    focus: ['consistency-negation'],
    build: (size) => one('не за что, не можем не ответить и нельзя не сказать '.repeat(size).trim(), '是不是有没有不能不说'.repeat(size)),
  },
  { name: 'a long sentence of «вы» and requests', n: 800, focus: ['grammar-verb-form'], build: (size) => one('Вы можете вы вам Вам ваш Ваш ты тебе '.repeat(size).trim()) },
  { name: 'slang words in a long line of Latin and Cyrillic', n: 800, focus: ['tone-slang'], build: (size) => one('Order shipped today mixed с русским текстом ok '.repeat(size).trim()) },
  // The parser (parse-latin) splits and merges a text's tokens in place, moving the rest of the text
  // each time: quadratic on a text full of what it splits or merges, unless a long text is parsed in
  // pieces (core's parseNatural).
  { name: 'thousands of blank lines between letters', n: 3000, build: (size) => one(alternate(size, '\n\n')) },
  { name: 'letters joined by slashes', n: 16000, build: (size) => one(alternate(size, '/')) },
  // A pasted CSV row: typography-spacing read the whole run around each comma again.
  { name: 'a row of letters and commas without spaces', n: 3000, focus: ['typography-spacing'], build: (size) => one(alternate(size, ',')) },
  {
    name: 'many templates in one file',
    n: 40,
    build: (size) =>
      templates(Array.from({ length: size }, (_, i) => ({ ru: `Привет~ Заказ ${i} атправлен!!! Спосибо ，да да.`, zh: `订单 ${i} 已发货` }))),
  },
  {
    name: 'many templates with suppressions',
    n: 80,
    build: (size) => {
      const items = Array.from({ length: size }, (_, i) =>
        `  - id: s${i}\n    lint:\n      disable: [{ rule: tone-tilde, reason: test }]\n    text:\n      ru: "Спасибо~ заказ ${i}"\n`,
      );
      return { 'templates/pack.yaml': `templates:\n${items.join('')}` };
    },
  },
];

const config: Config = { ...defaultConfig(), maxLength: 1_000_000 };

interface Measure {
  /** CPU milliseconds of the whole lint. */
  total: number;
  /** CPU milliseconds of each rule's check. */
  rules: Map<string, number>;
}

// A full garbage collection before each measured lint, so that no run pays for the garbage of
// the one before (Node.js exposes \`gc\` to contexts created after the flag is set).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Every rule of the recommended config, each check wrapped to add its CPU time to `spent`. */
function measuredRules(spent: Map<string, number>): ResolvedRule[] {
  return resolveRules(config, catalog).map((r) => ({
    ...r,
    rule: {
      meta: r.rule.meta,
      check: (context) => {
        const t0 = cpuMs();
        try {
          r.rule.check(context);
        } finally {
          spent.set(r.rule.meta.id, (spent.get(r.rule.meta.id) ?? 0) + cpuMs() - t0);
        }
      },
    },
  }));
}

function lint(files: Files): Measure {
  const rules = new Map<string, number>();
  const resolved = measuredRules(rules);
  const sources = Object.entries(files).map(([path, text]) => ({ path, text, bom: false }));
  collect();
  const t0 = cpuMs();
  lintTexts(sources, { config, rules: resolved, catalog, lang: 'en' });
  return { total: cpuMs() - t0, rules };
}

const least = (values: number[]): number => Math.min(...values);

interface Figures {
  total: [number, number];
  rules: Map<string, [number, number]>;
  lookups: [number, number];
}

/** Let the event loop run (the test runner's messages) between two lints. */
const breathe = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function measure(shape: Shape): Promise<Figures> {
  const small: Measure[] = [];
  const large: Measure[] = [];
  let seed = 1;
  // Warm-up (compile the code paths, load the word index blocks and the rules' data), counting
  // the spelling rule's lookups: the first lint of each size meets its words for the first time.
  const before = spellingLookups();
  lint(shape.build(shape.n, seed++));
  const mid = spellingLookups();
  await breathe();
  lint(shape.build(4 * shape.n, seed++));
  const lookups: [number, number] = [mid - before, spellingLookups() - mid];
  const fixed = [shape.build(shape.n, seed++), shape.build(4 * shape.n, seed++)] as const;
  for (let run = 0; run < RUNS; run++) {
    await breathe();
    small.push(lint(shape.fresh ? shape.build(shape.n, seed++) : fixed[0]));
    await breathe();
    large.push(lint(shape.fresh ? shape.build(4 * shape.n, seed++) : fixed[1]));
  }
  const rules = new Map<string, [number, number]>();
  for (const id of large[0]!.rules.keys()) {
    rules.set(id, [least(small.map((m) => m.rules.get(id) ?? 0)), least(large.map((m) => m.rules.get(id) ?? 0))]);
  }
  return { total: [least(small.map((m) => m.total)), least(large.map((m) => m.total))], rules, lookups };
}

const ratio = ([a, b]: [number, number]): number => b / Math.max(a, 0.05);

describe('linting costs time linear in the size of the input', () => {
  it.each(SHAPES.map((s) => [s.name, s] as const))('%s', async (_name, shape) => {
    const figures = await measure(shape);
    const focus = [...figures.rules].filter(([id, [small, large]]) => shape.focus?.includes(id) && small >= MEASURABLE_MS && large >= MEASURABLE_MS).map(([id, pair]) => ({ id, ratio: ratio(pair), ms: pair }));
    if (process.env.LINEARITY_REPORT) {
      const top = [...figures.rules].sort((a, b) => b[1][1] - a[1][1]).slice(0, 4).map(([id, [a, b]]) => `${id} ${a.toFixed(1)}→${b.toFixed(1)}`);
      console.log(`${shape.name}: total ${figures.total[0].toFixed(1)}→${figures.total[1].toFixed(1)} ms (×${ratio(figures.total).toFixed(2)}); lookups ${figures.lookups[0]}→${figures.lookups[1]}; ${top.join(', ')}`);
    }
    expect.soft(ratio(figures.total), 'whole lint').toBeLessThanOrEqual(shape.maxTotalRatio ?? MAX_RATIO);
    for (const r of focus) expect.soft(r.ratio, `${r.id} (${r.ms[0].toFixed(1)} → ${r.ms[1].toFixed(1)} ms)`).toBeLessThanOrEqual(MAX_RATIO);
    expect(figures.lookups[1], 'spelling index lookups').toBeLessThanOrEqual(MAX_RATIO * Math.max(figures.lookups[0], 1));
  });
});
