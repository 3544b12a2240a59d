/** Edits of a glossary's or template file's list in the file's text: what is not edited stays byte for byte. */
import { describe, expect, it } from 'vitest';
import { parseTemplateDocument } from '@otvet/core';
import { appendItem, removeItem, replaceItem } from './list-edit.js';

const GLOSSARY = [
  'terms:',
  '  # Shop words',
  '  - id: shop # the usual one',
  '    zh: [店铺]',
  '    # Not «лавка»: it sounds old-fashioned.',
  '    ru: [магазин]',
  '    forbidden: [лавка]',
  '',
  '  - id: order',
  '    zh: [订单]',
  '    ru: [заказ]',
  '',
].join('\n');

describe('replaceItem', () => {
  it('rewrites only the keys that changed, keeping the entry’s comment lines and its other keys', () => {
    const out = replaceItem(parseTemplateDocument, GLOSSARY, 'terms', 0, { id: 'shop', zh: ['店铺'], ru: ['магазин', 'интернет-магазин'], forbidden: ['лавка'] })!;
    expect(out).toBe(GLOSSARY.replace('    ru: [магазин]\n', '    ru: [магазин, интернет-магазин]\n'));
  });

  it('removes a key’s lines and adds a new key after the others', () => {
    const out = replaceItem(parseTemplateDocument, GLOSSARY, 'terms', 0, { id: 'shop', zh: ['店铺'], ru: ['магазин'], note: 'Не «лавка».' })!;
    expect(out).toBe(GLOSSARY.replace('    forbidden: [лавка]\n', '    note: Не «лавка».\n'));
  });

  it('changes the id on the dash’s line, keeping the comment after it only when the id is unchanged', () => {
    const out = replaceItem(parseTemplateDocument, GLOSSARY, 'terms', 1, { id: 'orders', zh: ['订单'], ru: ['заказ'] })!;
    expect(out).toBe(GLOSSARY.replace('  - id: order\n', '  - id: orders\n'));
  });

  it('quotes what would not read back as it is, and keeps CRLF line endings', () => {
    const crlf = GLOSSARY.replace(/\n/g, '\r\n');
    const out = replaceItem(parseTemplateDocument, crlf, 'terms', 1, { id: 'order', zh: ['订单'], ru: ['заказ'], note: 'yes' })!;
    expect(out).toBe(crlf.replace('    ru: [заказ]\r\n', '    ru: [заказ]\r\n    note: "yes"\r\n'));
  });

  it('writes the whole entry anew when the first key goes, and the data is always what was asked for', () => {
    const out = replaceItem(parseTemplateDocument, GLOSSARY, 'terms', 1, { zh: ['订单'], ru: ['заказ'], id: 'order2' })!;
    expect(parseTemplateDocument(out).toJS().terms[1]).toEqual({ zh: ['订单'], ru: ['заказ'], id: 'order2' });
    expect(out.startsWith(GLOSSARY.slice(0, GLOSSARY.indexOf('  - id: order\n')))).toBe(true);
  });
});

describe('removeItem', () => {
  it('removes the entry’s lines and the blank line after it, nothing else', () => {
    // The last entry: the blank line that separated it goes with it.
    expect(removeItem(parseTemplateDocument, GLOSSARY, 'terms', 1)).toBe(GLOSSARY.replace('\n  - id: order\n    zh: [订单]\n    ru: [заказ]\n', ''));
    // Another: its own lines and the blank line after them.
    expect(removeItem(parseTemplateDocument, GLOSSARY, 'terms', 0)).toBe(GLOSSARY.replace(/ {2}- id: shop[^]*?\n\n/u, ''));
  });
});

describe('appendItem', () => {
  const item = { id: 'first', text: { zh: '您好', ru: 'Здравствуйте!' } };
  it('writes the first item of an empty list under its key, keeping a comment on that line and the rest of the file', () => {
    expect(appendItem(parseTemplateDocument, '# Replies\ntemplates: [] # none yet\n', 'templates', item)).toBe(
      '# Replies\ntemplates: # none yet\n  - id: first\n    text:\n      zh: 您好\n      ru: Здравствуйте!\n',
    );
    expect(appendItem(parseTemplateDocument, 'templates:\r\n', 'templates', item)).toBe('templates:\r\n  - id: first\r\n    text:\r\n      zh: 您好\r\n      ru: Здравствуйте!\r\n');
    expect(appendItem(parseTemplateDocument, 'templates: []', 'templates', item)).toBe('templates:\n  - id: first\n    text:\n      zh: 您好\n      ru: Здравствуйте!\n');
  });
  it('refuses a list that is not empty and not block style, or a key that holds something else', () => {
    expect(appendItem(parseTemplateDocument, 'templates: [{ id: a, text: { ru: Да } }]\n', 'templates', item)).toBeUndefined();
    expect(appendItem(parseTemplateDocument, 'templates: 5\n', 'templates', item)).toBeUndefined();
  });
});
