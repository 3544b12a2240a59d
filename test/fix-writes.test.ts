/**
 * What `lint --fix` writes, and what it refuses to write: a file edited while otvet fixed it,
 * a read-only or hard-linked file; through symbolic links, keeping mode and owner; one line
 * and exit 2 instead of a stack trace when the file system says no; temporary names that fit.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { NAME_MAX, tempPath, writeFixed, type FixFs } from '../packages/cli/src/fix.js';
import { CLI, makeProject, ROOT, STACK_TRACE, type CliResult, type Project } from './helpers.js';

const INJECT = join(ROOT, 'test/fix-writes-inject.cjs');
const CONFIG = 'source: zh\ntarget: ru\n';
/** A template `--fix` changes (the frivolous `~` goes), and the same text fixed. */
const BEFORE = 'templates:\n  - id: late\n    text:\n      zh: 请稍等\n      ru: Подождите немного~\n';
const AFTER = BEFORE.replace('~', '');

const projects: Project[] = [];
afterEach(() => {
  for (const p of projects.splice(0)) p.remove();
});
function project(files: Record<string, string>): Project {
  const p = makeProject({ 'otvet.config.yaml': CONFIG, ...files });
  projects.push(p);
  return p;
}

/** The built CLI, with test/fix-writes-inject.cjs preloaded when `inject` is given. */
function otvetFix(args: string[], cwd: string, inject?: string): CliResult {
  const r = spawnSync(process.execPath, [...(inject ? ['-r', INJECT] : []), CLI, 'lint', '--fix', ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8', ...(inject ? { OTVET_TEST_INJECT: inject } : {}) },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const read = (p: Project, path: string): string => readFileSync(join(p.dir, path), 'utf8');
const temps = (dir: string): string[] => readdirSync(dir).filter((name) => name.includes('.otvet-'));

describe('lint --fix: an edit made while otvet fixes the file', () => {
  const messages = {
    en: 'templates/late.yaml changed while otvet was fixing it; nothing written to it — run again.',
    zh: 'templates/late.yaml 在 otvet 修复期间被修改了；未写入该文件——请重新运行。',
    ru: 'templates/late.yaml изменился, пока otvet его исправлял; в него ничего не записано — запустите снова.',
  };
  for (const [lang, message] of Object.entries(messages)) {
    it(`is kept: nothing written to that file, exit 2, the other files fixed (${lang})`, () => {
      const p = project({ 'templates/late.yaml': BEFORE, 'templates/other.yaml': BEFORE.replace('id: late', 'id: other') });
      const r = otvetFix(['--lang', lang, 'templates'], p.dir, `edit-after-read:${join(p.dir, 'templates/late.yaml')}`);
      expect(read(p, 'templates/late.yaml')).toBe(`${BEFORE}  - id: added-meanwhile\n    text:\n      zh: 谢谢\n      ru: Спасибо за заказ!\n`);
      expect(read(p, 'templates/other.yaml')).toBe(AFTER.replace('id: late', 'id: other'));
      expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(message);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(r.code).toBe(2);
      expect(temps(join(p.dir, 'templates'))).toEqual([]);
    });
  }
  it('reports that file as it was read (its `~` is still there), and counts only the fixes written', () => {
    const files = { 'templates/late.yaml': BEFORE, 'templates/other.yaml': BEFORE.replace('id: late', 'id: other') };
    const p = project(files);
    const r = otvetFix(['--format', 'json', 'templates'], p.dir, `edit-after-read:${join(p.dir, 'templates/late.yaml')}`);
    const report = JSON.parse(r.stdout) as { files: { path: string; messages: { ruleId: string }[] }[] };
    const rules = (path: string): string[] => report.files.find((f) => f.path === path)!.messages.map((m) => m.ruleId);
    expect(rules('templates/late.yaml')).toContain('tone-tilde');
    expect(rules('templates/other.yaml')).not.toContain('tone-tilde');
    const q = project(files);
    const stylish = otvetFix(['templates'], q.dir, `edit-after-read:${join(q.dir, 'templates/late.yaml')}`);
    expect(stylish.stderr).toContain('Fixed 1 problem in 1 file.');
  });
});

describe('lint --fix: writeFixed in-process', () => {
  function file(text = BEFORE): string {
    const p = project({ 't.yaml': text });
    return join(p.dir, 't.yaml');
  }
  it('refuses when the file was edited between the read and the rename (same size), and cleans up', () => {
    const path = file();
    const edited = BEFORE.replace('请稍等', '请稍候');
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(BEFORE));
    const refusal = writeFixed(path, AFTER, BEFORE, { beforeCommit: () => writeFileSync(path, edited) });
    expect(refusal).toEqual({ reason: 'changed' });
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(temps(dirname(path))).toEqual([]);
  });
  it('refuses when the file was deleted meanwhile, and does not bring it back', () => {
    const path = file();
    expect(writeFixed(path, AFTER, BEFORE, { beforeCommit: () => fs.unlinkSync(path) })).toEqual({ reason: 'changed' });
    expect(readdirSync(dirname(path))).toEqual(['otvet.config.yaml']);
  });
  it('refuses when the file is not what was read before it starts (another size)', () => {
    const path = file(`${BEFORE}# note\n`);
    expect(writeFixed(path, AFTER, BEFORE)).toEqual({ reason: 'changed' });
    expect(readFileSync(path, 'utf8')).toBe(`${BEFORE}# note\n`);
  });
  it('writes when nothing changed', () => {
    const path = file();
    expect(writeFixed(path, AFTER, BEFORE)).toBeUndefined();
    expect(readFileSync(path, 'utf8')).toBe(AFTER);
  });
  const failing = (call: 'openSync' | 'writeSync' | 'renameSync', code: string): FixFs => ({
    ...fs,
    [call]: () => {
      throw Object.assign(new Error(`${code}: injected`), { code });
    },
  });
  for (const [call, code] of [['openSync', 'EACCES'], ['openSync', 'EROFS'], ['writeSync', 'ENOSPC'], ['renameSync', 'EXDEV']] as const) {
    it(`returns ${code} from ${call} instead of throwing; the file is as it was, no temporary file left`, () => {
      const path = file();
      expect(writeFixed(path, AFTER, BEFORE, { fs: failing(call, code) })).toEqual({ reason: 'io', code, dir: dirname(path) });
      expect(readFileSync(path, 'utf8')).toBe(BEFORE);
      expect(temps(dirname(path))).toEqual([]);
    });
  }
  it('sets the owner and group of the file on the temporary file before the rename (as root)', () => {
    const path = file();
    const calls: unknown[][] = [];
    const spy: FixFs = { ...fs, fchownSync: (...args: Parameters<typeof fs.fchownSync>) => void calls.push(args.slice(1)) };
    expect(process.getuid?.()).toBe(0); // the CI runs as root; otherwise only the group is kept
    chownSync(path, 1234, 5678);
    expect(writeFixed(path, AFTER, BEFORE, { fs: spy })).toBeUndefined();
    expect(calls).toEqual([[1234, 5678]]);
  });
});

describe('lint --fix: links, mode, owner', () => {
  it('writes through a symbolic link to the real file; the link stays a link', () => {
    const p = project({ 'shared/late.yaml': BEFORE });
    mkdirSync(join(p.dir, 'templates'));
    symlinkSync('../shared/late.yaml', join(p.dir, 'templates/late.yaml'));
    const r = otvetFix(['templates/late.yaml'], p.dir);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(lstatSync(join(p.dir, 'templates/late.yaml')).isSymbolicLink()).toBe(true);
    expect(read(p, 'shared/late.yaml')).toBe(AFTER);
    expect(temps(join(p.dir, 'templates'))).toEqual([]);
    expect(temps(join(p.dir, 'shared'))).toEqual([]);
  });
  it('keeps the mode, whatever the umask (0666 stays 0666, 0640 stays 0640)', () => {
    const p = project({ 'templates/a.yaml': BEFORE, 'templates/b.yaml': BEFORE.replace('id: late', 'id: b') });
    chmodSync(join(p.dir, 'templates/a.yaml'), 0o666);
    chmodSync(join(p.dir, 'templates/b.yaml'), 0o640);
    otvetFix(['templates'], p.dir);
    expect(read(p, 'templates/a.yaml')).toBe(AFTER);
    expect(statSync(join(p.dir, 'templates/a.yaml')).mode & 0o7777).toBe(0o666);
    expect(statSync(join(p.dir, 'templates/b.yaml')).mode & 0o7777).toBe(0o640);
  });
  it('keeps the owner and group (as root, as in CI)', () => {
    expect(process.getuid?.()).toBe(0); // the CI runs as root: only root may give a file to someone else
    const p = project({ 'templates/late.yaml': BEFORE });
    chownSync(join(p.dir, 'templates/late.yaml'), 1234, 5678);
    otvetFix(['templates/late.yaml'], p.dir);
    expect(read(p, 'templates/late.yaml')).toBe(AFTER);
    const st = statSync(join(p.dir, 'templates/late.yaml'));
    expect([st.uid, st.gid]).toEqual([1234, 5678]);
  });
  it('leaves a read-only file (mode 0444) as it is, even as root: one line, exit 2, the other files fixed', () => {
    const p = project({ 'templates/late.yaml': BEFORE, 'templates/other.yaml': BEFORE.replace('id: late', 'id: other') });
    chmodSync(join(p.dir, 'templates/late.yaml'), 0o444);
    const r = otvetFix(['templates'], p.dir);
    expect(read(p, 'templates/late.yaml')).toBe(BEFORE);
    expect(statSync(join(p.dir, 'templates/late.yaml')).mode & 0o7777).toBe(0o444);
    expect(read(p, 'templates/other.yaml')).toBe(AFTER.replace('id: late', 'id: other'));
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(
      'templates/late.yaml is read-only (mode 0444); --fix left it as it is. Make it writable (chmod u+w) and run again, or apply the fixes by hand (--fix-dry-run shows them).',
    );
    expect(r.stderr).toContain('Fixed 1 problem in 1 file.');
    expect(r.code).toBe(2);
  });
  it('leaves a hard-linked file as it is (replacing it would split the links): one line, exit 2', () => {
    const p = project({ 'templates/late.yaml': BEFORE });
    mkdirSync(join(p.dir, 'backup'));
    linkSync(join(p.dir, 'templates/late.yaml'), join(p.dir, 'backup/late.yaml'));
    const r = otvetFix(['--lang', 'zh', 'templates/late.yaml'], p.dir);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(
      'templates/late.yaml 有 2 个硬链接；替换它会拆散这些链接，因此 --fix 未修改它。请手动修改（--fix-dry-run 会列出修复内容），或只保留一个文件并把其余改为符号链接。',
    );
    expect(r.code).toBe(2);
    expect(read(p, 'templates/late.yaml')).toBe(BEFORE);
    expect(statSync(join(p.dir, 'templates/late.yaml')).nlink).toBe(2);
    expect(statSync(join(p.dir, 'templates/late.yaml')).ino).toBe(statSync(join(p.dir, 'backup/late.yaml')).ino);
  });
});

describe('lint --fix: file-system errors are one line and exit 2, never a stack trace', () => {
  // As root, a directory cannot be made unwritable and a disk cannot be filled on demand:
  // test/fix-writes-inject.cjs makes the creation of (or the write to) the temporary file fail.
  const cases = [
    {
      inject: 'open-error:EACCES',
      message: 'Cannot write the fixes to templates/late.yaml: no permission to create a file in templates (EACCES); nothing written to it. Make the directory writable and run again.',
      lang: 'en',
    },
    {
      inject: 'open-error:EROFS',
      message: 'Не удаётся записать исправления в templates/late.yaml: templates находится на файловой системе только для чтения (EROFS); в него ничего не записано. Запустите otvet на копии, доступной для записи.',
      lang: 'ru',
    },
    {
      inject: 'write-error:ENOSPC',
      message: '无法把修复写入 templates/late.yaml：磁盘已满（ENOSPC）；未写入该文件。请释放空间后重新运行。',
      lang: 'zh',
    },
  ];
  for (const { inject, message, lang } of cases) {
    it(`${inject} (${lang})`, () => {
      const p = project({ 'templates/late.yaml': BEFORE });
      const r = otvetFix(['--lang', lang, 'templates/late.yaml'], p.dir, inject);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(message);
      expect(r.code).toBe(2);
      expect(read(p, 'templates/late.yaml')).toBe(BEFORE);
      expect(temps(join(p.dir, 'templates'))).toEqual([]);
    });
  }
});

describe('lint --fix: long file names', () => {
  it('fixes a file whose name is already 250 bytes of UTF-8 (the temporary name still fits in 255)', () => {
    const name = `${'模'.repeat(80)}12345.yaml`;
    expect(Buffer.byteLength(name)).toBe(250);
    const p = project({ [`templates/${name}`]: BEFORE });
    const r = otvetFix([`templates/${name}`], p.dir);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(read(p, `templates/${name}`)).toBe(AFTER);
    expect(r.code).toBe(1); // what is left is reported as usual
  });
  it('tempPath: always within NAME_MAX bytes, beside the file, never cutting a character', () => {
    for (const name of ['a.yaml', `${'模'.repeat(83)}x.yaml`, `${'ж'.repeat(125)}.yaml`, `${'😀'.repeat(62)}x.yaml`]) {
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(NAME_MAX);
      const tmp = tempPath(`/some/dir/${name}`);
      expect(dirname(tmp)).toBe('/some/dir');
      expect(Buffer.byteLength(basename(tmp))).toBeLessThanOrEqual(NAME_MAX);
      expect(basename(tmp)).not.toContain('\uFFFD');
      expect(basename(tmp)).toMatch(/^\..*\.otvet-\d+-[0-9a-f]{8}\.tmp$/);
      expect(name.startsWith(basename(tmp).slice(1).replace(/\.otvet-\d+-[0-9a-f]{8}\.tmp$/, ''))).toBe(true);
    }
    expect(tempPath('/d/a.yaml')).not.toBe(tempPath('/d/a.yaml'));
  });
});
