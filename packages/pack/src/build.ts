/**
 * The pack's files, byte for byte. Nothing here depends on the clock, the
 * machine, the working directory or the order the inputs came in: the same
 * inputs give the same bytes (the zip's timestamps come from SOURCE_DATE_EPOCH,
 * else a fixed date).
 */
import { stringify } from 'csv-stringify/sync';
import { zipSync } from 'fflate';
import { sha256Hex, type LintResult, type Thresholds } from '@otvet/core';
import type { PackTemplate } from './model.js';

export const MANIFEST = 'manifest.json';
export const TEMPLATES_JSON = 'templates.json';
export const TEMPLATES_CSV = 'templates.csv';
/** With `--xlsx` (templatesXlsx, `@otvet/pack/xlsx`). */
export const TEMPLATES_XLSX = 'templates.xlsx';
/** The manifest's format version. */
export const PACK_FORMAT = 1;

/** A file read from disk: its path as reported (relative, POSIX) and its bytes. */
export interface InputFile {
  path: string;
  bytes: Uint8Array;
}

export interface PackInput {
  name: string;
  version: string;
  source: string;
  target: string;
  maxLength: number;
  thresholds: Thresholds;
  templates: PackTemplate[];
  /** The template files that were linted. */
  inputs: InputFile[];
  /** The glossary files matched by the config (none: the manifest records null). */
  glossary: InputFile[];
  summary: LintResult['summary'];
  verdicts: { pass: number; revise: number; reject: number };
  /** Add `<name>-<version>.zip`. */
  zip: boolean;
  /**
   * templates.xlsx, when asked for: made beforehand by templatesXlsx (`@otvet/pack/xlsx`, which
   * writes asynchronously) with the same SOURCE_DATE_EPOCH. Goes into the zip and the manifest as
   * the other files do.
   */
  xlsx?: Uint8Array;
  /** Seconds since the epoch (SOURCE_DATE_EPOCH); the zip's timestamps and the manifest's `created`. */
  sourceDateEpoch?: number;
}

export interface PackManifest {
  format: number;
  name: string;
  version: string;
  source: string;
  target: string;
  created: string | null;
  counts: { templates: number; inputs: number; words: number; placeholders: number };
  files: Record<string, string>;
  inputs: Record<string, string>;
  glossary: string | null;
  maxLength: number;
  longest: number;
  lint: {
    errors: number;
    warnings: number;
    infos: number;
    words: number;
    penalty: number;
    errorRate: number;
    verdict: string;
    thresholds: Thresholds;
    verdicts: { pass: number; revise: number; reject: number };
  };
}

export function sha256(bytes: Uint8Array | string): string {
  return sha256Hex(bytes);
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One hash over several files: sorted by path, each as `sha256  path\n` (the sha256sum format). */
export function hashFiles(files: InputFile[]): string | null {
  if (files.length === 0) return null;
  const lines = [...files].sort((a, b) => byCodePoint(a.path, b.path)).map((f) => `${sha256(f.bytes)}  ${f.path}\n`);
  return sha256(lines.join(''));
}

/** templates.json: the published fields, sorted by id. */
export function templatesJson(templates: PackTemplate[]): string {
  const published = templates.map((t) => ({
    id: t.id,
    ...(t.title !== undefined ? { title: t.title } : {}),
    ...(t.tags !== undefined ? { tags: t.tags } : {}),
    placeholders: t.placeholders,
    text: t.text,
    example: t.example,
    length: t.length,
  }));
  return JSON.stringify({ format: PACK_FORMAT, templates: published }, null, 2) + '\n';
}

/**
 * A cell a spreadsheet (Excel, WPS, LibreOffice, Numbers) would read as a formula: one that
 * starts with `=`, `+`, `-`, `@` (or their full-width forms), a tab or a carriage return,
 * also after leading blanks, which some of them skip. `-5 %` counts too (OWASP: every such cell).
 */
const FORMULA_START = /^(?:[\t\r]|[\s\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/u;

/** CSV injection: such a cell is written quoted, with an apostrophe first, so it stays text. */
export function csvCell(value: string): string | { value: string; quoted: true } {
  return FORMULA_START.test(value) ? { value: `'${value}`, quoted: true } : value;
}

/**
 * templates.csv: UTF-8 with a BOM, CRLF records (RFC 4180), so Excel shows Cyrillic and Chinese intact.
 * Cells that would start a formula are neutralised (csvCell); templates.json keeps the exact texts.
 * (csv-stringify's own `escape_formulas` looks at the first character only.)
 */
export function templatesCsv(templates: PackTemplate[], source: string, target: string): string {
  const header = ['id', 'title', 'tags', `text_${target}`, `example_${target}`, `text_${source}`, 'placeholders'];
  const rows = templates.map((t) => [t.id, t.title ?? '', (t.tags ?? []).join(', '), t.text[target] ?? '', t.example, t.text[source] ?? '', Object.keys(t.placeholders).join(', ')]);
  return stringify([header, ...rows], { bom: true, record_delimiter: '\r\n', quoted_match: /^\s|\s$/u, cast: { string: csvCell } });
}

/** A Date whose local fields equal the UTC fields of `seconds` (zip stores local DOS time). */
export function zipDate(seconds: number | undefined): Date {
  // DOS dates start in 1980; without SOURCE_DATE_EPOCH, 1980-01-01 00:00:00.
  const utc = new Date(Math.max(seconds ?? 0, 315532800) * 1000);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), utc.getUTCHours(), utc.getUTCMinutes(), utc.getUTCSeconds());
}

export function zipName(name: string, version: string): string {
  return `${name}-${version}.zip`;
}

/** The zip: the content files, sorted, fixed timestamps, maximum compression. */
export function packZip(files: Record<string, Uint8Array>, sourceDateEpoch?: number): Uint8Array {
  const mtime = zipDate(sourceDateEpoch);
  const entries: Record<string, [Uint8Array, { mtime: Date; level: 9 }]> = {};
  for (const name of Object.keys(files).sort(byCodePoint)) entries[name] = [files[name]!, { mtime, level: 9 }];
  return zipSync(entries, { mtime, level: 9 });
}

/** Every file of the pack (manifest last), by name. */
export function buildPack(input: PackInput): Map<string, Uint8Array> {
  const encoder = new TextEncoder();
  const content: Record<string, Uint8Array> = {
    [TEMPLATES_CSV]: encoder.encode(templatesCsv(input.templates, input.source, input.target)),
    [TEMPLATES_JSON]: encoder.encode(templatesJson(input.templates)),
    ...(input.xlsx ? { [TEMPLATES_XLSX]: input.xlsx } : {}),
  };
  const out = new Map<string, Uint8Array>(Object.entries(content));
  if (input.zip) out.set(zipName(input.name, input.version), packZip(content, input.sourceDateEpoch));
  const files: Record<string, string> = {};
  for (const name of [...out.keys()].sort(byCodePoint)) files[name] = sha256(out.get(name)!);
  const inputs: Record<string, string> = {};
  for (const f of [...input.inputs].sort((a, b) => byCodePoint(a.path, b.path))) inputs[f.path] = sha256(f.bytes);
  const placeholders = new Set(input.templates.flatMap((t) => Object.keys(t.placeholders)));
  const s = input.summary;
  const manifest: PackManifest = {
    format: PACK_FORMAT,
    name: input.name,
    version: input.version,
    source: input.source,
    target: input.target,
    created: input.sourceDateEpoch === undefined ? null : new Date(input.sourceDateEpoch * 1000).toISOString(),
    counts: { templates: input.templates.length, inputs: input.inputs.length, words: s.words, placeholders: placeholders.size },
    files,
    inputs,
    glossary: hashFiles(input.glossary),
    maxLength: input.maxLength,
    longest: input.templates.reduce((m, t) => Math.max(m, t.length), 0),
    lint: {
      errors: s.errors,
      warnings: s.warnings,
      infos: s.infos,
      words: s.words,
      penalty: s.penalty,
      errorRate: s.errorRate,
      verdict: s.verdict,
      thresholds: { revise: input.thresholds.revise, reject: input.thresholds.reject },
      verdicts: input.verdicts,
    },
  };
  out.set(MANIFEST, encoder.encode(JSON.stringify(manifest, null, 2) + '\n'));
  return out;
}
