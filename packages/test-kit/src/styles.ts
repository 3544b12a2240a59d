/**
 * The same one-line text written in every YAML scalar style, in LF, CRLF and BOM
 * files: for position tests of any rule.
 */
export interface StyledFile {
  name: string;
  /** The whole file. */
  yaml: string;
}

/** `text` must be a single line without quotes, backslashes or “: ”. */
export function scalarStyleFiles(text: string, head = 'templates:\n  - id: t\n    text:\n'): StyledFile[] {
  const styles: [string, string][] = [
    ['plain', `      ru: ${text}\n`],
    ['plain, multi-line', `      ru: Первая строка\n        ${text}\n`],
    ['single-quoted', `      ru: '${text}'\n`],
    ['double-quoted', `      ru: "\\u0417десь ${text}"\n`],
    ['literal |', `      ru: |\n        Первая строка\n          ${text}\n`],
    ['literal |-', `      ru: |-\n        ${text}\n`],
    ['literal |+', `      ru: |+\n        ${text}\n\n`],
    ['folded >', `      ru: >\n        Первая строка\n        ${text}\n`],
    ['folded >-', `      ru: >-\n        Первая строка\n\n        ${text}\n`],
  ];
  const out: StyledFile[] = [];
  for (const [name, body] of styles) {
    const lf = head + body;
    out.push({ name: `${name}, LF`, yaml: lf });
    out.push({ name: `${name}, CRLF`, yaml: lf.replace(/\n/g, '\r\n') });
    out.push({ name: `${name}, BOM`, yaml: `\uFEFF${lf}` });
  }
  return out;
}

/** 1-based line and UTF-16 column of `offset` in a file (BOM not counted). */
export function lineColumn(yaml: string, offset: number): { line: number; column: number } {
  const body = yaml.replace(/^\uFEFF/, '');
  const before = body.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
