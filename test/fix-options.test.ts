/** `--fix` and `--fix-dry-run` exclude each other (as in ESLint): a usage error, nothing written. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProject, otvet, STACK_TRACE } from './helpers.js';

const text = 'templates:\n  - id: late\n    text:\n      zh: 请稍等\n      ru: Подождите немного~\n';
const project = makeProject({ 'otvet.config.yaml': 'source: zh\ntarget: ru\n', 'templates/late.yaml': text });
afterAll(() => project.remove());

describe('otvet lint --fix --fix-dry-run', () => {
  const messages = {
    en: '--fix and --fix-dry-run cannot be used together: --fix writes the fixes, --fix-dry-run only prints them.',
    zh: '--fix 和 --fix-dry-run 不能同时使用：--fix 会写入修复，--fix-dry-run 只打印修复内容。',
    ru: '--fix и --fix-dry-run нельзя использовать вместе: --fix записывает исправления, --fix-dry-run только показывает их.',
  };
  for (const [lang, message] of Object.entries(messages)) {
    it(`is refused with exit 2 and a usage message (${lang}), and writes nothing`, () => {
      for (const args of [['--fix', '--fix-dry-run'], ['--fix-dry-run', '--fix']]) {
        const r = otvet(['lint', ...args, '--lang', lang, 'templates/late.yaml'], project.dir);
        expect(r.stderr).toBe(`${message}\n`);
        expect(r.stdout).toBe('');
        expect(r.stderr).not.toMatch(STACK_TRACE);
        expect(r.code).toBe(2);
        expect(readFileSync(join(project.dir, 'templates/late.yaml'), 'utf8')).toBe(text);
      }
    });
  }
  it('each option alone still works', () => {
    const dry = otvet(['lint', '--fix-dry-run', 'templates/late.yaml'], project.dir);
    expect(dry.stdout).toContain('+++ b/templates/late.yaml');
    expect(readFileSync(join(project.dir, 'templates/late.yaml'), 'utf8')).toBe(text);
    otvet(['lint', '--fix', 'templates/late.yaml'], project.dir);
    expect(readFileSync(join(project.dir, 'templates/late.yaml'), 'utf8')).not.toContain('~');
  });
});
