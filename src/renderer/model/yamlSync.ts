/**
 * Writing a design into its YAML document so comments and key order in the file survive.
 * Shared by the store (the text Code shows and Save writes) and the YAML writer worker
 * (drafts), so both produce the same text from the same document.
 */
import { isSeq, Scalar, visit, type Document } from 'yaml';
import type { Design } from '../../core/model/index.ts';
import { parseDesign, serializeDesign } from '../../core/model/index.ts';

const LIST_SECTIONS = ['regions', 'circuits', 'services', 'segments', 'demands', 'scenarios'];

/**
 * Keeps the YAML document in the shape `serializeDesign` merges into correctly:
 * - an empty list section (`circuits: []`) is a flow list, and items added to it would be
 *   written on one line: make it a block list before it gets items;
 * - keys that `YAMLMap.set` added are plain strings, which the merge skips on the next edit
 *   (so a changed nested value would not be written): turn them into scalars.
 */
function prepareYamlDoc(doc: Document, design?: Design): void {
  for (const key of LIST_SECTIONS) {
    const node = doc.get(key, true);
    const next = (design as Record<string, unknown> | undefined)?.[key];
    if (isSeq(node) && node.items.length === 0 && Array.isArray(next) && next.length > 0) node.flow = false;
  }
  visit(doc, {
    Pair(_, pair) {
      if (typeof pair.key === 'string' || typeof pair.key === 'number') pair.key = new Scalar(pair.key);
    },
  });
}

/** Merges `design` into `doc` (mutating it) and writes the text; without a document, writes a fresh one. */
export function syncYaml(design: Design, doc: Document | undefined): { yamlText: string; yamlDoc?: Document } {
  if (doc) {
    prepareYamlDoc(doc, design);
    const yamlText = serializeDesign(design, doc);
    prepareYamlDoc(doc);
    return { yamlText, yamlDoc: doc };
  }
  const text = serializeDesign(design);
  return { yamlText: text, yamlDoc: parseDesign(text).yaml };
}
