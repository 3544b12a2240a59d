import type { Localized, RuleCatalog, ValidateFunction } from '@otvet/core';
import { rules } from './catalog.js';
import { optionValidators } from './generated/options.js';
import { PatternError, parsePattern } from './lib/patterns/index.js';
import { patternText } from './lib/patterns/messages.js';

/**
 * The validators of the data files a config may add (`phrasebooks:`…), by kind. Loaded on first
 * call: their compiled schemas are some 240 KB of code that a lint without such files never runs,
 * so the CLI's start-up does not pay for them.
 */
export async function loadResourceValidators(): Promise<Readonly<Record<string, ValidateFunction>>> {
  return (await import('./resource-validators.js')).resourceValidators;
}

export { rules } from './catalog.js';

/** The rule catalog: every rule by id, with precompiled option validators. */
export const catalog: RuleCatalog = {
  rules: new Map(rules.map((r) => [r.meta.id, r])),
  optionValidators,
};

/** Where a rule's documentation lives in this repository. */
export function ruleDocPath(ruleId: string): string {
  return `packages/rules/src/${ruleId}/README.md`;
}

/**
 * What is wrong with a value that a resource file's schema rejected, told more plainly than the
 * schema can: a phrase pattern (`…/patterns/N`, `…/unless/N` of a phrasebook) is parsed, and the
 * parser's message names the mistake and its place in the pattern (UTF-16 offset and length).
 * Undefined when there is nothing to add to the schema's message.
 */
export function resourceProblem(kind: string, instancePath: string, value: unknown): { detail: Localized; offset: number; length: number } | undefined {
  if (kind !== 'phrasebook' || typeof value !== 'string' || !/\/(?:patterns|unless)\/\d+$/u.test(instancePath)) return undefined;
  // What the parser accepts but a phrasebook may not hold.
  const blanks = /^\s|\s\s|\s$|[^\S ]/u.exec(value);
  if (blanks) return { detail: patternText('blanks', { pattern: value }), offset: blanks.index, length: blanks[0].length };
  const list = /(?:^|[\s|[])(@\S*)/u.exec(value);
  if (list) {
    const at = list.index + list[0].length - list[1]!.length;
    return { detail: patternText('list-in-phrasebook', { pattern: value, token: list[1]! }), offset: at, length: list[1]!.length };
  }
  try {
    parsePattern(value);
  } catch (error) {
    if (error instanceof PatternError) return { detail: error.detail, offset: error.offset ?? 0, length: error.length ?? value.length };
    throw error;
  }
  return undefined;
}
