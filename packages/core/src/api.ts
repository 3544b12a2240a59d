/**
 * The public API of the `otvet` package, for a team's own rules (`plugins:` in the config):
 * `defineRule`, `definePlugin` and the types a rule is written with. The rest of otvet is
 * internal and may change in any release; this module changes only with the major version.
 */
export { defineRule, RULE_CATEGORIES, type JsonSchema, type Report, type Rule, type RuleCategory, type RuleContext, type RuleMeta, type TextView } from './rule.js';
export { definePlugin, type Plugin } from './plugin.js';
export type { Lang, Localized } from './i18n.js';
export type { Branch, IcuError, ParsedText, Placeholder, PlaceholderKind } from './placeholders.js';
export type { Config, PlaceholderDeclaration, RuleSetting, Severity, SeverityLevel, Thresholds } from './types.js';
