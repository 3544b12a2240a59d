/** Where otvet's own rules are documented, for the reports and the editor that link to them. */
import { existsSync, readFileSync } from 'node:fs';
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

/**
 * The README of one of otvet's rules in this installation, as Markdown, if it has it: its links
 * into otvet's repository (relative ones) become their text, which a report cannot follow.
 */
export function ruleReadmeText(id: string, moduleUrl: string): string | undefined {
  const url = ruleReadme(id, moduleUrl);
  if (!url) return undefined;
  try {
    return readFileSync(fileURLToPath(url), 'utf8').replace(/!?\[([^\]]*)\]\((?![a-z][a-z0-9+.-]*:|#)[^)\s]*\)/giu, '$1');
  } catch {
    return undefined;
  }
}
