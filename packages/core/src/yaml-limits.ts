/**
 * Limits that make a parsed YAML document safe to turn into data: nesting depth
 * (the parser and `toJS` recurse, and a file thousands of levels deep exhausts the
 * stack) and the size aliases expand to (a “billion laughs” file turns a few lines
 * into millions of values). Checked iteratively, so the check itself cannot
 * overflow; positions come from the file, so they are the same on every machine.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Parser, type Alias, type Document, type Node } from 'yaml';
import { UserError } from './errors.js';
import { limitMessages } from './messages.js';
import { LineIndex } from './positions.js';

/** The deepest nesting of mappings and lists otvet reads; template files need six levels. */
export const MAX_DEPTH = 64;
/** The most values a file's aliases may expand to. */
export const MAX_EXPANDED = 10_000;

export type YamlLimitProblem =
  | { kind: 'too-deep'; start: number; end: number }
  | { kind: 'aliases'; start: number; end: number; name: string };

export interface YamlShape {
  /** The first problem, when there is one. */
  problem?: YamlLimitProblem;
  /** Every alias (`*name`), in document order. */
  aliases: Alias[];
}

type CstToken = { type: string; offset?: number; value?: CstToken; items?: { key?: CstToken | null; value?: CstToken | null }[] };

/** Offset of the first collection nested deeper than {@link MAX_DEPTH}, from the parser's token tree (the parser does not recurse). */
export function tooDeepOffset(text: string): number | undefined {
  const stack: { token: CstToken; depth: number }[] = [];
  for (const doc of new Parser().parse(text)) stack.push({ token: doc as CstToken, depth: 0 });
  stack.reverse();
  while (stack.length) {
    const { token, depth } = stack.pop()!;
    const collection = token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
    const d = collection ? depth + 1 : depth;
    if (d > MAX_DEPTH) return token.offset ?? 0;
    const children: CstToken[] = [];
    if (token.value) children.push(token.value);
    for (const item of token.items ?? []) {
      if (item.key) children.push(item.key);
      if (item.value) children.push(item.value);
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push({ token: children[i]!, depth: d });
  }
  return undefined;
}

const rangeStart = (n: unknown): number => (n && typeof n === 'object' && 'range' in n && Array.isArray(n.range) ? (n.range[0] as number) : 0);

/**
 * Check a parsed document against the limits: too deep (also where the parser itself ran out
 * of stack), or aliases that expand to more than {@link MAX_EXPANDED} values (an alias to an
 * enclosing node counts as endless). Lists every alias too.
 */
export function yamlShape(doc: Document.Parsed, text: string): YamlShape {
  const deep = (): YamlShape => {
    const at = tooDeepOffset(text) ?? doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION')?.pos[0] ?? 0;
    return { problem: { kind: 'too-deep', start: at, end: at + 1 }, aliases: [] };
  };
  if (doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION')) return deep();
  const aliases: Alias[] = [];
  const anchors = new Map<string, Node>();
  const sizes = new Map<Node, number>();
  let problem: YamlLimitProblem | undefined;
  // Post-order walk with an explicit stack: a node's size is known when its last child is done.
  interface Frame { node: Node; children: unknown[]; next: number; size: number; depth: number }
  const frames: Frame[] = [];
  // What the aliases add up to once expanded (the nodes written out are not limited).
  let expanded = 0;
  const enter = (value: unknown, depth: number): number | undefined => {
    if (isAlias(value)) {
      aliases.push(value);
      const target = anchors.get(value.source);
      // An alias to a node still open (an ancestor) would expand forever.
      const size = target ? sizes.get(target) ?? Number.POSITIVE_INFINITY : 1;
      expanded += size;
      if (expanded > MAX_EXPANDED && !problem) problem = { kind: 'aliases', start: rangeStart(value), end: rangeStart(value) + 1 + value.source.length, name: value.source };
      return Math.min(size, MAX_EXPANDED + 1);
    }
    if (value && typeof value === 'object' && 'anchor' in value && typeof value.anchor === 'string' && value.anchor) anchors.set(value.anchor, value as Node);
    if (isMap(value) || isSeq(value)) {
      if (depth > MAX_DEPTH) return undefined;
      const children: unknown[] = [];
      for (const item of value.items as unknown[]) {
        if (isPair(item)) children.push(item.key, item.value);
        else children.push(item);
      }
      frames.push({ node: value, children, next: 0, size: 1, depth });
      return -1;
    }
    if (isScalar(value)) {
      sizes.set(value, 1);
      return 1;
    }
    return 0;
  };
  const first = enter(doc.contents, 1);
  if (first === undefined) return deep();
  while (frames.length) {
    const frame = frames[frames.length - 1]!;
    if (frame.next === frame.children.length) {
      frames.pop();
      sizes.set(frame.node, frame.size);
      const parent = frames[frames.length - 1];
      if (parent) parent.size = Math.min(parent.size + frame.size, MAX_EXPANDED + 1);
      continue;
    }
    const child = frame.children[frame.next++];
    const size = enter(child, frame.depth + 1);
    if (size === undefined) return deep();
    if (size >= 0) frame.size = Math.min(frame.size + size, MAX_EXPANDED + 1);
  }
  return problem ? { problem, aliases } : { aliases };
}

/**
 * For files otvet reads as data (the config, glossary and phrasebook files): the error that
 * refuses a document over the limits, at its line and column, or nothing. Aliases are allowed
 * there, within {@link MAX_EXPANDED} values. Call it before `toJS`.
 */
export function yamlLimitError(doc: Document.Parsed, text: string, path: string): UserError | undefined {
  const { problem } = yamlShape(doc, text);
  if (!problem) return undefined;
  const at = { path, ...new LineIndex(text).point(problem.start) };
  return problem.kind === 'too-deep'
    ? new UserError(limitMessages['too-deep'], { max: MAX_DEPTH }, at)
    : new UserError(limitMessages.aliases, { max: MAX_EXPANDED, name: problem.name }, at);
}
