/**
 * What hooks and editors expect of a linter's command line: --stdin with --stdin-filename,
 * -o/--output-file, --print-config, --color/--no-color (and FORCE_COLOR/NO_COLOR), and
 * --no-error-on-unmatched-pattern.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, useProjects } from './cli.test-helper.js';
import { terminalColor, workingDirectory } from './io.js';
import { run } from './main.js';

const project = useProjects('conventions');
const CONFIG = 'templates: ["templates/**/*.yaml"]\nrules:\n  tone-tilde: warning\n';
const file = (id: string, ru: string): string => `templates:\n  - id: ${id}\n    text:\n      zh: 您好\n      ru: ${ru}\n`;

/** The CLI in process with `input` on standard input. */
async function withStdin(args: string[], cwd: string, input: string | Buffer): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { cwd, env: { LANG: 'C' }, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, readStdin: async () => Buffer.from(input) });
  return { code, stdout, stderr };
}

describe('--stdin', () => {
  it('lints standard input as the named file, under that file’s config', async () => {
    const dir = project({ 'shop/otvet.config.yaml': CONFIG, 'shop/templates/a.yaml': file('a', 'Спасибо за заказ.') });
    const r = await withStdin(['lint', '--stdin', '--stdin-filename', 'shop/templates/new.yaml'], dir, file('late', 'Заказ задерживается~'));
    // The config of shop/ makes tone-tilde a warning; the path is the named file's, from the config's root.
    expect(r.stdout).toMatch(/^templates\/new\.yaml\n5:\d+-5:\d+ +warning +Remove the tilde/);
    // One warning in two words is still an error rate at “reject”.
    expect(r.code).toBe(1);
  });
  it('with --context, stands in for the file on disk in the pack: pack-wide checks see the unsaved text', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': file('thanks', 'Спасибо за заказ.'), 'templates/b.yaml': file('late', 'Заказ задерживается.') });
    const dup = await withStdin(['lint', '--stdin', '--stdin-filename', 'templates/b.yaml', '--context', '--no-cache'], dir, file('thanks', 'Заказ задерживается.'));
    expect(dup.code).toBe(1);
    expect(dup.stdout).toContain('Duplicate template id “thanks”: already used at templates/a.yaml');
    // Only the given file is reported; the file on disk is not read for it.
    expect(dup.stdout).not.toMatch(/^templates\/a\.yaml$/m);
    const clean = await withStdin(['lint', '--stdin', '--stdin-filename', 'templates/b.yaml', '--context', '--no-cache'], dir, file('late', 'Заказ задерживается.'));
    expect(clean.code).toBe(0);
    // A new file, not yet on disk, is in the pack too.
    const fresh = await withStdin(['lint', '--stdin', '--stdin-filename', 'templates/c.yaml', '--context', '--no-cache'], dir, file('late', 'Заказ задерживается.'));
    expect(fresh.stdout).toContain('Duplicate template id “late”');
  });
  it('reads and decodes standard input as it reads a file: not UTF-8 is exit 2 with the place', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG });
    const r = await withStdin(['lint', '--stdin', '--stdin-filename', 'templates/gbk.yaml'], dir, Buffer.from([0x74, 0x3a, 0x20, 0xc4, 0xe3, 0xba, 0xc3, 0x0a]));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^templates\/gbk\.yaml:1:\d+: The file is not UTF-8 \(it looks like GBK/);
  });
  it('without --stdin-filename, the text is <stdin> under the current directory’s config; --fix-dry-run shows the fixes', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG });
    const r = await withStdin(['lint', '--stdin', '--fix-dry-run'], dir, file('late', 'Заказ  задерживается.'));
    expect(r.stdout).toContain('--- a/<stdin>\n+++ b/<stdin>');
    expect(r.stdout).toContain('+      ru: Заказ задерживается.');
  });
  it('refuses paths, --fix, and --stdin-filename alone, with exit code 2', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG });
    expect(await withStdin(['lint', '--stdin', 'templates'], dir, '')).toMatchObject({ code: 2, stderr: expect.stringContaining('give no paths with it') });
    expect(await withStdin(['lint', '--stdin', '--fix'], dir, '')).toMatchObject({ code: 2, stderr: expect.stringContaining('use --fix-dry-run') });
    expect(await withStdin(['lint', '--stdin-filename', 'a.yaml', '--lang', 'zh'], dir, '')).toMatchObject({ code: 2, stderr: expect.stringContaining('请与 --stdin 一起使用') });
  });
});

describe('-o, --output-file', () => {
  it('writes the report to the file (creating its directory), not to standard output; the exit code is the lint’s', async () => {
    const dir = project({ 'otvet.config.yaml': 'templates: ["templates/**/*.yaml"]\n', 'templates/a.yaml': file('a', 'Ждём вас~') });
    const r = await cli(['lint', '--format', 'json', '-o', 'reports/lint.json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const report = JSON.parse(readFileSync(join(dir, 'reports/lint.json'), 'utf8')) as { summary: { errors: number } };
    expect(report.summary.errors).toBe(1);
    const score = await cli(['score', '--output-file', 'reports/score.txt'], dir);
    expect(score.stdout).toBe('');
    expect(readFileSync(join(dir, 'reports/score.txt'), 'utf8')).toMatch(/templates\/a\.yaml +a +2 +1 +50\.0 % +reject/);
  });
  it('refuses to write the report over a file it lints (exit 2, the file left as it was)', async () => {
    const dir = project({ 'templates/a.yaml': file('a', 'Спасибо.') });
    const r = await cli(['lint', 'templates', '-o', 'templates/a.yaml', '--lang', 'zh'], dir);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('-o templates/a.yaml 会用报告覆盖正在检查的模板文件');
    expect(readFileSync(join(dir, 'templates/a.yaml'), 'utf8')).toBe(file('a', 'Спасибо.'));
  });
  it('a file that cannot be written is exit 2 with its path', async () => {
    const dir = project({ 'templates/a.yaml': file('a', 'Спасибо.'), blocker: 'a file' });
    const r = await cli(['lint', '-o', 'blocker/report.txt', '--lang', 'ru'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Не удаётся записать отчёт в blocker\/report\.txt \((EEXIST|ENOTDIR)\)/);
    expect(existsSync(join(dir, 'blocker/report.txt'))).toBe(false);
  });
});

describe('--print-config', () => {
  it('prints the config that applies to a file: which file, the settings, every rule resolved', async () => {
    const dir = project({ 'shop/otvet.config.yaml': 'extends: recommended\nrules:\n  tone-tilde: [warning]\n  spelling: [error, { words: [фулфилмент] }]\n  register-ty: off\n' });
    const r = await cli(['lint', '--print-config', 'shop/templates/not-yet.yaml'], dir);
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout) as { file: string; configFile: string; root: string; target: string; rules: Record<string, unknown> };
    expect(config).toMatchObject({ file: 'shop/templates/not-yet.yaml', configFile: 'shop/otvet.config.yaml', root: 'shop', target: 'ru' });
    expect(config.rules['tone-tilde']).toEqual(['warning', {}]);
    expect(config.rules['register-ty']).toBe('off');
    expect((config.rules.spelling as [string, { words: string[] }])[1].words).toEqual(['фулфилмент']);
    expect(Object.keys(config.rules)).toEqual([...Object.keys(config.rules)].sort());
    const none = JSON.parse((await cli(['lint', '--print-config', 'x.yaml'], dir)).stdout) as { configFile: null; rules: Record<string, unknown> };
    expect(none.configFile).toBeNull();
    expect(none.rules['tone-tilde']).toEqual(['error', {}]);
  });
});

describe('colour', () => {
  it('FORCE_COLOR wins over NO_COLOR, which wins over the terminal, as in Node.js', () => {
    expect(terminalColor(false, {})).toBe(false);
    expect(terminalColor(true, {})).toBe(true);
    expect(terminalColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(terminalColor(true, { NO_COLOR: '' })).toBe(true);
    expect(terminalColor(false, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(terminalColor(false, { FORCE_COLOR: '' })).toBe(true);
    expect(terminalColor(true, { FORCE_COLOR: '0' })).toBe(false);
    expect(terminalColor(true, { FORCE_COLOR: 'false' })).toBe(false);
  });
  it('--color and --no-color override it; a report into a file has none unless asked', async () => {
    const dir = project({ 'templates/a.yaml': file('a', 'Ждём вас~') });
    const esc = '\u001b[';
    expect((await cli(['lint', '--color'], dir)).stdout).toContain(esc);
    expect((await cli(['lint'], dir)).stdout).not.toContain(esc);
    let stdout = '';
    await run(['lint', '--no-color'], { cwd: dir, env: { LANG: 'C' }, stdout: (t) => (stdout += t), stderr: () => {}, color: true });
    expect(stdout).not.toContain(esc);
    await run(['lint', '-o', 'r.txt'], { cwd: dir, env: { LANG: 'C' }, stdout: () => {}, stderr: () => {}, color: true });
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).not.toContain(esc);
    await cli(['lint', '-o', 'c.txt', '--color'], dir);
    expect(readFileSync(join(dir, 'c.txt'), 'utf8')).toContain(esc);
  });
});

describe('--no-error-on-unmatched-pattern', () => {
  it('passes over what matches nothing, and lints the rest', async () => {
    const dir = project({ 'templates/a.yaml': file('a', 'Ждём вас~') });
    expect((await cli(['lint', 'missing/*.yaml'], dir)).code).toBe(2);
    const r = await cli(['lint', 'missing/*.yaml', 'gone.yaml', 'templates', '--no-error-on-unmatched-pattern'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('templates/a.yaml');
    const nothing = await cli(['lint', 'missing/*.yaml', '--no-error-on-unmatched-pattern'], dir);
    expect(nothing).toMatchObject({ code: 0, stderr: '' });
    writeFileSync(join(dir, 'otvet.config.yaml'), 'templates: ["none/**/*.yaml"]\n');
    expect((await cli(['score', '--no-error-on-unmatched-pattern'], dir)).code).toBe(0);
  });
});

describe('the working directory', () => {
  it('is where `pnpm --dir <otvet> otvet …` was started, for this repository’s own script only', () => {
    const script = { npm_lifecycle_event: 'otvet', npm_package_name: 'otvet-workspace', INIT_CWD: '/shop' };
    expect(workingDirectory(script, '/otvet')).toBe('/shop');
    // A seller's own script that runs otvet, npx, or the bin itself: the process's directory.
    expect(workingDirectory({ ...script, npm_package_name: 'shop' }, '/shop/sub')).toBe('/shop/sub');
    expect(workingDirectory({ ...script, npm_lifecycle_event: 'lint' }, '/otvet')).toBe('/otvet');
    expect(workingDirectory({ INIT_CWD: '/shop' }, '/otvet')).toBe('/otvet');
  });
});
