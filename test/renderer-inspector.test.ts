import { describe, expect, it } from 'vitest';
import { CIRCUIT_FIELDS, REGION_FIELDS, SERVICE_FIELDS, commitValue } from '../src/renderer/inspector/fields.ts';
import { formatAccelerator, matchesAccelerator } from '../src/renderer/actions/registry.ts';
import type { Circuit, Region, Service } from '../src/core/model/index.ts';

const field = (list: typeof REGION_FIELDS, label: string) => list.find((f) => f.label === label)!;
const circuit: Circuit = { id: 'c', from: 'a', to: 'b', type: 'mpls', bandwidthMbps: 100 };
const region: Region = { id: 'r', name: 'R', kind: 'datacenter', provider: 'onprem', location: { lat: 50, lon: 8 } };
const service: Service = { id: 's', name: 'S', kind: 'web', placements: ['r'] };

describe('inspector fields follow the schema', () => {
  it('refuses a negative bandwidth with the schema message', () => {
    expect(commitValue(field(CIRCUIT_FIELDS, 'Bandwidth'), circuit, '-5')).toEqual({ error: 'must be at least 0.001 Mbps' });
    expect(commitValue(field(CIRCUIT_FIELDS, 'Bandwidth'), circuit, 'fast')).toEqual({ error: 'enter a number' });
    expect(commitValue(field(CIRCUIT_FIELDS, 'Bandwidth'), circuit, '2,500')).toEqual({ path: ['bandwidthMbps'], value: 2500 });
  });

  it('edits a field inside an object as the whole object, keeping its siblings', () => {
    expect(commitValue(field(REGION_FIELDS, 'Latitude'), region, '48.1')).toEqual({ path: ['location'], value: { lat: 48.1, lon: 8 } });
    expect(commitValue(field(SERVICE_FIELDS, 'RTO'), service, '120')).toEqual({ path: ['objectives'], value: { rtoSeconds: 120 } });
  });

  it('says which sibling a required object still needs', () => {
    const out = commitValue(field(REGION_FIELDS, 'MTBF'), region, '8760');
    expect('error' in out && out.error).toMatch(/mttrHours/);
    const fo = commitValue(field(SERVICE_FIELDS, 'DNS TTL'), service, '60');
    expect('error' in fo && fo.error).toMatch(/mechanism/);
  });

  it('clearing the last field of an object removes the object', () => {
    const s: Service = { ...service, objectives: { rtoSeconds: 30 } };
    expect(commitValue(field(SERVICE_FIELDS, 'RTO'), s, '')).toEqual({ path: ['objectives'], value: undefined });
  });

  it('enum fields offer the schema options', () => {
    expect(field(CIRCUIT_FIELDS, 'Type').options).toContain('expressroute');
    expect(field(SERVICE_FIELDS, 'Failover mechanism').options).toEqual(['dns', 'anycast', 'bgp', 'global-lb', 'manual']);
  });
});

describe('keyboard shortcuts', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}, code = '') =>
    ({ key: k, code, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods }) as KeyboardEvent;
  it('matches accelerators with their modifiers exactly', () => {
    expect(matchesAccelerator(key('s', { ctrlKey: true }), 'CmdOrCtrl+S')).toBe(true);
    expect(matchesAccelerator(key('S', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+S')).toBe(false);
    expect(matchesAccelerator(key('S', { ctrlKey: true, shiftKey: true }), 'CmdOrCtrl+Shift+S')).toBe(true);
    expect(matchesAccelerator(key('!', { ctrlKey: true, shiftKey: true }, 'Digit1'), 'CmdOrCtrl+Shift+1')).toBe(true);
    expect(matchesAccelerator(key('Delete'), 'Delete')).toBe(true);
    expect(formatAccelerator('CmdOrCtrl+Shift+S')).toBe('Ctrl+Shift+S');
  });
});
