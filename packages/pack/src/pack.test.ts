import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPack, hashFiles, packZip, templatesCsv, type PackInput } from './build.js';
import { diffPacks, formatChangesMarkdown, formatChangesText, readPackTemplates } from './diff.js';
import type { PackTemplate } from './model.js';
import { verifyPack } from './verify.js';
import { writePackDir } from './write.js';

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
      expect.stringContaining("templates.json differs from the pack's templates.json"),
    ]);
    writeFileSync(join(dir, 'shop-1.0.0.zip'), 'not a zip');
    writeFileSync(join(dir, 'templates.json'), '{');
    const broken = verifyPack(dir, 'p').problems.map((p) => String(p.data.file));
    expect(broken).toEqual(['shop-1.0.0.zip', 'templates.csv', 'templates.json', 'templates.json', 'shop-1.0.0.zip']);
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
});
