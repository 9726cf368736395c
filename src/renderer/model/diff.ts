/**
 * Edits recorded as data (STYLE.md "Edits are data"): a diff between two designs, its
 * inverse, and applying it. Lists of elements are compared by `id` and by object identity:
 * commands copy only the elements they change, so an unchanged element is the same object
 * before and after and costs one pointer comparison.
 */
import type { Design } from '../../core/model/index.ts';

/** Sections whose elements carry a stable `id`. */
export const ID_SECTIONS = ['regions', 'circuits', 'services', 'segments', 'scenarios'] as const;
export type IdSection = (typeof ID_SECTIONS)[number];

interface Element {
  id: string;
}

export interface SectionDiff {
  /** Elements present only after, with their index in the after-list. */
  added: { index: number; value: Element }[];
  /** Elements present only before, with their index in the before-list. */
  removed: { index: number; value: Element }[];
  /** Elements changed in place: [before, after]. */
  updated: [Element, Element][];
}

export interface DesignDiff {
  sections: Partial<Record<IdSection, SectionDiff>>;
  /** Other top-level fields that changed: key → [before, after] (undefined = absent). */
  fields: Record<string, [unknown, unknown]>;
}

type Loose = Record<string, unknown>;

function isIdList(v: unknown): v is Element[] {
  return Array.isArray(v) && v.every((e) => typeof e === 'object' && e !== null && typeof (e as Element).id === 'string');
}

function diffSection(before: Element[], after: Element[]): SectionDiff | undefined {
  if (before === after) return undefined;
  const beforeById = new Map(before.map((e, i) => [e.id, { e, i }]));
  const afterIds = new Set<string>();
  const diff: SectionDiff = { added: [], removed: [], updated: [] };
  after.forEach((e, index) => {
    afterIds.add(e.id);
    const prev = beforeById.get(e.id);
    if (!prev) diff.added.push({ index, value: e });
    else if (prev.e !== e) diff.updated.push([prev.e, e]);
  });
  before.forEach((e, index) => {
    if (!afterIds.has(e.id)) diff.removed.push({ index, value: e });
  });
  if (diff.added.length + diff.removed.length + diff.updated.length === 0) return undefined;
  return diff;
}

/** The diff that turns `before` into `after`. */
export function diffDesigns(before: Design, after: Design): DesignDiff {
  const diff: DesignDiff = { sections: {}, fields: {} };
  const b = before as Loose;
  const a = after as Loose;
  const keys = new Set([...Object.keys(b), ...Object.keys(a)]);
  for (const key of keys) {
    const bv = b[key];
    const av = a[key];
    if (bv === av) continue;
    if ((ID_SECTIONS as readonly string[]).includes(key) && isIdList(bv) && isIdList(av)) {
      const s = diffSection(bv, av);
      if (s) diff.sections[key as IdSection] = s;
      continue;
    }
    if (JSON.stringify(bv) === JSON.stringify(av)) continue;
    diff.fields[key] = [bv, av];
  }
  return diff;
}

export function isEmptyDiff(diff: DesignDiff): boolean {
  return Object.keys(diff.sections).length === 0 && Object.keys(diff.fields).length === 0;
}

export function invertDiff(diff: DesignDiff): DesignDiff {
  const sections: DesignDiff['sections'] = {};
  for (const [key, s] of Object.entries(diff.sections) as [IdSection, SectionDiff][]) {
    sections[key] = { added: s.removed, removed: s.added, updated: s.updated.map(([x, y]) => [y, x]) };
  }
  const fields: DesignDiff['fields'] = {};
  for (const [key, [x, y]] of Object.entries(diff.fields)) fields[key] = [y, x];
  return { sections, fields };
}

/** Applies `diff` to `design`, returning a new design; untouched elements keep their identity. */
export function applyDiff(design: Design, diff: DesignDiff): Design {
  const next: Loose = { ...(design as Loose) };
  for (const [key, s] of Object.entries(diff.sections) as [IdSection, SectionDiff][]) {
    const removed = new Set(s.removed.map((r) => r.value.id));
    const updated = new Map(s.updated.map(([, to]) => [to.id, to]));
    const list = ((next[key] as Element[] | undefined) ?? [])
      .filter((e) => !removed.has(e.id))
      .map((e) => updated.get(e.id) ?? e);
    for (const { index, value } of [...s.added].sort((x, y) => x.index - y.index)) list.splice(index, 0, value);
    next[key] = list;
  }
  for (const [key, [, to]] of Object.entries(diff.fields)) {
    if (to === undefined) delete next[key];
    else next[key] = to;
  }
  return next as Design;
}

/** Ids of every element a diff touches: used to select what an undo brings back. */
export function touchedIds(diff: DesignDiff): string[] {
  const ids: string[] = [];
  for (const s of Object.values(diff.sections)) {
    if (!s) continue;
    for (const a of s.added) ids.push(a.value.id);
    for (const [, to] of s.updated) ids.push(to.id);
  }
  return ids;
}
