/** The built CLI reads standard input for --stdin, and colours a pipe when FORCE_COLOR says so. */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, makeProject, ROOT } from './helpers.js';

const project = makeProject({ 'otvet.config.yaml': 'templates: ["templates/**/*.yaml"]\n', 'templates/a.yaml': 'templates:\n  - id: a\n    text:\n      zh: 您好\n      ru: Спасибо за заказ.\n' });
afterAll(() => project.remove());

function otvet(args: string[], input: string, env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd: project.dir, input, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', ...env } });
}

describe('the built CLI', () => {
  it('lints what an editor pipes to it as the named file', () => {
    const r = otvet(['lint', '--stdin', '--stdin-filename', 'templates/b.yaml', '--context'], 'templates:\n  - id: a\n    text:\n      zh: 您好\n      ru: Спасибо~\n');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^templates\/b\.yaml\n/);
    expect(r.stdout).toContain('tone-tilde');
    expect(r.stdout).toContain('Duplicate template id “a”');
  });
  it('`pnpm --dir <otvet> otvet …` works in the directory it was started from, not in otvet’s', () => {
    const r = spawnSync('pnpm', ['--silent', '--dir', ROOT, 'otvet', 'lint', '--print-config', 'templates/x.yaml'], { cwd: project.dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8' } });
    expect(r.status).toBe(0);
    // The project's config, not the repository's.
    expect(JSON.parse(r.stdout)).toMatchObject({ file: 'templates/x.yaml', configFile: 'otvet.config.yaml', templates: ['templates/**/*.yaml'], maxLength: 1000 });
    expect(JSON.parse(r.stdout).pack).toBeUndefined();
  });
  it('colours a pipe with FORCE_COLOR, not with NO_COLOR, and --no-color wins', () => {
    const input = 'templates:\n  - id: b\n    text:\n      zh: 您好\n      ru: Спасибо~\n';
    expect(otvet(['lint', '--stdin'], input, { FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
    expect(otvet(['lint', '--stdin'], input, { NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
    expect(otvet(['lint', '--stdin', '--no-color'], input, { FORCE_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });
});
