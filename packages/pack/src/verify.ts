/**
 * `otvet verify`: the manifest against the files, every checksum, the zip's contents.
 *
 * A pack is a fixed set of files: manifest.json, templates.csv, templates.json, templates.xlsx
 * when built with --xlsx and, when built with --zip, `<name>-<version>.zip` holding exactly the
 * other content files (templates.csv, templates.json and, if the pack has it, templates.xlsx).
 * Anything else listed or present is a problem; nothing outside the pack directory is read
 * (names that leave it, links and other non-regular files are refused), and no file or zip
 * entry is read past a size limit: zip entries are inflated as a stream and stopped as soon
 * as they grow past the size of the file they must equal.
 */
import type { Hash } from 'node:crypto';
import { closeSync, lstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Unzip, UnzipInflate, unzipSync, type UnzipFile } from 'fflate';
import { nodeCrypto, UserError, type Localized } from '@otvet/core';
import { MANIFEST, TEMPLATES_CSV, TEMPLATES_JSON, TEMPLATES_XLSX, sha256, zipName, type PackManifest } from './build.js';
import { packMessages } from './messages.js';

export interface Problem {
  message: Localized;
  data: Record<string, string | number>;
}

export interface Verification {
  manifest?: PackManifest;
  problems: Problem[];
  /** Files whose checksum matched. */
  checked: number;
}

/** No file of a pack is read past this size (a pack of thousands of templates is a few MiB). */
export const MAX_PACK_FILE_BYTES = 64 * 1024 * 1024;
/** Compressed bytes fed to the inflater at a time: deflate expands at most ~1032 times, so ≤ 4.2 MiB per step. */
const ZIP_STEP = 4096;
/** The files every pack has besides the manifest (the zip is optional). */
const CONTENT = [TEMPLATES_CSV, TEMPLATES_JSON];
/** Content files a pack may have (`--xlsx`); the zip holds them when the manifest lists them. */
const OPTIONAL_CONTENT = [TEMPLATES_XLSX];

const HEX = /^[0-9a-f]{64}$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isManifest(value: unknown): value is PackManifest {
  if (!isRecord(value)) return false;
  const own = (key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);
  const files = own('files');
  const counts = own('counts');
  return (
    typeof own('format') === 'number' && typeof own('name') === 'string' && typeof own('version') === 'string' &&
    isRecord(files) && Object.values(files).every((v) => typeof v === 'string' && HEX.test(v)) &&
    isRecord(counts) && Object.hasOwn(counts, 'templates') && typeof counts.templates === 'number'
  );
}

/**
 * A name that would leave the pack directory or mean something else on some system:
 * empty, absolute, with a `.`/`..` segment, a backslash, a drive letter or a NUL.
 */
export function unsafePackPath(name: string): boolean {
  return (
    name === '' || name.startsWith('/') || name.includes('\\') || name.includes('\0') || /^[A-Za-z]:/.test(name) ||
    name.split('/').some((s) => s === '..' || s === '.')
  );
}

/** A name as shown in a message: control characters escaped. */
function shown(name: string): string {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(name) ? JSON.stringify(name).slice(1, -1) : name;
}

type Read = { bytes: Uint8Array } | { problem: Problem };

/** A regular file of the pack (no link, no directory, no device), at most `limit` bytes. */
function readPackFile(path: string, file: string, limit = MAX_PACK_FILE_BYTES): Read {
  let fd: number;
  try {
    if (!lstatSync(path).isFile()) return { problem: { message: packMessages['verify-not-file'], data: { file: shown(file) } } };
    fd = openSync(path, 'r');
  } catch {
    return { problem: { message: packMessages['verify-missing'], data: { file: shown(file) } } };
  }
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(64 * 1024);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > limit) return { problem: { message: packMessages['verify-too-large'], data: { file: shown(file), limit } } };
      chunks.push(chunk.subarray(0, n));
    }
    return { bytes: Buffer.concat(chunks, total) };
  } catch (error) {
    return { problem: { message: packMessages['verify-unreadable'], data: { file: shown(file), detail: (error as NodeJS.ErrnoException).code ?? String(error) } } };
  } finally {
    closeSync(fd);
  }
}

/**
 * The zip's entries against the pack's files: the central directory must list each content
 * file of the pack (`entries`) exactly once and nothing else, with the size of the pack's file;
 * then each entry is inflated as a stream, hashed as it comes and stopped once it is larger than
 * that file.
 */
function verifyZip(file: string, zip: Uint8Array, contents: Map<string, Uint8Array>, entries: string[], problems: Problem[]): void {
  const problem = (id: keyof typeof packMessages, data: Record<string, string | number> = {}): void =>
    void problems.push({ message: packMessages[id], data: { file: shown(file), ...data } });
  const listed: { name: string; originalSize: number }[] = [];
  try {
    // The filter sees the central directory (what unzip tools and spreadsheets list) and inflates nothing.
    unzipSync(zip, {
      filter: (f) => {
        listed.push({ name: f.name, originalSize: f.originalSize });
        return false;
      },
    });
  } catch (error) {
    problem('verify-zip-broken', { detail: (error as Error).message });
    return;
  }
  const seen = new Map<string, number>();
  for (const entry of listed) seen.set(entry.name, (seen.get(entry.name) ?? 0) + 1);
  const wanted = new Map<string, Uint8Array>();
  for (const [name, count] of seen) {
    if (!entries.includes(name)) problem('verify-zip-extra', { entry: shown(name) });
    else if (count > 1) problem('verify-zip-duplicate', { entry: name });
  }
  for (const name of entries) {
    if (!seen.has(name)) {
      problem('verify-zip-missing', { entry: name });
      continue;
    }
    const expected = contents.get(name);
    const declared = listed.find((e) => e.name === name)!.originalSize;
    // Without the pack's own file there is nothing to compare with (already reported).
    if (!expected || seen.get(name)! > 1) continue;
    if (declared !== expected.length) problem('verify-zip-size', { entry: name, declared, actual: expected.length });
    else wanted.set(name, expected);
  }
  if (wanted.size === 0) return;

  interface Progress { hash: Hash; size: number; done: boolean; error?: string }
  const progress = new Map<string, Progress>();
  let stop: string | undefined;
  const unzip = new Unzip((entry: UnzipFile) => {
    const expected = wanted.get(entry.name);
    if (!expected || progress.has(entry.name)) return;
    const p: Progress = { hash: nodeCrypto().createHash('sha256'), size: 0, done: false };
    progress.set(entry.name, p);
    entry.ondata = (error, data, final) => {
      if (stop !== undefined) return;
      if (error) {
        p.error = error.message;
        p.done = true;
        return;
      }
      p.size += data.length;
      if (p.size > expected.length) {
        stop = entry.name;
        return;
      }
      p.hash.update(data);
      if (final) p.done = true;
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < zip.length && stop === undefined; at += ZIP_STEP) unzip.push(zip.subarray(at, at + ZIP_STEP), at + ZIP_STEP >= zip.length);
  } catch (error) {
    // A malformed local header or a truncated entry: what was complete is still judged below.
    if (stop === undefined) problem('verify-zip-broken', { detail: (error as Error).message });
  }
  for (const [name, expected] of wanted) {
    const p = progress.get(name);
    if (stop === name) problem('verify-zip-over', { entry: name, limit: expected.length });
    else if (stop !== undefined && !p?.done) continue;
    else if (!p) problem('verify-zip-broken', { detail: `${name}: no local header` });
    else if (p.error !== undefined || !p.done) problem('verify-zip-broken', { detail: `${name}: ${p.error ?? 'truncated'}` });
    else if (p.hash.digest('hex') !== sha256(expected)) problem('verify-zip-differs', { entry: name });
  }
}

/** Read a pack directory (exit 2 when there is none); every problem found is listed. */
export function verifyPack(dir: string, display: string): Verification {
  let raw: string;
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    const read = readPackFile(join(dir, MANIFEST), MANIFEST);
    if (!('bytes' in read)) throw new Error('no manifest');
    raw = new TextDecoder().decode(read.bytes);
  } catch {
    throw new UserError(packMessages['no-manifest'], { path: display });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    return { problems: [{ message: packMessages['bad-manifest'], data: { path: `${display}/${MANIFEST}`, detail: (error as Error).message } }], checked: 0 };
  }
  if (!isManifest(parsed)) {
    return { problems: [{ message: packMessages['bad-manifest'], data: { path: `${display}/${MANIFEST}`, detail: 'format, name, version, counts or files' } }], checked: 0 };
  }
  const manifest = parsed;
  const problems: Problem[] = [];
  const contents = new Map<string, Uint8Array>();
  const zip = zipName(manifest.name, manifest.version);
  // The files a pack may have, and which of them the manifest lists (own properties only).
  const packFiles = new Set([...CONTENT, ...OPTIONAL_CONTENT, ...(unsafePackPath(zip) || zip.includes('/') ? [] : [zip])]);
  const listed = new Map(Object.entries(manifest.files));
  let checked = 0;
  for (const [name, expected] of listed) {
    if (unsafePackPath(name)) {
      problems.push({ message: packMessages['verify-unsafe'], data: { file: shown(name) } });
      continue;
    }
    if (!packFiles.has(name)) {
      problems.push({ message: packMessages['verify-unknown'], data: { file: shown(name), zip } });
      continue;
    }
    const read = readPackFile(join(dir, name), name);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    contents.set(name, read.bytes);
    const actual = sha256(read.bytes);
    if (actual !== expected) problems.push({ message: packMessages['verify-checksum'], data: { file: name, actual, expected } });
    else checked++;
  }
  for (const name of CONTENT) if (!listed.has(name)) problems.push({ message: packMessages['verify-unlisted'], data: { file: name } });
  for (const name of readdirSync(dir).sort()) {
    if (name !== MANIFEST && !listed.has(name)) problems.push({ message: packMessages['verify-extra'], data: { file: shown(name) } });
  }
  const json = contents.get(TEMPLATES_JSON);
  if (json) {
    try {
      const data: unknown = JSON.parse(new TextDecoder().decode(json));
      const templates = isRecord(data) && Object.hasOwn(data, 'templates') ? data.templates : undefined;
      const count = Array.isArray(templates) ? templates.length : -1;
      if (count !== manifest.counts.templates) problems.push({ message: packMessages['verify-count'], data: { actual: count, expected: manifest.counts.templates } });
    } catch (error) {
      problems.push({ message: packMessages['verify-json'], data: { file: TEMPLATES_JSON, detail: (error as Error).message } });
    }
  }
  const zipBytes = contents.get(zip);
  // The zip holds the pack's content files: the required ones, and the optional ones the manifest lists.
  if (zipBytes) verifyZip(zip, zipBytes, contents, [...CONTENT, ...OPTIONAL_CONTENT.filter((name) => listed.has(name))], problems);
  return { manifest, problems, checked };
}
