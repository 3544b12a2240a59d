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
  /** The digest of each template file's bytes as read (a change to the list is refused once the file is another). */
  bases: Record<string, string>;
  /** The texts the studio shows as the CLI does, from the CLI's message tables, in the asked language. */
  texts: SharedTexts;
}

/** Counted nouns of the CLI (`pluralMessages`), by the language's plural category. */
export type PluralId = 'count-templates' | 'count-errors' | 'count-warnings' | 'count-entries';

export interface SharedTexts {
  /** The verdicts' short names (`otvet pack`'s). */
  verdicts: Record<VerdictName, string>;
  /** The forms of each counted noun: `{n}` is the count. */
  plurals: Record<PluralId, Partial<Record<Intl.LDMLPluralRule, string>>>;
  /** The headings of `otvet glossary stats` (`{count}` in `unused`). */
  stats: { status: string; unused: string; missing: string };
  /** The headings of `otvet pack --since`'s report. */
  changes: { added: string; removed: string; changed: string; none: string };
}

/** A template, as a link to it. */
export interface TemplateRef {
  file: string;
  index: number;
  id: string;
}

/** Where a new template goes, or a template is copied or removed (the pack is linted again after). */
export type TemplateChangeResponse =
  | { status: 'saved'; message: string; template?: TemplateRef; overview: Overview }
  | { status: 'conflict'; message: string }
  | { status: 'error'; message: string };

/** The word diff of the pack as it is now against the last pack built (`otvet pack --since`). */
export interface PackDiff {
  /** The last pack, relative to the project; none when no pack was built yet. */
  base?: string;
  heading?: string;
  added: { id: string; title?: string }[];
  removed: { id: string; title?: string }[];
  changed: { id: string; title?: string; fields: { field: string; parts: { value: string; added?: boolean; removed?: boolean }[] }[] }[];
  unchanged: number;
  /** The same as `otvet pack --since … --since-format markdown` prints. */
  markdown?: string;
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
  /** The digest of each file's bytes as read (for edits: a file changed since is not written over). */
  bases: Record<string, string>;
  /** By entry id: the templates that use the term, and the findings of the glossary rules on it. */
  usage: Record<string, TermUsage>;
  /** `otvet glossary stats` (none while the glossary has problems). */
  stats?: GlossaryStats;
}

export interface TermUsage {
  uses: TemplateRef[];
  violations: (TemplateRef & { ruleId: string; message: string })[];
}

export interface GlossaryStats {
  byStatus: Record<TermStatus, number>;
  unused: string[];
  missing: [string, number][];
}

/** What a glossary edit, removal or import did. */
export type GlossaryWriteResponse = { status: 'saved'; message: string } | { status: 'conflict'; message: string } | { status: 'error'; message: string };
