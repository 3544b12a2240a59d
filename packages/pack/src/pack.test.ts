import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPack, hashFiles, packZip, templatesCsv, type PackInput } from './build.js';
import { diffPacks, formatChangesMarkdown, formatChangesText, readPackTemplates } from './diff.js';
import type { PackTemplate } from './model.js';
import { packMessages } from './messages.js';
import { verifyPack } from './verify.js';
import { rawZip, zeros } from './zip.test-helper.js';
import { ownerState, processStart, writePackDir, type LockOwner } from './write.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'otvet-pack-'));
  dirs.push(d);
  return d;
};
/** The pid of a process that has exited. */
const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid;

const template = (id: string, ru: string, extra: Partial<PackTemplate> = {}): PackTemplate => ({
  id, placeholders: {}, text: { ru, zh: '您好' }, example: ru, length: [...ru].length, path: 't.yaml', ...extra,
});

function input(templates: PackTemplate[], extra: Partial<PackInput> = {}): PackInput {
  return {
    name: 'shop', version: '1.0.0', source: 'zh', target: 'ru', maxLength: 1000, thresholds: { revise: 0.03, reject: 0.05 },
    templates, inputs: [{ path: 'b.yaml', bytes: strToU8('b') }, { path: 'a.yaml', bytes: strToU8('a') }], glossary: [],
    summary: { templates: templates.length, words: 3, penalty: 0, errorRate: 0, verdict: 'pass', unchecked: { files: 0, templates: 0 }, files: 2, errors: 0, warnings: 0, infos: 0, fixable: 0 },
    verdicts: { pass: templates.length, revise: 0, reject: 0 }, zip: true, ...extra,
  };
}

const LABELS = { heading: 'Changes', added: 'Added', removed: 'Removed', changed: 'Changed', none: 'None.' };

describe('buildPack', () => {
  it('is independent of input order and records sorted inputs', () => {
    const a = buildPack(input([template('a', 'Да.')]));
    const b = buildPack({ ...input([template('a', 'Да.')]), inputs: [{ path: 'a.yaml', bytes: strToU8('a') }, { path: 'b.yaml', bytes: strToU8('b') }] });
    expect([...a.keys()]).toEqual(['templates.csv', 'templates.json', 'shop-1.0.0.zip', 'manifest.json']);
    for (const [name, bytes] of a) expect(b.get(name), name).toEqual(bytes);
    const manifest = JSON.parse(new TextDecoder().decode(a.get('manifest.json'))) as { inputs: Record<string, string>; glossary: null };
    expect(Object.keys(manifest.inputs)).toEqual(['a.yaml', 'b.yaml']);
    expect(manifest.glossary).toBeNull();
  });
  it('hashes the glossary files as a sha256sum list', () => {
    expect(hashFiles([])).toBeNull();
    const one = hashFiles([{ path: 'g/b.yaml', bytes: strToU8('x') }, { path: 'g/a.yaml', bytes: strToU8('y') }]);
    expect(hashFiles([{ path: 'g/a.yaml', bytes: strToU8('y') }, { path: 'g/b.yaml', bytes: strToU8('x') }])).toBe(one);
    expect(hashFiles([{ path: 'g/a.yaml', bytes: strToU8('y') }])).not.toBe(one);
  });
  it('writes RFC 4180 CSV with a BOM, CRLF and quotes where needed', () => {
    const csv = templatesCsv([template('a', 'Текст, с "кавычками"\nи строкой', { title: ' Заголовок', tags: ['x', 'y'], placeholders: { n: {} } })], 'zh', 'ru');
    expect(csv).toBe(
      '\uFEFFid,title,tags,text_ru,example_ru,text_zh,placeholders\r\n' +
        'a," Заголовок","x, y","Текст, с ""кавычками""\nи строкой","Текст, с ""кавычками""\nи строкой",您好,n\r\n',
    );
  });
  it('neutralises cells a spreadsheet would read as a formula (CSV injection); templates.json keeps the texts', () => {
    const risky = [
      ['eq', '=HYPERLINK("http://example.test","x")'],
      ['plus', '+7 999 000-00-00'],
      ['minus', '-5 % на всё'],
      ['at', '@SUM(1+1)'],
      ['tab', '\t=1+1'],
      ['cr', '\r=1+1'],
      ['blank', '  =1+1'],
      ['nbsp', '\u00A0+1'],
      ['wide', '＝1+1'],
    ];
    const templates = risky.map(([id, text]) => template(id!, text!, { title: text! }));
    const csv = templatesCsv([...templates, template('safe', 'Цена 5 % = скидка', { title: 'a-b' })], 'zh', 'ru');
    const lines = csv.replace('\uFEFF', '').split('\r\n');
    for (const [i, [id, text]] of risky.entries()) {
      const cell = `"'${text!.replaceAll('"', '""')}"`;
      expect(lines[i + 1], id).toBe(`${id},${cell},,${cell},${cell},您好,`);
    }
    expect(lines[risky.length + 1]).toBe('safe,a-b,,Цена 5 % = скидка,Цена 5 % = скидка,您好,');
    const pack = buildPack(input(templates));
    const json = JSON.parse(new TextDecoder().decode(pack.get('templates.json'))) as { templates: { id: string; title: string; text: { ru: string } }[] };
    expect(json.templates.map((t) => [t.id, t.title, t.text.ru])).toEqual(risky.map(([id, text]) => [id, text, text]));
  });
  it('zips with fixed timestamps whatever the time zone', () => {
    const files = { 'b.txt': strToU8('b'), 'a.txt': strToU8('a') };
    const zip = packZip(files, 1700000000);
    expect(packZip({ 'a.txt': strToU8('a'), 'b.txt': strToU8('b') }, 1700000000)).toEqual(zip);
    expect(Object.keys(unzipSync(zip))).toEqual(['a.txt', 'b.txt']);
    expect(packZip(files)).not.toEqual(zip);
  });
});

describe('writePackDir', () => {
  it('replaces a pack, cleans up after dead runs and restores a pack they had moved aside', () => {
    const dist = temp();
    const files = new Map([['x.txt', strToU8('one')]]);
    writePackDir(dist, 'p-1', files);
    writePackDir(dist, 'p-1', new Map([['x.txt', strToU8('two')]]));
    expect(readFileSync(join(dist, 'p-1/x.txt'), 'utf8')).toBe('two');
    // A dead run that moved the pack aside and never renamed its own into place.
    const dead = deadPid();
    mkdirSync(join(dist, `.p-1.old-${dead}-abc`));
    rmSync(join(dist, 'p-1/x.txt'));
    writeFileSync(join(dist, 'p-1/y.txt'), 'moved');
    writeFileSync(join(dist, '.p-1.lock'), String(dead));
    const aside = join(dist, `.p-1.old-${dead}-abc/pack`);
    mkdirSync(aside);
    writeFileSync(join(aside, 'x.txt'), 'previous');
    rmSync(join(dist, 'p-1'), { recursive: true });
    mkdirSync(join(dist, `.p-1.tmp-${dead}-xyz`));
    const seen: string[] = [];
    writePackDir(dist, 'p-1', new Map([['x.txt', strToU8('three')], ['a.txt', strToU8('a')]]), { afterFile: (n) => seen.push(n) });
    expect(seen).toEqual(['a.txt', 'x.txt']);
    expect(readdirSync(dist)).toEqual(['p-1']);
    expect(readFileSync(join(dist, 'p-1/x.txt'), 'utf8')).toBe('three');
  });
  it('takes over an empty lock left by a process that died while taking it', () => {
    const dist = temp();
    writeFileSync(join(dist, '.p-1.lock'), '');
    utimesSync(join(dist, '.p-1.lock'), new Date(0), new Date(0));
    writePackDir(dist, 'p-1', new Map([['x.txt', strToU8('x')]]));
    expect(readdirSync(dist)).toEqual(['p-1']);
  });
  /** The start identity of `pid` with another start time: the same PID, another process. */
  const otherStart = (pid: number): string => processStart(pid)!.replace(/\d+$/, (t) => String(Number(t) + 1));
  it('judges a lock’s owner by host, boot, PID namespace, PID and start time', () => {
    const owner = (pid: number, start: string | null, host = hostname()): LockOwner => ({ pid, host, start, token: 'f00d' });
    const mine = processStart(process.pid)!;
    const [boot, ns] = mine.split('/');
    expect(mine).toMatch(/^[0-9a-f-]{36}\/pid:\[\d+\]\/\d+$/);
    // A container's PID 1, or this very PID, alive again in another process: the lock is stale.
    expect(ownerState(owner(1, otherStart(1)))).toBe('dead');
    expect(ownerState(owner(process.pid, otherStart(process.pid)))).toBe('dead');
    expect(ownerState(owner(1, processStart(1)))).toBe('alive');
    expect(ownerState(owner(process.pid, mine))).toBe('alive');
    expect(ownerState(owner(deadPid(), `${boot}/${ns}/1`))).toBe('dead');
    expect(ownerState(owner(process.pid, `00000000-0000-0000-0000-000000000000/${ns}/1`))).toBe('dead');
    // What cannot be seen from here is not taken over.
    expect(ownerState(owner(process.pid, `${boot}/pid:[1]/1`))).toBe('unknown');
    expect(ownerState(owner(process.pid, mine, 'elsewhere.example'))).toBe('unknown');
    // Locks of earlier versions (a PID only).
    expect(ownerState(owner(process.pid, null))).toBe('dead');
    expect(ownerState(owner(deadPid(), null))).toBe('dead');
    expect(ownerState(owner(1, null))).toBe('alive');
  });
  it('restores the moved-aside pack when no new one was written', () => {
    const dist = temp();
    const dead = deadPid();
    mkdirSync(join(dist, `.p-1.old-${dead}-abc/pack`), { recursive: true });
    writeFileSync(join(dist, `.p-1.old-${dead}-abc/pack/x.txt`), 'previous');
    expect(() => writePackDir(dist, 'p-1', new Map([['x.txt', strToU8('new')]]), { afterFile: () => { throw new Error('stop'); } })).toThrow('stop');
    expect(readdirSync(dist)).toEqual(['p-1']);
    expect(readFileSync(join(dist, 'p-1/x.txt'), 'utf8')).toBe('previous');
  });
});

describe('verifyPack', () => {
  function pack(): string {
    const dist = temp();
    return writePackDir(dist, 'shop-1.0.0', buildPack(input([template('a', 'Да.')])));
  }
  it('passes an intact pack', () => {
    const v = verifyPack(pack(), 'p');
    expect(v.problems).toEqual([]);
    expect(v.checked).toBe(3);
  });
  it('finds missing files, wrong counts and zips that differ from the files', () => {
    const dir = pack();
    rmSync(join(dir, 'templates.csv'));
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { counts: { templates: number }; files: Record<string, string> };
    manifest.counts.templates = 2;
    const zip = zipSync({ 'templates.json': strToU8('{}') });
    writeFileSync(join(dir, 'shop-1.0.0.zip'), zip);
    manifest.files['shop-1.0.0.zip'] = (verifyPack(dir, 'p').problems.find((p) => p.data.file === 'shop-1.0.0.zip')?.data.actual as string) ?? '';
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const keys = verifyPack(dir, 'p').problems.map((p) => `${p.message.en.split(':')[1] ?? ''}|${JSON.stringify(p.data)}`);
    expect(keys).toEqual([
      ` listed in the manifest but missing|{"file":"templates.csv"}`,
      expect.stringContaining('"actual":1,"expected":2'),
      expect.stringContaining('"entry":"templates.csv"'),
      expect.stringContaining('"entry":"templates.json","declared":2,"actual":'),
    ]);
    writeFileSync(join(dir, 'shop-1.0.0.zip'), 'not a zip');
    writeFileSync(join(dir, 'templates.json'), '{');
    const broken = verifyPack(dir, 'p').problems.map((p) => String(p.data.file));
    expect(broken).toEqual(['shop-1.0.0.zip', 'templates.csv', 'templates.json', 'templates.json', 'shop-1.0.0.zip']);
  });
  /** The ids of the problems, with the file (and zip entry) each concerns. */
  const found = (dir: string): string[] =>
    verifyPack(dir, 'p').problems.map((p) => {
      const id = Object.entries(packMessages).find(([, m]) => m === p.message)![0];
      return [id, p.data.file, p.data.entry].filter((x) => x !== undefined).join(' ');
    });
  /** Rewrite the manifest (the checksums of the other files are kept as they are). */
  const editManifest = (dir: string, edit: (m: { files: Record<string, string> } & Record<string, unknown>) => void): void => {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: Record<string, string> } & Record<string, unknown>;
    edit(m);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
  };
  /** Replace the zip by one of these entries and list its real checksum in the manifest. */
  const replaceZip = (dir: string, zip: Uint8Array): void => {
    writeFileSync(join(dir, 'shop-1.0.0.zip'), zip);
    editManifest(dir, (m) => void (m.files['shop-1.0.0.zip'] = createHash('sha256').update(zip).digest('hex')));
  };
  it('reports extra files named like Object.prototype members (toString, constructor, __proto__)', () => {
    const dir = pack();
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) writeFileSync(join(dir, name), 'x');
    expect(found(dir)).toEqual(['verify-extra __proto__', 'verify-extra constructor', 'verify-extra hasOwnProperty', 'verify-extra toString']);
  });
  it('fails a manifest that lists no files, or lacks a file every pack has', () => {
    const dir = pack();
    editManifest(dir, (m) => void (m.files = {}));
    for (const name of ['templates.csv', 'templates.json', 'shop-1.0.0.zip']) rmSync(join(dir, name));
    expect(found(dir)).toEqual(['verify-unlisted templates.csv', 'verify-unlisted templates.json']);
    expect(verifyPack(dir, 'p').checked).toBe(0);
    const other = pack();
    editManifest(other, (m) => void delete m.files['templates.csv']);
    expect(found(other)).toEqual(['verify-unlisted templates.csv', 'verify-extra templates.csv']);
  });
  it('fails a zip without templates.csv, with an extra or a doubled entry, even with its checksum updated', () => {
    const dir = pack();
    const json = readFileSync(join(dir, 'templates.json'));
    const csv = readFileSync(join(dir, 'templates.csv'));
    replaceZip(dir, zipSync({ 'templates.json': json }));
    expect(found(dir)).toEqual(['verify-zip-missing shop-1.0.0.zip templates.csv']);
    replaceZip(dir, zipSync({ 'templates.csv': csv, 'templates.json': json, '../evil.sh': strToU8('x'), 'toString': strToU8('x') }));
    expect(found(dir)).toEqual(['verify-zip-extra shop-1.0.0.zip ../evil.sh', 'verify-zip-extra shop-1.0.0.zip toString']);
    // Two entries of the same name (the central directory lists both).
    const one = zipSync({ 'templates.csv': csv, 'templates.json': json, 'templates.jsoX': json });
    const doubled = Buffer.from(one).toString('latin1').replaceAll('templates.jsoX', 'templates.json');
    replaceZip(dir, Buffer.from(doubled, 'latin1'));
    expect(found(dir)).toEqual(['verify-zip-duplicate shop-1.0.0.zip templates.json']);
  });
  it('never reads outside the pack: paths that leave it, links, unknown names', () => {
    const dir = pack();
    const outside = join(dir, '..', 'outside');
    writeFileSync(outside, 'secret');
    const sum = createHash('sha256').update('secret').digest('hex');
    const names = ['../outside', '../../outside', '/etc/hostname', 'a\\..\\outside', 'C:outside', 'c:/outside', 'x\0y', './templates.csv', 'sub/../../outside', 'notes.txt'];
    editManifest(dir, (m) => {
      for (const n of names) m.files[n] = sum;
    });
    expect(found(dir)).toEqual([
      ...names.slice(0, 9).map((n) => `verify-unsafe ${n.replace('\0', '\\u0000')}`),
      'verify-unknown notes.txt',
    ]);
    // A link in place of a pack file is not followed, whatever it points to.
    const linked = pack();
    rmSync(join(linked, 'templates.csv'));
    symlinkSync(outside, join(linked, 'templates.csv'));
    editManifest(linked, (m) => void (m.files['templates.csv'] = sum));
    expect(found(linked)).toEqual(['verify-not-file templates.csv']);
  });
  it('refuses a zip entry whose declared size is not the pack file’s, without inflating it', () => {
    const dir = pack();
    const json = readFileSync(join(dir, 'templates.json'));
    const csv = readFileSync(join(dir, 'templates.csv'));
    // 1 GiB of zeros declared honestly: refused from the central directory alone.
    replaceZip(dir, rawZip([{ name: 'templates.csv', data: zeros(1024), size: 1024 * 1024 * 1024 }, { name: 'templates.json', data: deflateRawSync(json), size: json.length }]));
    const started = performance.now();
    expect(found(dir)).toEqual(['verify-zip-size shop-1.0.0.zip templates.csv']);
    expect(verifyPack(dir, 'p').problems[0]!.data).toMatchObject({ declared: 1024 * 1024 * 1024, actual: csv.length });
    expect(performance.now() - started).toBeLessThan(2000);
  });
  it('stops inflating an entry past the size of the pack file it must equal', () => {
    const dir = pack();
    const json = readFileSync(join(dir, 'templates.json'));
    const csv = readFileSync(join(dir, 'templates.csv'));
    // Declares the right size but holds 1 GiB of zeros.
    replaceZip(dir, rawZip([{ name: 'templates.csv', data: zeros(1024), size: csv.length }, { name: 'templates.json', data: deflateRawSync(json), size: json.length }]));
    const started = performance.now();
    expect(found(dir)).toEqual(['verify-zip-over shop-1.0.0.zip templates.csv']);
    expect(performance.now() - started).toBeLessThan(2000);
    // A zip with the right sizes and a wrong byte is still caught.
    const changed = Buffer.from(csv);
    changed[changed.length - 3]! ^= 1;
    replaceZip(dir, zipSync({ 'templates.csv': changed, 'templates.json': json }));
    expect(found(dir)).toEqual(['verify-zip-differs shop-1.0.0.zip templates.csv']);
  });
  it('fails a manifest that is not JSON or not a manifest; exit-2 errors for no pack', () => {
    const dir = pack();
    writeFileSync(join(dir, 'manifest.json'), '{"format": 1}');
    expect(verifyPack(dir, 'p').problems[0]!.message.en).toContain('not a pack manifest');
    writeFileSync(join(dir, 'manifest.json'), '{');
    expect(verifyPack(dir, 'p').problems).toHaveLength(1);
    expect(() => verifyPack(join(dir, 'templates.json'), 'x')).toThrow('No pack at x');
    expect(() => verifyPack(join(dir, 'none'), 'x')).toThrow('No pack at x');
  });
});

describe('diffPacks', () => {
  const before = [template('a', 'Заказ отправлен.', { title: 'A' }), template('gone', 'Нет.'), template('same', 'Да.')];
  const after = [template('a', 'Заказ уже отправлен сегодня.', { title: 'A', tags: ['new'] }), template('b', 'Новый *текст*.'), template('same', 'Да.')];
  it('lists added, removed and changed templates with word diffs', () => {
    const changes = diffPacks(before, after);
    expect(changes.added.map((t) => t.id)).toEqual(['b']);
    expect(changes.removed.map((t) => t.id)).toEqual(['gone']);
    expect(changes.unchanged).toBe(1);
    expect(formatChangesText(changes, LABELS)).toBe(
      'Changes\n\nAdded (1)\n+ b\n\nRemoved (1)\n- gone\n\nChanged (1)\n~ a — A\n    tags: {+new+}\n    text.ru: Заказ {+уже +}отправлен{+ сегодня+}.\n',
    );
    expect(formatChangesMarkdown(changes, LABELS)).toBe(
      '### Changes\n\n#### Added (1)\n\n- `b`\n\n#### Removed (1)\n\n- `gone`\n\n#### Changed (1)\n\n- `a` — A\n  - tags: **new**\n  - text.ru: Заказ **уже** отправлен **сегодня**.\n',
    );
    expect(formatChangesText(diffPacks(after, after), LABELS)).toBe('Changes\nNone.\n');
  });
  it('reads old packs from a directory, a zip or templates.json; bad ones are user errors', () => {
    const dir = temp();
    const json = JSON.stringify({ templates: [{ id: 'a', text: { ru: 'Да.' } }] });
    writeFileSync(join(dir, 'templates.json'), json);
    writeFileSync(join(dir, 'p.zip'), zipSync({ 'templates.json': strToU8(json) }));
    writeFileSync(join(dir, 'empty.zip'), zipSync({ 'x.txt': strToU8('x') }));
    writeFileSync(join(dir, 'bad.json'), '{"templates": [{"id": 1}]}');
    expect(readPackTemplates(dir, 'd')).toEqual(readPackTemplates(join(dir, 'p.zip'), 'z'));
    expect(readPackTemplates(join(dir, 'templates.json'), 'j')[0]!.id).toBe('a');
    expect(() => readPackTemplates(join(dir, 'empty.zip'), 'e')).toThrow('No pack at e');
    expect(() => readPackTemplates(join(dir, 'bad.json'), 'b')).toThrow('b: not a pack manifest');
    expect(existsSync(dir)).toBe(true);
  });
  it('does not unpack an old pack’s templates.json whose zip entry declares more than the limit', () => {
    const dir = temp();
    writeFileSync(join(dir, 'big.zip'), rawZip([{ name: 'templates.json', data: zeros(1024), size: 1024 * 1024 * 1024 }]));
    const started = performance.now();
    expect(() => readPackTemplates(join(dir, 'big.zip'), 'big.zip')).toThrow('big.zip: templates.json: larger than 67108864 bytes; not read');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
