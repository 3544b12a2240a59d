/**
 * `lint --cache` end to end with the built CLI: the same report with and without the cache, and a
 * cache that is used only when it still holds (same build, config, resources and files) and is
 * rebuilt when damaged.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, makeProject, otvet, ROOT, type Project } from './helpers.js';

const projects: Project[] = [];
const temps: string[] = [];
afterAll(() => {
  for (const p of projects) p.remove();
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

/** A copy of the repository's example pack (config, templates, glossary). */
function examplePack(): Project {
  const p = makeProject();
  projects.push(p);
  for (const name of ['otvet.config.yaml', 'templates', 'glossary']) cpSync(join(ROOT, name), join(p.dir, name), { recursive: true });
  return p;
}

const tmpl = (items: [id: string, ru: string][]): string => `templates:\n${items.map(([id, ru]) => `  - id: ${id}\n    text:\n      zh: 您好\n      ru: ${JSON.stringify(ru)}\n`).join('')}`;

/** A pack with findings across files: a duplicate id, the pack's first «Вы», a file that cannot be read. */
function crossPack(): Project {
  const p = makeProject({
    'otvet.config.yaml': 'source: zh\ntarget: ru\ntemplates: ["t/**/*.yaml"]\nextends: recommended\n',
    't/a.yaml': tmpl([['a1', 'Здравствуйте, если у Вас есть вопросы, пишите.'], ['dup', 'Спасибо за заказ!']]),
    't/b.yaml': tmpl([['b1', 'Если у вас есть вопросы, напишите нам.'], ['dup', 'Мы отправим посылка завтра.']]),
    't/c.yaml': tmpl([['c1', 'Заказ уже в пути, Вы получите его завтра.']]),
    't/d.yaml': 'templates: [oops\n',
  });
  projects.push(p);
  return p;
}

const cacheDir = (p: Project): string => {
  const root = join(p.dir, '.otvet-cache');
  const [sub] = readdirSync(root).filter((n) => /^[0-9a-f]{16}$/.test(n));
  return join(root, sub!);
};
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Change what the cache says of a file (its first finding's English message), as a forged but
 * well-formed cache would: a report that shows it came from the cache.
 */
function forge(p: Project, path: string): void {
  const dir = cacheDir(p);
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { files: Record<string, { shard: string }> };
  const shard = JSON.parse(readFileSync(join(dir, `${index.files[path]!.shard}.json`), 'utf8')) as { messages: { en: string }[] };
  shard.messages[0]!.en = 'FROM THE CACHE';
  const text = JSON.stringify(shard);
  writeFileSync(join(dir, `${sha256(text)}.json`), text);
  index.files[path]!.shard = sha256(text);
  writeFileSync(join(dir, 'index.json'), JSON.stringify(index));
}

describe('lint --cache', () => {
  it('reports the example pack as without the cache, cold and warm, and marks its directory for git and backups', () => {
    const p = examplePack();
    const plain = otvet(['lint', '--format', 'json'], p.dir);
    const cold = otvet(['lint', '--cache', '--format', 'json'], p.dir);
    const warm = otvet(['lint', '--cache', '--format', 'json'], p.dir);
    expect(plain.code).toBe(0);
    expect([cold.code, warm.code]).toEqual([0, 0]);
    expect(cold.stdout).toBe(plain.stdout);
    expect(warm.stdout).toBe(plain.stdout);
    expect(readFileSync(join(p.dir, '.otvet-cache/.gitignore'), 'utf8')).toMatch(/^\*$/m);
    expect(readFileSync(join(p.dir, '.otvet-cache/CACHEDIR.TAG'), 'utf8')).toMatch(/^Signature: 8a477f597d28d172789f06886806bc55/);
    // Each template file has its entry, and each entry its report.
    const index = JSON.parse(readFileSync(join(cacheDir(p), 'index.json'), 'utf8')) as { files: Record<string, { shard: string }> };
    expect(Object.keys(index.files)).toEqual(readdirSync(join(p.dir, 'templates')).map((n) => `templates/${n}`));
    for (const e of Object.values(index.files)) expect(existsSync(join(cacheDir(p), `${e.shard}.json`))).toBe(true);
  });

  it('gives the same HTML report with a warm cache (the templates’ source shown under their findings)', () => {
    const p = makeProject({ 'templates/t.yaml': tmpl([['wait', 'Подождите немного~'], ['range', 'Доставка 3~5 дней.']]) });
    projects.push(p);
    const plain = otvet(['lint', '--format', 'html'], p.dir);
    const cold = otvet(['lint', '--cache', '--format', 'html'], p.dir);
    const warm = otvet(['lint', '--cache', '--format', 'html'], p.dir);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('Подождите немного~');
    expect(cold.stdout).toBe(plain.stdout);
    expect(warm.stdout).toBe(plain.stdout);
  });

  it('reports findings across files as without the cache, with and without --context, after a change too', () => {
    const p = crossPack();
    const run = (args: string[]): string => {
      const r = otvet(['lint', '--format', 'json', ...args], p.dir);
      expect(r.stderr).toBe('');
      return `exit ${r.code}\n${r.stdout}`;
    };
    for (let round = 0; round < 2; round++) {
      expect(run(['--cache'])).toBe(run([]));
      expect(run(['--context', 't/b.yaml'])).toBe(run(['--context', '--no-cache', 't/b.yaml']));
      expect(run(['--context', 't/c.yaml'])).toBe(run(['--context', '--no-cache', 't/c.yaml']));
    }
    const json = JSON.parse(run(['--context', 't/b.yaml']).replace(/^exit \d+\n/, '')) as { files: { path: string; messages: { ruleId: string }[] }[] };
    expect(json.files.find((f) => f.path === 't/b.yaml')!.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['schema', 'register-vy-case', 'grammar-government']));
    // The pack's first «Вы» is now the lower-case one of b.yaml: c.yaml's «Вы» breaks it.
    p.write('t/a.yaml', tmpl([['a1', 'Здравствуйте, пишите, если есть вопросы.'], ['dup', 'Спасибо за заказ!']]));
    expect(run(['--cache'])).toBe(run([]));
    const c = run(['--context', 't/c.yaml']);
    expect(c).toBe(run(['--context', '--no-cache', 't/c.yaml']));
    expect(c).toMatch(/"cause": "t\/b\.yaml:5:\d+"/);
  });

  it('is used while the config, the glossary and otvet are the same, and not after any of them changed', () => {
    const p = examplePack();
    p.write('templates/zz.yaml', tmpl([['zz', 'Дорогой, подождите немного~']]));
    const lint = (cwd = p.dir, cli?: string): string => {
      const r = otvet(['lint', '--cache', 'templates/zz.yaml'], cwd, {}, cli);
      expect(r.code).toBe(1);
      return r.stdout;
    };
    lint();
    forge(p, 'templates/zz.yaml');
    expect(lint()).toContain('FROM THE CACHE');
    // The config.
    const config = readFileSync(join(p.dir, 'otvet.config.yaml'), 'utf8');
    p.write('otvet.config.yaml', config.replace('maxLength: 1000', 'maxLength: 999'));
    expect(lint()).not.toContain('FROM THE CACHE');
    p.write('otvet.config.yaml', config);
    lint();
    forge(p, 'templates/zz.yaml');
    expect(lint()).toContain('FROM THE CACHE');
    // The glossary.
    const glossary = readFileSync(join(p.dir, 'glossary/chat.yaml'), 'utf8');
    p.write('glossary/chat.yaml', glossary.replace(/\s*$/, '\n'));
    expect(lint()).toContain('FROM THE CACHE');
    p.write('glossary/chat.yaml', `${glossary}\n# a comment does not change the terms\n`);
    expect(lint()).toContain('FROM THE CACHE');
    p.write('glossary/chat.yaml', glossary.replace('en: hello', 'en: hi there'));
    expect(lint()).not.toContain('FROM THE CACHE');
    p.write('glossary/chat.yaml', glossary);
    lint();
    forge(p, 'templates/zz.yaml');
    expect(lint()).toContain('FROM THE CACHE');
    // Another build of otvet (its build-id differs).
    const copy = mkdtempSync(join(tmpdir(), 'otvet-build-'));
    temps.push(copy);
    cpSync(join(ROOT, 'packages/cli/bin'), join(copy, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'packages/cli/dist'), join(copy, 'dist'), { recursive: true });
    expect(lint(p.dir, join(copy, 'bin/otvet.cjs'))).toContain('FROM THE CACHE');
    writeFileSync(join(copy, 'dist/build-id'), `${'0'.repeat(64)}\n`);
    expect(lint(p.dir, join(copy, 'bin/otvet.cjs'))).not.toContain('FROM THE CACHE');
  });

  it('rebuilds a truncated or foreign cache file, and lints again a file whose report is gone', () => {
    const p = examplePack();
    const plain = otvet(['lint', '--format', 'json'], p.dir).stdout;
    otvet(['lint', '--cache'], p.dir);
    const index = join(cacheDir(p), 'index.json');
    const whole = readFileSync(index, 'utf8');
    for (const damaged of [whole.slice(0, whole.length / 2), '{"format":1}', 'not json', '']) {
      writeFileSync(index, damaged);
      const r = otvet(['lint', '--cache', '--format', 'json'], p.dir);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(plain);
      expect(JSON.parse(readFileSync(index, 'utf8'))).toMatchObject({ format: 2 });
    }
    for (const name of readdirSync(cacheDir(p))) if (name !== 'index.json') rmSync(join(cacheDir(p), name));
    expect(otvet(['lint', '--cache', '--format', 'json'], p.dir).stdout).toBe(plain);
  });

  it('reports a file it cannot read as without the cache (a cached file is not decoded, a new one is)', () => {
    const p = crossPack();
    otvet(['lint', '--cache'], p.dir);
    // GBK bytes where UTF-8 is expected, a lone CR, a BOM: each as without the cache.
    p.write('t/e.yaml', Buffer.concat([Buffer.from('templates:\n  - id: e\n    text:\n      zh: '), Buffer.from([0xc4, 0xfa, 0xba, 0xc3]), Buffer.from('\n')]));
    const gbk = otvet(['lint', '--cache'], p.dir);
    expect(gbk).toEqual(otvet(['lint', '--no-cache'], p.dir));
    expect(gbk.code).toBe(2);
    expect(gbk.stderr).toContain('t/e.yaml:4:11');
    p.write('t/e.yaml', 'templates:\r  - id: e\n');
    expect(otvet(['lint', '--cache'], p.dir)).toEqual(otvet(['lint', '--no-cache'], p.dir));
    p.write('t/e.yaml', `\uFEFF${tmpl([['e', 'Здравствуйте!']])}`);
    const bom = otvet(['lint', '--cache', '--format', 'json'], p.dir);
    expect(bom.stdout).toBe(otvet(['lint', '--no-cache', '--format', 'json'], p.dir).stdout);
    expect(otvet(['lint', '--cache', '--format', 'json'], p.dir).stdout).toBe(bom.stdout);
  });

  it('stays whole when several runs write it at once', { timeout: 60_000 }, async () => {
    const p = crossPack();
    const plain = otvet(['lint', '--format', 'json'], p.dir).stdout;
    // Four runs at once on a cold cache: of the pack, of some of its files, with --context.
    const once = (args: string[]): Promise<number | null> =>
      new Promise((done) => {
        const child = spawn(process.execPath, [CLI, 'lint', '--cache', ...args], { cwd: p.dir, stdio: 'ignore', env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' } });
        child.on('close', done);
      });
    const codes = await Promise.all([once([]), once(['t']), once(['--context', 't/b.yaml']), once(['t/a.yaml', 't/c.yaml'])]);
    expect(codes).toEqual([1, 1, 1, 0]);
    // No temporary file is left, the index is whole, and the next run reports as without the cache.
    expect(readdirSync(cacheDir(p)).filter((n) => !/^(index|[0-9a-f]{64})\.json$/.test(n))).toEqual([]);
    expect(JSON.parse(readFileSync(join(cacheDir(p), 'index.json'), 'utf8'))).toMatchObject({ format: 2 });
    expect(otvet(['lint', '--cache', '--format', 'json'], p.dir).stdout).toBe(plain);
  });

  it('is on with --context unless --no-cache, and a cache it cannot write is a warning (same report, same exit code)', () => {
    const p = crossPack();
    otvet(['lint', '--context', '--no-cache', 't/b.yaml'], p.dir);
    expect(existsSync(join(p.dir, '.otvet-cache'))).toBe(false);
    otvet(['lint', '--context', 't/b.yaml'], p.dir);
    expect(existsSync(join(cacheDir(p), 'index.json'))).toBe(true);
    // A location under a file cannot be made (even by root).
    p.write('blocker', 'a file');
    for (const lang of ['en', 'zh'] as const) {
      const plain = otvet(['lint', '--format', 'json', '--lang', lang], p.dir);
      const r = otvet(['lint', '--cache', '--cache-location', 'blocker/cache', '--format', 'json', '--lang', lang], p.dir);
      expect(r.code).toBe(plain.code);
      expect(r.stdout).toBe(plain.stdout);
      expect(r.stderr).toContain(lang === 'en' ? 'Cannot write the lint cache in blocker/cache/' : '无法在 blocker/cache/');
      expect(r.stderr).toContain('ENOTDIR');
    }
    // --cache-location elsewhere.
    otvet(['lint', '--cache', '--cache-location', 'elsewhere'], p.dir);
    expect(existsSync(join(p.dir, 'elsewhere/.gitignore'))).toBe(true);
  });
});
