/** The test glossary of the glossary rules (glossary-term/fixtures/glossary.yaml), loaded as the CLI loads it. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGlossary } from '@otvet/glossary';

const path = fileURLToPath(new URL('../glossary-term/fixtures/glossary.yaml', import.meta.url));
const loaded = loadGlossary([{ path: 'glossary.yaml', text: readFileSync(path, 'utf8') }]);
if (loaded.problems.length) throw new Error(loaded.problems.map((p) => p.format('en')).join('\n'));

export const testResources = { glossary: loaded.entries };
