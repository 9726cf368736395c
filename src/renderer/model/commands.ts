/**
 * Every edit of the design is a typed command applied by a pure function. A command never
 * mutates its input: it copies each element it changes once and keeps every other element
 * (same object), so `diffDesigns` can record exactly what changed for undo.
 */
import type { Circuit, Design, Position, Region, Scenario, Service } from '../../core/model/index.ts';
import type { z } from 'zod';

export type ElementKind = 'region' | 'circuit' | 'service' | 'scenario';
type PositionValue = z.infer<typeof Position>;

export type Command =
  | { type: 'addRegion'; region: Region }
  | { type: 'addCircuit'; circuit: Circuit }
  | { type: 'addService'; service: Service }
  | { type: 'addScenario'; scenario: Scenario }
  /** Removes elements; circuits, placements and references that depend on them go too. */
  | { type: 'removeElements'; ids: string[] }
  /** Sets (or, with `value: undefined`, clears) a field of one element; `path` is below the element. */
  | { type: 'setField'; kind: ElementKind; id: string; path: (string | number)[]; value: unknown }
  /** Sets a top-level field of the design (`name`, `description`, `assumptions`). */
  | { type: 'setDesignField'; key: 'name' | 'description' | 'assumptions'; value: string | undefined }
  | { type: 'moveRegions'; moves: { id: string; position: PositionValue }[] }
  | { type: 'placeService'; serviceId: string; regionId: string }
  | { type: 'unplaceService'; serviceId: string; regionId: string }
  /** Inserts copies of elements (already given fresh ids by `prepareClipboardPaste`). */
  | { type: 'paste'; regions: Region[]; circuits: Circuit[]; services: Service[] }
  /** Replaces the list of demands (undefined removes the section). */
  | { type: 'setDemands'; demands: Design['demands'] }
  /** Replaces the whole design (an edit made in the YAML code view). */
  | { type: 'replaceDesign'; design: Design };

const SECTION: Record<ElementKind, 'regions' | 'circuits' | 'services' | 'scenarios'> = {
  region: 'regions',
  circuit: 'circuits',
  service: 'services',
  scenario: 'scenarios',
};

export class CommandError extends Error {}

/** Applies one command; returns the same object when nothing changed. */
export function applyCommand(design: Design, command: Command): Design {
  switch (command.type) {
    case 'addRegion':
      assertFreeId(design, command.region.id);
      return { ...design, regions: [...design.regions, command.region] };
    case 'addCircuit': {
      assertFreeId(design, command.circuit.id);
      const ids = new Set(design.regions.map((r) => r.id));
      if (!ids.has(command.circuit.from) || !ids.has(command.circuit.to)) throw new CommandError('a circuit joins two existing regions');
      if (command.circuit.from === command.circuit.to) throw new CommandError('a circuit cannot join a region to itself');
      return { ...design, circuits: [...design.circuits, command.circuit] };
    }
    case 'addService':
      assertFreeId(design, command.service.id);
      return { ...design, services: [...design.services, command.service] };
    case 'addScenario':
      assertFreeId(design, command.scenario.id);
      return { ...design, scenarios: [...(design.scenarios ?? []), command.scenario] };
    case 'removeElements':
      return removeElements(design, new Set(command.ids));
    case 'setField':
      return setElementField(design, command.kind, command.id, command.path, command.value);
    case 'setDesignField': {
      if (design[command.key] === command.value) return design;
      const next = { ...design } as Record<string, unknown>;
      if (command.value === undefined || command.value === '') {
        if (command.key === 'name') throw new CommandError('a design needs a name');
        delete next[command.key];
      } else next[command.key] = command.value;
      return next as Design;
    }
    case 'moveRegions': {
      const moves = new Map(command.moves.map((m) => [m.id, m.position]));
      let changed = false;
      const regions = design.regions.map((r) => {
        const p = moves.get(r.id);
        if (!p) return r;
        const position = { x: Math.round(p.x), y: Math.round(p.y) };
        if (r.position && r.position.x === position.x && r.position.y === position.y) return r;
        changed = true;
        return { ...r, position };
      });
      return changed ? { ...design, regions } : design;
    }
    case 'placeService': {
      const s = design.services.find((x) => x.id === command.serviceId);
      if (!s) throw new CommandError(`no service ${command.serviceId}`);
      if (!design.regions.some((r) => r.id === command.regionId)) throw new CommandError(`no region ${command.regionId}`);
      if (s.placements.includes(command.regionId)) return design;
      return replaceElement(design, 'services', { ...s, placements: [...s.placements, command.regionId] });
    }
    case 'unplaceService': {
      const s = design.services.find((x) => x.id === command.serviceId);
      if (!s || !s.placements.includes(command.regionId)) return design;
      if (s.placements.length === 1) return removeElements(design, new Set([s.id]));
      const placements = s.placements.filter((p) => p !== command.regionId);
      const next: Service = { ...s, placements };
      if (next.primary === command.regionId) delete next.primary;
      if (next.load?.users && command.regionId in next.load.users) {
        const users = { ...next.load.users };
        delete users[command.regionId];
        next.load = { ...next.load, users };
      }
      return replaceElement(design, 'services', next);
    }
    case 'paste': {
      for (const e of [...command.regions, ...command.circuits, ...command.services]) assertFreeId(design, e.id);
      return {
        ...design,
        regions: [...design.regions, ...command.regions],
        circuits: [...design.circuits, ...command.circuits],
        services: [...design.services, ...command.services],
      };
    }
    case 'setDemands': {
      const ids = new Set(design.regions.map((r) => r.id));
      for (const d of command.demands ?? []) {
        if (!ids.has(d.from) || !ids.has(d.to)) throw new CommandError('a demand runs between two existing regions');
        if (d.from === d.to) throw new CommandError('a demand runs between two different regions');
      }
      const next = { ...design };
      if (command.demands && command.demands.length) next.demands = command.demands;
      else delete next.demands;
      return next;
    }
    case 'replaceDesign':
      return reuseUnchanged(design, command.design);
  }
}

/** Every id in the design (ids are unique across sections so a reference is unambiguous). */
export function allIds(design: Design): Set<string> {
  const ids = new Set<string>();
  for (const list of [design.regions, design.circuits, design.services, design.scenarios ?? [], design.segments ?? []]) {
    for (const e of list) ids.add(e.id);
  }
  return ids;
}

function assertFreeId(design: Design, id: string): void {
  if (allIds(design).has(id)) throw new CommandError(`the id ${id} is already used`);
}

/** `base`, `base-2`, `base-3`, … : the first id not in `taken`. */
export function uniqueId(base: string, taken: Set<string>): string {
  const clean = base.toLowerCase().replace(/[^a-z0-9_.:-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 56) || 'element';
  if (!taken.has(clean)) return clean;
  for (let i = 2; ; i++) {
    const id = `${clean}-${i}`;
    if (!taken.has(id)) return id;
  }
}

export function kindOf(design: Design, id: string): ElementKind | undefined {
  if (design.regions.some((r) => r.id === id)) return 'region';
  if (design.circuits.some((c) => c.id === id)) return 'circuit';
  if (design.services.some((s) => s.id === id)) return 'service';
  if ((design.scenarios ?? []).some((s) => s.id === id)) return 'scenario';
  return undefined;
}

function replaceElement<K extends 'regions' | 'circuits' | 'services' | 'scenarios'>(
  design: Design,
  section: K,
  element: NonNullable<Design[K]>[number],
): Design {
  const list = (design[section] ?? []) as { id: string }[];
  return { ...design, [section]: list.map((e) => (e.id === element.id ? element : e)) };
}

function removeElements(design: Design, ids: Set<string>): Design {
  if (ids.size === 0) return design;
  const regions = design.regions.filter((r) => !ids.has(r.id));
  const goneRegions = new Set(design.regions.filter((r) => ids.has(r.id)).map((r) => r.id));
  const circuits = design.circuits.filter((c) => !ids.has(c.id) && !goneRegions.has(c.from) && !goneRegions.has(c.to));
  const goneCircuits = new Set(design.circuits.filter((c) => !circuits.includes(c)).map((c) => c.id));
  const goneServices = new Set<string>();
  let services: Service[] = [];
  for (const s of design.services) {
    if (ids.has(s.id)) {
      goneServices.add(s.id);
      continue;
    }
    if (!s.placements.some((p) => goneRegions.has(p))) {
      services.push(s);
      continue;
    }
    const placements = s.placements.filter((p) => !goneRegions.has(p));
    if (placements.length === 0) {
      goneServices.add(s.id);
      continue;
    }
    const next: Service = { ...s, placements };
    if (next.primary && goneRegions.has(next.primary)) delete next.primary;
    if (next.load?.users) {
      const users = Object.fromEntries(Object.entries(next.load.users).filter(([k]) => !goneRegions.has(k)));
      next.load = { ...next.load, users };
    }
    services.push(next);
  }
  services = services.map((s) =>
    s.dependsOn?.some((d) => goneServices.has(d)) ? { ...s, dependsOn: s.dependsOn.filter((d) => !goneServices.has(d)) } : s,
  );
  const gone = new Set([...ids, ...goneRegions, ...goneCircuits, ...goneServices]);
  const next: Design = { ...design, regions, circuits, services };
  if (design.scenarios) {
    next.scenarios = design.scenarios
      .filter((s) => !ids.has(s.id))
      .map((s) => {
        if (!s.fail?.some((f) => gone.has(f)) && !s.degrade?.some((d) => gone.has(d.circuit))) return s;
        const copy: Scenario = { ...s };
        if (s.fail) copy.fail = s.fail.filter((f) => !gone.has(f));
        if (s.degrade) copy.degrade = s.degrade.filter((d) => !gone.has(d.circuit));
        return copy;
      });
  }
  if (design.demands) {
    const demands = design.demands.filter((d) => !goneRegions.has(d.from) && !goneRegions.has(d.to));
    if (demands.length !== design.demands.length) next.demands = demands;
  }
  return next;
}

/** Sets `path` below an element; `undefined` deletes the key and prunes emptied objects. */
function setElementField(design: Design, kind: ElementKind, id: string, path: (string | number)[], value: unknown): Design {
  if (path.length === 0) throw new CommandError('setField needs a path');
  if (path[0] === 'id') throw new CommandError('ids are stable; rename by removing and adding');
  const section = SECTION[kind];
  const list = (design[section] ?? []) as { id: string }[];
  const element = list.find((e) => e.id === id);
  if (!element) throw new CommandError(`no ${kind} ${id}`);
  const updated = setIn(element as unknown as Record<string, unknown>, path, value);
  if (updated === element) return design;
  return { ...design, [section]: list.map((e) => (e.id === id ? updated : e)) };
}

function setIn(obj: Record<string, unknown> | unknown[], path: (string | number)[], value: unknown): Record<string, unknown> | unknown[] {
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const current = (obj as Record<string | number, unknown>)[head];
  let nextValue: unknown;
  if (rest.length === 0) {
    nextValue = value;
  } else {
    const child = (typeof current === 'object' && current !== null ? current : typeof rest[0] === 'number' ? [] : {}) as Record<string, unknown>;
    nextValue = setIn(child, rest, value);
    if (isEmptyObject(nextValue)) nextValue = undefined;
  }
  if (current === nextValue || (nextValue !== undefined && typeof nextValue !== 'object' && current === nextValue)) return obj;
  if (Array.isArray(obj)) {
    const copy = [...obj];
    if (nextValue === undefined) copy.splice(head as number, 1);
    else copy[head as number] = nextValue;
    return copy;
  }
  const copy: Record<string, unknown> = { ...obj };
  if (nextValue === undefined) delete copy[head];
  else copy[head] = nextValue;
  return copy;
}

function isEmptyObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;
}

/**
 * For a design parsed from edited YAML: keep the old element object wherever the new one
 * is equal, so the diff (and the canvas) only sees what the edit really changed.
 */
function reuseUnchanged(before: Design, after: Design): Design {
  const out: Record<string, unknown> = { ...after };
  for (const key of ['regions', 'circuits', 'services', 'segments', 'scenarios'] as const) {
    const a = after[key] as { id: string }[] | undefined;
    const b = before[key] as { id: string }[] | undefined;
    if (!a || !b) continue;
    const old = new Map(b.map((e) => [e.id, e]));
    let same = a.length === b.length;
    const list = a.map((e, i) => {
      const prev = old.get(e.id);
      const keep = prev && JSON.stringify(prev) === JSON.stringify(e) ? prev : e;
      if (keep !== b[i]) same = false;
      return keep;
    });
    out[key] = same ? b : list;
  }
  for (const key of Object.keys(out)) {
    const bv = (before as Record<string, unknown>)[key];
    if (bv !== undefined && !(['regions', 'circuits', 'services', 'segments', 'scenarios'] as string[]).includes(key) && JSON.stringify(bv) === JSON.stringify(out[key])) out[key] = bv;
  }
  return out as Design;
}

/** Copies of elements with fresh ids, remapping references among the copied elements. */
export function prepareClipboardPaste(
  design: Design,
  clip: { regions: Region[]; circuits: Circuit[]; services: Service[] },
  offset: { x: number; y: number },
): Extract<Command, { type: 'paste' }> {
  const taken = allIds(design);
  const map = new Map<string, string>();
  const fresh = (id: string) => {
    const n = uniqueId(`${id}-copy`, taken);
    taken.add(n);
    map.set(id, n);
    return n;
  };
  const regions = clip.regions.map((r) => {
    const copy: Region = { ...r, id: fresh(r.id), name: `${r.name} (copy)` };
    if (r.position) copy.position = { x: r.position.x + offset.x, y: r.position.y + offset.y };
    return copy;
  });
  const circuits = clip.circuits
    .filter((c) => map.has(c.from) && map.has(c.to))
    .map((c) => ({ ...c, id: fresh(c.id), from: map.get(c.from)!, to: map.get(c.to)! }));
  const regionIds = new Set(design.regions.map((r) => r.id));
  const services = clip.services
    .map((s) => {
      const placements = s.placements.map((p) => map.get(p) ?? p).filter((p) => regionIds.has(p) || [...map.values()].includes(p));
      const copy: Service = { ...s, id: fresh(s.id), name: `${s.name} (copy)`, placements };
      if (s.primary) {
        const primary = map.get(s.primary) ?? s.primary;
        if (placements.includes(primary)) copy.primary = primary;
        else delete copy.primary;
      }
      if (s.load?.users) {
        const users = Object.fromEntries(Object.entries(s.load.users).map(([k, v]) => [map.get(k) ?? k, v]).filter(([k]) => placements.includes(k as string)));
        copy.load = { ...s.load, users };
      }
      delete copy.dependsOn;
      return copy;
    })
    .filter((s) => s.placements.length > 0);
  return { type: 'paste', regions, circuits, services };
}
