// The generated sources (build output, not committed; see .gitignore): the Unicode category
// ranges (scripts/gen-unicode.mjs, from the running Node.js's own Unicode tables) and the
// precompiled ajv validators (scripts/gen-validators.mjs). The build runs this first, and so
// does vitest (scripts/lib/vitest-setup.mjs), so that a fresh clone works with either.
// Unicode first: the validator generator loads the rule catalog, which imports the ranges.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Run the generators; each writes a file only when its content changes. */
export function generateSources(root, { stdio = 'inherit' } = {}) {
  for (const script of ['gen-unicode.mjs', 'gen-validators.mjs']) execFileSync(process.execPath, [join(root, 'scripts', script)], { stdio });
}
