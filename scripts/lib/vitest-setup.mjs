// vitest global set-up: write the generated sources before any test imports them (a fresh
// clone has none until it is built).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSources } from './generate.mjs';

export default function setup() {
  generateSources(join(dirname(fileURLToPath(import.meta.url)), '../..'), { stdio: 'pipe' });
}
