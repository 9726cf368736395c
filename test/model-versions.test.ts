// schemaVersion: every published version's fixture loads; the migration chain runs in order.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, migrate, parseDesign } from '../src/core/model/index.ts';

const dir = new URL('./fixtures/versions/', import.meta.url);

describe('schema versions', () => {
  const fixtures = readdirSync(dir).filter((f) => f.endsWith('.netstudio.yaml'));

  it('has a fixture for every version up to the current one', () => {
    const versions = fixtures.map((f) => Number(/^v(\d+)\./.exec(f)?.[1])).sort();
    expect(versions).toEqual(Array.from({ length: CURRENT_SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it.each(fixtures)('%s loads with no errors', (file) => {
    const r = parseDesign(readFileSync(new URL(file, dir), 'utf8'));
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.design?.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('refuses a file from a newer NetStudio with a clear message at schemaVersion', () => {
    const r = parseDesign(`schemaVersion: ${CURRENT_SCHEMA_VERSION + 1}\nname: future\n`);
    expect(r.problems).toEqual([
      expect.objectContaining({ path: 'schemaVersion', line: 1, message: expect.stringMatching(/made by a newer NetStudio/) }),
    ]);
  });

  it('chains migration steps in order and stamps each version', () => {
    const steps = {
      1: (d: Record<string, unknown>) => ({ ...d, renamed: d.old, old: undefined }),
      2: (d: Record<string, unknown>) => ({ ...d, trail: [...((d.trail as number[]) ?? []), 2] }),
    };
    const r = migrate({ schemaVersion: 1, old: 'x', trail: [] }, steps, 3);
    expect(r).toEqual({ ok: true, applied: [1, 2], value: { schemaVersion: 3, renamed: 'x', old: undefined, trail: [2] } });
    expect(migrate({ schemaVersion: 1 }, {}, 2)).toEqual({ ok: false, message: 'no migration from schemaVersion 1 to 2' });
    expect(migrate({ schemaVersion: 'one' as unknown as number }, {}, 1)).toMatchObject({ ok: false });
  });
});
