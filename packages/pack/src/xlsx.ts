/**
 * templates.xlsx (`otvet pack --xlsx`): the pack's templates as one sheet for a review in Excel or
 * WPS, a row per template (sorted by id) with its verdict and error rate; the header in the run's
 * language, frozen, texts wrapped. Every text is a text cell, never a formula, so unlike
 * templates.csv nothing needs neutralising: the cells hold the texts exactly. Written through
 * `@otvet/core/xlsx` (write-excel-file), which the CLI loads only for `--xlsx`; deterministic
 * like the rest of the pack (the zip's timestamps come from SOURCE_DATE_EPOCH, else 1980-01-01).
 */
import { localize, type Lang, type Verdict } from '@otvet/core';
import { writeXlsx, type SheetCell } from '@otvet/core/xlsx';
import { zipDate } from './build.js';
import { xlsxLabels } from './messages.js';
import type { PackTemplate } from './model.js';

export interface TemplatesXlsxOptions {
  source: string;
  target: string;
  /** The language of the sheet's name, its header and the verdicts. */
  lang: Lang;
  /** A verdict as the user reads it (`pass` → «принят»). */
  verdictLabel: (verdict: Verdict) => string;
  /** A template's file as shown (relative to the project, so that the sheet is the same from any working directory). */
  file: (template: PackTemplate) => string;
  /** Seconds since the epoch (SOURCE_DATE_EPOCH): the zip's timestamps. */
  sourceDateEpoch?: number;
}

/** Column widths, in characters: id, title, tags, source, target, example, verdict, rate, length, file. */
const WIDTHS = [24, 28, 16, 40, 50, 50, 12, 11, 10, 30];

/** The sheet's cells: header, then a row per template in the given order. */
export function templatesSheet(templates: readonly PackTemplate[], options: Omit<TemplatesXlsxOptions, 'sourceDateEpoch'>): { name: string; header: string[]; rows: SheetCell[][]; widths: number[] } {
  const label = (id: keyof typeof xlsxLabels, locale = ''): string => localize(xlsxLabels[id], options.lang, { locale });
  const header = [
    label('id'), label('title'), label('tags'), label('source', options.source), label('target', options.target), label('example', options.target),
    label('verdict'), label('rate'), label('length'), label('file'),
  ];
  const rows = templates.map((t): SheetCell[] => [
    t.id,
    t.title ?? '',
    (t.tags ?? []).join(', '),
    t.text[options.source] ?? '',
    t.text[options.target] ?? '',
    t.example,
    t.score ? options.verdictLabel(t.score.verdict) : '',
    t.score ? { value: t.score.errorRate, format: '0.0%' } : '',
    { value: t.length, format: '0' },
    options.file(t),
  ]);
  return { name: label('sheet'), header, rows, widths: WIDTHS };
}

/** templates.xlsx, byte for byte. */
export function templatesXlsx(templates: readonly PackTemplate[], options: TemplatesXlsxOptions): Promise<Uint8Array> {
  return writeXlsx(templatesSheet(templates, options), zipDate(options.sourceDateEpoch));
}
