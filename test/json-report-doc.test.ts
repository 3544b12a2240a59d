/**
 * docs/json-report.md against the schema and the built CLI: its example is a valid report, is what
 * otvet really prints for the example's files, and every field of the schema is documented.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProject, otvet, ROOT } from './helpers.js';

const doc = readFileSync(join(ROOT, 'docs/json-report.md'), 'utf8');
const schema = JSON.parse(readFileSync(join(ROOT, 'packages/cli/schema/report.schema.json'), 'utf8')) as Record<string, unknown>;

/** The doc's template files: ```yaml blocks whose first line is `# <path>`. */
const files = Object.fromEntries([...doc.matchAll(/```yaml\n# (\S+)\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!]));
const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];

/** Every property name the schema defines, at any depth. */
function propertyNames(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => propertyNames(n, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'properties' && value && typeof value === 'object') for (const name of Object.keys(value)) out.add(name);
      propertyNames(value, out);
    }
  }
  return out;
}

/** The report without the `message` texts (wording is the rules' own and may change). */
const withoutMessages = (report: unknown): unknown => JSON.parse(JSON.stringify(report, (key, value: unknown) => (key === 'message' ? '…' : value)));

describe('docs/json-report.md', () => {
  const project = makeProject();
  afterAll(() => project.remove());

  it('has an example that validates against the schema', () => {
    expect(example).toBeDefined();
    const report: unknown = JSON.parse(example!);
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    // It shows the verdicts and the file flag a consumer must handle.
    expect(example).toContain('"verdict": "unchecked"');
    expect(example).toContain('"checked": false');
  });
  it('shows what otvet prints for the example’s files', () => {
    expect(Object.keys(files)).toEqual(['templates/a.yaml', 'templates/b.yaml']);
    project.write('otvet.config.yaml', 'source: zh\ntarget: ru\n');
    for (const [path, text] of Object.entries(files)) project.write(path, text);
    const result = otvet(['lint', '--format', 'json'], project.dir);
    expect(result.code).toBe(1);
    expect(withoutMessages(JSON.parse(result.stdout))).toEqual(withoutMessages(JSON.parse(example!)));
  });
  it('documents every field and every verdict of the schema', () => {
    for (const name of propertyNames(schema)) expect(doc, name).toContain(`\`${name}\``);
    const verdicts = (schema.definitions as { verdict: { enum: string[] } }).verdict.enum;
    for (const v of verdicts) expect(doc, v).toMatch(new RegExp(`^\\| \`${v}\` \\|`, 'm'));
    expect(doc).toContain('(../packages/cli/schema/report.schema.json)');
  });
});
