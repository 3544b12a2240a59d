// scripts/eval.mjs prints hunspell's figures beside the linter's: measured with hunspell when it
// is installed with a Russian dictionary, «not measured» otherwise — never remembered numbers.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProject, ROOT } from '../test/helpers.js';

// A tiny evaluation set in the layout of relco-spelling: two non-words and a real-word error
// (which hunspell cannot see), and corrected texts with one non-word and one Latin word.
const files = {
  'relco-spelling/otvet.config.yaml': 'target: ru\ntemplates: ["templates/*.yaml"]\n',
  'relco-spelling/labels.tsv': 'id\tmisspelled\tcorrection\ne0000\tулецу\tулицу\ne0001\tвчира\tвчера\ne0002\tокна\tокне\n',
  'relco-spelling/templates/errors.yaml': [
    'templates:',
    '  - id: e0000',
    '    text:',
    '      ru: "Кошка сидит на окне и смотрит на улецу."',
    '  - id: e0001',
    '    text:',
    '      ru: "Мы получили посылку вчира."',
    '  - id: e0002',
    '    text:',
    '      ru: "Цветы стоят на окна."',
    '',
  ].join('\n'),
  'relco-spelling/templates/corrected.yaml': [
    'templates:',
    '  - id: c0000',
    '    text:',
    '      ru: "Кошка сидит на окне и смотрит на улицу."',
    '  - id: c0001',
    '    text:',
    '      ru: "Мы получили посылку вчера, зюзюкалка пришла целой."',
    '  - id: c0002',
    '    text:',
    '      ru: "Цветы стоят на окне, рядом лежит Zzyzx."',
    '',
  ].join('\n'),
};

const hunspellInstalled = spawnSync('hunspell', ['-d', 'ru_RU', '-l'], { input: 'кошка\n', encoding: 'utf8' }).status === 0;

function runEval(dir: string, env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/eval.mjs'), '--eval', dir], { encoding: 'utf8', env });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

describe('scripts/eval.mjs: hunspell figures', () => {
  const project = makeProject(files);
  afterAll(() => project.remove());

  it('says «not measured» when hunspell is not installed', () => {
    // A PATH with nothing on it: eval.mjs finds no hunspell (it runs otvet with its own node).
    const out = runEval(project.dir, { ...process.env, PATH: mkdtempSync(join(tmpdir(), 'otvet-no-path-')) });
    expect(out).toContain('labelled misspellings flagged (recall): 2 / 3 (66.7 %; hunspell: not measured (hunspell not installed))');
    expect(out).toMatch(/tokens flagged in corrected\.yaml: 1 of \d+ words \([\d.]+ %; hunspell: not measured \(hunspell not installed\)\)/);
  });

  // Needs hunspell with a Russian dictionary (Debian: apt-get install hunspell hunspell-ru).
  it.skipIf(!hunspellInstalled)(
    `measures hunspell on the same words${hunspellInstalled ? '' : ' — SKIPPED: hunspell with a Russian dictionary (hunspell-ru) is not installed'}`,
    () => {
      const out = runEval(project.dir);
      expect(out).toContain('labelled misspellings flagged (recall): 2 / 3 (66.7 %; hunspell: 2)');
      expect(out).toMatch(/tokens flagged in corrected\.yaml: 1 of \d+ words \([\d.]+ %; hunspell: 1\)/);
    },
  );
});
