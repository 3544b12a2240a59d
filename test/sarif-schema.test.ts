/**
 * `--format sarif` of the built CLI against the official SARIF 2.1.0 schema, in a git work tree:
 * the rules' names and help (a built-in rule's README, a plugin rule's description and page),
 * and the invocation (exit code, success, start and end; SOURCE_DATE_EPOCH pins the times).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProject, otvet, ROOT, type Project } from './helpers.js';

const SCHEMA = join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

interface SarifRule {
  id: string;
  name?: string;
  shortDescription?: { text: string };
  fullDescription?: { text: string };
  help?: { text: string; markdown?: string };
  helpUri?: string;
}
interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: SarifRule[] } };
    invocations?: { executionSuccessful: boolean; exitCode?: number; startTimeUtc?: string; endTimeUtc?: string }[];
    results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[];
  }[];
}

/**
 * The schema's validator. The schema uses the formats `date-time`, `uri` and `uri-reference`;
 * they are checked here without ajv-formats (not installed) and without the network.
 */
function sarifValidator() {
  // `unicodeRegExp: false`: the schema's pattern of `language` has a stray `]`, a syntax error
  // with the `u` flag that Ajv adds by default (without it, the `]` is a literal).
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  // RFC 3339 date-time, as JSON Schema's `date-time` format.
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/);
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s));
  // A relative reference: no spaces or other characters a URI cannot hold unescaped.
  ajv.addFormat('uri-reference', (s: string) => !/[\s<>"{}|\\^`]/u.test(s) && URL.canParse(s, 'file:///base/'));
  return ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
}
const validate = sarifValidator();

/** The schema's errors for a log (empty when it is valid), readable in a failed assertion. */
const schemaErrors = (log: unknown): string[] => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));

const tmpl = (...entries: [id: string, ru: string][]): string =>
  `templates:\n${entries.map(([id, ru]) => `  - id: ${id}\n    text:\n      zh: 您好\n      ru: ${ru}\n`).join('')}`;

/** A plain ES module plugin «acme» (no import of otvet): one rule with a page of its own. */
const ACME = `const text = (en, zh, ru) => ({ en, zh, ru });
export default {
  name: 'acme',
  version: '1.0.0',
  rules: [
    {
      meta: {
        id: 'acme/store-word',
        category: 'policy',
        description: text('Call the shop a salon.', '把商店称为沙龙。', 'Называйте магазин салоном.'),
        fixable: false,
        recommended: 'warning',
        scope: 'target',
        url: 'https://example.com/acme',
        defaults: {},
        messages: { word: text('Write “салон”, not “магазин”.', '请写“салон”，不要写“магазин”。', 'Пишите «салон», а не «магазин».') },
      },
      check(context) {
        const value = context.target.value;
        for (let at = value.indexOf('магазин'); at !== -1; at = value.indexOf('магазин', at + 1)) {
          context.report({ messageId: 'word', start: at, end: at + 'магазин'.length });
        }
      },
    },
  ],
};
`;

const CONFIG = 'source: zh\ntarget: ru\nextends: recommended\nplugins:\n  - ./rules/acme.mjs\n';

// A git work tree with the faulty project in a subdirectory, and a clean project beside it.
let repo: Project;
beforeAll(() => {
  repo = makeProject({
    'shop/otvet.config.yaml': CONFIG,
    'shop/rules/acme.mjs': ACME,
    // A tilde at the end of a sentence (tone-tilde, an error), and the plugin's word (a warning).
    'shop/templates/replies.yaml': tmpl(['late', 'Посылка уже в пути~ Ожидайте курьера завтра.'], ['hours', 'Наш магазин работает без выходных.']),
    'clean/otvet.config.yaml': CONFIG,
    'clean/rules/acme.mjs': ACME,
    'clean/templates/replies.yaml': tmpl(['thanks', 'Спасибо за покупку.']),
  });
  expect(spawnSync('git', ['init', '-q'], { cwd: repo.dir }).status).toBe(0);
});
afterAll(() => repo.remove());

const sarif = (project: 'shop' | 'clean', env: Record<string, string> = {}) => {
  const r = otvet(['lint', '-f', 'sarif'], join(repo.dir, project), env);
  expect(r.stderr).toBe('');
  return { ...r, log: JSON.parse(r.stdout) as SarifLog };
};

/** The first heading of a built-in rule's README. */
const readmeHeading = (id: string): string => {
  const heading = /^# .+$/m.exec(readFileSync(join(ROOT, 'packages/rules/src', id, 'README.md'), 'utf8'))?.[0];
  expect(heading, id).toBeDefined();
  return heading!;
};

describe('--format sarif against the SARIF 2.1.0 schema', () => {
  it('the validator rejects what the schema forbids, formats included', () => {
    const { log } = sarif('shop');
    expect(schemaErrors(log)).toEqual([]);
    const broken = (change: (l: SarifLog & Record<string, unknown>) => void): string[] => {
      const copy = structuredClone(log) as SarifLog & Record<string, unknown>;
      change(copy);
      return schemaErrors(copy);
    };
    expect(broken((l) => (l.version = '2.0.0'))).not.toEqual([]);
    expect(broken((l) => (l.runs[0]!.invocations![0]!.startTimeUtc = 'yesterday'))).not.toEqual([]);
    expect(broken((l) => (l.runs[0]!.tool.driver.rules[0]!.helpUri = 'not a uri'))).not.toEqual([]);
    expect(broken((l) => (l.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'my templates/a.yaml'))).not.toEqual([]);
    expect(broken((l) => ((l.runs[0]!.tool.driver.rules[0]! as unknown as Record<string, unknown>).helpText = 'x'))).not.toEqual([]);
  });

  it('a faulty project: valid, each rule with a name and help, the invocation with exit code 1 and its times', () => {
    const before = Date.now();
    const { code, log } = sarif('shop');
    const after = Date.now();
    expect(code).toBe(1);
    expect(schemaErrors(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    // Paths from the repository's root.
    expect(run!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('shop/templates/replies.yaml');
    const rules = run!.tool.driver.rules;
    const ids = rules.map((r) => r.id);
    expect(ids).toContain('tone-tilde');
    expect(ids).toContain('acme/store-word');
    for (const rule of rules) {
      expect(rule.name, rule.id).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(rule.help?.text, rule.id).toBeTruthy();
      expect(rule.help?.markdown, rule.id).toBeTruthy();
      expect(rule.fullDescription?.text, rule.id).toBe(rule.shortDescription?.text);
    }
    // otvet's own rules: the help is the README; no page of their own.
    for (const rule of rules.filter((r) => !r.id.includes('/'))) {
      expect(rule.help!.markdown, rule.id).toContain(readmeHeading(rule.id));
      expect(rule, rule.id).not.toHaveProperty('helpUri');
      // No links into otvet's repository, which a code-scanning page cannot follow.
      expect(rule.help!.markdown, rule.id).not.toMatch(/\]\((?![a-z][a-z0-9+.-]*:|#)/i);
    }
    const tilde = rules.find((r) => r.id === 'tone-tilde')!;
    expect(tilde.name).toBe('ToneTilde');
    expect(tilde.help!.markdown!.startsWith('# tone-tilde\n')).toBe(true);
    expect(tilde.help!.text).toBe(tilde.shortDescription!.text);
    // The plugin's rule: its description and page.
    const acme = rules.find((r) => r.id === 'acme/store-word')!;
    expect(acme.name).toBe('AcmeStoreWord');
    expect(acme.helpUri).toBe('https://example.com/acme');
    expect(acme.help!.text).toBe('Call the shop a salon.');
    expect(acme.help!.markdown).toContain('Call the shop a salon.');
    expect(acme.help!.markdown).toContain('https://example.com/acme');

    expect(run!.invocations).toHaveLength(1);
    const invocation = run!.invocations![0]!;
    expect(invocation).toMatchObject({ exitCode: 1, executionSuccessful: true });
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
    expect(invocation.startTimeUtc).toMatch(iso);
    expect(invocation.endTimeUtc).toMatch(iso);
    const start = Date.parse(invocation.startTimeUtc!);
    const end = Date.parse(invocation.endTimeUtc!);
    expect(end).toBeGreaterThanOrEqual(start);
    // The times of this run (the process started after `before`, ended before `after`).
    expect(start).toBeGreaterThanOrEqual(before - 1000);
    expect(end).toBeLessThanOrEqual(after + 1000);
  });

  it('the rules’ help follows --lang', () => {
    const r = otvet(['lint', '-f', 'sarif', '--lang', 'ru'], join(repo.dir, 'shop'));
    const log = JSON.parse(r.stdout) as SarifLog;
    expect(schemaErrors(log)).toEqual([]);
    const acme = log.runs[0]!.tool.driver.rules.find((x) => x.id === 'acme/store-word')!;
    expect(acme.help).toEqual({ text: 'Называйте магазин салоном.', markdown: 'Называйте магазин салоном.\n\nhttps://example.com/acme' });
  });

  it('with SOURCE_DATE_EPOCH: the same bytes on every run, both times that instant', () => {
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const a = sarif('shop', env);
    const b = sarif('shop', env);
    expect(a.code).toBe(1);
    expect(b.stdout).toBe(a.stdout);
    expect(schemaErrors(a.log)).toEqual([]);
    expect(a.log.runs[0]!.invocations![0]).toEqual({ executionSuccessful: true, exitCode: 1, startTimeUtc: '2023-11-14T22:13:20.000Z', endTimeUtc: '2023-11-14T22:13:20.000Z' });
  });

  it('a clean project: valid, exit code 0', () => {
    const { code, log } = sarif('clean');
    expect(code).toBe(0);
    expect(schemaErrors(log)).toEqual([]);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.invocations![0]).toMatchObject({ executionSuccessful: true, exitCode: 0 });
  });
});
