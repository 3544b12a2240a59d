#!/usr/bin/env node
// Measures the linter on the evaluation data beside the repository (../shared/eval):
// real-world text nobody here wrote. Prints figures; it is a measurement, not a test.
//   node scripts/eval.mjs [--eval DIR]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--eval');
const evalDir = resolve(at > 0 ? process.argv[at + 1] : join(root, '..', 'shared', 'eval'));
const cli = join(root, 'packages/cli/bin/otvet.cjs');
if (!existsSync(cli)) throw new Error('build first: pnpm build');

function lint(dir) {
  const r = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', '--lang', 'en'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status === 2 || !r.stdout) throw new Error(`otvet failed in ${dir}: ${r.stderr}`);
  return JSON.parse(r.stdout);
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
  console.log(`relco-spelling: ${report.summary.templates} templates`);
  console.log(`  labelled misspellings flagged (recall): ${found} / ${labels.length} (${((100 * found) / labels.length).toFixed(1)} %; hunspell: 772)`);
  console.log(`  top-1 suggestion = the correction: ${top1} / ${found} (${((100 * top1) / Math.max(found, 1)).toFixed(1)} %)`);
  console.log(`  tokens flagged in corrected.yaml: ${flaggedCorrect.length} of ${tokens} words (${((100 * flaggedCorrect.length) / tokens).toFixed(1)} %; hunspell: 305)`);
  if (process.argv.includes('--verbose')) for (const m of flaggedCorrect) console.log(`    ${m.templateId} ${m.actual} → ${m.expected?.[0] ?? '—'}`);
}
