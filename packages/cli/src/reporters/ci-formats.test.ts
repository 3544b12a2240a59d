/** `--format sarif | github | junit`: the CI formats carry every message the JSON report does, escaped. */
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { cli, useProjects } from '../cli.test-helper.js';

const project = useProjects('ci-formats');

// An error (tilde), warnings (a calque), HTML that the chat shows literally (an entity, to escape
// in XML), a template with an error rate over the reject threshold, and a file YAML cannot parse;
// paths with a space and a comma.
const files = {
  'otvet.config.yaml': 'source: zh\ntarget: ru\nextends: recommended\n',
  'my templates/a b.yaml': [
    'templates:',
    '  - id: late',
    '    text:',
    '      zh: 请稍等',
    '      ru: Подождите немного~ Спасибо за вашу поддержку!',
    '  - id: html',
    '    text:',
    '      zh: 版权',
    '      ru: "&copy; Магазин <b>Ромашка</b>: 100% качество, 50 % скидка."',
    '  - id: fine',
    '    text:',
    '      zh: 谢谢',
    '      ru: Спасибо за покупку.',
    '',
  ].join('\n'),
  'my templates/broken,1.yaml': 'templates:\n  - id: "x\n',
};

interface JsonReport {
  files: { path: string; messages: { ruleId: string; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number; templateId?: string }[] }[];
}

async function lint(format: string) {
  const dir = project(files);
  const json = await cli(['lint', '-f', 'json', 'my templates'], dir);
  const out = await cli(['lint', '-f', format, 'my templates'], dir);
  return { json, out, report: JSON.parse(json.stdout) as JsonReport, dir };
}

const allMessages = (report: JsonReport) => report.files.flatMap((f) => f.messages.map((m) => ({ ...m, path: f.path })));

describe('--format github', () => {
  it('writes one annotation per message, escaped, then the verdict', async () => {
    const { json, out, report } = await lint('github');
    expect(out.code).toBe(json.code);
    expect(out.code).toBe(1);
    const lines = out.stdout.trimEnd().split('\n');
    const annotations = lines.filter((l) => l.startsWith('::'));
    const messages = allMessages(report);
    expect(messages.length).toBeGreaterThan(4);
    expect(annotations).toHaveLength(messages.length);
    const re = /^::(error|warning|notice) file=([^,:]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^,:]+)::(.+)$/;
    const unescape = (s: string) => s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
    annotations.forEach((line, i) => {
      const m = re.exec(line);
      expect(m, line).not.toBeNull();
      const expected = messages[i]!;
      const level = { error: 'error', warning: 'warning', info: 'notice' }[expected.severity];
      expect([m![1], unescape(m![2]!), Number(m![3]), Number(m![4]), Number(m![5]), Number(m![6])]).toEqual([level, expected.path, expected.line, expected.column, expected.endLine, expected.endColumn]);
      expect(unescape(m![7]!)).toBe(expected.templateId ? `${expected.ruleId} (${expected.templateId})` : expected.ruleId);
      expect(unescape(m![8]!)).toBe(expected.message);
    });
    // The comma of the file name and the per cent signs of a message are escaped.
    expect(out.stdout).toContain('file=my templates/broken%2C1.yaml');
    // The YAML-broken file was not checked: that is the pack's verdict, and it is named last.
    expect(lines.at(-3)).toMatch(/^Error rate .* — not checked/);
    // The worst first: «html» has the higher rate.
    expect(lines.at(-2)).toMatch(/^2 templates over the thresholds: html .* \(reject\), late .* \(reject\)\.$/);
    expect(lines.at(-1)).toMatch(/^Not checked, so left out of the error rate: .*broken,1\.yaml\.$/);
  });
});

describe('--format sarif', () => {
  it('is SARIF 2.1.0 with a result per message and the rules that reported', async () => {
    const { json, out, report } = await lint('sarif');
    expect(out.code).toBe(json.code);
    const sarif = JSON.parse(out.stdout) as {
      version: string;
      $schema: string;
      runs: {
        tool: { driver: { name: string; rules: { id: string; shortDescription?: { text: string }; defaultConfiguration?: { level: string } }[] } };
        columnKind: string;
        results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[]; properties?: { templateId?: string } }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    const [run] = sarif.runs;
    expect(run!.tool.driver.name).toBe('otvet');
    expect(run!.columnKind).toBe('utf16CodeUnits');
    const messages = allMessages(report);
    expect(run!.results).toHaveLength(messages.length);
    const rules = run!.tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([...new Set(messages.map((m) => m.ruleId))].sort());
    expect(rules.find((r) => r.id === 'tone-tilde')).toMatchObject({ shortDescription: { text: expect.stringContaining('~') }, defaultConfiguration: { level: 'error' } });
    run!.results.forEach((r, i) => {
      const m = messages[i]!;
      expect(rules[r.ruleIndex]!.id).toBe(r.ruleId);
      expect(r.ruleId).toBe(m.ruleId);
      expect(r.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[m.severity]);
      expect(r.message.text).toBe(m.message);
      expect(r.locations[0]!.physicalLocation.region).toEqual({ startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn });
      expect(decodeURIComponent(r.locations[0]!.physicalLocation.artifactLocation.uri)).toBe(m.path);
      expect(r.properties?.templateId).toBe(m.templateId);
    });
    expect(run!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^my%20templates\//);
  });

  it('is the same on every run with SOURCE_DATE_EPOCH (the invocation’s times are that instant)', async () => {
    const { dir } = await lint('sarif');
    const a = await cli(['lint', '-f', 'sarif', 'my templates'], dir, { SOURCE_DATE_EPOCH: '1700000000' });
    const b = await cli(['lint', '-f', 'sarif', 'my templates'], dir, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('"startTimeUtc": "2023-11-14T22:13:20.000Z"');
  });
});

describe('--format junit', () => {
  it('is well-formed JUnit XML: a suite per file, a case per template, failures for errors and rejected templates', async () => {
    const { json, out, report } = await lint('junit');
    expect(out.code).toBe(json.code);
    expect(XMLValidator.validate(out.stdout)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(out.stdout) as {
      testsuites: { '@_tests': string; '@_failures': string; testsuite: { '@_name': string; '@_tests': string; '@_failures': string; testcase: { '@_name': string; failure?: { '#text': string; '@_type': string }; 'system-out'?: string }[] }[] };
    };
    const suites = parsed.testsuites.testsuite;
    expect(suites.map((s) => s['@_name'])).toEqual(report.files.map((f) => f.path));
    const broken = suites.find((s) => s['@_name'].endsWith('broken,1.yaml'))!;
    expect(broken.testcase.map((c) => c['@_name'])).toEqual(['(file)']);
    expect(broken.testcase[0]!.failure!['#text']).toContain('yaml-syntax');
    const main = suites.find((s) => s['@_name'].endsWith('a b.yaml'))!;
    expect(main.testcase.map((c) => c['@_name'])).toEqual(['late', 'html', 'fine']);
    const [late, html, fine] = main.testcase;
    expect(late!.failure!['#text']).toContain('tone-tilde');
    expect(late!['system-out']).toContain('tone-calque');
    expect(fine!.failure).toBeUndefined();
    // Entities and markup in messages survive the round trip through XML.
    const markup = allMessages(report).find((m) => m.templateId === 'html' && m.ruleId === 'format-markup')!;
    expect(`${html!.failure?.['#text'] ?? ''}\n${html!['system-out'] ?? ''}`).toContain(markup.message);
    const total = suites.reduce((n, s) => n + Number(s['@_tests']), 0);
    expect(Number(parsed.testsuites['@_tests'])).toBe(total);
    expect(Number(parsed.testsuites['@_failures'])).toBe(suites.reduce((n, s) => n + Number(s['@_failures']), 0));
  });
});

describe('--fix-dry-run with a machine-readable format', () => {
  it('prints the diff to stderr and only the report to stdout', async () => {
    const dir = project(files);
    for (const format of ['json', 'sarif', 'junit']) {
      const r = await cli(['lint', '--fix-dry-run', '-f', format, 'my templates'], dir);
      expect(r.stderr).toContain('+++ b/my templates/a b.yaml');
      expect(r.stdout).not.toContain('+++');
      if (format === 'junit') expect(XMLValidator.validate(r.stdout)).toBe(true);
      else expect(() => JSON.parse(r.stdout)).not.toThrow();
    }
  });
});

describe('--format html', () => {
  it('is one self-contained, well-formed page with every message once, each template’s text once with the stretches marked', async () => {
    const { json, out, report } = await lint('html');
    expect(out.code).toBe(json.code);
    const html = out.stdout;
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    // Self-contained: no external script, style sheet, image or font; the page opens anywhere, offline.
    expect(html).not.toMatch(/<link|\ssrc=|url\(|@import/i);
    expect(html.match(/<script>/g)).toHaveLength(2);
    const body = html.replace(/^<!DOCTYPE html>\n/, '');
    expect(XMLValidator.validate(body)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, preserveOrder: false, isArray: () => true, stopNodes: ['*.style', '*.script'] }).parse(body) as Record<string, unknown>;
    expect(parsed).toHaveProperty('html');
    // Every message is on the page once, escaped and then decoded back by the parser.
    const decoded = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    const messages = allMessages(report);
    const cells = [...body.matchAll(/<td class="msg">(.*?)<\/td>/gu)].map((m) => decoded(m[1]!.replace(/<span class="note">.*$/u, '')));
    expect(cells.sort()).toEqual(messages.map((m) => m.message).sort());
    // The line of «Подождите немного~» is shown once, its three findings marked in it, the tilde an error.
    expect(body.match(/ru: <mark[^>]*>Подождите немного/gu)).toHaveLength(1);
    expect(body).toMatch(/Подождите немного<\/mark><mark class="m-error" tabindex="0" data-f="\d">~<\/mark> <mark/u);
    // What to write instead: the fix from → to, the rule's suggestions as code.
    expect(body).toContain('<td class="instead"><del>~</del> → <code>.</code>');
    expect(body).toContain('<td class="instead"><del>&amp;copy;</del> → <code>©</code>');
    // Markup in a text is shown as text, never interpreted.
    expect(body).toContain('Магазин <mark class="m-error" tabindex="0" data-f="2">&lt;b&gt;</mark>Ромашка');
    // Each rule links to its explanation at the end of the page.
    for (const id of new Set(messages.map((m) => m.ruleId))) {
      expect(body).toContain(`<a href="#rule-${id}">${id}</a>`);
      expect(body).toContain(`<dt id="rule-${id}">`);
    }
    expect(body).toMatch(/<a class="tid" href="#f\d+-t\d+">late<\/a>/u);
    expect(body).toMatch(/<summary>Clean \(1\):<\/summary><p>fine<\/p>/u);
    expect(body).toContain('<h3>The file itself</h3>');
  });

  it('speaks the chosen language, and is the same on every run', async () => {
    const { dir } = await lint('html');
    const a = await cli(['lint', '-f', 'html', '--lang', 'zh', 'my templates'], dir);
    const b = await cli(['lint', '-f', 'html', '--lang', 'zh', 'my templates'], dir);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('<html lang="zh-CN">');
    expect(a.stdout).toContain('<h1>otvet：模板检查报告</h1>');
    expect(a.stdout).toContain('<option value="">全部结论</option>');
    const ru = await cli(['lint', '-f', 'html', '--lang', 'ru', 'my templates'], dir);
    expect(ru.stdout).toContain('<h1>otvet: проверка шаблонов</h1>');
  });
});
