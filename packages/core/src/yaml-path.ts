/** Finding YAML nodes by path, for reporting validation errors at exact positions. */
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';

/** The parts of a JSON pointer (ajv `instancePath`). */
export function pointerParts(pointer: string): string[] {
  return pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The node at a path, and the key it stands under when its parent is a mapping. */
export function nodeAt(doc: Document.Parsed, parts: readonly (string | number)[]): { node?: Node; key?: Node } {
  let node: unknown = doc.contents;
  let key: Node | undefined;
  for (const part of parts) {
    if (isMap(node)) {
      const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === String(part));
      key = pair?.key as Node | undefined;
      node = pair?.value;
    } else if (isSeq(node)) {
      node = node.items[Number(part)];
      key = undefined;
    } else return {};
  }
  const out: { node?: Node; key?: Node } = {};
  if (node && typeof node === 'object' && 'range' in node) out.node = node as Node;
  if (key) out.key = key;
  return out;
}
