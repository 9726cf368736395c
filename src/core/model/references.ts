/**
 * Cross-reference checks the schema cannot express: ids that are unique, references
 * that resolve, and relations that make sense (a circuit joins two different regions,
 * a primary is one of the placements, …).
 */
import { formatPath, type PathSegment } from './path.ts';
import { didYouMean } from './text.ts';
import type { Design } from './schema.ts';

export interface ReferenceProblem {
  path: PathSegment[];
  message: string;
  severity: 'error' | 'warning';
}

export function checkReferences(design: Design): ReferenceProblem[] {
  const out: ReferenceProblem[] = [];
  const error = (path: PathSegment[], message: string) => out.push({ path, message, severity: 'error' });
  const warn = (path: PathSegment[], message: string) => out.push({ path, message, severity: 'warning' });

  // Ids share one namespace: scenarios, comments and views point at any element by id.
  const owner = new Map<string, string>();
  const claim = (id: string, path: PathSegment[], what: string) => {
    const prev = owner.get(id);
    if (prev) error([...path, 'id'], `duplicate id "${id}" (already used by ${prev})`);
    else owner.set(id, `${what} at ${formatPath(path)}`);
  };
  design.regions.forEach((r, i) => claim(r.id, ['regions', i], 'a region'));
  design.circuits.forEach((c, i) => claim(c.id, ['circuits', i], 'a circuit'));
  design.services.forEach((s, i) => claim(s.id, ['services', i], 'a service'));
  design.segments?.forEach((s, i) => claim(s.id, ['segments', i], 'a segment'));
  design.scenarios?.forEach((s, i) => claim(s.id, ['scenarios', i], 'a scenario'));

  const regions = new Set(design.regions.map((r) => r.id));
  const circuits = new Set(design.circuits.map((c) => c.id));
  const services = new Set(design.services.map((s) => s.id));
  const segments = new Set((design.segments ?? []).map((s) => s.id));
  const regionRef = (id: string, path: PathSegment[], what = 'region') => {
    if (!regions.has(id)) error(path, `unknown ${what} "${id}"${nearest(id, regions)}`);
  };

  design.regions.forEach((r, i) => {
    if (r.kind === 'cloud-region' && !r.providerRegion && !r.location) {
      error(['regions', i], 'a cloud region needs `providerRegion` (e.g. eu-west-1) or an explicit `location`');
    }
    if (r.kind !== 'cloud-region' && !r.location && !r.providerRegion) {
      error(['regions', i], `a ${r.kind} needs a \`location\` { lat, lon } so distances can be estimated`);
    }
  });

  design.circuits.forEach((c, i) => {
    regionRef(c.from, ['circuits', i, 'from']);
    regionRef(c.to, ['circuits', i, 'to']);
    if (c.from === c.to) error(['circuits', i, 'to'], `a circuit cannot join region "${c.from}" to itself`);
  });

  design.services.forEach((s, i) => {
    const base: PathSegment[] = ['services', i];
    const seen = new Set<string>();
    s.placements.forEach((p, j) => {
      regionRef(p, [...base, 'placements', j]);
      if (seen.has(p)) error([...base, 'placements', j], `region "${p}" is listed twice`);
      seen.add(p);
    });
    if (s.primary !== undefined && !s.placements.includes(s.primary)) {
      error([...base, 'primary'], `primary "${s.primary}" is not one of the placements (${s.placements.join(', ')})`);
    }
    if (s.topology === 'active-passive' && s.placements.length > 1 && s.primary === undefined) {
      warn([...base, 'primary'], `active-passive without a primary: "${s.placements[0]}" (the first placement) is taken as primary`);
    }
    if (s.topology === 'single' && s.placements.length > 1) {
      error([...base, 'placements'], 'topology "single" allows one placement');
    }
    s.dependsOn?.forEach((d, j) => {
      if (!services.has(d)) error([...base, 'dependsOn', j], `unknown service "${d}"${nearest(d, services)}`);
      if (d === s.id) error([...base, 'dependsOn', j], 'a service cannot depend on itself');
    });
    if (s.segment !== undefined && !segments.has(s.segment)) {
      error([...base, 'segment'], `unknown segment "${s.segment}"${nearest(s.segment, segments)}`);
    }
    if (s.load?.users) {
      let sum = 0;
      for (const [region, share] of Object.entries(s.load.users)) {
        regionRef(region, [...base, 'load', 'users', region]);
        sum += share;
      }
      if (Math.abs(sum - 1) > 0.011) {
        error([...base, 'load', 'users'], `user shares add up to ${sum.toFixed(3)}; they must add up to 1`);
      }
    }
  });
  const cycle = findDependencyCycle(design);
  if (cycle) error(['services', cycle.index, 'dependsOn'], `dependency cycle: ${cycle.ids.join(' → ')}`);

  design.segments?.forEach((s, i) => {
    s.allow?.forEach((f, j) => {
      if (!segments.has(f.to)) error(['segments', i, 'allow', j, 'to'], `unknown segment "${f.to}"${nearest(f.to, segments)}`);
    });
    s.regions?.forEach((r, j) => regionRef(r, ['segments', i, 'regions', j]));
  });

  design.demands?.forEach((d, i) => {
    regionRef(d.from, ['demands', i, 'from']);
    regionRef(d.to, ['demands', i, 'to']);
    if (d.from === d.to) error(['demands', i, 'to'], 'a demand needs two different regions');
  });

  const failable = new Set([...regions, ...circuits, ...services]);
  design.scenarios?.forEach((s, i) => {
    s.fail?.forEach((id, j) => {
      if (!failable.has(id)) error(['scenarios', i, 'fail', j], `scenario fails unknown element "${id}"${nearest(id, failable)}`);
    });
    s.degrade?.forEach((d, j) => {
      if (!circuits.has(d.circuit)) error(['scenarios', i, 'degrade', j, 'circuit'], `unknown circuit "${d.circuit}"${nearest(d.circuit, circuits)}`);
    });
    s.partition?.forEach((group, g) => group.forEach((r, j) => regionRef(r, ['scenarios', i, 'partition', g, j])));
    if (!s.fail?.length && !s.degrade?.length && !s.providerOutage?.length && !s.partition) {
      warn(['scenarios', i], 'this scenario fails nothing');
    }
  });

  const all = new Set([...failable, ...segments, ...(design.scenarios ?? []).map((s) => s.id)]);
  design.review?.comments?.forEach((c, i) => {
    if (c.element !== undefined && !all.has(c.element)) {
      warn(['review', 'comments', i, 'element'], `comment is pinned to unknown element "${c.element}"`);
    }
  });
  design.review?.views?.forEach((v, i) => {
    if (v.scenario !== undefined && !(design.scenarios ?? []).some((s) => s.id === v.scenario)) {
      error(['review', 'views', i, 'scenario'], `unknown scenario "${v.scenario}"`);
    }
  });
  return out;
}

function findDependencyCycle(design: Design): { index: number; ids: string[] } | undefined {
  const byId = new Map(design.services.map((s, i) => [s.id, { s, i }]));
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (id: string): string[] | undefined => {
    state.set(id, 1);
    stack.push(id);
    for (const dep of byId.get(id)?.s.dependsOn ?? []) {
      if (!byId.has(dep) || dep === id) continue;
      if (state.get(dep) === 1) return [...stack.slice(stack.indexOf(dep)), dep];
      if (!state.has(dep)) {
        const c = visit(dep);
        if (c) return c;
      }
    }
    stack.pop();
    state.set(id, 2);
    return undefined;
  };
  for (const s of design.services) {
    if (state.has(s.id)) continue;
    const ids = visit(s.id);
    if (ids) return { index: byId.get(ids[0]!)!.i, ids };
  }
  return undefined;
}

function nearest(id: string, pool: Set<string>): string {
  return didYouMean(id, pool);
}
