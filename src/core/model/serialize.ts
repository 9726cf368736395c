/**
 * Writing a design back to YAML. Given the document it was loaded from, only what changed
 * is touched: comments, key order, unknown fields and formatting of untouched parts
 * survive a load → edit → save round trip. Lists of elements are matched by `id`, so
 * reordering or editing one region keeps the comments on the others.
 */
import YAML, { isMap, isScalar, isSeq, type Document } from 'yaml';
import { knownKeysAt } from './keys.ts';
import type { Design } from './schema.ts';

/** Top-level order for new documents: the order people read a design in. */
const SECTION_ORDER = [
  'schemaVersion', 'name', 'description', 'assumptions', 'ipam', 'regions', 'circuits', 'services',
  'segments', 'demands', 'scenarios', 'review', 'pricing',
];

const STRINGIFY: YAML.ToStringOptions = { lineWidth: 0, flowCollectionPadding: true };

/** Serialises `design`, updating `base` in place when given (and returning its text). */
export function serializeDesign(design: Design, base?: Document): string {
  if (!base) {
    const ordered: Record<string, unknown> = {};
    for (const key of SECTION_ORDER) if ((design as Record<string, unknown>)[key] !== undefined) ordered[key] = (design as Record<string, unknown>)[key];
    for (const [k, v] of Object.entries(design)) if (!(k in ordered) && v !== undefined) ordered[k] = v;
    const doc = new YAML.Document(ordered);
    compactLeaves(doc.contents);
    return doc.toString(STRINGIFY);
  }
  merge(base, base.contents, design, []);
  return base.toString(STRINGIFY);
}

/** Small mappings of scalars (positions, locations, failover settings) read best on one line. */
function compactLeaves(node: unknown, isValue = false): void {
  if (isMap(node)) {
    const scalarsOnly = node.items.every((p) => isScalar(p.value));
    if (isValue && scalarsOnly && node.items.length > 0 && node.items.length <= 6) node.flow = true;
    for (const p of node.items) compactLeaves(p.value, true);
  } else if (isSeq(node)) {
    if (node.items.length > 0 && node.items.every((i) => isScalar(i)) && node.items.length <= 12) node.flow = true;
    for (const i of node.items) compactLeaves(i, false);
  }
}

function merge(doc: Document, node: unknown, next: unknown, path: (string | number)[]): void {
  if (isMap(node) && isPlainObject(next)) {
    const keys = new Set(Object.keys(next).filter((k) => next[k] !== undefined));
    for (const pair of [...node.items]) {
      const key = keyName(pair.key);
      if (key === undefined) continue;
      if (!keys.has(key)) {
        // A key the schema does not know is kept (it was reported as unknown on load);
        // a known key that the model dropped is deleted.
        const known = knownKeysAt(path);
        if (known === 'any' || known.has(key)) node.delete(key);
        continue;
      }
      const value = next[key];
      if (sameScalar(pair.value, value)) continue;
      if (isMap(pair.value) || isSeq(pair.value)) merge(doc, pair.value, value, [...path, key]);
      else node.set(key, fresh(doc, value));
    }
    for (const key of keys) if (!node.has(key)) node.set(key, fresh(doc, next[key]));
    return;
  }
  if (isSeq(node) && Array.isArray(next)) {
    // `[]` is written in flow style; once it holds mappings it reads better as a block list.
    if (node.flow && next.some((v) => typeof v === 'object' && v !== null)) node.flow = false;
    const byId = idsOf(node);
    if (byId && next.every((v) => isPlainObject(v) && typeof v.id === 'string')) {
      const items = next.map((v) => {
        const existing = byId.get((v as { id: string }).id);
        if (existing) {
          merge(doc, existing, v, path);
          return existing;
        }
        return fresh(doc, v, false);
      });
      node.items = items as typeof node.items;
      return;
    }
    // Positional merge for plain lists.
    const items = next.map((v, i) => {
      const existing = node.items[i];
      if (existing !== undefined && sameScalar(existing, v)) return existing;
      if (existing !== undefined && (isMap(existing) || isSeq(existing)) && typeof v === 'object' && v !== null) {
        merge(doc, existing, v, [...path, i]);
        return existing;
      }
      return fresh(doc, v, false);
    });
    node.items = items as typeof node.items;
    return;
  }
  // Type changed (mapping ↔ list ↔ scalar): replace at the parent, which set() above does.
  if (path.length === 0) doc.contents = fresh(doc, next) as typeof doc.contents;
}

function fresh(doc: Document, value: unknown, isValue = true) {
  const node = doc.createNode(value);
  compactLeaves(node, isValue);
  return node;
}

function idsOf(seq: YAML.YAMLSeq): Map<string, unknown> | undefined {
  const map = new Map<string, unknown>();
  for (const item of seq.items) {
    if (!isMap(item)) return undefined;
    const id = item.get('id');
    if (typeof id !== 'string') return undefined;
    map.set(id, item);
  }
  return map;
}

function sameScalar(node: unknown, value: unknown): boolean {
  return isScalar(node) && (typeof value !== 'object' || value === null) && node.value === value;
}

/** A mapping key as text: parsed keys are Scalars, keys added by `YAMLMap.set` may be plain strings. */
function keyName(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (typeof key === 'string' || typeof key === 'number') return String(key);
  return undefined;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
