import type { VFileMessage } from 'vfile-message';
import type { Localized } from './i18n.js';
import type { RuleCatalog } from './config.js';

export const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
export type SeverityLevel = (typeof SEVERITIES)[number];
export type Severity = Exclude<SeverityLevel, 'off'>;

/** A text edit in file offsets (UTF-16 units of the decoded text, BOM excluded). */
export interface Fix {
  range: [number, number];
  text: string;
}

/** Extra fields that otvet puts on the `VFileMessage`s it reports. */
export interface OtvetMessageFields {
  ruleId: string;
  severity: Severity;
  templateId?: string;
  /** Index of the template in its file's `templates` list (internal: ids may repeat). */
  templateIndex?: number;
  locale?: string;
  fix?: Fix;
  /** Language-independent identity of the message (rule message key). */
  messageId?: string;
  /** The values the message's `{slots}` are filled with (language-independent). */
  data?: Record<string, string | number>;
}

export type OtvetMessage = VFileMessage & OtvetMessageFields;

export interface PlaceholderDeclaration {
  type?: 'string' | 'number' | 'date' | 'money';
  example?: string | number;
  description?: string;
}

export interface Suppression {
  rule: string;
  reason: string;
}

export interface Thresholds {
  revise: number;
  reject: number;
}

export type RuleSetting = SeverityLevel | [SeverityLevel] | [SeverityLevel, Record<string, unknown>];

export interface Config {
  source: string;
  target: string;
  /** The language of otvet's messages for this project (below --lang and OTVET_LANG). */
  lang?: 'zh' | 'en' | 'ru';
  templates: string[];
  glossary: string[];
  /** Globs of user phrasebook files (extra entries for tone-calque). */
  phrasebooks?: string[];
  /** Globs of project word lists for spelling (one word per line, hunspell .dic compatible). */
  dictionaries?: string[];
  /** Rule plugins: module paths relative to the config, or package names. */
  plugins?: string[];
  placeholders: Record<string, PlaceholderDeclaration>;
  thresholds: Thresholds;
  maxLength: number;
  extends: string | string[];
  rules: Record<string, RuleSetting>;
  pack?: { name?: string; version?: string };
}

/** A config together with where it came from. */
export interface LoadedConfig {
  config: Config;
  /** Absolute path of the config file, or undefined when defaults apply. */
  path?: string;
  /** Directory that relative paths in the config are resolved against. */
  root: string;
  /** The rules this config can use: otvet's own and its plugins' (otvet's own when absent). */
  catalog?: RuleCatalog;
  /** The plugins the config named, as loaded: what the lint cache's key keeps of them. */
  plugins?: LoadedPlugin[];
}

/** A plugin as it was loaded for a config. */
export interface LoadedPlugin {
  /** As the config names it. */
  specifier: string;
  name: string;
  version?: string;
  /** Digest of the plugin's code (its module and the files beside it), for the lint cache. */
  digest: string;
}

export type { Localized };
