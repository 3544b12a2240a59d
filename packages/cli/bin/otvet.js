#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/otvet.js', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('otvet is not built yet: run `pnpm build` in the repository root.\n');
  process.exitCode = 2;
} else {
  await import(bundle.href);
}
