/**
 * `otvet pack`, `otvet verify` and `otvet init` end to end, with the built CLI:
 * determinism, the gate, atomic writes under SIGKILL, concurrent runs.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostname } from 'node:os';
import { deflateRawSync } from 'node:zlib';
import { processStart } from '../packages/pack/src/write.js';
import { rawZip, zeros } from '../packages/pack/src/zip.test-helper.js';
import { CLI, makeProject, otvet, ROOT, STACK_TRACE, type Project } from './helpers.js';

const projects: Project[] = [];
afterAll(() => projects.forEach((p) => p.remove()));
const track = (p: Project): Project => (projects.push(p), p);

/** sha256 of every file in a directory, by name. */
function sums(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) out[name] = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
  return out;
}

/** A copy of the repository's example pack; its template files are written in the given order. */
function examplePack(order: 'forward' | 'reverse', config?: string): Project {
  const p = track(makeProject());
  const files = readdirSync(join(ROOT, 'templates')).sort();
  for (const name of order === 'forward' ? files : [...files].reverse()) p.write(`templates/${name}`, readFileSync(join(ROOT, 'templates', name)));
  p.write('otvet.config.yaml', config ?? readFileSync(join(ROOT, 'otvet.config.yaml')));
  return p;
}

const CONFIG = 'source: zh\ntarget: ru\npack: { name: shop, version: 1.2.0 }\n';
const tmpl = (id: string, ru: string): string => `  - id: ${id}\n    title: ${id}\n    text:\n      zh: 您好\n      ru: ${ru}\n`;
const file = (...t: string[]): string => `templates:\n${t.join('')}`;
const GOOD = 'Спасибо за покупку, ждём Вас снова.';

function runAsync(args: string[], cwd: string, env: Record<string, string> = {}): { done: Promise<number | null>; pid: () => number | undefined; kill: () => void; stderr: () => string } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { done, pid: () => child.pid, kill: () => void child.kill('SIGKILL'), stderr: () => stderr };
}

/** Runs that have not ended after `ms` are killed (a run that waits forever fails the test instead of hanging it). */
async function within(ms: number, runs: ReturnType<typeof runAsync>[]): Promise<(number | null)[]> {
  const timer = setTimeout(() => runs.forEach((r) => r.kill()), ms);
  try {
    return await Promise.all(runs.map((r) => r.done));
  } finally {
    clearTimeout(timer);
  }
}

describe('otvet pack', () => {
  it('is byte-identical for the same inputs, from another working copy and with files in another order', () => {
    const a = examplePack('forward');
    const b = examplePack('reverse', readFileSync(join(ROOT, 'otvet.config.yaml'), 'utf8').replace('templates: ["templates/**/*.yaml"]', 'templates: ["templates/r*.yaml", "templates/[a-q]*.yaml"]'));
    const ra = otvet(['pack', '--zip'], a.dir);
    const rb = otvet(['pack', '--zip'], b.dir, { TZ: 'Asia/Shanghai' });
    expect(ra).toMatchObject({ code: 0, stdout: '' });
    expect(ra.stderr).toMatch(/^Pack written: dist\/otvet-example-0\.1\.0 \(43 templates, 4 files; error rate/);
    expect(rb.code).toBe(0);
    const sa = sums(join(a.dir, 'dist/otvet-example-0.1.0'));
    expect(Object.keys(sa)).toEqual(['manifest.json', 'otvet-example-0.1.0.zip', 'templates.csv', 'templates.json']);
    // The config differs (glob order), so the manifest's input list is the same but…
    expect(sums(join(b.dir, 'dist/otvet-example-0.1.0'))).toEqual(sa);
    // …a second run in the same copy, with a reproducible-build epoch, is stable too.
    expect(otvet(['pack', '--zip'], a.dir, { SOURCE_DATE_EPOCH: '1700000000' }).code).toBe(0);
    const first = sums(join(a.dir, 'dist/otvet-example-0.1.0'));
    expect(first['templates.json']).toBe(sa['templates.json']);
    expect(first['otvet-example-0.1.0.zip']).not.toBe(sa['otvet-example-0.1.0.zip']);
    expect(otvet(['pack', '--zip'], a.dir, { SOURCE_DATE_EPOCH: '1700000000', TZ: 'America/New_York' }).code).toBe(0);
    expect(sums(join(a.dir, 'dist/otvet-example-0.1.0'))).toEqual(first);
    const manifest = JSON.parse(readFileSync(join(a.dir, 'dist/otvet-example-0.1.0/manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ format: 1, name: 'otvet-example', version: '0.1.0', source: 'zh', target: 'ru', created: '2023-11-14T22:13:20.000Z', glossary: null });
    expect(manifest.counts).toMatchObject({ templates: 43, inputs: 8 });
    expect(Object.keys(manifest.inputs as object)).toEqual(readdirSync(join(ROOT, 'templates')).sort().map((n) => `templates/${n}`));
  });

  it('refuses a pack with a reject template, names it and writes nothing', () => {
    const p = track(makeProject({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': file(tmpl('fine', GOOD), tmpl('late', 'Здравствуйте! Ваш заказ уже собран и будет передан в доставку сегодня~')) }));
    const r = otvet(['pack'], p.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toEqual([
      'The pack was not built, and nothing was written. Problems in the way: 2.',
      expect.stringMatching(/^ {2}templates\/a\.yaml:11:80 tone-tilde: Remove the tilde “~”/),
      '  template “late” (templates/a.yaml): error rate 9.1 % — reject',
      'Run “otvet lint” for details, fix the templates and run “otvet pack” again.',
      '',
    ]);
    expect(existsSync(join(p.dir, 'dist'))).toBe(false);
  });

  it('refuses “revise” templates unless --allow-revise, and texts over maxLength', () => {
    // 11 words, one warning (0.5 / 11 = 4.5 %): revise.
    const p = track(makeProject({
      'otvet.config.yaml': `${CONFIG}rules:\n  tone-tilde: warning\n`,
      'templates/a.yaml': file(tmpl('late', 'Здравствуйте! Ваш заказ уже собран и будет передан в доставку сегодня~')),
    }));
    const r = otvet(['pack', '--lang', 'ru'], p.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('шаблон «late» (templates/a.yaml): доля ошибок 4.5 % — доработать');
    expect(existsSync(join(p.dir, 'dist'))).toBe(false);
    expect(otvet(['pack', '--allow-revise'], p.dir).code).toBe(0);
    expect(otvet(['verify', 'dist/shop-1.2.0'], p.dir).code).toBe(0);
    // length-max off: the pack still checks the length on its own.
    p.write('otvet.config.yaml', `${CONFIG}maxLength: 20\nrules:\n  length-max: off\n`);
    p.write('templates/a.yaml', file(tmpl('fine', GOOD)));
    const long = otvet(['pack'], p.dir);
    expect(long.code).toBe(1);
    expect(long.stderr).toContain('template “fine” (templates/a.yaml): 35 characters when sent, over maxLength 20');
  });

  it('needs pack name and version; bad names, epochs and formats are usage errors (exit 2)', () => {
    const p = track(makeProject({ 'otvet.config.yaml': 'source: zh\n', 'templates/a.yaml': file(tmpl('fine', GOOD)) }));
    const r = otvet(['pack'], p.dir);
    expect(r).toMatchObject({ code: 2, stderr: 'otvet pack needs the pack’s name and version in otvet.config.yaml: add “pack: {name: my-shop, version: 1.0.0}”.\n' });
    p.write('otvet.config.yaml', 'pack: { name: ../up, version: 1.0.0 }\n');
    expect(otvet(['pack'], p.dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('otvet.config.yaml:1:15: Invalid config: pack.name') });
    p.write('otvet.config.yaml', CONFIG);
    expect(otvet(['pack'], p.dir, { SOURCE_DATE_EPOCH: 'yesterday' })).toMatchObject({ code: 2, stderr: 'SOURCE_DATE_EPOCH must be a whole number of seconds, got “yesterday”.\n' });
    expect(otvet(['pack', '--since', 'nowhere'], p.dir)).toMatchObject({ code: 2, stderr: 'No pack at nowhere: manifest.json is missing or unreadable.\n' });
    expect(otvet(['pack', '--since-format', 'html'], p.dir).code).toBe(2);
    expect(existsSync(join(p.dir, 'dist'))).toBe(false);
  });

  it('leaves the previous pack intact when killed with SIGKILL mid-write, and cleans up next time', async () => {
    const p = track(makeProject({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': file(tmpl('fine', GOOD)) }));
    expect(otvet(['pack', '--zip'], p.dir).code).toBe(0);
    const packDir = join(p.dir, 'dist/shop-1.2.0');
    const before = sums(packDir);
    // A new template: a finished run would change every file.
    p.write('templates/b.yaml', file(tmpl('more', 'Заказ передан в доставку.')));
    const marker = join(p.dir, 'held');
    const run = runAsync(['pack', '--zip'], p.dir, { OTVET_PACK_HOLD: marker });
    // Wait until the writer has written its first file and holds (no time limit but the test's).
    let exited = false;
    void run.done.then(() => (exited = true));
    while (!existsSync(marker) && !exited) await new Promise((r) => setTimeout(r, 20));
    expect(exited).toBe(false);
    run.kill();
    expect(await run.done).toBe(null);
    expect(sums(packDir)).toEqual(before);
    expect(otvet(['verify', 'dist/shop-1.2.0'], p.dir).code).toBe(0);
    const leftovers = readdirSync(join(p.dir, 'dist')).filter((n) => n.startsWith('.'));
    expect(leftovers).toEqual([expect.stringMatching(/^\.shop-1\.2\.0\.tmp-\d+-/)]);
    // The next run removes the dead run's temporary directory and writes the new pack.
    expect(otvet(['pack', '--zip'], p.dir).code).toBe(0);
    expect(readdirSync(join(p.dir, 'dist'))).toEqual(['shop-1.2.0']);
    expect(sums(packDir)['templates.json']).not.toBe(before['templates.json']);
  });

  it('survives concurrent runs: one complete pack, no leftovers', async () => {
    const p = track(makeProject({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': file(tmpl('fine', GOOD), tmpl('more', 'Заказ передан в доставку.')) }));
    const runs = Array.from({ length: 4 }, () => runAsync(['pack', '--zip'], p.dir));
    expect(await Promise.all(runs.map((r) => r.done))).toEqual([0, 0, 0, 0]);
    expect(readdirSync(join(p.dir, 'dist'))).toEqual(['shop-1.2.0']);
    expect(otvet(['verify', 'dist/shop-1.2.0'], p.dir).code).toBe(0);
  });
});

describe('otvet pack: the output lock', () => {
  const lockOf = (pid: number, start: string | null): string => JSON.stringify({ pid, host: hostname(), start, token: 'f00d' });
  it('concurrent runs take over a stale lock of PID 1 together and still leave one complete pack', async () => {
    const p = track(makeProject({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': file(tmpl('fine', GOOD), tmpl('more', 'Заказ передан в доставку.')) }));
    p.write('dist/.shop-1.2.0.lock', lockOf(1, processStart(1)!.replace(/\d+$/, (t) => String(Number(t) + 1))));
    // Taken over at once: well before a lock without a readable owner would count as stale (5 s).
    const runs = Array.from({ length: 4 }, () => runAsync(['pack', '--zip'], p.dir, { OTVET_LOCK_TIMEOUT: '3' }));
    expect(await within(4000, runs)).toEqual([0, 0, 0, 0]);
    expect(readdirSync(join(p.dir, 'dist'))).toEqual(['shop-1.2.0']);
    expect(otvet(['verify', 'dist/shop-1.2.0'], p.dir).code).toBe(0);
  });
  it('stops waiting for a lock held by a live process: one line naming the file, exit 2', { timeout: 15_000 }, async () => {
    const p = track(makeProject({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': file(tmpl('fine', GOOD)) }));
    // This test's own process holds it.
    p.write('dist/.shop-1.2.0.lock', lockOf(process.pid, processStart(process.pid)));
    const started = performance.now();
    const runs = [runAsync(['pack'], p.dir, { OTVET_LOCK_TIMEOUT: '0.5' }), runAsync(['pack', '--lang', 'zh'], p.dir)];
    expect(await within(9000, runs)).toEqual([2, 2]);
    expect(performance.now() - started).toBeLessThan(8500);
    expect(runs[0]!.stderr()).toBe(`dist/.shop-1.2.0.lock has been held for 0.5 s by process ${process.pid} on ${hostname()}. If no otvet pack is running, remove dist/.shop-1.2.0.lock and run again.\n`);
    // The default wait is 5 s.
    expect(runs[1]!.stderr()).toBe(`dist/.shop-1.2.0.lock 已被 ${hostname()} 上的进程 ${process.pid} 占用 5 秒。如果没有正在运行的 otvet pack，请删除 dist/.shop-1.2.0.lock 后重新运行。\n`);
    expect(readdirSync(join(p.dir, 'dist'))).toEqual(['.shop-1.2.0.lock']);
    expect(otvet(['pack'], p.dir, { OTVET_LOCK_TIMEOUT: 'soon' })).toMatchObject({ code: 2, stderr: 'OTVET_LOCK_TIMEOUT must be a number of seconds, got “soon”.\n' });
  });
});

/**
 * A preload that makes the file system fail the way a full disk or a forbidden directory
 * does (we run as root: chmod cannot forbid anything): the writer's calls inside the output
 * directory throw Node's own error shape (code, errno, syscall, path).
 */
const FAIL_FS = `
const fs = require('node:fs');
const code = process.env.FAIL_CODE;
const fail = (syscall, path) => Object.assign(new Error(code + ': simulated, ' + syscall + " '" + path + "'"), { code, errno: -28, syscall, path: String(path) });
for (const name of ['openSync', 'mkdtempSync']) {
  const real = fs[name];
  fs[name] = function (path, ...rest) {
    if (String(path).includes(process.env.FAIL_UNDER)) throw fail(name.replace('Sync', ''), path);
    return real.call(this, path, ...rest);
  };
}
`;

describe('otvet pack: output problems are one line, exit 2', () => {
  it('names an --out-dir that is a file (or lies under one)', () => {
    const p = track(makeProject({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': file(tmpl('fine', GOOD)), 'notes.txt': 'x' }));
    expect(otvet(['pack', '--out-dir', 'notes.txt'], p.dir)).toEqual({
      code: 2, stdout: '', stderr: 'Cannot write the pack into notes.txt: notes.txt is a file, not a directory. Give --out-dir a directory, or move that file away.\n',
    });
    const under = otvet(['pack', '--out-dir', 'notes.txt/packs', '--lang', 'ru'], p.dir);
    expect(under).toEqual({
      code: 2, stdout: '', stderr: 'Не удалось записать набор в notes.txt/packs: notes.txt — файл, а не каталог. Укажите в --out-dir каталог или уберите этот файл.\n',
    });
  });
  it('says the disk is full (ENOSPC) or writing is not allowed (EACCES), and keeps the previous pack', () => {
    const p = track(makeProject({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': file(tmpl('fine', GOOD)), 'fail-fs.cjs': FAIL_FS }));
    expect(otvet(['pack'], p.dir).code).toBe(0);
    const before = sums(join(p.dir, 'dist/shop-1.2.0'));
    p.write('templates/b.yaml', file(tmpl('more', 'Заказ передан в доставку.')));
    const env = (code: string, under: string): Record<string, string> => ({ NODE_OPTIONS: `--require ${join(p.dir, 'fail-fs.cjs')}`, FAIL_CODE: code, FAIL_UNDER: under });
    const full = otvet(['pack'], p.dir, env('ENOSPC', '/templates.csv'));
    expect(full.code).toBe(2);
    expect(full.stderr).toMatch(/^Cannot write the pack into dist: the disk is full \(ENOSPC\) while writing dist\/\.shop-1\.2\.0\.tmp-\d+-\w+\/templates\.csv; the previous pack is unchanged\. Free some space and run again\.\n$/);
    const denied = otvet(['pack', '--lang', 'zh'], p.dir, env('EACCES', '.shop-1.2.0.tmp-'));
    expect(denied.code).toBe(2);
    expect(denied.stderr).toMatch(/^无法把模板包写入 dist：没有写入 dist\/\.shop-1\.2\.0\.tmp-\S+ 的权限（EACCES）。请让该目录可写，或用 --out-dir 指定其他目录。\n$/);
    expect(sums(join(p.dir, 'dist/shop-1.2.0'))).toEqual(before);
    expect(readdirSync(join(p.dir, 'dist'))).toEqual(['shop-1.2.0']);
  });
  it('refuses SOURCE_DATE_EPOCH values that are negative or past what a zip can carry', () => {
    const p = track(makeProject({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': file(tmpl('fine', GOOD)) }));
    for (const value of ['-1', '4102444800', '99999999999999999999', '9'.repeat(400)]) {
      const r = otvet(['pack', '--zip'], p.dir, { SOURCE_DATE_EPOCH: value });
      expect(r, value).toEqual({
        code: 2, stdout: '',
        stderr: `SOURCE_DATE_EPOCH ${value} is out of range: zip timestamps go from 1980 to 2099, so use 0 to 4102444799 (2099-12-31 23:59:59 UTC).\n`,
      });
    }
    expect(otvet(['pack', '--lang', 'zh'], p.dir, { SOURCE_DATE_EPOCH: '-5' }).stderr).toContain('SOURCE_DATE_EPOCH -5 超出范围');
    expect(existsSync(join(p.dir, 'dist'))).toBe(false);
    expect(otvet(['pack', '--zip'], p.dir, { SOURCE_DATE_EPOCH: '4102444799' }).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(p.dir, 'dist/shop-1.2.0/manifest.json'), 'utf8')) as { created: string };
    expect(manifest.created).toBe('2099-12-31T23:59:59.000Z');
  });
});

describe('otvet verify', () => {
  it('passes a fresh pack and fails one with a single changed byte', () => {
    const p = track(makeProject({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': file(tmpl('fine', GOOD)) }));
    expect(otvet(['pack', '--zip'], p.dir).code).toBe(0);
    const ok = otvet(['verify', 'dist/shop-1.2.0'], p.dir);
    expect(ok).toMatchObject({ code: 0, stdout: 'Pack dist/shop-1.2.0 is intact: 3 files checked against the manifest (shop 1.2.0).\n', stderr: '' });
    for (const name of ['templates.csv', 'templates.json', 'shop-1.2.0.zip', 'manifest.json']) {
      const copy = track(makeProject());
      cpSync(join(p.dir, 'dist/shop-1.2.0'), copy.dir, { recursive: true });
      const bytes = readFileSync(join(copy.dir, name));
      bytes[Math.floor(bytes.length / 2)]! ^= 1;
      writeFileSync(join(copy.dir, name), bytes);
      const bad = otvet(['verify', copy.dir], p.dir);
      expect(bad.code, name).toBe(1);
      expect(bad.stderr, name).toMatch(/does NOT match its manifest/);
      expect(bad.stderr).not.toMatch(STACK_TRACE);
    }
  });
  it('reports extra and missing files; exit 2 when there is no pack', () => {
    const p = track(makeProject({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': file(tmpl('fine', GOOD)) }));
    expect(otvet(['pack'], p.dir).code).toBe(0);
    p.write('dist/shop-1.2.0/notes.txt', 'x');
    const extra = otvet(['verify', 'dist/shop-1.2.0', '--lang', 'zh'], p.dir);
    expect(extra.code).toBe(1);
    expect(extra.stderr).toContain('notes.txt：清单中没有列出');
    expect(otvet(['verify', 'dist'], p.dir)).toMatchObject({ code: 2, stderr: 'No pack at dist: manifest.json is missing or unreadable.\n' });
  });
});

describe('otvet verify: zip bombs', () => {
  it('stops unpacking a zip entry past its limit: 4 GiB of zeros behind a small declared size, in little memory', () => {
    const p = track(makeProject({ 'otvet.config.yaml': CONFIG, 'templates/a.yaml': file(tmpl('fine', GOOD)) }));
    expect(otvet(['pack', '--zip'], p.dir).code).toBe(0);
    const dir = join(p.dir, 'dist/shop-1.2.0');
    const csv = readFileSync(join(dir, 'templates.csv'));
    const json = readFileSync(join(dir, 'templates.json'));
    const zip = rawZip([{ name: 'templates.csv', data: zeros(4096), size: csv.length }, { name: 'templates.json', data: deflateRawSync(json), size: json.length }]);
    writeFileSync(join(dir, 'shop-1.2.0.zip'), zip);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: Record<string, string> };
    manifest.files['shop-1.2.0.zip'] = createHash('sha256').update(zip).digest('hex');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    // The peak resident memory of the verifying process, written when it exits.
    p.write('rss.cjs', `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(join(p.dir, 'rss.txt'))}, String(process.resourceUsage().maxRSS)));`);
    const r = otvet(['verify', 'dist/shop-1.2.0'], p.dir, { NODE_OPTIONS: `--require ${join(p.dir, 'rss.cjs')}` });
    expect(r.stderr).toBe(`Pack dist/shop-1.2.0 does NOT match its manifest: 1 problem.\n  shop-1.2.0.zip: its templates.csv unpacks to more than the ${csv.length} bytes of the pack’s templates.csv; unpacking stopped there\n`);
    expect(r.code).toBe(1);
    const kib = Number(readFileSync(join(p.dir, 'rss.txt'), 'utf8'));
    expect(kib).toBeGreaterThan(0);
    expect(kib).toBeLessThan(300 * 1024);
    // The same 4 GiB (less one byte) declared honestly: refused before anything is unpacked.
    const honest = rawZip([{ name: 'templates.csv', data: zeros(4096), size: 2 ** 32 - 2 }, { name: 'templates.json', data: deflateRawSync(json), size: json.length }]);
    writeFileSync(join(dir, 'shop-1.2.0.zip'), honest);
    manifest.files['shop-1.2.0.zip'] = createHash('sha256').update(honest).digest('hex');
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const declared = otvet(['verify', 'dist/shop-1.2.0'], p.dir, { NODE_OPTIONS: `--require ${join(p.dir, 'rss.cjs')}` });
    expect(declared.stderr).toContain(`shop-1.2.0.zip: the zip says its templates.csv has 4294967294 bytes, the pack’s templates.csv has ${csv.length}; not unpacked\n`);
    expect(Number(readFileSync(join(p.dir, 'rss.txt'), 'utf8'))).toBeLessThan(300 * 1024);
  });
});

describe('init → lint → pack → verify → --since', () => {
  it('works in an empty directory with the built CLI', () => {
    const p = track(makeProject());
    const init = otvet(['init'], p.dir);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('created otvet.config.yaml\ncreated templates/example.yaml\ncreated glossary/terms.yaml\ncreated .githooks/pre-commit\n');
    expect(otvet(['lint'], p.dir)).toMatchObject({ code: 0, stdout: expect.stringMatching(/— pass\.\n$/) });
    const name = readFileSync(join(p.dir, 'otvet.config.yaml'), 'utf8').match(/name: ([\w.-]+)/)![1]!;
    expect(otvet(['pack'], p.dir).code).toBe(0);
    const dir = `dist/${name}-0.1.0`;
    expect(otvet(['verify', dir], p.dir).code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(p.dir, dir, 'manifest.json'), 'utf8')) as { glossary: string | null };
    expect(manifest.glossary).toMatch(/^[0-9a-f]{64}$/);
    const csv = readFileSync(join(p.dir, dir, 'templates.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFid,title,tags,text_ru,example_ru,text_zh,placeholders\r\n')).toBe(true);
    cpSync(join(p.dir, dir), join(p.dir, 'old'), { recursive: true });
    // Change the example, add a template: the new pack reports both.
    const example = readFileSync(join(p.dir, 'templates/example.yaml'), 'utf8').replace('Заказ {order_number} отправлен', 'Заказ {order_number} уже отправлен');
    p.write('templates/example.yaml', example);
    p.write('templates/thanks.yaml', file(tmpl('thanks', GOOD)));
    const text = otvet(['pack', '--since', 'old'], p.dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe([
      'Changes since old (0 unchanged)',
      '',
      'Added (1)',
      '+ thanks — thanks',
      '',
      'Changed (1)',
      '~ order-shipped — Заказ отправлен',
      '    text.ru: Здравствуйте! Заказ {order_number} {+уже +}отправлен и будет доставлен в течение {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}}.',
      '',
    ].join('\n'));
    const md = otvet(['pack', '--since', 'old', '--since-format', 'markdown', '--lang', 'ru'], p.dir);
    expect(md.stdout).toContain('#### Изменены (1)\n\n- `order-shipped` — Заказ отправлен\n  - text.ru: Здравствуйте! Заказ {order\\_number} **уже** отправлен');
    expect(otvet(['verify', dir], p.dir).code).toBe(0);
    // init again: every file is kept as it is.
    const again = otvet(['init'], p.dir);
    expect(again.stdout).toContain('kept templates/example.yaml (it exists; not overwritten)');
    expect(readFileSync(join(p.dir, 'templates/example.yaml'), 'utf8')).toBe(example);
  });
});
