import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { applyFixes } from './fix.js';
import { parseTemplateFile } from './load.js';

const parse = (text: string) => parseTemplateFile('a.yaml', text, false, 'ru');

describe('applyFixes', () => {
  it('hands over the document it verified, which reads as the fixed text parsed anew', () => {
    // A template with a schema error, a comment after a text, a directive and two fixed texts.
    const text = [
      'templates:',
      '  - id: a',
      '    text:',
      '      ru: Жду~ # note',
      '  - id: B',
      '    text:',
      '      ru: "Да~"',
      '  - id: c',
      '    lint:',
      '      disable: [{ rule: tone-tilde, reason: test }]',
      '    text:',
      '      zh: 好',
      '      ru: Нет',
      '',
    ].join('\n');
    const file = parse(text);
    const fixes = [...text.matchAll(/~/g)].map((m) => ({ range: [m.index, m.index + 1] as [number, number], text: '' }));
    const result = applyFixes(file, fixes);
    expect(result.applied).toHaveLength(2);
    expect(result.verified).toBeDefined();
    const { doc: _ignored, ...fromVerified } = parseTemplateFile('a.yaml', result.text, false, 'ru', result.verified!);
    const { doc: _fresh, ...fresh } = parse(result.text);
    expect(fromVerified).toEqual(fresh);
    expect(fresh.findings.map((f) => f.ruleId)).toContain('schema');
  });
  it('applies edits back to front and keeps everything else byte for byte', () => {
    const text = '# comment\r\ntemplates:\r\n  - id: t # trailing\r\n    text:\r\n      ru: Да~ и нет~\r\n';
    const at = (needle: string, from = 0): [number, number] => {
      const i = text.indexOf(needle, from);
      return [i, i + needle.length];
    };
    const first = at('~');
    const second = at('~', first[1]);
    const result = applyFixes(parse(text), [{ range: second, text: '' }, { range: first, text: '' }]);
    expect(result.text).toBe('# comment\r\ntemplates:\r\n  - id: t # trailing\r\n    text:\r\n      ru: Да и нет\r\n');
    expect(result.applied).toHaveLength(2);
    expect(result.skipped).toEqual([]);
  });
  it('skips overlapping edits', () => {
    const text = 'templates:\n  - id: t\n    text:\n      ru: Дааа\n';
    const s = text.indexOf('Дааа');
    const result = applyFixes(parse(text), [{ range: [s + 1, s + 3], text: 'а' }, { range: [s + 2, s + 4], text: 'а' }]);
    expect(result.applied).toHaveLength(1);
    expect(result.skipped).toHaveLength(1);
    expect(parseDocument(result.text).toJS().templates[0].text.ru).toMatch(/^Да+$/);
  });
  it('drops an edit that would change the YAML structure and keeps the others', () => {
    const text = 'templates:\n  - id: t\n    text:\n      ru: Внимание~ заказ~\n';
    const a = text.indexOf('~');
    const b = text.indexOf('~', a + 1);
    // Replacing the first tilde by ":" would turn the plain scalar into a mapping.
    const result = applyFixes(parse(text), [{ range: [a, a + 1], text: ':' }, { range: [b, b + 1], text: '' }]);
    expect(result.text).toBe('templates:\n  - id: t\n    text:\n      ru: Внимание~ заказ\n');
    expect(result.applied).toEqual([{ range: [b, b + 1], text: '' }]);
    expect(result.skipped).toEqual([{ range: [a, a + 1], text: ':' }]);
  });
  it('refuses to touch a file with YAML errors', () => {
    const text = 'templates:\n\t- id: t\n';
    expect(applyFixes(parse(text), [{ range: [0, 1], text: 'x' }])).toMatchObject({ text, applied: [] });
  });
  it('shifts later edits by every earlier one when taking edits one at a time (regression: a deleted "\\r")', () => {
    // The first text has an edit that fails verification, so edits are taken one
    // at a time; two adjacent deletions in the second text must both land right.
    const text = 'templates:\r\n  - id: a\r\n    text: { ru: "x~\r\n      ~\r\n\r\n      y" }\r\n  - id: b\r\n    text:\r\n      ru: "{n} ~ "\r\n';
    const good = text.indexOf('~');
    const bad = text.indexOf('~', good + 1);
    const tilde = text.lastIndexOf(' ~');
    const result = applyFixes(parse(text), [
      { range: [good, good + 1], text: '' },
      { range: [bad, bad + 1], text: '' },
      { range: [tilde, tilde + 2], text: '' },
      { range: [tilde + 2, tilde + 3], text: '' },
    ]);
    expect(result.text).toBe(text.replace('x~', 'x').replace('"{n} ~ "', '"{n}"'));
    expect(result.skipped).toEqual([{ range: [bad, bad + 1], text: '' }]);
  });
  it('refuses an edit outside every text, even one the data would not show', () => {
    const text = 'templates:\r\n  - id: a\r\n    text:\r\n      ru: Да\r\n';
    const cr = text.indexOf('\r', text.indexOf('Да'));
    const result = applyFixes(parse(text), [{ range: [cr, cr + 1], text: '' }]);
    expect(result).toMatchObject({ text, applied: [] });
  });

  describe('costs time linear in the number of edits', () => {
    // A full collection before each measured run, so that none pays for the garbage of the one
    // before (Node.js exposes `gc` to contexts created after the flag is set).
    setFlagsFromString('--expose-gc');
    const collect = runInNewContext('gc') as () => void;
    /** The least CPU time of `runs` calls, in ms: load and garbage collection only ever add to it. */
    const cpu = (run: () => void, runs = 5): number => {
      let least = Infinity;
      for (let i = 0; i < runs; i++) {
        collect();
        const start = process.cpuUsage();
        run();
        const used = process.cpuUsage(start);
        least = Math.min(least, (used.user + used.system) / 1000);
      }
      return least;
    };
    const tildes = (text: string) => [...text.matchAll(/~/g)].map((m) => ({ range: [m.index, m.index + 1] as [number, number], text: '' }));
    const shapes: Array<[string, (n: number) => string, number]> = [
      // Every text was searched for its edits among all of the file's edits.
      ['one edit in each of many templates', (n) => `templates:\n${Array.from({ length: n }, (_, i) => `  - id: t${i}\n    text:\n      ru: Да~ ${i}\n`).join('')}`, 2000],
      // Every edit cut the whole text again, and looked for its place from the start of its text.
      ['many edits in one text', (n) => `templates:\n  - id: t\n    text:\n      ru: |-\n${'        Да~\n'.repeat(n)}`, 16000],
    ];
    it.each(shapes)('%s', (_name, build, n0) => {
      const measure = (n: number): number => {
        const text = build(n);
        const file = parse(text);
        const fixes = tildes(text);
        const result = applyFixes(file, fixes);
        expect(result.applied).toHaveLength(n);
        expect(result.text).toBe(text.replaceAll('~', ''));
        return cpu(() => applyFixes(file, fixes));
      };
      const small = measure(n0);
      const large = measure(4 * n0);
      // Linear work costs 4 times as much for 4 times the edits, quadratic work 16 times (the code
      // before was ×14–15 on both shapes). At these sizes the caches and the collector make linear
      // work cost up to ×6 here, so the limit is 8.
      if (process.env.LINEARITY_REPORT) console.log(`${_name}: ${small.toFixed(1)} → ${large.toFixed(1)} ms`);
      expect(large / small).toBeLessThan(8);
    });
  });
});

