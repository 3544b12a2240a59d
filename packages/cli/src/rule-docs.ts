/** Where otvet's own rules are documented, for the reports and the editor that link to them. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The `file:` URL of a rule's README: in the npm package (`docs/rules/<id>.md` beside `dist/`), in
 * the repository's build (`packages/rules/src/<id>/README.md`), or beside the sources. A plugin's
 * rules (`<plugin>/<rule>`) have none here.
 * @param moduleUrl `import.meta.url` of the calling module (the bundle's, once built)
 */
export function ruleReadme(id: string, moduleUrl: string): string | undefined {
  if (!/^[a-z][a-z0-9-]*$/u.test(id)) return undefined;
  const here = dirname(fileURLToPath(moduleUrl));
  for (const candidate of [join(here, '..', 'docs', 'rules', `${id}.md`), join(here, '..', '..', 'rules', 'src', id, 'README.md'), join(here, '..', '..', '..', 'rules', 'src', id, 'README.md')]) {
    if (existsSync(candidate)) return pathToFileURL(candidate).href;
  }
  return undefined;
}
