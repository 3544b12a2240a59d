/** Opening quotation marks and the mark that closes each (« », „ “, “ ”, " ", ‚ ‘, ‘ ’). */
const QUOTES: Readonly<Record<string, string>> = { '«': '»', '„': '“', '“': '”', '"': '"', '\u201A': '\u2018', '‘': '’' };

/**
 * Offsets inside quotation marks (1 = quoted): names of brands, products and companies, and
 * the buyer's own words, are written as they are. Nested quotes are followed; a straight
 * quote closes the one it opened.
 */
export function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const stack: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (stack.length && c === stack[stack.length - 1]) stack.pop();
    else if (QUOTES[c] && !(c === '"' && stack.includes('"'))) stack.push(QUOTES[c]!);
    else if (stack.length) mask[i] = 1;
  }
  return mask;
}
