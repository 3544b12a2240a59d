import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, makeProject, otvet, STACK_TRACE } from './helpers.js';

const good = 'templates:\n  - id: thanks\n    text:\n      zh: 谢谢\n      ru: Спасибо за покупку.\n';

// Every kind of bad input: one clear message with file:line:col, never a stack trace;
// exit 2 when the input cannot be read or used, exit 1 with a finding when it can.
const cases: { name: string; files: Record<string, string | Uint8Array>; args: string[]; code: number; out: RegExp }[] = [
  { name: 'unparsable YAML', files: { 't.yaml': 'templates:\n  - id: "x\n' }, args: ['lint', 't.yaml'], code: 1, out: /t\.yaml\n\s*2:9-2:10\s+error\s+Unterminated value: Missing closing "quote\.\s+yaml-syntax/ },
  { name: 'an unquoted ": "', files: { 't.yaml': 'templates:\n  - id: x\n    text:\n      ru: Срок: 3 дня\n' }, args: ['lint', 't.yaml'], code: 1, out: /4:15-4:16\s+error\s+The text contains “: ”.*yaml-syntax/ },
  { name: 'tab indentation', files: { 't.yaml': 'templates:\n  - id: x\n    text:\n\t  ru: Да\n' }, args: ['lint', 't.yaml'], code: 1, out: /4:1-4:4\s+error\s+Tabs are not allowed as indentation in YAML; indent with spaces\.\s+yaml-syntax/ },
  { name: 'duplicate keys', files: { 't.yaml': 'templates:\n  - id: x\n    text:\n      ru: Да\n      ru: Нет\n' }, args: ['lint', 't.yaml'], code: 1, out: /5:7-5:9\s+error\s+Duplicate key “ru”.*yaml-syntax/ },
  { name: 'duplicate ids across files', files: { 'a.yaml': good, 'b.yaml': good }, args: ['lint', 'a.yaml', 'b.yaml'], code: 1, out: /b\.yaml\n\s*2:9-2:15\s+error\s+Duplicate template id “thanks”: already used at a\.yaml:2:9\.\s+schema/ },
  { name: 'unknown fields', files: { 't.yaml': good.replace('    text:', '    titel: x\n    text:') }, args: ['lint', 't.yaml'], code: 1, out: /3:5-3:10\s+error\s+Unknown field “titel” \(did you mean “title”\?\)\.\s+schema/ },
  { name: 'a missing text', files: { 't.yaml': 'templates:\n  - id: x\n    title: Без текста\n' }, args: ['lint', 't.yaml'], code: 1, out: /2:5-2:7\s+error\s+Missing required field “text”\.\s+schema/ },
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
  { name: 'an unknown option', files: { 't.yaml': good }, args: ['lint', '--frobnicate'], code: 2, out: /unknown option '--frobnicate'/ },
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
