import type { Root, RootContent, Sentence, SentenceContent } from 'nlcst';
import type { Point } from 'unist';
import { unified } from 'unified';
import retextLatin from 'retext-latin';
import { parsePlaceholders } from './placeholders.js';
import type { TextView } from './rule.js';

// retext-latin tokenises Cyrillic (and any alphabetic script) well.
const processor = unified().use(retextLatin);

/**
 * A text up to this many characters is parsed whole. A chat message is a few hundred characters
 * (Ozon's limit is 1,000); a template with plural branches may be a few times that.
 */
export const WHOLE_TEXT = 4096;
/**
 * A longer text is parsed in pieces of at most this many characters. The parser (parse-latin)
 * parses a text as one sentence first and then splits and merges its tokens in place, each step
 * moving the rest of the text's array: its time grows with the square of a text's length when
 * the text is full of what it splits or merges (thousands of blank lines, «а!б!а!б», «a.b.c.d…»,
 * «a/b/c…»), and a run of some 100,000 tokens joined into one word overflows the call stack.
 */
export const PIECE = 2048;

/** parse-latin's white space. */
const WHITE_SPACE = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
const isWhiteSpace = (ch: string | undefined): boolean => ch !== undefined && WHITE_SPACE.test(ch);
const SENTENCE_END = /[!.?\u2026\u203D]/;
const UPPER = /\p{Lu}/u;

/**
 * Where a piece ends: after a run of white space, the run itself in the piece. Preferably a run
 * with a line break (a new line starts a new paragraph anyway), else one after the end of a
 * sentence and before a capital letter, else any run; failing all, `limit` itself, moved back off
 * a surrogate pair.
 */
type Cut = { at: number; kind: 'line' | 'sentence' | 'space' | 'hard' };

function cutBefore(text: string, from: number, limit: number): Cut {
  let sentence = -1;
  let space = -1;
  for (let at = limit; at > from + PIECE / 2; at--) {
    if (isWhiteSpace(text[at]) || !isWhiteSpace(text[at - 1])) continue;
    let run = at - 1;
    let lineBreak = false;
    while (run > from && isWhiteSpace(text[run - 1]!)) run--;
    for (let i = run; i < at && !lineBreak; i++) lineBreak = text[i] === '\n' || text[i] === '\r';
    if (lineBreak) return { at, kind: 'line' };
    if (sentence < 0 && run > from && SENTENCE_END.test(text[run - 1]!) && UPPER.test(text[at]!)) sentence = at;
    if (space < 0) space = at;
    at = run + 1;
  }
  if (sentence >= 0) return { at: sentence, kind: 'sentence' };
  if (space >= 0) return { at: space, kind: 'space' };
  const high = text.charCodeAt(limit - 1);
  return { at: high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit, kind: 'hard' };
}

/** The point after `text` when it starts at `start`, counted as parse-latin counts (\r\n is one line break). */
function advance(start: Point, text: string): Point {
  let { line, column } = start;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\r' || (ch === '\n' && text[i - 1] !== '\r')) {
      line++;
      column = 1;
    } else if (ch !== '\n') column++;
  }
  return { line, column, offset: (start.offset ?? 0) + text.length };
}

/** Moves a piece's tree, parsed on its own, to where the piece starts; every point becomes an object of its own. */
function shift(node: Root | RootContent | SentenceContent, origin: Point): void {
  const move = (p: Point): Point =>
    p.line === 1 ? { line: origin.line, column: p.column + origin.column - 1, offset: (p.offset ?? 0) + (origin.offset ?? 0) } : { line: p.line + origin.line - 1, column: p.column, offset: (p.offset ?? 0) + (origin.offset ?? 0) };
  const stack: Array<Root | RootContent | SentenceContent> = [node];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.position) n.position = { start: move(n.position.start), end: move(n.position.end) };
    if ('children' in n) for (const child of n.children) stack.push(child);
  }
}

const last = <T>(list: T[]): T | undefined => list[list.length - 1];

/**
 * Joins the next piece's tree to the tree so far. After a cut inside a line the line stays one
 * paragraph, as the whole text would have parsed; after a cut inside a sentence (not after its
 * end), the sentence stays one too, and after a cut inside a word, the word.
 */
function join(into: Root, piece: Root, cut: Cut['kind']): void {
  const before = into.children;
  const after = piece.children;
  const tail = last(before);
  const gap = tail?.type === 'WhiteSpaceNode' ? tail : undefined;
  const paragraph = before[before.length - (gap ? 2 : 1)];
  const next = after[0];
  if (cut === 'line' || paragraph?.type !== 'ParagraphNode' || next?.type !== 'ParagraphNode' || (cut === 'hard') === Boolean(gap)) {
    before.push(...after);
    return;
  }
  if (gap) before.pop();
  const [head, ...rest] = next.children;
  const sentence = last(paragraph.children);
  if (cut !== 'sentence' && sentence?.type === 'SentenceNode' && head?.type === 'SentenceNode') {
    joinSentences(sentence, gap, head);
    paragraph.children.push(...rest);
  } else {
    if (gap) paragraph.children.push(gap);
    paragraph.children.push(...next.children);
  }
  paragraph.position = paragraph.position && next.position && { start: paragraph.position.start, end: next.position.end };
  for (let i = 1; i < after.length; i++) before.push(after[i]!);
}

function joinSentences(sentence: Sentence, gap: RootContent | undefined, head: Sentence): void {
  const word = last(sentence.children);
  const first = head.children[0];
  if (!gap && word?.type === 'WordNode' && first?.type === 'WordNode') {
    word.children.push(...first.children);
    word.position = word.position && first.position && { start: word.position.start, end: first.position.end };
    for (let i = 1; i < head.children.length; i++) sentence.children.push(head.children[i]!);
  } else {
    if (gap?.type === 'WhiteSpaceNode') sentence.children.push(gap);
    for (const child of head.children) sentence.children.push(child);
  }
  sentence.position = sentence.position && head.position && { start: sentence.position.start, end: head.position.end };
}

/**
 * Parse a string into nlcst (paragraphs, sentences, words, punctuation). A text longer than
 * {@link WHOLE_TEXT} is parsed in pieces of at most {@link PIECE} characters, cut preferably at
 * line breaks, and joined into one tree, so that its time stays linear in its length; its tree
 * can then differ from the whole text's only next to a cut.
 */
export function parseNatural(text: string): Root {
  if (text.length <= WHOLE_TEXT) return processor.parse(text) as Root;
  let root: Root | undefined;
  let origin: Point = { line: 1, column: 1, offset: 0 };
  let cut: Cut['kind'] = 'line';
  for (let from = 0; from < text.length; ) {
    const next: Cut = text.length - from <= PIECE ? { at: text.length, kind: 'line' } : cutBefore(text, from, from + PIECE);
    const piece = text.slice(from, next.at);
    const tree = processor.parse(piece) as Root;
    shift(tree, origin);
    if (root) join(root, tree, cut);
    else root = tree;
    origin = advance(origin, piece);
    cut = next.kind;
    from = next.at;
  }
  root!.position = { start: { line: 1, column: 1, offset: 0 }, end: origin };
  return root!;
}

/** A text view whose placeholder parse and natural-language tree are computed once, on first use. */
export function createTextView(locale: string, value: string): TextView {
  let tree: Root | undefined;
  const parsed = parsePlaceholders(value);
  return {
    locale,
    value,
    parsed,
    get tree(): Root {
      tree ??= parseNatural(parsed.masked);
      return tree;
    },
  };
}
