/** `otvet verify`: the manifest against the files, every checksum, the zip's contents. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { UserError, type Localized } from '@otvet/core';
import { MANIFEST, TEMPLATES_JSON, sha256, type PackManifest } from './build.js';
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

const HEX = /^[0-9a-f]{64}$/;

function isManifest(value: unknown): value is PackManifest {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  const files = m.files as Record<string, unknown> | undefined;
  return (
    typeof m.format === 'number' && typeof m.name === 'string' && typeof m.version === 'string' &&
    typeof files === 'object' && files !== null && Object.values(files).every((v) => typeof v === 'string' && HEX.test(v)) &&
    typeof m.counts === 'object' && m.counts !== null && typeof (m.counts as Record<string, unknown>).templates === 'number'
  );
}

/** Read a pack directory (exit 2 when there is none); every problem found is listed. */
export function verifyPack(dir: string, display: string): Verification {
  let raw: string;
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    raw = readFileSync(join(dir, MANIFEST), 'utf8');
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
  let checked = 0;
  for (const [name, expected] of Object.entries(manifest.files)) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(join(dir, name));
    } catch {
      problems.push({ message: packMessages['verify-missing'], data: { file: name } });
      continue;
    }
    contents.set(name, bytes);
    const actual = sha256(bytes);
    if (actual !== expected) problems.push({ message: packMessages['verify-checksum'], data: { file: name, actual, expected } });
    else checked++;
  }
  for (const name of readdirSync(dir).sort()) {
    if (name !== MANIFEST && !(name in manifest.files)) problems.push({ message: packMessages['verify-extra'], data: { file: name } });
  }
  const json = contents.get(TEMPLATES_JSON);
  if (json) {
    try {
      const templates = (JSON.parse(new TextDecoder().decode(json)) as { templates?: unknown[] }).templates;
      const count = Array.isArray(templates) ? templates.length : -1;
      if (count !== manifest.counts.templates) problems.push({ message: packMessages['verify-count'], data: { actual: count, expected: manifest.counts.templates } });
    } catch (error) {
      problems.push({ message: packMessages['verify-zip'], data: { file: TEMPLATES_JSON, detail: (error as Error).message } });
    }
  }
  for (const [name, bytes] of contents) {
    if (!name.endsWith('.zip')) continue;
    try {
      const entries = unzipSync(bytes);
      for (const [entry, data] of Object.entries(entries)) {
        const outside = contents.get(entry);
        if (!outside || sha256(outside) !== sha256(data)) problems.push({ message: packMessages['verify-zip'], data: { file: name, detail: `${entry} differs from the pack's ${entry}` } });
      }
    } catch (error) {
      problems.push({ message: packMessages['verify-zip'], data: { file: name, detail: (error as Error).message } });
    }
  }
  return { manifest, problems, checked };
}
