#!/usr/bin/env node
// Measures the linter on the evaluation data beside the repository (../shared/eval):
// real-world text nobody here wrote. Prints figures; it is a measurement, not a test.
//   node scripts/eval.mjs [--eval DIR] [--check-cache]
// `--check-cache` also lints each set twice with `--cache` (a cold cache, then a warm one) and
// says whether the JSON reports are those of the lint without the cache (exit 1 if not).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { formatGrammar, formatShare, grammarFigures, grammarTemplates, locateFindings, overlaps } from './eval-grammar.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--eval');
const evalDir = resolve(at > 0 ? process.argv[at + 1] : join(root, '..', 'shared', 'eval'));
const cli = join(root, 'packages/cli/bin/otvet.cjs');
if (!existsSync(cli)) throw new Error('build first: pnpm build');

const checkCache = process.argv.includes('--check-cache');
/** What --check-cache found, per set. */
const cacheChecks = [];

function lint(dir) {
  const run = (extra = []) => {
    const r = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', '--lang', 'en', ...extra], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status === 2 || !r.stdout) throw new Error(`otvet failed in ${dir}: ${r.stderr}`);
    return r.stdout;
  };
  const plain = run(['--no-cache']);
  if (checkCache) {
    const location = mkdtempSync(join(tmpdir(), 'otvet-eval-cache-'));
    try {
      const cold = run(['--cache', '--cache-location', location]);
      const warm = run(['--cache', '--cache-location', location]);
      const wrong = [cold !== plain && 'cold', warm !== plain && 'warm'].filter(Boolean);
      cacheChecks.push(`${dir.split('/').pop()} ${wrong.length ? `DIFFERENT (${wrong.join(', ')} cache)` : 'the same'}`);
    } finally {
      rmSync(location, { recursive: true, force: true });
    }
  }
  return JSON.parse(plain);
}

/**
 * The words hunspell (`hunspell -d ru_RU -l`) rejects in the given lines, one entry per
 * occurrence; undefined when hunspell or its Russian dictionary is not installed (Debian:
 * apt-get install hunspell hunspell-ru). hunspell's verdict on a word does not depend on its
 * neighbours, so word lists can be checked as lines of their own.
 */
function hunspellRejects(lines) {
  const input = lines.map((l) => l.replace(/[\r\n]+/g, ' ')).join('\n') + '\n';
  const r = spawnSync('hunspell', ['-d', 'ru_RU', '-i', 'utf-8', '-l'], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.error || r.status !== 0) return undefined;
  return r.stdout.split('\n').filter(Boolean);
}
const NOT_MEASURED = 'not measured (hunspell not installed)';
const CYRILLIC_WORD = /^[\p{Script=Cyrillic}\u00ad-]+$/u;

function templateTexts(file) {
  return YAML.parse(readFileSync(file, 'utf8')).templates.map((t) => ({ id: t.id, text: t.text.ru }));
}

function byTemplate(report, filter) {
  const map = new Map();
  for (const f of report.files) {
    for (const m of f.messages) {
      if (!filter(m)) continue;
      if (!map.has(m.templateId)) map.set(m.templateId, []);
      map.get(m.templateId).push(m);
    }
  }
  return map;
}

const magento = join(evalDir, 'magento-ru');
if (existsSync(magento)) {
  const report = lint(magento);
  const mismatches = readFileSync(join(magento, 'mismatches.txt'), 'utf8').split(/\s+/).filter(Boolean);
  const placeholderIds = report.files.find((f) => f.path.endsWith('placeholders.yaml')).templates.map((t) => t.id);
  const flagged = byTemplate(report, (m) => m.ruleId.startsWith('placeholder-'));
  const hit = mismatches.filter((id) => flagged.has(id)).length;
  const others = placeholderIds.filter((id) => !mismatches.includes(id));
  const falsePositives = others.filter((id) => flagged.has(id));
  console.log(`magento-ru: ${report.summary.templates} templates`);
  console.log(`  placeholder-* on mismatches.txt: ${hit} / ${mismatches.length}`);
  console.log(`  placeholder-* on the other ${others.length} templates of placeholders.yaml: ${falsePositives.length}${falsePositives.length ? ` (${falsePositives.join(', ')})` : ''}`);
  const all = byTemplate(report, () => true);
  const rules = {};
  for (const ms of all.values()) for (const m of ms) rules[m.ruleId] = (rules[m.ruleId] ?? 0) + 1;
  console.log(`  templates with any finding: ${all.size} (${((100 * all.size) / report.summary.templates).toFixed(1)} %); findings by rule: ${JSON.stringify(rules)}`);
  const g = grammarTemplates(report);
  console.log(`  templates with a grammar-* error or warning: ${formatShare(g)} (bar ≤ 1 %); findings by rule: ${JSON.stringify(g.rules)}`);
}

const relco = join(evalDir, 'relco-spelling');
if (existsSync(relco)) {
  const report = lint(relco);
  const labels = readFileSync(join(relco, 'labels.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const spelling = byTemplate(report, (m) => m.ruleId === 'spelling');
  let found = 0;
  let top1 = 0;
  for (const [id, wrong, right] of labels) {
    const hit = (spelling.get(id) ?? []).find((m) => m.actual === wrong);
    if (!hit) continue;
    found++;
    if ((hit.expected?.[0] ?? '').toLowerCase() === right.toLowerCase()) top1++;
  }
  const corrected = report.files.find((f) => f.path.endsWith('corrected.yaml'));
  const flaggedCorrect = corrected.messages.filter((m) => m.ruleId === 'spelling');
  const tokens = corrected.templates.reduce((s, t) => s + t.words, 0);
  // hunspell on the same words: the labelled misspellings one by one, and the corrected texts
  // (only Cyrillic words count, as for the spelling rule).
  const wrongWords = hunspellRejects([...new Set(labels.map(([, wrong]) => wrong))]);
  const correctedRejects = wrongWords && hunspellRejects(templateTexts(join(relco, 'templates', 'corrected.yaml')).map((t) => t.text));
  const rejected = new Set(wrongWords);
  const hunspellRecall = wrongWords ? String(labels.filter(([, wrong]) => rejected.has(wrong)).length) : NOT_MEASURED;
  const hunspellFlagged = correctedRejects ? String(correctedRejects.filter((w) => CYRILLIC_WORD.test(w)).length) : NOT_MEASURED;
  console.log(`relco-spelling: ${report.summary.templates} templates`);
  console.log(`  labelled misspellings flagged (recall): ${found} / ${labels.length} (${((100 * found) / labels.length).toFixed(1)} %; hunspell: ${hunspellRecall})`);
  console.log(`  top-1 suggestion = the correction: ${top1} / ${found} (${((100 * top1) / Math.max(found, 1)).toFixed(1)} %)`);
  console.log(`  tokens flagged in corrected.yaml: ${flaggedCorrect.length} of ${tokens} words (${((100 * flaggedCorrect.length) / tokens).toFixed(1)} %; hunspell: ${hunspellFlagged})`);
  if (process.argv.includes('--verbose')) for (const m of flaggedCorrect) console.log(`    ${m.templateId} ${m.actual} → ${m.expected?.[0] ?? '—'}`);
}

const grammar = join(evalDir, 'relco-grammar');
if (existsSync(grammar)) {
  const report = lint(grammar);
  const tsv = (name) => readFileSync(join(grammar, name), 'utf8').trim().split('\n').map((l) => l.split('\t'));
  const [head, ...rows] = tsv('labels.tsv');
  const col = (name) => head.indexOf(name);
  const labels = rows.map((r) => ({ id: r[col('id')], cls: r[col('class')], wrong: r[col('wrong')], start: Number(r[col('start')]), end: Number(r[col('end')]), realword: r[col('realword')] === '1' }));
  const texts = new Map();
  for (const file of ['errors.yaml', 'corrected.yaml']) for (const t of templateTexts(join(grammar, 'templates', file))) texts.set(t.id, t.text);
  // Non-word errors left in the error sentences: flags on them are neither hits nor false alarms.
  const others = new Map();
  for (const [id, , wrong] of tsv('other_errors.tsv').slice(1)) {
    const text = texts.get(id) ?? '';
    for (let i = text.indexOf(wrong); i >= 0; i = text.indexOf(wrong, i + 1)) others.set(id, [...(others.get(id) ?? []), { start: i, end: i + wrong.length }]);
  }
  // Each finding's range in its text (the texts are one double-quoted line each).
  const fileLines = new Map(report.files.map((f) => [f.path, readFileSync(join(grammar, f.path), 'utf8').split('\n')]));
  const flags = locateFindings(report, texts, (path) => fileLines.get(path) ?? []);
  const hit = (l) => (flags.get(l.id) ?? []).some((f) => overlaps(f, l));
  const pct = (n, d) => `${n} / ${d} (${((100 * n) / Math.max(d, 1)).toFixed(1)} %)`;
  const share = (list, test) => pct(list.filter(test).length, list.length);
  console.log(`relco-grammar: ${report.summary.templates} templates, ${labels.length} labelled errors`);
  console.log(`  labels overlapped by a finding (recall): ${share(labels, hit)}; realword=1: ${share(labels.filter((l) => l.realword), hit)}`);
  const classes = [...new Set(labels.map((l) => l.cls))].sort();
  console.log(`  recall by class: ${classes.map((c) => `${c} ${share(labels.filter((l) => l.cls === c), hit)}`).join('; ')}`);
  const labelled = new Map();
  for (const l of labels) labelled.set(l.id, [...(labelled.get(l.id) ?? []), l]);
  let onCorrected = 0;
  let falseInErrors = 0;
  const falseRules = {};
  for (const [id, list] of flags) {
    for (const f of list) {
      const known = [...(labelled.get(id) ?? []), ...(others.get(id) ?? [])];
      const corrected = id.startsWith('c');
      if (!corrected && known.some((k) => overlaps(f, k))) continue;
      if (corrected) onCorrected++;
      else falseInErrors++;
      falseRules[f.ruleId] = (falseRules[f.ruleId] ?? 0) + 1;
    }
  }
  console.log(`  false alarms: ${onCorrected} findings on corrected.yaml, ${falseInErrors} in errors.yaml on no labelled or listed error; by rule: ${JSON.stringify(falseRules)}`);
  // The grammar rules alone. Words are counted as the report counts them (each template's
  // `words`, the same figure the error rate divides by), not re-tokenised here.
  const correctedWords = report.files.find((f) => f.path.endsWith('corrected.yaml'))?.templates.reduce((s, t) => s + t.words, 0) ?? 0;
  const grammarRules = readdirSync(join(root, 'packages/rules/src')).filter((d) => d.startsWith('grammar-'));
  for (const line of formatGrammar(grammarFigures({ labels, others, flags, correctedWords, rules: grammarRules }))) console.log(line);
  if (process.argv.includes('--verbose')) {
    for (const [id, list] of flags) for (const f of list) if (f.ruleId.startsWith('grammar-') && id.startsWith('c')) console.log(`    ${id} ${f.ruleId} «${texts.get(id).slice(f.start, f.end)}»`);
  }
  // hunspell's verdict on each label's words (a flag overlaps a label when it rejects one of them).
  const words = (s) => s.match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];
  const rejects = hunspellRejects([...new Set(labels.flatMap((l) => words(l.wrong)))]);
  if (rejects) {
    const rejected = new Set(rejects);
    const byHunspell = (l) => words(l.wrong).some((w) => rejected.has(w));
    console.log(`  hunspell: recall ${share(labels, byHunspell)}; realword=1: ${share(labels.filter((l) => l.realword), byHunspell)}`);
  } else console.log(`  hunspell: ${NOT_MEASURED}`);
}

if (checkCache) {
  console.log(`lint --cache, JSON report against the lint without it (cold and warm cache): ${cacheChecks.join('; ')}`);
  if (cacheChecks.some((c) => c.includes('DIFFERENT'))) process.exitCode = 1;
}
