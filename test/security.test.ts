/** The testable promises of docs/security.md: YAML is data, never code; refused input writes nothing. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, useProjects } from '../packages/cli/src/cli.test-helper.js';
import { STACK_TRACE } from './helpers.js';

const project = useProjects('security');
const CONFIG = 'source: zh\ntarget: ru\ntemplates: ["tpl/**/*.yaml"]\npack: { name: shop, version: 1.0.0 }\n';

describe('YAML is read as data', () => {
  it('a template with !!js/function is reported at the tag and its body is never run', async () => {
    // Were the tag resolved as code, running it would create `pwned`.
    const body = 'function () { require("fs").writeFileSync("pwned", "x") }';
    const dir = project({ 'otvet.config.yaml': CONFIG, 'tpl/t.yaml': `templates:\n  - id: x\n    text:\n      zh: 您好\n      ru: !!js/function '${body}'\n` });
    const out = await cli(['lint', '-f', 'json', 'tpl/t.yaml'], dir);
    const report = JSON.parse(out.stdout) as { files: { messages: { ruleId: string; line: number; column: number; message: string }[] }[] };
    const tag = report.files[0]!.messages.find((m) => m.ruleId === 'yaml-syntax');
    expect(tag).toMatchObject({ line: 5, column: 11 });
    expect(tag!.message).toContain('Unresolved tag');
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    expect(out.stderr).not.toMatch(STACK_TRACE);
  });

  it('a custom tag is reported and the value is read as the string it is written as', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG, 'tpl/t.yaml': 'templates:\n  - id: x\n    text:\n      zh: 谢谢您的订单\n      ru: !custom Спасибо за заказ.\n' });
    const lint = await cli(['lint', 'tpl/t.yaml'], dir);
    expect(lint.stdout).toMatch(/5:11-5:18\s+warning\s+YAML warning: Unresolved tag: !custom\.\s+yaml-syntax/);
    const pack = await cli(['pack'], dir);
    expect(pack.code).toBe(0);
    const published = JSON.parse(readFileSync(join(dir, 'dist/shop-1.0.0/templates.json'), 'utf8')) as { templates: { text: { ru: string } }[] };
    expect(published.templates[0]!.text.ru).toBe('Спасибо за заказ.');
  });

  it('a tagged value in the config is a wrong value (exit 2 with its position), not code', async () => {
    const dir = project({ 'otvet.config.yaml': 'source: zh\ntarget: !!js/function "function () {}"\n', 'tpl/t.yaml': 'templates: []\n' });
    const out = await cli(['lint', 'tpl/t.yaml'], dir);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^otvet\.config\.yaml:2:\d+: Invalid config: target/m);
  });

  it('a merge key is not applied: it is an unknown key of the text, and the alias it needs is refused', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG, 'tpl/t.yaml': 'templates:\n  - id: b\n    text:\n      <<: { zh: 您好 }\n      ru: Да.\n' });
    const out = await cli(['lint', 'tpl/t.yaml'], dir);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/4:7-4:9\s+error\s+Invalid value: “<<”\.\s+schema/);
    writeFileSync(join(dir, 'tpl/t.yaml'), 'templates:\n  - id: a\n    text: &t\n      zh: 您好\n      ru: Спасибо.\n  - id: b\n    text:\n      <<: *t\n      ru: Да.\n');
    const aliased = await cli(['lint', 'tpl/t.yaml'], dir);
    expect(aliased.code).toBe(1);
    expect(aliased.stdout).toMatch(/3:11-3:13\s+error\s+An anchor \(&t\)/);
    expect(aliased.stdout).toMatch(/8:11-8:13\s+error\s+An alias \(\*t\)/);
  });
});

describe('what otvet writes', () => {
  it('a pack name cannot leave the output directory: the config schema refuses it', async () => {
    const dir = project({ 'otvet.config.yaml': CONFIG.replace('name: shop', 'name: "../escape"'), 'tpl/t.yaml': 'templates:\n  - id: x\n    text:\n      zh: 谢谢\n      ru: Спасибо.\n' });
    const out = await cli(['pack'], dir);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^otvet\.config\.yaml:4:\d+: /m);
    expect(readdirSync(dir).sort()).toEqual(['otvet.config.yaml', 'tpl']);
  });

  it('--fix never writes a file it cannot read', async () => {
    const bytes = Buffer.concat([Buffer.from('templates:\n  - id: x\n    text:\n      zh: 您好\n      ru: Спасибо ，'), Buffer.from([0xff]), Buffer.from('\n')]);
    const dir = project({ 'otvet.config.yaml': CONFIG });
    mkdirSync(join(dir, 'tpl'));
    writeFileSync(join(dir, 'tpl/t.yaml'), bytes);
    const out = await cli(['lint', '--fix', 'tpl/t.yaml'], dir);
    expect(out.code).toBe(2);
    expect(Buffer.compare(readFileSync(join(dir, 'tpl/t.yaml')), bytes)).toBe(0);
  });
});
