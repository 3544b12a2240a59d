/** `otvet verify <pack>`: exit 0 when every file matches the manifest, 1 on any mismatch, 2 when there is no pack. */
import { resolve } from 'node:path';
import { localize, type Lang } from '@otvet/core';
import { verifyPack } from '@otvet/pack';
import { plural } from '../i18n.js';
import type { Io } from '../io.js';
import { say } from './messages.js';
import { escapeControls } from '../reporters/escape.js';

export function runVerify(path: string, io: Io, lang: Lang): number {
  const { manifest, problems, checked } = verifyPack(resolve(io.cwd, path), path);
  if (problems.length) {
    // Paths and names from the pack are escaped (reporters/escape.ts): one line per problem, nothing a terminal acts on.
    io.stderr([say(lang, 'verify-failed', { path, count: problems.length, problems: plural(lang, 'count-fixed', problems.length) }), ...problems.map((p) => `  ${localize(p.message, lang, p.data)}`)].map(escapeControls).join('\n') + '\n');
    return 1;
  }
  io.stdout(escapeControls(say(lang, 'verify-ok', { path, count: checked, files: plural(lang, 'count-files', checked), name: manifest?.name ?? '', version: manifest?.version ?? '' })) + '\n');
  return 0;
}
