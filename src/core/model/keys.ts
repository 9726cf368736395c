/**
 * Which keys the schema defines at a place in the document, so that saving deletes a
 * field the model dropped but keeps a field the user added that NetStudio does not know.
 */
import type { z } from 'zod';
import { Design } from './schema.ts';

type AnySchema = z.core.$ZodType;

function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (;;) {
    const def = s._zod.def as { type: string; innerType?: AnySchema };
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) s = def.innerType;
    else return s;
  }
}

/**
 * The schema's keys for the mapping at `path` (list indexes are ignored), or `'any'` for a
 * record (user shares per region) or a place the schema does not describe.
 */
export function knownKeysAt(path: readonly (string | number)[]): Set<string> | 'any' {
  let s = unwrap(Design);
  for (const seg of path) {
    const def = s._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema; items?: AnySchema[] };
    if (def.type === 'array' && def.element) {
      s = unwrap(def.element);
      if (typeof seg === 'number') continue;
    }
    const cur = s._zod.def as typeof def;
    if (typeof seg === 'number') {
      if (cur.type === 'tuple' && cur.items?.[seg]) s = unwrap(cur.items[seg]);
      continue;
    }
    if (cur.type !== 'object' || !cur.shape?.[seg]) return 'any';
    s = unwrap(cur.shape[seg]);
  }
  const def = s._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
  if (def.type === 'array' && def.element) s = unwrap(def.element);
  const final = s._zod.def as typeof def;
  return final.type === 'object' && final.shape ? new Set(Object.keys(final.shape)) : 'any';
}
