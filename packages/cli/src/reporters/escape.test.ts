/**
 * Control characters in a text, a template id or a file name reach no report raw: no ANSI or
 * OSC 8 escape reaches the terminal, no line feed starts a line GitHub Actions would run as a
 * command (`::error::`, `::add-mask::`), JUnit and HTML stay well-formed XML 1.0.
 */
import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { cli, useProjects } from '../cli.test-helper.js';
import { escapeControls, escapeJson, escapeLines } from './escape.js';

const project = useProjects('escape');

// Written as YAML escapes: ESC colour codes, an OSC 8 hyperlink, CR, LF + a workflow command,
// NUL, BEL, DEL, a C1 CSI, the right-to-left override and a line separator.
const TEXT = String.raw`Спасибо \e]8;;http://evil.example/\e\\жми\e]8;;\e\\ \e[31mкрасный\e[0m~\r\n::error file=x::pwned\n::add-mask::secret \0\a\x7f\x9b2J \u202Eтекст\u2028конец`;
const files = {
  'otvet.config.yaml': 'source: zh\ntarget: ru\nextends: recommended\n',
  'pack/a.yaml': [
    'templates:',
    '  - id: evil',
    '    text:',
    '      zh: 请稍等',
    `      ru: "${TEXT}"`,
    // An id the schema refuses: the report names it, so it is printed.
    '  - id: "bad\\e[2J\\n::error::id\\u202E"',
    '    text:',
    '      zh: 好',
    '      ru: Спасибо.',
    '',
  ].join('\n'),
  // A file name with ESC and a line feed followed by a workflow command.
  'pack/b\u001b[31m\n::warning::name.yaml': 'templates:\n  - id: "x\n',
};

/** What must never reach the output raw (line feed aside, which the report's own lines use). */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;
/** Characters XML 1.0 forbids, even as character references. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/u;

async function report(args: string[]) {
  const dir = project(files);
  return cli([...args, 'pack'], dir);
}

describe('escapeControls', () => {
  it('writes control, direction and separator characters as visible escapes and leaves other text alone', () => {
    expect(escapeControls('a\u001b[31mb\r\n::error::x\u0000\u0007\u007f\u009b\u202e\u2066\u2028\u200e\t')).toBe(
      String.raw`a\u001b[31mb\r\n::error::x\u0000\u0007\u007f\u009b\u202e\u2066\u2028\u200e\t`,
    );
    expect(escapeControls('Спасибо 😀 «заказ» №5')).toBe('Спасибо 😀 «заказ» №5');
    expect(escapeControls('a\ud800b\udc00')).toBe(String.raw`a\ud800b\udc00`);
  });

  it('makes JSON carry C1 and direction controls as escapes, with the same data', () => {
    const data = { m: 'a\u009b\u202e\u2028\u007fb' };
    const json = escapeJson(JSON.stringify(data));
    expect(json).not.toMatch(RAW);
    expect(JSON.parse(json)).toEqual(data);
  });
});

describe('reports of texts, ids and file names with control characters', () => {
  for (const format of ['stylish', 'github', 'junit', 'html']) {
    it(`--format ${format}: nothing raw, no line that is not the report's own`, async () => {
      const r = await report(['lint', '-f', format]);
      expect(r.code).toBe(1);
      expect(r.stdout).not.toMatch(RAW);
      expect(r.stderr).not.toMatch(RAW);
      expect(r.stdout).toContain(String.raw`\u001b`);
      const lines = r.stdout.split('\n');
      if (format === 'github') {
        // Every workflow command is one of the report's annotations; `%0A` never needed for a text's line feed.
        const commands = lines.filter((l) => l.startsWith('::'));
        for (const l of commands) expect(l).toMatch(/^::(error|warning|notice) file=[^,]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]*::/);
        const json = JSON.parse((await report(['lint', '-f', 'json'])).stdout) as { files: { messages: unknown[] }[] };
        expect(commands).toHaveLength(json.files.reduce((n, f) => n + f.messages.length, 0));
        expect(r.stdout).toContain(String.raw`\n::error::id\u202e`);
      } else {
        for (const l of lines) expect(l.trimStart()).not.toMatch(/^::/);
      }
      if (format === 'junit' || format === 'html') {
        expect(r.stdout).not.toMatch(NOT_XML);
        expect(XMLValidator.validate(r.stdout.replace(/^<!DOCTYPE html>\n/, ''))).toBe(true);
      }
    });
  }

  it('otvet score: the table names the file and the template escaped', async () => {
    const r = await report(['score']);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain(String.raw`pack/b\u001b[31m\n::warning::name.yaml`);
    for (const l of r.stdout.split('\n')) expect(l.trimStart()).not.toMatch(/^::/);
  });

  for (const format of ['json', 'sarif']) {
    it(`--format ${format}: JSON escapes, the same data`, async () => {
      const r = await report(['lint', '-f', format]);
      expect(r.stdout).not.toMatch(RAW);
      const text = JSON.stringify(JSON.parse(r.stdout));
      // The data is intact: the link with its ESC, the id with its line feed.
      expect(text).toContain(JSON.stringify('http://evil.example/\u001b\\жми\u001b').slice(1, -1));
      expect(text).toContain(JSON.stringify('\n::error::id\u202e').slice(1, -1));
    });
  }
});

describe('command output with control characters', () => {
  it('glossary find and check: terms, notes and problems escaped', async () => {
    const glossary = 'terms:\n  - id: tracking-number\n    zh: [物流单号]\n    ru: ["трек-номер\\e[31m"]\n    en: tracking number\n    note: "см. \\e]8;;http://evil.example/\\e\\\\сайт\\n::error::x"\n  - id: dup\n    zh: [物流单号]\n    ru: ["номер\\e[2J"]\n';
    const dir = project({ 'otvet.config.yaml': 'source: zh\ntarget: ru\n', 'glossary/terms.yaml': glossary });
    const find = await cli(['glossary', 'find', 'tracking', 'number'], dir);
    expect(find.stdout).toContain(String.raw`ru: трек-номер\u001b[31m`);
    expect(find.stdout).toContain(String.raw`note: см. \u001b]8;;http://evil.example/\u001b\сайт\n::error::x`);
    const check = await cli(['glossary', 'check'], dir);
    expect(check.code).toBe(1);
    for (const r of [find, check]) {
      expect(r.stdout).not.toMatch(RAW);
      for (const l of r.stdout.split('\n')) expect(l.trimStart()).not.toMatch(/^::/);
    }
  });

  it('verify: the pack path escaped', async () => {
    const dir = project({ 'x.txt': '' });
    const r = await cli(['verify', 'dist/p\u001b[31m\n::error::x'], dir);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(RAW);
    for (const l of `${r.stdout}${r.stderr}`.split('\n')) expect(l.trimStart()).not.toMatch(/^::/);
  });
});

describe('escapeLines', () => {
  it('keeps LF and CRLF line ends and escapes the rest', () => {
    expect(escapeLines('a\u001b\r\nb\rc\n')).toBe('a\\u001b\r\nb\\rc\n');
  });
});
