// Makes the bundled CLI pure ASCII. Node.js reads the bundle into a string on every start:
// an ASCII file becomes a one-byte string at memory speed, while a single Russian or Chinese
// letter near its top makes V8 decode the whole 1.3 MB as UTF-8, character by character, into a
// two-byte string (some 5 ms of every start on a fast machine). esbuild's `charset: 'ascii'`
// escapes string literals, templates and identifiers; it leaves regular expression literals
// and String.raw templates as they are. This pass escapes those:
//   - a regular expression literal: each non-ASCII UTF-16 unit becomes \uXXXX (an astral
//     character a pair of them: one code point with the u flag, two units without, as
//     written); an identity escape of one («\ё», without the u flag) loses its backslash;
//   - a String.raw template: the same. Its raw text changes, which is right only for a regex
//     source, and that is what the sources use it for: an argument of uregex or lazyUregex
//     (packages/rules/src/lib/unicode.ts), which test/ascii-bundle.test.ts checks.
// Anything else that is not ASCII fails the build, with its place in the bundle (but in the
// readable build, whose comments may have any character: it is for reading profiles).
import ts from 'typescript';

const NON_ASCII = /[^\x00-\x7f]/;

/** The text with each non-ASCII UTF-16 unit written as \uXXXX, as a regex source reads it. */
export function escapeRegexSource(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out += text[i];
      continue;
    }
    // «\ё» (an identity escape) is «ё»: the \u escape stands for both.
    let slashes = 0;
    for (let j = out.length - 1; j >= 0 && out[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 1) out = out.slice(0, -1);
    out += `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return out;
}

/**
 * The bundle with its regular expression literals and String.raw templates escaped; throws
 * when a non-ASCII character is left anywhere else, unless `strict` is false.
 * @param {string} code the bundle esbuild wrote with `charset: 'ascii'`
 * @param {{ strict?: boolean }} [options]
 * @returns {string}
 */
export function asciiBundle(code, { strict = true } = {}) {
  if (!NON_ASCII.test(code)) return code;
  const file = ts.createSourceFile('otvet.cjs', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  /** @type {[number, number][]} source ranges to escape */
  const ranges = [];
  const add = (/** @type {ts.Node} */ node) => {
    const start = node.getStart(file);
    if (NON_ASCII.test(code.slice(start, node.end))) ranges.push([start, node.end]);
  };
  const visit = (/** @type {ts.Node} */ node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) add(node);
    else if (ts.isTaggedTemplateExpression(node) && node.tag.getText(file) === 'String.raw') {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) add(template);
      else {
        add(template.head);
        for (const span of template.templateSpans) add(span.literal);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  ranges.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += code.slice(at, start) + escapeRegexSource(code.slice(start, end));
    at = end;
  }
  out += code.slice(at);
  const left = NON_ASCII.exec(out);
  if (left && strict) {
    const context = out.slice(Math.max(0, left.index - 60), left.index + 20);
    throw new Error(`the bundle has a non-ASCII character outside a regex or String.raw template (offset ${left.index}): …${context}…\nEscape it in the source: a non-ASCII bundle is decoded as UTF-8 on every start.`);
  }
  return out;
}
