import type { RuleCatalog } from '@otvet/core';
import { rules } from './catalog.js';
import { optionValidators } from './generated/options.js';

export { resourceValidators } from './generated/resources.js';

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
