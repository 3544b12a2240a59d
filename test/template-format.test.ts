/**
 * docs/template-format.md documents the template and config formats. Its examples are real
 * files: every ```yaml block names its file on its first line (`# templates/a.yaml`), parses
 * and validates against that file's schema; blocks marked `clean` lint without a single
 * message (alone, or with the other blocks of the same `project=NAME`, ```text blocks
 * included). Its tables of keys and rule options say exactly what the schemas hold.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { defaultConfig } from '../packages/core/src/index.js';
import { catalog } from '../packages/rules/src/index.js';
import { makeProject, otvet, ROOT, type Project } from './helpers.js';

const DOC = 'docs/template-format.md';
const markdown = readFileSync(join(ROOT, DOC), 'utf8');

interface Block {
  lang: string;
  flags: string[];
  project?: string;
  /** The file the block is, from its first line. */
  path?: string;
  body: string;
  /** 1-based line of the opening fence. */
  line: number;
}

function fencedBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]!);
    const words = open[2]!.split(/\s+/).filter(Boolean);
    const project = words.find((w) => w.startsWith('project='))?.slice('project='.length);
    const path = /^# (\S+)/.exec(body[0] ?? '')?.[1];
    out.push({ lang: open[1]!, flags: words.filter((w) => !w.startsWith('project=')), ...(project ? { project } : {}), ...(path ? { path } : {}), body: body.join('\n') + '\n', line: start + 1 });
  }
  return out;
}

/** The rows of the table whose header row is exactly `header`, as cells. */
function table(header: string): string[][] {
  const lines = markdown.split('\n');
  const at = lines.indexOf(header);
  expect(at, `a table headed ${header}`).toBeGreaterThan(-1);
  const rows: string[][] = [];
  for (let i = at + 2; i < lines.length && lines[i]!.startsWith('|'); i++) {
    rows.push(lines[i]!.slice(1, -1).split(' | ').map((c) => c.trim()));
  }
  return rows;
}

/** The first `code` span of a cell. */
const code = (cell: string): string => /`([^`]+)`/.exec(cell)?.[1] ?? cell;

const schemas = {
  templates: JSON.parse(readFileSync(join(ROOT, 'packages/core/schema/templates.schema.json'), 'utf8')) as Record<string, unknown>,
  config: JSON.parse(readFileSync(join(ROOT, 'packages/rules/schema/otvet.config.schema.json'), 'utf8')) as Record<string, unknown>,
  glossary: JSON.parse(readFileSync(join(ROOT, 'packages/glossary/schema/glossary.schema.json'), 'utf8')) as Record<string, unknown>,
  phrasebook: JSON.parse(readFileSync(join(ROOT, 'packages/rules/schema/phrasebook.schema.json'), 'utf8')) as Record<string, unknown>,
};

function schemaFor(path: string): keyof typeof schemas {
  if (path === 'otvet.config.yaml') return 'config';
  if (path.startsWith('glossary/')) return 'glossary';
  if (path.startsWith('phrasebooks/')) return 'phrasebook';
  return 'templates';
}

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  definitions?: Record<string, JsonSchema>;
  anyOf?: JsonSchema[];
  items?: JsonSchema | JsonSchema[];
}

const blocks = fencedBlocks(markdown);
const yamlBlocks = blocks.filter((b) => b.lang === 'yaml');

describe(DOC, () => {
  it('has YAML examples, clean ones among them, and a whole project', () => {
    expect(yamlBlocks.length).toBeGreaterThan(5);
    expect(yamlBlocks.filter((b) => b.flags.includes('clean')).length).toBeGreaterThan(3);
    expect(yamlBlocks.some((b) => b.project && b.path === 'otvet.config.yaml')).toBe(true);
  });

  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const block of yamlBlocks) {
    it(`the YAML block at line ${block.line} (${block.path ?? 'unnamed'}) parses and validates against its schema`, () => {
      expect(block.path, 'the first line names the file: # path/to/file.yaml').toBeDefined();
      const doc = parseDocument(block.body, { uniqueKeys: true, prettyErrors: false });
      expect([...doc.errors, ...doc.warnings].map((e) => e.message)).toEqual([]);
      const validate = ajv.compile(schemas[schemaFor(block.path!)]);
      validate(doc.toJS());
      expect(validate.errors ?? []).toEqual([]);
    });
  }

  // Clean blocks: each alone, or with the other files of its project.
  const groups = new Map<string, Block[]>();
  for (const block of blocks) {
    if (block.project) groups.set(block.project, [...(groups.get(block.project) ?? []), block]);
    else if (block.lang === 'yaml' && block.flags.includes('clean')) groups.set(`line ${block.line}`, [block]);
  }
  const projects: Project[] = [];
  afterAll(() => {
    for (const p of projects) p.remove();
  });
  for (const [name, group] of groups) {
    it(`the clean example ${name} lints without a message`, () => {
      expect(group.every((b) => b.path !== undefined), 'every file of a project names its path').toBe(true);
      expect(group.filter((b) => b.lang === 'yaml').every((b) => b.flags.includes('clean'))).toBe(true);
      const project = makeProject(Object.fromEntries(group.map((b) => [b.path!, b.body])));
      projects.push(project);
      const hasConfig = group.some((b) => b.path === 'otvet.config.yaml');
      const templates = group.filter((b) => b.lang === 'yaml' && schemaFor(b.path!) === 'templates').map((b) => b.path!);
      const result = otvet(['lint', '--format', 'json', ...(hasConfig ? [] : templates)], project.dir);
      expect(result.stderr).toBe('');
      const report = JSON.parse(result.stdout) as { files: { path: string; messages: { line: number; column: number; ruleId: string; message: string }[] }[] };
      const messages = report.files.flatMap((f) => f.messages.map((m) => `${f.path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`));
      expect(messages).toEqual([]);
      expect(report.files.map((f) => f.path).sort()).toEqual([...templates].sort());
      expect(result.code).toBe(0);
    });
  }

  it('lists every key of a template, as the schema does', () => {
    const template = (schemas.templates as JsonSchema).definitions!.template!;
    expect(table('| key | required | value |').map((row) => code(row[0]!))).toEqual(Object.keys(template.properties!));
  });

  it('lists every key of a placeholder declaration, as the schema does', () => {
    const placeholder = (schemas.templates as JsonSchema).definitions!.placeholder!;
    expect(table('| key | value |').map((row) => code(row[0]!))).toEqual(Object.keys(placeholder.properties!));
  });

  it('lists every config key with its real default', () => {
    const rows = table('| key | default | value |');
    expect(rows.map((row) => code(row[0]!))).toEqual(Object.keys((schemas.config as JsonSchema).properties!));
    const defaults = defaultConfig() as unknown as Record<string, unknown>;
    for (const [key, given] of rows) {
      const actual = defaults[code(key!)];
      if (given === '—' || given === 'none') expect([undefined, '{}', '[]']).toContain(actual === undefined ? undefined : JSON.stringify(actual));
      else expect(parse(code(given!)), `default of ${key}`).toEqual(actual);
    }
  });

  it('lists every rule option with its real default', () => {
    const rules = (schemas.config as JsonSchema).properties!.rules!.properties!;
    const inSchema: string[] = [];
    for (const [id, setting] of Object.entries(rules)) {
      const options = (setting.anyOf?.[1]?.items as JsonSchema[] | undefined)?.[1]?.properties ?? {};
      for (const option of Object.keys(options)) inSchema.push(`${id}.${option}`);
    }
    const rows = table('| rule | option | default | value |');
    expect(rows.map((row) => `${code(row[0]!)}.${code(row[1]!)}`).sort()).toEqual(inSchema.sort());
    for (const [rule, option, given] of rows) {
      const defaults = catalog.rules.get(code(rule!))!.meta.defaults as Record<string, unknown>;
      expect(parse(code(given!)), `default of ${code(rule!)}.${code(option!)}`).toEqual(defaults[code(option!)]);
    }
  });
});
