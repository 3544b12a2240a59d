#!/usr/bin/env node
// The parse floor of a pack, a reference for `pnpm bench --peers`: every .yaml file under a
// directory read and parsed into a document with positions by the `yaml` library, as otvet reads
// template files (parseDocument, source tokens kept), and nothing else. No lint built on that
// library can take less CPU time on the same files.
//
// Usage: node scripts/lib/yaml-floor.mjs DIR   (prints the files and top-level items parsed)
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

// The copy of `yaml` that otvet's core package uses.
const { parseDocument } = createRequire(new URL('../../packages/core/package.json', import.meta.url))('yaml');

/** @param {string} dir @returns {string[]} */
function yamlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return yamlFiles(path);
    return e.isFile() && e.name.endsWith('.yaml') ? [path] : [];
  });
}

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node scripts/lib/yaml-floor.mjs DIR\n');
  process.exit(2);
}
let files = 0;
let errors = 0;
for (const path of yamlFiles(dir).sort()) {
  const doc = parseDocument(readFileSync(path, 'utf8'), { keepSourceTokens: true, uniqueKeys: false });
  files++;
  errors += doc.errors.length;
}
process.stdout.write(`${files} files parsed, ${errors} errors\n`);
