/**
 * YAML documents for otvet's files: `parseDocument` with duplicate keys found in linear time.
 * The yaml library's own check (`uniqueKeys: true`) compares each new key of a mapping with
 * every key before it: a mapping of 1,600 keys (a template declaring as many placeholders) costs
 * over a million comparisons, and a hostile file of 100,000 keys would hang the lint. This walks
 * the document once, without recursion (a deep file cannot exhaust the stack), and reports each
 * repeated scalar key as the library does: a `DUPLICATE_KEY` error at the repeated key.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, YAMLParseError, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions } from 'yaml';

export type YamlParseOptions = Omit<ParseOptions & DocumentOptions & SchemaOptions, 'uniqueKeys'>;

/** Parse a YAML document; a key repeated in a mapping is an error of the document (`DUPLICATE_KEY`). */
export function parseYamlDocument(text: string, options: YamlParseOptions = {}): Document.Parsed {
  const doc = parseDocument(text, { ...options, uniqueKeys: false });
  const duplicates: YAMLParseError[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length) {
    const node = stack.pop();
    if (isMap(node)) {
      // The library's equality: the same scalar value (===), so NaN never repeats.
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        if (isScalar(key) && !(typeof key.value === 'number' && Number.isNaN(key.value))) {
          if (seen.has(key.value)) {
            const at = key.range?.[0] ?? 0;
            duplicates.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
          } else seen.add(key.value);
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item);
    } else if (isPair(node)) {
      // A pair written in a flow sequence (`[a: 1]`).
      stack.push(node.key, node.value);
    }
    // An alias repeats a node walked where it is defined; scalars hold no keys.
  }
  if (duplicates.length) {
    doc.errors.push(...duplicates);
    doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
  }
  return doc;
}
