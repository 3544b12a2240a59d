/** What the studio's server and its front end say to each other (JSON over HTTP). */

export type StudioLang = 'zh' | 'en' | 'ru';
export type VerdictName = 'pass' | 'revise' | 'reject' | 'unchecked';

export interface TemplateRow {
  file: string;
  index: number;
  id: string;
  title?: string;
  /** The texts by locale. */
  texts: Record<string, string>;
  verdict: VerdictName;
  errorRate: number;
  findings: number;
  /** The rules that reported something on it. */
  rules: string[];
}

export interface Overview {
  name: string;
  source: string;
  target: string;
  files: string[];
  templates: TemplateRow[];
  pack: { verdict: VerdictName; errorRate: number; templates: number; errors: number; warnings: number };
  /** Findings outside any template (a YAML error, an unreadable file), by file. */
  fileProblems: { file: string; message: string; line: number }[];
  /** The config's `pack:` (name and version), when it has one. */
  packName?: { name: string; version: string };
  /** What keeps `otvet pack` from building the pack (its gate); empty when it may be built. */
  blockers: Blocker[];
}

export interface Blocker {
  templateId?: string;
  message: string;
}

/** What `otvet pack` (and then `otvet verify` of what it wrote) said. */
export interface PackBuild {
  /** The exit code of `otvet pack`: 0 built, 1 refused, 2 an error. */
  code: number;
  output: string;
  /** The pack's directory, relative to the project. */
  dir?: string;
  /** The zip's file name, when one was written. */
  zip?: string;
  verify?: { code: number; output: string };
}

export interface FindingView {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** The rule's description, in the same language. */
  description?: string;
  /** The text the finding is in, with its range in that text's value; none for a template-level finding. */
  locale?: string;
  from?: number;
  to?: number;
  line: number;
  column: number;
  /** The safe fix, in the value's offsets. */
  fix?: { from: number; to: number; text: string };
  /** Suggested replacements of [from, to). */
  expected?: string[];
}

export interface TemplateView {
  file: string;
  index: number;
  id: string;
  title?: string;
  /** The locales in the order to show them: source, target, then the others. */
  locales: string[];
  source: string;
  target: string;
  texts: Record<string, string>;
  verdict: VerdictName;
  errorRate: number;
  findings: FindingView[];
  /** The digest of the file's bytes that the texts were read from (for saving). */
  base: string;
  /** The placeholders the texts use, with their declarations (the template's, else the config's). */
  placeholders: { name: string; type?: string; example?: string; description?: string }[];
  /** The target text as a buyer reads it: the examples filled in; with counted placeholders, also for 1, 3 and 5. */
  preview?: { example: string; counts: { n: number; text: string }[] };
}

export interface LintRequest {
  file: string;
  index: number;
  texts: Record<string, string>;
  lang: StudioLang;
}

export interface SaveRequest extends LintRequest {
  base: string;
}

export type SaveResponse =
  | { status: 'saved'; template: TemplateView; pack: Overview['pack'] }
  | { status: 'unchanged'; template: TemplateView }
  /** The file changed on disk since it was read: nothing was written; `disk` holds the texts it has now (none when it is gone). */
  | { status: 'conflict'; disk?: Record<string, string>; base?: string }
  | { status: 'error'; message: string };

export interface ApiError {
  error: string;
  message?: string;
}

export type TermStatus = 'approved' | 'draft' | 'deprecated';

/** A glossary entry as the studio edits it. */
export interface TermInput {
  id: string;
  zh: string[];
  ru: string[];
  forbidden: string[];
  en: string[];
  translate: boolean;
  status: TermStatus;
  domain?: string;
  note?: string;
}

export interface TermView extends TermInput {
  /** Where the entry is (`path:line`). */
  where?: string;
}

export interface GlossaryOverview {
  files: string[];
  entries: TermView[];
  /** What `otvet glossary check` reports, in the chosen language. */
  problems: string[];
  /** With a query: the ids of the entries it names (Chinese, English, or Russian in any inflection). */
  matches?: string[];
}
