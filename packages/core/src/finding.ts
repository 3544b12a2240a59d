import type { Localized } from './i18n.js';
import type { Fix, Severity } from './types.js';

/** A finding before it is localized and turned into a `VFileMessage`. File offsets. */
export interface Finding {
  ruleId: string;
  messageId: string;
  message: Localized;
  data?: Record<string, string | number>;
  start: number;
  end: number;
  /** Fixed severity for built-in checks that cannot be configured lower (yaml-syntax). */
  severity?: Severity;
  templateId?: string;
  /** Index of the template in its file's `templates` list. */
  templateIndex?: number;
  locale?: string;
  actual?: string;
  expected?: string[];
  fix?: Fix;
  note?: Localized;
  /** Another place this finding relates to (`path:line:column`). */
  cause?: string;
}
