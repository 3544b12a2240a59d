/** The stylish report's verdict lines: the pack's rate, the templates over the thresholds, what was not checked. */
import { describe, expect, it } from 'vitest';
import { cli, useProjects } from '../cli.test-helper.js';

const project = useProjects('stylish');

/**
 * A file of `n` templates, each over the reject threshold (a tilde in a text of `words(i)` words:
 * the fewer words, the higher the rate).
 */
const overFile = (n: number, words: (i: number) => number = () => 2): string =>
  `templates:\n${Array.from({ length: n }, (_, i) => `  - id: t${String(i + 1).padStart(2, '0')}\n    text:\n      zh: 请稍等\n      ru: ${Array(words(i)).fill('Подождите').join(' ')}~\n`).join('')}`;

describe('the templates over the thresholds', () => {
  it('are all named when there are few', async () => {
    const dir = project({ 'otvet.config.yaml': 'source: zh\ntarget: ru\n', 't.yaml': overFile(3) });
    const out = await cli(['lint', 't.yaml'], dir);
    expect(out.stdout).toMatch(/^3 templates over the thresholds: t01 [\d.]+ % \(reject\), t02 [\d.]+ % \(reject\), t03 [\d.]+ % \(reject\)\.$/m);
  });

  it('are named worst first, ties in file order', async () => {
    // t02 has the fewest words, so the highest rate; t01 and t03 tie.
    const dir = project({ 'otvet.config.yaml': 'source: zh\ntarget: ru\n', 't.yaml': overFile(3, (i) => (i === 1 ? 1 : 3)) });
    const out = await cli(['lint', 't.yaml'], dir);
    expect(out.stdout).toMatch(/^3 templates over the thresholds: t02 [\d.]+ % \(reject\), t01 [\d.]+ % \(reject\), t03 [\d.]+ % \(reject\)\.$/m);
  });

  it('are named up to the worst 10, then counted, in the report\'s language', async () => {
    // Templates t16…t25 have one word: the worst ten.
    const dir = project({ 'otvet.config.yaml': 'source: zh\ntarget: ru\n', 't.yaml': overFile(25, (i) => (i >= 15 ? 1 : 2)) });
    const en = await cli(['lint', 't.yaml'], dir);
    const line = en.stdout.split('\n').find((l) => l.startsWith('25 templates over the thresholds:'))!;
    expect(line.match(/\bt\d\d\b/g)).toEqual(Array.from({ length: 10 }, (_, i) => `t${i + 16}`));
    expect(line).toMatch(/, and 15 more \(all of them: --format json\)\.$/);
    const zh = await cli(['lint', '--lang', 'zh', 't.yaml'], dir);
    expect(zh.stdout).toContain('另有 15 个（完整列表：--format json）');
    // Chinese text takes full-width brackets around the verdict.
    expect(zh.stdout).toMatch(/25 个模板超过阈值：t16 [\d.]+ %（拒绝），t17 /);
    const ru = await cli(['lint', '--lang', 'ru', 't.yaml'], dir);
    expect(ru.stdout).toContain('и ещё 15 (полный список: --format json)');
    // The JSON report still has every template's verdict.
    const json = JSON.parse((await cli(['lint', '-f', 'json', 't.yaml'], dir)).stdout) as { files: { templates?: unknown[] }[]; summary?: unknown };
    expect(JSON.stringify(json).match(/"verdict":"reject"/g)?.length).toBeGreaterThanOrEqual(25);
  });
});
