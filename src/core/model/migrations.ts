/**
 * Moving old documents forward. Each step takes a plain document of version N and
 * returns version N+1; `migrate` chains them up to CURRENT_SCHEMA_VERSION. A step never
 * drops a field it does not understand. Every version keeps a fixture in
 * test/fixtures/versions/ that must load, so a step that breaks an old file fails a test.
 */
import { CURRENT_SCHEMA_VERSION } from './schema.ts';

export type PlainDocument = Record<string, unknown>;
export type MigrationStep = (doc: PlainDocument) => PlainDocument;

/**
 * Registered steps, keyed by the version they upgrade FROM. Version 1 is the first
 * published format (DESIGN.md's canonical example), so there are none yet.
 */
export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {};

export type MigrationResult = { ok: true; value: PlainDocument; applied: number[] } | { ok: false; message: string };

export function migrate(
  doc: PlainDocument,
  steps: Readonly<Record<number, MigrationStep>> = MIGRATIONS,
  target: number = CURRENT_SCHEMA_VERSION,
): MigrationResult {
  const version = doc.schemaVersion;
  if (version === undefined) return { ok: false, message: `missing required field schemaVersion (this NetStudio writes ${target})` };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: `schemaVersion must be a whole number from 1 to ${target}, got ${JSON.stringify(version)}` };
  }
  if (version > target) {
    return {
      ok: false,
      message: `this design uses schemaVersion ${version}, made by a newer NetStudio; this one reads up to ${target}`,
    };
  }
  let current = doc;
  const applied: number[] = [];
  for (let v = version; v < target; v++) {
    const step = steps[v];
    if (!step) return { ok: false, message: `no migration from schemaVersion ${v} to ${v + 1}` };
    current = { ...step(current), schemaVersion: v + 1 };
    applied.push(v);
  }
  return { ok: true, value: current, applied };
}
