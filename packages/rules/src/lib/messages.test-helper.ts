/** English message text of a rule, for readable expected lines in tests. */
import type { AnyRule } from '@otvet/core';
import { format } from '@otvet/core';

export function en(rule: { meta: { messages: Record<string, { en: string }> } } | AnyRule, id: string, data: Record<string, string | number> = {}): string {
  const message = (rule.meta.messages as Record<string, { en: string }>)[id];
  if (!message) throw new Error(`no message ${id}`);
  return format(message.en, data);
}
