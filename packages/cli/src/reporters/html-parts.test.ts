/** The HTML report's parts: a template's lines with the findings marked, and the chart's bins. */
import { describe, expect, it } from 'vitest';
import type { TemplateScore } from '@otvet/core';
import { renderBlock, renderLine, LONG_BLOCK, type MarkSpan } from './html-source.js';
import { axisTop, binRange, bins, renderChart } from './html-chart.js';

const span = (n: number, line: number, column: number, endLine: number, endColumn: number, severity: MarkSpan['severity'] = 'error'): MarkSpan => ({ n, severity, line, column, endLine, endColumn });
const strip = (html: string): string => html.replace(/<[^>]+>/g, '');

describe('a template’s lines with its findings marked', () => {
  it('splits overlapping findings into pieces that name every finding over them, the worst severity showing', () => {
    const html = renderBlock(['ru: Подождите немного~'], 1, 1, [span(1, 1, 5, 1, 22, 'warning'), span(2, 1, 22, 1, 23)]);
    expect(html).toBe(
      '<pre class="code"><span class="ln">1</span>ru: <mark class="m-warning" tabindex="0" data-f="1">Подождите немного</mark><mark class="m-error" tabindex="0" data-f="2">~</mark></pre>',
    );
    const nested = renderLine('abcdef', [
      { n: 1, severity: 'info', from: 0, to: 6, cut: false },
      { n: 2, severity: 'error', from: 2, to: 4, cut: false },
    ]);
    expect(nested).toBe('<mark class="m-info" tabindex="0" data-f="1">ab</mark><mark class="m-error" tabindex="0" data-f="1 2">cd</mark><mark class="m-info" tabindex="0" data-f="1">ef</mark>');
  });

  it('shows an empty finding (a missing character) as a point where it is, also at the end of the line', () => {
    expect(renderLine('ab', [{ n: 1, severity: 'warning', from: 1, to: 1, cut: false }, { n: 2, severity: 'error', from: 2, to: 2, cut: false }])).toBe(
      'a<mark class="m-warning pt" tabindex="0" data-f="1"></mark>b<mark class="m-error pt" tabindex="0" data-f="2"></mark>',
    );
  });

  it('marks a finding over several lines on each of them', () => {
    const html = renderBlock(['ru: |', '  Первая строка', '  вторая'], 1, 3, [span(4, 2, 9, 3, 5)]);
    expect(html).toContain('<span class="ln">2</span>  Первая<mark class="m-error" tabindex="0" data-f="4"> строка</mark>');
    expect(html).toContain('<span class="ln">3</span><mark class="m-error" tabindex="0" data-f="4">  вт</mark>орая');
  });

  it('escapes the text and never lets it close the markup', () => {
    expect(renderLine('<b>&</b>', [{ n: 1, severity: 'error', from: 0, to: 3, cut: false }])).toBe('<mark class="m-error" tabindex="0" data-f="1">&lt;b&gt;</mark>&amp;&lt;/b&gt;');
  });

  it('shows a long template as its head and the lines around the marks, «⋯» for each gap', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`);
    const html = renderBlock(lines, 1, 100, [span(1, 70, 1, 70, 5)]);
    const shown = [...html.matchAll(/<span class="ln">(\d+)<\/span>/g)].map((m) => Number(m[1]));
    expect(shown).toEqual([1, 2, 3, 4, 5, 6, 69, 70, 71]);
    expect(html.match(/<span class="gap">⋯<\/span>/g)).toHaveLength(2);
    // A template shorter than the limit is shown whole, its trailing blank lines left out.
    const short = renderBlock([...lines.slice(0, LONG_BLOCK - 2), '', ''], 1, LONG_BLOCK, []);
    expect(short.match(/class="ln"/g)).toHaveLength(LONG_BLOCK - 2);
  });

  it('keeps a long line to the stretches around its marks, and its text intact in them', () => {
    const text = `${'а'.repeat(500)}~${'б'.repeat(500)}`;
    const html = renderLine(text, [{ n: 1, severity: 'error', from: 500, to: 501, cut: false }]);
    expect(strip(html)).toBe(`…${'а'.repeat(60)}~${'б'.repeat(60)}…`);
    // Without a mark, its beginning.
    expect(strip(renderLine(text, []))).toBe(`${'а'.repeat(240)}…`);
  });
});

const template = (errorRate: number, verdict: TemplateScore['verdict']): TemplateScore => ({ id: 'x', words: 100, penalty: errorRate * 100, errorRate, verdict, headroom: { revise: 0, reject: 0 } });

describe('the chart of templates by error rate', () => {
  const thresholds = { revise: 0.03, reject: 0.05 };

  it('counts each template in its bar: 0 %, (0, 1] … (9, 10], above; a rate on a bar’s end in that bar', () => {
    const data = bins([template(0, 'pass'), template(0.001, 'pass'), template(0.03, 'revise'), template(0.0301, 'revise'), template(0.05, 'reject'), template(0.1, 'reject'), template(0.5, 'reject'), template(1, 'unchecked')], thresholds);
    expect(data).toHaveLength(12);
    expect(data.map((b) => b.pass + b.revise + b.reject)).toEqual([1, 1, 0, 1, 1, 1, 0, 0, 0, 0, 1, 1]);
    expect(data[3]).toMatchObject({ revise: 1, pass: 0 });
    expect(data.map(binRange).slice(0, 3)).toEqual(['0 %', '0–1 %', '1–2 %']);
    expect(binRange(data[11]!)).toBe('> 10 %');
  });

  it('reaches twice the reject threshold when that is above 10 %, and draws both thresholds where they fall', () => {
    expect(axisTop(thresholds)).toBe(10);
    expect(axisTop({ revise: 0.1, reject: 0.2 })).toBe(40);
    const svg = renderChart([template(0.02, 'pass')], { revise: 0.1, reject: 0.2 }, 'zh');
    expect(svg.match(/<g class="bar"/g)).toHaveLength(12);
    expect(svg).toContain('<g class="threshold t-revise" data-rate="10">');
    expect(svg).toContain('<g class="threshold t-reject" data-rate="20">');
    expect(svg).toContain('<title>1 个模板：0–4 %</title>');
  });

  it('cuts a 0 % bar that would flatten the others, and says its count', () => {
    const many = [...Array.from({ length: 1000 }, () => template(0, 'pass')), template(0.02, 'pass'), template(0.02, 'pass'), template(0.07, 'reject')];
    const svg = renderChart(many, thresholds, 'en');
    const heights = [...svg.matchAll(/<g class="bar" data-bin="(\d+)" data-count="(\d+)">.*?<\/g>/gu)].map((m) => ({ bin: m[1], count: Number(m[2]), h: Number(/height="([\d.]+)"/u.exec(m[0])?.[1] ?? 0) }));
    const zero = heights[0]!;
    const two = heights.find((b) => b.bin === '2')!;
    expect(zero.count).toBe(1000);
    expect(zero.h / two.h).toBeCloseTo(1.3, 1);
    expect(svg).toContain('>1000</text>');
  });
});
