/**
 * ICU MessageFormat placeholders: parse a text with locations and mask every
 * placeholder so that natural-language rules see only the words a buyer reads.
 * The masked text has exactly the length of the original, so offsets agree.
 *
 * Unlike ICU, an apostrophe never quotes syntax: `'{order}'` is a placeholder in
 * quotes, as every copywriter means it.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/** The character that stands for masked placeholder syntax (OBJECT REPLACEMENT CHARACTER). */
export const MASK = '\uFFFC';

export type PlaceholderKind = 'argument' | 'number' | 'date' | 'time' | 'plural' | 'selectordinal' | 'select' | 'pound' | 'tag';

export interface Branch {
  /** The selector: `one`, `few`, `=0`, `other`… */
  key: string;
  /** Range of the branch including its braces. */
  start: number;
  end: number;
  /** Placeholders nested in the branch. */
  children: Placeholder[];
}

export interface Placeholder {
  kind: PlaceholderKind;
  /** Argument name; empty for `#`. */
  name: string;
  /** Range in the text, braces included. */
  start: number;
  end: number;
  /** Range of the name inside the braces (for `{ name }`, the name only). */
  nameStart: number;
  nameEnd: number;
  /** Plural/select branches, in source order. */
  branches?: Branch[];
  /** Number/date/time style, when given. */
  style?: string;
}

export interface IcuError {
  /** Parser error code, e.g. `MALFORMED_ARGUMENT`. */
  code: string;
  start: number;
  end: number;
}

export interface ParsedText {
  text: string;
  /** Same length as `text`; placeholder syntax replaced by {@link MASK}. */
  masked: string;
  /** Top-level placeholders in source order. */
  placeholders: Placeholder[];
  /** Set when the text is not valid ICU MessageFormat; placeholders are then best-effort. */
  error?: IcuError;
}

const KIND: Partial<Record<number, PlaceholderKind>> = {
  [TYPE.argument]: 'argument',
  [TYPE.number]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'time',
  [TYPE.select]: 'select',
  [TYPE.plural]: 'plural',
  [TYPE.pound]: 'pound',
  [TYPE.tag]: 'tag',
};

/** Parse an ICU message and mask its placeholders. Never throws. */
export function parsePlaceholders(text: string): ParsedText {
  let elements: MessageFormatElement[];
  try {
    // Apostrophes are plain text here: in chat replies '{name}' means a quoted placeholder,
    // never ICU's quoting of literal braces. A same-length stand-in keeps every offset.
    elements = parse(text.replace(/'/g, '\u02BC'), { captureLocation: true, ignoreTag: true, requiresOtherClause: false });
  } catch (error) {
    const e = error as { message?: string; location?: { start: { offset: number }; end: { offset: number } } };
    const parsed = scanLoosely(text);
    parsed.error = {
      code: typeof e.message === 'string' ? e.message : 'INVALID',
      start: e.location?.start.offset ?? 0,
      end: e.location?.end.offset ?? text.length,
    };
    return parsed;
  }
  const keep = new Uint8Array(text.length);
  const placeholders = convert(text, elements, keep);
  return { text, masked: applyMask(text, keep), placeholders };
}

function applyMask(text: string, keep: Uint8Array): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || keep[i] !== keep[runStart]) {
      out += keep[runStart] ? text.slice(runStart, i) : MASK.repeat(i - runStart);
      runStart = i;
    }
  }
  return out;
}

function nameRange(text: string, start: number, end: number, name: string): [number, number] {
  const at = text.indexOf(name, start);
  return at >= 0 && at + name.length <= end ? [at, at + name.length] : [start, start];
}

function convert(text: string, elements: MessageFormatElement[], keep: Uint8Array): Placeholder[] {
  const out: Placeholder[] = [];
  for (const element of elements) {
    const loc = element.location;
    if (!loc) continue;
    const start = loc.start.offset;
    const end = loc.end.offset;
    if (element.type === TYPE.literal) {
      keep.fill(1, start, end);
      continue;
    }
    const kind = element.type === TYPE.plural && element.pluralType === 'ordinal' ? 'selectordinal' : KIND[element.type] ?? 'argument';
    const name = 'value' in element && typeof element.value === 'string' && kind !== 'pound' ? element.value : '';
    const [nameStart, nameEnd] = name ? nameRange(text, start, end, name) : [start, end];
    const placeholder: Placeholder = { kind, name, start, end, nameStart, nameEnd };
    if ('style' in element && typeof element.style === 'string') placeholder.style = element.style;
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      placeholder.branches = Object.entries(element.options).map(([key, option]) => ({
        key,
        start: option.location?.start.offset ?? start,
        end: option.location?.end.offset ?? end,
        children: convert(text, option.value, keep),
      }));
    } else if (element.type === TYPE.tag) {
      placeholder.branches = [{ key: 'children', start, end, children: convert(text, element.children, keep) }];
    }
    out.push(placeholder);
  }
  return out;
}

/**
 * Best-effort scan of a text that ICU cannot parse: `{name}` and other
 * balanced brace groups are masked; a lone brace is left visible.
 */
function scanLoosely(text: string): ParsedText {
  const keep = new Uint8Array(text.length).fill(1);
  const placeholders: Placeholder[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') stack.push(i);
    else if (c === '}' && stack.length) {
      const start = stack.pop()!;
      if (stack.length === 0) {
        keep.fill(0, start, i + 1);
        const inner = /^\s*([^\s,{}]+)/u.exec(text.slice(start + 1, i));
        const name = inner?.[1] ?? '';
        const nameStart = name ? text.indexOf(name, start + 1) : start;
        placeholders.push({ kind: 'argument', name, start, end: i + 1, nameStart, nameEnd: nameStart + name.length });
      }
    }
  }
  return { text, masked: applyMask(text, keep), placeholders };
}

/** Every placeholder in the tree, depth first. */
export function* walkPlaceholders(list: Placeholder[]): Generator<Placeholder> {
  for (const p of list) {
    yield p;
    for (const b of p.branches ?? []) yield* walkPlaceholders(b.children);
  }
}

/** Names of the arguments used in a text (`{n, plural, …}` counts as `n`). */
export function argumentNames(list: Placeholder[]): Set<string> {
  const names = new Set<string>();
  for (const p of walkPlaceholders(list)) if (p.name && p.kind !== 'tag') names.add(p.name);
  return names;
}
