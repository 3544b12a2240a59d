import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, makeProject, otvet, STACK_TRACE } from './helpers.js';

const good = 'templates:\n  - id: thanks\n    text:\n      zh: 谢谢\n      ru: Спасибо за покупку.\n';

/** Ten lines that expand to 9^10 values through aliases. */
const ALIAS_BOMB = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`), ''].join('\n');
/** Mappings nested 2,000 deep: the YAML parser runs out of stack. */
const DEEP = `templates:\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i + 1)}k:`).join('\n')}\n`;

// Every kind of bad input: one clear message with file:line:col, never a stack trace;
// exit 2 when the input cannot be read or used, exit 1 with a finding when it can.
const cases: { name: string; files: Record<string, string | Uint8Array>; args: string[]; code: number; out: RegExp }[] = [
  { name: 'unparsable YAML', files: { 't.yaml': 'templates:\n  - id: "x\n' }, args: ['lint', 't.yaml'], code: 1, out: /t\.yaml\n\s*2:9-2:10\s+error\s+A quote opened here is never closed, .* \(Parser: Missing closing "quote\.\)\s+yaml-syntax/ },
  { name: 'an unquoted ": "', files: { 't.yaml': 'templates:\n  - id: x\n    text:\n      ru: Срок: 3 дня\n' }, args: ['lint', 't.yaml'], code: 1, out: /4:15-4:16\s+error\s+The text contains “: ”.*yaml-syntax/ },
  { name: 'tab indentation', files: { 't.yaml': 'templates:\n  - id: x\n    text:\n\t  ru: Да\n' }, args: ['lint', 't.yaml'], code: 1, out: /4:1-4:4\s+error\s+Tabs are not allowed as indentation in YAML; indent with spaces\.\s+yaml-syntax/ },
  { name: 'duplicate keys', files: { 't.yaml': 'templates:\n  - id: x\n    text:\n      ru: Да\n      ru: Нет\n' }, args: ['lint', 't.yaml'], code: 1, out: /5:7-5:9\s+error\s+Duplicate key “ru”.*yaml-syntax/ },
  { name: 'duplicate ids across files', files: { 'a.yaml': good, 'b.yaml': good }, args: ['lint', 'a.yaml', 'b.yaml'], code: 1, out: /b\.yaml\n\s*2:9-2:15\s+error\s+Duplicate template id “thanks”: already used at a\.yaml:2:9\. Give this template an id of its own\.\s+schema/ },
  { name: 'unknown fields', files: { 't.yaml': good.replace('    text:', '    titel: x\n    text:') }, args: ['lint', 't.yaml'], code: 1, out: /3:5-3:10\s+error\s+Unknown field “titel” \(did you mean “title”\?\): otvet does not read it\. Correct its name, or remove it\.\s+schema/ },
  { name: 'a missing text', files: { 't.yaml': 'templates:\n  - id: x\n    title: Без текста\n' }, args: ['lint', 't.yaml'], code: 1, out: /2:5-2:7\s+error\s+Missing required field “text”: add “text:” here\.\s+schema/ },
  {
    name: 'a GBK-encoded file',
    files: { 't.yaml': new Uint8Array([...Buffer.from('templates:\n  - id: x\n    text:\n      zh: '), 0xc4, 0xfa, 0xba, 0xc3, 0x0a]) },
    args: ['lint', 't.yaml'], code: 2, out: /^t\.yaml:4:11: The file is not UTF-8 \(it looks like GBK\/GB18030, common in Chinese Windows editors\)\. Save it as UTF-8/,
  },
  { name: 'an empty file', files: { 't.yaml': '' }, args: ['lint', 't.yaml'], code: 1, out: /1:1\s+error\s+The file is empty: a template file starts with `templates:`.*schema/ },
  { name: 'a directory given as a file', files: { 'templates/t.yaml': good }, args: ['lint', '--config', 'templates'], code: 2, out: /^templates is a directory, but a file is expected here\.$/m },
  { name: 'a directory without templates', files: { 'empty.yaml/readme.txt': 'x' }, args: ['lint', 'empty.yaml'], code: 2, out: /^No template files found: nothing matches empty\.yaml\/\*\*\/\*\.yaml\.$/m },
  { name: 'a missing path', files: {}, args: ['lint', 'nope.yaml'], code: 2, out: /^No such file or directory: nope\.yaml\.$/m },
  { name: 'an invalid config', files: { 'otvet.config.yaml': 'source: zh\nrules:\n  tone-tilde: [warn]\n', 't.yaml': good }, args: ['lint', 't.yaml'], code: 2, out: /^otvet\.config\.yaml:3:16: Bad severity “warn” for rule “tone-tilde”: use off, info, warning or error\.$/m },
  {
    name: 'a comment that cuts a text short',
    files: { 't.yaml': 'templates:\n  - id: x\n    text:\n      zh: 您的订单已发货\n      ru: Здравствуйте! Ваш заказ #12345 отправлен\n' },
    args: ['lint', 't.yaml'], code: 1, out: /5:35-5:51\s+error\s+YAML reads “#12345 отправлен” as a comment, not as text: whatever follows “ #” on the line never reaches the buyer\..*yaml-syntax/,
  },
  {
    name: 'a pack whose text a comment cuts short',
    files: { 'otvet.config.yaml': 'pack: { name: shop, version: 1.0.0 }\n', 'templates/t.yaml': 'templates:\n  - id: x\n    text:\n      zh: 订单已发货\n      ru: Ваш заказ #12345 отправлен\n' },
    args: ['pack'], code: 1, out: /^The pack was not built[^]*templates\/t\.yaml:5:21 yaml-syntax: YAML reads “#12345 отправлен” as a comment/m,
  },
  { name: 'an alias bomb in a template file', files: { 't.yaml': `${ALIAS_BOMB}templates: []\n` }, args: ['lint', 't.yaml'], code: 1, out: /2:8-2:10\s+error\s+An alias \(\*a\) in a template file: every value must be written out where it is used.*yaml-syntax/ },
  { name: 'an alias bomb in the config', files: { 'otvet.config.yaml': ALIAS_BOMB, 't.yaml': good }, args: ['lint', 't.yaml'], code: 2, out: /^otvet\.config\.yaml:5:8: The aliases \(\*d and others\) expand to more than 10000 values; otvet does not read the file\./m },
  { name: 'an alias bomb in a glossary file', files: { 'glossary/terms.yaml': ALIAS_BOMB, 't.yaml': good }, args: ['lint', 't.yaml'], code: 2, out: /^glossary\/terms\.yaml:5:8: The aliases \(\*d and others\) expand to more than 10000 values/m },
  { name: '2,000-deep nesting in a template file', files: { 't.yaml': DEEP }, args: ['lint', 't.yaml'], code: 1, out: /^\s*65:65-65:66\s+error\s+The file is nested more than 64 levels deep here, far deeper than a template file needs: check its indentation and brackets from this line on\.\s+yaml-syntax/m },
  { name: '2,000-deep nesting in the config', files: { 'otvet.config.yaml': DEEP, 't.yaml': good }, args: ['lint', 't.yaml'], code: 2, out: /^otvet\.config\.yaml:65:65: The file is nested more than 64 levels deep here; otvet does not read it\./m },
  {
    // One word of 150,000 dotted letters for the text parser: its merging overflowed the call stack.
    name: 'a text of 150,000 letters joined by dots',
    files: { 't.yaml': `templates:\n  - id: x\n    text:\n      ru: "${Array.from({ length: 150_000 }, (_, i) => 'аб'[i % 2]).join('.')}"\n` },
    args: ['lint', 't.yaml'], code: 1, out: /4:12-4:300011\s+error\s+The message is 299999 characters long when sent.*length-max/,
  },
  { name: 'UTF-16LE without a BOM', files: { 't.yaml': Buffer.from(good, 'utf16le') }, args: ['lint', 't.yaml'], code: 2, out: /^t\.yaml:1:1: The file is not UTF-8 \(it is UTF-16\)\. Save it as UTF-8/m },
  { name: 'UTF-16BE without a BOM', files: { 't.yaml': Buffer.from(good, 'utf16le').swap16() }, args: ['lint', 't.yaml'], code: 2, out: /^t\.yaml:1:1: The file is not UTF-8 \(it is UTF-16\)\. Save it as UTF-8/m },
  { name: 'binary data', files: { 't.yaml': new Uint8Array([...Buffer.from('templates:\n  '), 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]) }, args: ['lint', 't.yaml'], code: 2, out: /^t\.yaml:2:3: This is not a text file: it holds binary data \(a NUL or control byte here\)\./m },
  { name: 'binary data that is not UTF-8', files: { 't.yaml': new Uint8Array(Array.from({ length: 600 }, (_, i) => (i * 167 + 13) % 256).map((b) => b || 1)) }, args: ['lint', 't.yaml'], code: 2, out: /^t\.yaml:\d+:\d+: This is not a text file/m },
  { name: 'lone-CR line endings', files: { 't.yaml': good.replace(/\n/g, '\r') }, args: ['lint', 't.yaml'], code: 2, out: /^t\.yaml:1:11: The line ends in a lone carriage return \(CR without LF, as old Mac OS wrote line endings\); otvet reads LF and CRLF line endings only\./m },
  { name: 'a file where init puts a directory', files: { templates: 'not a directory' }, args: ['init'], code: 2, out: /^templates exists and is not a directory, so otvet init cannot create templates\/example\.yaml in it\. Rename or remove templates, or run otvet init in another directory\.$/m },
  { name: 'an unknown option', files: { 't.yaml': good }, args: ['lint', '--frobnicate'], code: 2, out: /^Unknown option “--frobnicate”\. See otvet --help\.$/m },
  { name: 'an unknown format', files: { 't.yaml': good }, args: ['lint', '-f', 'xml', 't.yaml'], code: 2, out: /^Unknown format “xml”: use stylish, json, sarif, github, junit, html\.$/m },
  { name: 'an unknown language', files: { 't.yaml': good }, args: ['lint', '--lang', 'fr', 't.yaml'], code: 2, out: /^Unknown language “fr”: use zh, en or ru\.$/m },
  { name: 'a bad --max-warnings', files: { 't.yaml': good }, args: ['lint', '--max-warnings', 'many', 't.yaml'], code: 2, out: /^--max-warnings expects a whole number ≥ 0, got “many”\.$/m },
];

describe('bad input never crashes', () => {
  const projects: { remove(): void }[] = [];
  afterAll(() => projects.forEach((p) => p.remove()));
  for (const c of cases) {
    it(`${c.name} → exit ${c.code}`, () => {
      const project = makeProject(c.files);
      projects.push(project);
      const result = otvet(c.args, project.dir);
      const output = result.stdout + result.stderr;
      expect(output).toMatch(c.out);
      expect(output).not.toMatch(STACK_TRACE);
      expect(result.code).toBe(c.code);
    });
  }
});

describe('inputs that are not regular files, or too big to read, are refused at once', () => {
  const run = (args: string[], cwd: string, input?: Buffer) =>
    spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 30_000, env: { ...process.env, OTVET_LANG: 'en' }, ...(input ? { input } : {}) });
  const refused = (r: ReturnType<typeof run>, message: RegExp): void => {
    expect(r.error).toBeUndefined(); // no timeout: nothing waited for a writer or read forever
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.status).toBe(2);
  };
  it('a named pipe, /dev/zero as a template file or as the config', () => {
    const project = makeProject({ 'templates/ok.yaml': good });
    try {
      expect(spawnSync('mkfifo', [join(project.dir, 'templates/pipe.yaml')]).status).toBe(0);
      // A pattern matches regular files only; a pipe named on the command line is refused.
      expect(run(['lint'], project.dir).status).toBe(0);
      refused(run(['lint', 'templates/pipe.yaml'], project.dir), /^templates\/pipe\.yaml is not a regular file \(it is a device, a pipe or a socket\)/m);
      refused(run(['lint', '/dev/zero'], project.dir), /dev\/zero is not a regular file/);
      refused(run(['lint', '--config', '/dev/zero', 'templates/ok.yaml'], project.dir), /dev\/zero is not a regular file/);
    } finally {
      project.remove();
    }
  });
  it('a file or standard input over 16 MB', () => {
    const project = makeProject({ 'templates/ok.yaml': good });
    try {
      const big = join(project.dir, 'templates/big.yaml');
      writeFileSync(big, '');
      truncateSync(big, 17 * 1024 * 1024); // sparse: nothing is written
      refused(run(['lint', 'templates/big.yaml'], project.dir), /^templates\/big\.yaml:1:1: The file is larger than 16 MB, the most otvet reads from one file: split its templates into several files\.$/m);
      const input = Buffer.alloc(16 * 1024 * 1024 + 10, 0x20);
      refused(run(['lint', '--stdin', '--stdin-filename', 'templates/new.yaml'], project.dir, input), /^templates\/new\.yaml:1:1: The file is larger than 16 MB/m);
    } finally {
      project.remove();
    }
  });
});

describe('a working directory that no longer exists', () => {
  it('is explained in the user’s language, exit 2, no stack trace', () => {
    const project = makeProject({});
    try {
      // The shell enters the directory, which is then deleted under it; otvet starts there.
      const script = 'cd "$1" && rmdir "$1" && exec "$2" "$3" lint';
      for (const [lang, message] of [['en', /^The current directory no longer exists/], ['zh', /^当前目录已不存在/]] as const) {
        const dir = join(project.dir, `gone-${lang}`);
        mkdirSync(dir);
        const r = spawnSync('sh', ['-c', script, 'sh', dir, process.execPath, CLI], { encoding: 'utf8', env: { ...process.env, OTVET_LANG: lang } });
        expect(r.stderr).toMatch(message);
        expect(r.stderr).not.toMatch(STACK_TRACE);
        expect(r.status).toBe(2);
      }
      // The version needs no directory.
      const dir = join(project.dir, 'gone-version');
      mkdirSync(dir);
      const version = spawnSync('sh', ['-c', 'cd "$1" && rmdir "$1" && exec "$2" "$3" --version', 'sh', dir, process.execPath, CLI], { encoding: 'utf8' });
      expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
      expect(version.status).toBe(0);
    } finally {
      project.remove();
    }
  });
});

describe('input the config names otherwise, and directory loops', () => {
  const projects: { remove(): void }[] = [];
  afterAll(() => projects.forEach((p) => p.remove()));

  it('`templates: ["**/*.yaml"]` lints neither the config nor the glossary files', () => {
    const project = makeProject({
      'otvet.config.yaml': 'templates: ["**/*.yaml"]\n',
      'glossary/terms.yaml': 'terms:\n  - id: thanks\n    zh: [谢谢]\n    ru: [спасибо]\n',
      'replies/t.yaml': good,
    });
    projects.push(project);
    const result = otvet(['lint', '-f', 'json'], project.dir);
    expect((JSON.parse(result.stdout) as { files: { path: string }[] }).files.map((f) => f.path)).toEqual(['replies/t.yaml']);
    expect(result.code).toBe(0);
  });

  it('a directory symlink back up the tree is not followed: no loop, no file twice', () => {
    const project = makeProject({ 'otvet.config.yaml': 'templates: ["**/*.yaml"]\n', 'replies/t.yaml': good });
    projects.push(project);
    symlinkSync('..', join(project.dir, 'replies/up'), 'dir');
    for (const args of [['lint', '-f', 'json'], ['lint', '-f', 'json', 'replies'], ['lint', '-f', 'json', 'replies/**/*.yaml']]) {
      const result = otvet(args, project.dir);
      expect((JSON.parse(result.stdout) as { files: { path: string }[] }).files.map((f) => f.path), args.join(' ')).toEqual(['replies/t.yaml']);
      expect(result.code).toBe(0);
    }
  });

  it('init writes nothing when a file stands where it puts a directory', () => {
    const project = makeProject({ templates: 'not a directory' });
    projects.push(project);
    expect(otvet(['init'], project.dir).code).toBe(2);
    expect(existsSync(join(project.dir, 'otvet.config.yaml'))).toBe(false);
  });
});

// Node.js's recursive mkdir never returns where the file system refuses every child (/proc):
// each place otvet creates directories must end with exit 2 (or a warning) instead.
describe.skipIf(!existsSync('/proc/self'))('directories that cannot be made', () => {
  const project = makeProject({ 'otvet.config.yaml': 'pack: { name: shop, version: 1.0.0 }\n', 'templates/a.yaml': good });
  afterAll(() => project.remove());
  it('lint -o, pack --out-dir: exit 2 with one line naming the place', () => {
    const lint = spawnSync(process.execPath, [CLI, 'lint', '-o', '/proc/otvet-no/r.txt'], { cwd: project.dir, encoding: 'utf8', timeout: 20_000 });
    expect(lint.status).toBe(2);
    expect(lint.stderr).toMatch(/^Cannot write the report to \/proc\/otvet-no\/r\.txt \(ENOENT\)/);
    const pack = spawnSync(process.execPath, [CLI, 'pack', '--out-dir', '/proc/otvet-no/dist'], { cwd: project.dir, encoding: 'utf8', timeout: 20_000 });
    expect(pack.status).toBe(2);
    expect(pack.stderr).not.toMatch(STACK_TRACE);
    expect(pack.stderr).toContain('/proc/otvet-no/dist');
  });
  it('--cache-location: a warning, and the lint’s own result', () => {
    const r = spawnSync(process.execPath, [CLI, 'lint', '--cache', '--cache-location', '/proc/otvet-no/cache'], { cwd: project.dir, encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('/proc/otvet-no/cache');
  });
});

describe('a reader that stops early', () => {
  it('closes the pipe without a crash: no EPIPE, no stack trace, the exit code of the lint', () => {
    // Enough findings to fill the pipe many times over; `head -c 1` reads one byte and closes it.
    const rows = Array.from({ length: 400 }, (_, i) => `  - id: t${i}\n    text:\n      zh: 您好\n      ru: Дорогой, подождите немного~ Вы можете отменить заказ.\n`);
    const project = makeProject({ 't.yaml': `templates:\n${rows.join('')}` });
    try {
      const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" lint --format json t.yaml | head -c 1 >/dev/null`], { cwd: project.dir, encoding: 'utf8' });
      expect(result.stderr).not.toMatch(/EPIPE|STACK|Error/);
      expect(result.stderr).not.toMatch(STACK_TRACE);
      expect(result.status).toBe(1);
    } finally {
      project.remove();
    }
  });
});
