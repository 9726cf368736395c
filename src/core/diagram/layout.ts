/**
 * Diagram layout: turns a design into boxes and lines with coordinates, once, so SVG,
 * PNG and draw.io show the same picture. Pure and deterministic: the same design and
 * options always give the same numbers (no clock, no randomness, no DOM).
 *
 * Two layouts:
 * - `schematic`: regions where the document's `position`s put them (the canvas the
 *   architect arranged); regions without a position get a deterministic layered layout
 *   (breadth-first columns from the best-connected region, ordered by neighbours), or a
 *   circle when the design is a dense mesh (at least 1.5 connected pairs per region) of
 *   at most 16 regions. Columns taller than max(8, √regions) wrap into sub-columns.
 * - `map`: each located region is a dot at its latitude/longitude on an equirectangular
 *   projection (d3-geo), with its container placed next to the dot and a leader line.
 */
import { geoEquirectangular, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Circuit, CircuitType, Design, Provider, Region, RegionKind, Service, ServiceKind } from '../model/schema.ts';
import { oneLine, textWidth } from './escape.ts';

export type DiagramLayoutKind = 'schematic' | 'map';

/** A circuit's round-trip time and where it came from, as the diagram labels it. */
export interface CircuitRtt {
  rttMs: number;
  /** `measured` (the design's `latencyMs`) or `estimated` (the engine's estimate), or a short phrase. */
  basis: string;
}

/** What the caller resolves for the diagram (the core stays free of I/O and catalogs here). */
export interface DiagramOptions {
  layout?: DiagramLayoutKind;
  /**
   * Region locations resolved by the caller (e.g. from the region catalog for
   * `providerRegion`); a region's own `location` always wins.
   */
  locations?: Readonly<Record<string, { lat: number; lon: number }>>;
  /** RTT per circuit id, from the estimate. Without it only measured `latencyMs` values are shown. */
  circuitRtt?: Readonly<Record<string, CircuitRtt>>;
  /** Land outline (GeoJSON) drawn under the map layout; none when omitted. */
  basemap?: GeoPermissibleObjects;
}

export type ServiceRole = 'primary' | 'standby' | 'active' | 'single';
/** How a circuit is carried, which the line style shows. */
export type CircuitCarriage = 'private' | 'overlay' | 'internet';

export interface DiagramService {
  /** `serviceId@regionId`: one box per placement. */
  key: string;
  id: string;
  name: string;
  kind: ServiceKind;
  role?: ServiceRole;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DiagramRegion {
  id: string;
  name: string;
  kind: RegionKind;
  provider: Provider;
  /** Container box (top-left, size). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Map layout: the projected location (dot); schematic: the box centre. */
  anchor: { x: number; y: number };
  /** Map layout: whether the region has a location and sits on the map. */
  located: boolean;
  /** Where the location came from (map layout), e.g. `design location` or `catalog (eu-west-1)`. */
  locationBasis?: string;
  services: DiagramService[];
}

export interface DiagramCircuit {
  id: string;
  name?: string;
  from: string;
  to: string;
  type: CircuitType;
  carriage: CircuitCarriage;
  bandwidthMbps: number;
  rtt?: CircuitRtt;
  encrypted?: boolean;
  carrier?: string;
  /** Label drawn on the line: type · bandwidth · RTT (basis). */
  label: string;
  /** True when no free spot was found for the label, so it is not drawn (see `notes`). */
  labelHidden?: boolean;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  labelX: number;
  labelY: number;
  /** Stroke width, px: grows with log10 of the bandwidth. */
  strokeWidth: number;
}

export interface DiagramLayout {
  kind: DiagramLayoutKind;
  title: string;
  width: number;
  height: number;
  /** Top of the drawing area (below the title). */
  top: number;
  regions: DiagramRegion[];
  circuits: DiagramCircuit[];
  /** Map layout: SVG path data of the basemap, already projected. */
  basemapPath?: string;
  /** Horizontal shift to apply to `basemapPath` (the layout moved right to fit a container). */
  basemapShiftX?: number;
  /** Map layout: the rectangle the map occupies. */
  mapFrame?: { x: number; y: number; width: number; height: number };
  /** Things the diagram could not show, in plain sentences (shown under the legend). */
  notes: string[];
}

export const REGION_MIN_WIDTH = 190;
export const REGION_MAX_WIDTH = 280;
export const HEADER_HEIGHT = 46;
export const SERVICE_HEIGHT = 24;
export const SERVICE_GAP = 6;
export const PADDING = 10;
export const MARGIN = 24;
export const TITLE_HEIGHT = 44;
const COLUMN_GAP = 190;
/** Dense meshes up to this many regions go on a circle; beyond it a circle is unreadable. */
const CIRCLE_MAX_REGIONS = 16;
const ROW_GAP = 36;
const MAP_WIDTH = 1100;

/** Short provider marks drawn on containers (also sizes the container header). */
export const PROVIDER_MARK: Record<Provider, string> = { aws: 'AWS', azure: 'Azure', gcp: 'GCP', oci: 'OCI', onprem: 'On-prem', other: 'Other' };

const OVERLAY: ReadonlySet<CircuitType> = new Set(['ipsec-vpn', 'wireguard', 'sd-wan']);

/** How a circuit type is carried: private line, encrypted overlay over the internet, or plain internet. */
export function circuitCarriage(type: CircuitType): CircuitCarriage {
  if (type === 'internet') return 'internet';
  return OVERLAY.has(type) ? 'overlay' : 'private';
}

/** Bandwidth for a label: `500 Mbps`, `5 Gbps`, `1.5 Tbps`. */
export function formatBandwidth(mbps: number): string {
  const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 2 : 1).replace(/\.?0+$/, ''));
  if (mbps >= 1_000_000) return `${fmt(mbps / 1_000_000)} Tbps`;
  if (mbps >= 1000) return `${fmt(mbps / 1000)} Gbps`;
  return `${fmt(mbps)} Mbps`;
}

/** Milliseconds for a label: one decimal below 100 ms, whole numbers above. */
export function formatMs(ms: number): string {
  return ms < 100 ? `${Math.round(ms * 10) / 10} ms` : `${Math.round(ms)} ms`;
}

function serviceRole(service: Service, region: string): ServiceRole | undefined {
  const topology = service.topology ?? (service.placements.length === 1 ? 'single' : undefined);
  if (topology === 'active-passive') return region === (service.primary ?? service.placements[0]) ? 'primary' : 'standby';
  if (topology === 'active-active') return 'active';
  if (topology === 'single') return 'single';
  return undefined;
}

function regionSize(region: Region, serviceCount: number): { width: number; height: number } {
  const titleWidth = textWidth(oneLine(region.name), 13) * 1.12 + PADDING * 2 + 12 + Math.round(textWidth(PROVIDER_MARK[region.provider], 10) * 1.12 + 12);
  const width = Math.round(Math.min(REGION_MAX_WIDTH, Math.max(REGION_MIN_WIDTH, titleWidth)));
  const height = HEADER_HEIGHT + (serviceCount > 0 ? serviceCount * (SERVICE_HEIGHT + SERVICE_GAP) - SERVICE_GAP + PADDING : 0);
  return { width, height: Math.max(height, HEADER_HEIGHT + 6) };
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;

/**
 * Breadth-first columns: the region with the most circuits (first in document order on a
 * tie) starts column 0; every other component follows. Within a column, regions are
 * ordered by the mean row of their neighbours in the previous column (barycentre), which
 * removes most crossings on hub-and-spoke and mesh designs.
 */
function layeredColumns(regions: Region[], circuits: Circuit[]): string[][] {
  const index = new Map(regions.map((r, i) => [r.id, i]));
  const adjacent = regions.map(() => new Set<number>());
  for (const c of circuits) {
    const a = index.get(c.from);
    const b = index.get(c.to);
    if (a === undefined || b === undefined || a === b) continue;
    adjacent[a]!.add(b);
    adjacent[b]!.add(a);
  }
  const layer = new Array<number>(regions.length).fill(-1);
  const columns: number[][] = [];
  let offset = 0;
  for (;;) {
    let root = -1;
    for (let i = 0; i < regions.length; i++) {
      if (layer[i] !== -1) continue;
      if (root === -1 || adjacent[i]!.size > adjacent[root]!.size) root = i;
    }
    if (root === -1) break;
    const queue = [root];
    layer[root] = offset;
    let deepest = offset;
    while (queue.length) {
      const n = queue.shift()!;
      for (const m of [...adjacent[n]!].sort((x, y) => x - y)) {
        if (layer[m] !== -1) continue;
        layer[m] = layer[n]! + 1;
        deepest = Math.max(deepest, layer[m]!);
        queue.push(m);
      }
    }
    offset = deepest + 1;
  }
  for (let i = 0; i < regions.length; i++) (columns[layer[i]!] ??= []).push(i);
  const row = new Map<number, number>();
  columns.forEach((col, c) => {
    if (c > 0) {
      const bary = (n: number) => {
        const prev = [...adjacent[n]!].filter((m) => layer[m] === c - 1).map((m) => row.get(m) ?? 0);
        return prev.length ? prev.reduce((s, v) => s + v, 0) / prev.length : Infinity;
      };
      col.sort((a, b) => bary(a) - bary(b) || a - b);
    }
    col.forEach((n, r) => row.set(n, r));
  });
  return columns.filter(Boolean).map((col) => col.map((i) => regions[i]!.id));
}

/** Where the segment from the centre of `box` towards (dx, dy) leaves the box. */
function clipToBox(box: Box, dx: number, dy: number): { x: number; y: number } {
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  if (dx === 0 && dy === 0) return { x: cx, y: cy };
  const t = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  return { x: cx + dx * t, y: cy + dy * t };
}

const round = (v: number) => Math.round(v * 10) / 10;

function circuitRtt(c: Circuit, options: DiagramOptions): CircuitRtt | undefined {
  return options.circuitRtt?.[c.id] ?? (c.latencyMs !== undefined ? { rttMs: c.latencyMs, basis: 'measured' } : undefined);
}

/** The label of a circuit: `type · bandwidth · RTT x ms (basis)`, RTT only when known. */
export function circuitLabel(c: Circuit, options: DiagramOptions = {}): string {
  const rtt = circuitRtt(c, options);
  return `${c.type} · ${formatBandwidth(c.bandwidthMbps)}${rtt ? ` · RTT ${formatMs(rtt.rttMs)} (${rtt.basis})` : ''}`;
}

/** Label box of a circuit label centred at (x, y). */
function labelBox(label: string, x: number, y: number): Box {
  const width = textWidth(label, 10) + 10;
  return { x: x - width / 2, y: y - 8, width, height: 15 };
}

/**
 * Moves circuit labels along their line (and, failing that, to either side of it) to the
 * first spot that overlaps no container, no map dot and no label placed before it, in
 * document order. Deterministic; a label with no free spot is hidden (the line keeps its
 * tooltip) rather than drawn over another one. Returns how many were hidden.
 */
function placeLabels(circuits: DiagramCircuit[], regions: DiagramRegion[]): number {
  const placed: Box[] = [];
  const obstacles: Box[] = regions.flatMap((r) => [
    { x: r.x, y: r.y, width: r.width, height: r.height },
    { x: r.anchor.x - 6, y: r.anchor.y - 6, width: 12, height: 12 },
  ]);
  const steps = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];
  const offsets = [0, 16, -16, 30, -30];
  for (const c of circuits) {
    const len = Math.hypot(c.x2 - c.x1, c.y2 - c.y1) || 1;
    const nx = -(c.y2 - c.y1) / len;
    const ny = (c.x2 - c.x1) / len;
    let best: { x: number; y: number } | undefined;
    search: for (const off of offsets) {
      for (const t of steps) {
        const x = c.x1 + (c.x2 - c.x1) * t + nx * off;
        const y = c.y1 + (c.y2 - c.y1) * t + ny * off;
        const box = labelBox(c.label, x, y);
        if (box.y < TITLE_HEIGHT + MARGIN - 4 || box.x < 4) continue;
        if (!placed.some((p) => overlaps(box, p, 2)) && !obstacles.some((o) => overlaps(box, o, 1))) {
          best = { x, y };
          break search;
        }
      }
    }
    if (!best) {
      c.labelHidden = true;
      continue;
    }
    c.labelX = round(best.x);
    c.labelY = round(best.y);
    placed.push(labelBox(c.label, best.x, best.y));
  }
  const hidden = circuits.filter((c) => c.labelHidden).length;
  return hidden;
}

/**
 * Lays out a design for drawing. Regions become containers sized to their services;
 * circuits become straight lines (parallel circuits between the same two regions are
 * spread apart) labelled with type, bandwidth and RTT with its basis.
 *
 * RTT labels: `options.circuitRtt[id]` when given (from the estimate), else the circuit's
 * measured `latencyMs`, else no RTT (the diagram never invents one).
 */
export function layoutDiagram(design: Design, options: DiagramOptions = {}): DiagramLayout {
  const kind = options.layout ?? 'schematic';
  const notes: string[] = [];
  const regionById = new Map(design.regions.map((r) => [r.id, r]));
  const placements = new Map<string, Service[]>(design.regions.map((r) => [r.id, []]));
  for (const s of design.services) {
    for (const p of new Set(s.placements)) {
      const list = placements.get(p);
      if (list) list.push(s);
      else notes.push(`Service ${s.id} is placed in ${p}, which is not a region of this design; that placement is not drawn.`);
    }
  }
  const sizes = new Map(design.regions.map((r) => [r.id, regionSize(r, placements.get(r.id)!.length)]));
  const boxes = new Map<string, Box>();
  const anchors = new Map<string, { x: number; y: number; located: boolean; basis?: string }>();
  let basemapPath: string | undefined;
  let mapFrame: DiagramLayout['mapFrame'];
  const top = MARGIN + TITLE_HEIGHT;

  if (kind === 'schematic') {
    const positioned = design.regions.filter((r) => r.position);
    const free = design.regions.filter((r) => !r.position);
    if (positioned.length) {
      const minX = Math.min(...positioned.map((r) => r.position!.x));
      const minY = Math.min(...positioned.map((r) => r.position!.y));
      // Canvas nodes are smaller than report containers: place in canvas order, then push
      // down any box that would overlap one already placed (deterministic, keeps the arrangement).
      const order = [...positioned].sort((a, b) => a.position!.y - b.position!.y || a.position!.x - b.position!.x);
      for (const r of order) {
        const size = sizes.get(r.id)!;
        const box: Box = { x: MARGIN + (r.position!.x - minX), y: top + (r.position!.y - minY), ...size };
        for (let moved = true; moved; ) {
          moved = false;
          for (const other of boxes.values()) {
            if (overlaps(box, other, 24)) {
              box.y = other.y + other.height + 24;
              moved = true;
            }
          }
        }
        boxes.set(r.id, box);
      }
    }
    if (free.length) {
      const startY = boxes.size ? Math.max(...[...boxes.values()].map((b) => b.y + b.height)) + 60 : top;
      const freeIds = new Set(free.map((r) => r.id));
      const pairs = new Set(design.circuits.filter((c) => c.from !== c.to && freeIds.has(c.from) && freeIds.has(c.to)).map((c) => [c.from, c.to].sort().join('\u0000')));
      if (free.length >= 4 && free.length <= CIRCLE_MAX_REGIONS && pairs.size >= 1.5 * free.length) {
        // Dense meshes: a circle keeps every line visible (layers would stack them on one column).
        const maxW = Math.max(...free.map((r) => sizes.get(r.id)!.width));
        const maxH = Math.max(...free.map((r) => sizes.get(r.id)!.height));
        const radius = Math.max(260, (free.length * (Math.max(maxW, maxH) + 50)) / (2 * Math.PI));
        const cx = MARGIN + maxW / 2 + radius * 1.15;
        const cy = startY + maxH / 2 + radius;
        free.forEach((r, i) => {
          const angle = -Math.PI / 2 + (2 * Math.PI * i) / free.length;
          const size = sizes.get(r.id)!;
          boxes.set(r.id, { x: cx + Math.cos(angle) * radius * 1.15 - size.width / 2, y: cy + Math.sin(angle) * radius - size.height / 2, ...size });
        });
      } else {
      // Tall columns wrap into side-by-side sub-columns so a big design stays roughly square.
      const maxRows = Math.max(8, Math.ceil(Math.sqrt(free.length)));
      const columns = layeredColumns(free, design.circuits).flatMap((col) => {
        const out: string[][] = [];
        for (let i = 0; i < col.length; i += maxRows) out.push(col.slice(i, i + maxRows));
        return out;
      });
      // Columns leave room for the widest circuit label between them.
      const columnGap = Math.min(360, Math.max(COLUMN_GAP, ...design.circuits.map((c) => textWidth(circuitLabel(c, options), 10) + 50)));
      let x = MARGIN;
      for (const col of columns) {
        const width = Math.max(...col.map((id) => sizes.get(id)!.width));
        let y = startY;
        for (const id of col) {
          const size = sizes.get(id)!;
          boxes.set(id, { x: x + (width - size.width) / 2, y, ...size });
          y += size.height + ROW_GAP;
        }
        x += width + columnGap;
      }
      }
    }
    for (const [id, b] of boxes) anchors.set(id, { x: b.x + b.width / 2, y: b.y + b.height / 2, located: true });
  } else {
    const located = design.regions
      .map((r) => {
        if (r.location) return { r, lat: r.location.lat, lon: r.location.lon, basis: 'design location' };
        const hit = options.locations?.[r.id];
        return hit ? { r, lat: hit.lat, lon: hit.lon, basis: r.providerRegion ? `catalog (${r.providerRegion})` : 'resolved location' } : undefined;
      })
      .filter((x): x is NonNullable<typeof x> => x !== undefined);
    const lonMin = Math.max(-180, Math.min(...located.map((l) => l.lon), 180) - 15);
    const lonMax = Math.min(180, Math.max(...located.map((l) => l.lon), -180) + 15);
    const latMin = Math.max(-85, Math.min(...located.map((l) => l.lat), 85) - 10);
    const latMax = Math.min(85, Math.max(...located.map((l) => l.lat), -85) + 10);
    const world = located.length === 0;
    const bounds = world ? { lonMin: -180, lonMax: 180, latMin: -60, latMax: 80 } : { lonMin, lonMax, latMin, latMax };
    const aspect = (bounds.latMax - bounds.latMin) / Math.max(1, bounds.lonMax - bounds.lonMin);
    const mapHeight = Math.round(Math.min(720, Math.max(380, MAP_WIDTH * aspect)));
    const projection = geoEquirectangular().fitExtent(
      [
        [MARGIN, top],
        [MARGIN + MAP_WIDTH, top + mapHeight],
      ],
      { type: 'MultiPoint', coordinates: [[bounds.lonMin, bounds.latMin], [bounds.lonMax, bounds.latMax]] },
    );
    const [fx0, fy0] = projection([bounds.lonMin, bounds.latMax]) ?? [MARGIN, top];
    const [fx1, fy1] = projection([bounds.lonMax, bounds.latMin]) ?? [MARGIN + MAP_WIDTH, top + mapHeight];
    mapFrame = { x: round(fx0), y: round(fy0), width: round(fx1 - fx0), height: round(fy1 - fy0) };
    if (options.basemap) {
      const path = geoPath(projection.clipExtent([[fx0, fy0], [fx1, fy1]]))(options.basemap);
      if (path) basemapPath = path.replace(/(\d+\.\d{1,})/g, (m) => String(round(Number(m))));
    }
    const taken: Box[] = [];
    const dots: { x: number; y: number }[] = [];
    for (const l of located) {
      const p = projection([l.lon, l.lat]);
      if (!p) continue;
      dots.push({ x: p[0], y: p[1] });
      anchors.set(l.r.id, { x: round(p[0]), y: round(p[1]), located: true, basis: l.basis });
    }
    // Containers go next to their dot: a deterministic spiral search for the first spot that
    // overlaps no other container and no other dot, so labels never hide a location.
    for (const l of located) {
      const a = anchors.get(l.r.id);
      if (!a) continue;
      const size = sizes.get(l.r.id)!;
      let chosen: Box | undefined;
      for (let ring = 0; ring < 40 && !chosen; ring++) {
        const d = 14 + ring * 22;
        const candidates: Box[] = [
          { x: a.x + d, y: a.y + d / 2, ...size },
          { x: a.x - d - size.width, y: a.y + d / 2, ...size },
          { x: a.x + d, y: a.y - d / 2 - size.height, ...size },
          { x: a.x - d - size.width, y: a.y - d / 2 - size.height, ...size },
          { x: a.x - size.width / 2, y: a.y + d, ...size },
          { x: a.x - size.width / 2, y: a.y - d - size.height, ...size },
        ];
        chosen = candidates.find(
          (c) => c.x >= 2 && c.y >= top && !taken.some((t) => overlaps(c, t, 10)) && !dots.some((p) => p.x > c.x - 8 && p.x < c.x + c.width + 8 && p.y > c.y - 8 && p.y < c.y + c.height + 8),
        );
      }
      chosen ??= { x: a.x + 14, y: Math.max(top, ...taken.map((t) => t.y + t.height + 10)), ...size };
      taken.push(chosen);
      boxes.set(l.r.id, chosen);
    }
    const missing = design.regions.filter((r) => !anchors.has(r.id));
    if (missing.length) {
      notes.push(
        `Not on the map (no location and no catalog entry for their provider region): ${missing.map((r) => r.id).join(', ')}; shown below the map.`,
      );
      let x = MARGIN;
      const y = Math.max(mapFrame.y + mapFrame.height, ...taken.map((t) => t.y + t.height)) + 50;
      for (const r of missing) {
        const size = sizes.get(r.id)!;
        boxes.set(r.id, { x, y, ...size });
        anchors.set(r.id, { x: x + size.width / 2, y: y + size.height / 2, located: false });
        x += size.width + 40;
      }
    }
  }

  // Shift everything right/down so nothing starts left of the margin (map callouts may).
  const minX = Math.min(MARGIN, ...[...boxes.values()].map((b) => b.x), ...[...anchors.values()].map((a) => a.x - 8), mapFrame?.x ?? MARGIN);
  const dx = MARGIN - minX;
  if (dx > 0) {
    for (const b of boxes.values()) b.x += dx;
    for (const a of anchors.values()) a.x += dx;
    if (mapFrame) mapFrame.x += dx;
  }

  const regions: DiagramRegion[] = design.regions.map((r) => {
    const b = boxes.get(r.id)!;
    const a = anchors.get(r.id)!;
    const services = placements.get(r.id)!.map((s, i): DiagramService => ({
      key: `${s.id}@${r.id}`,
      id: s.id,
      name: s.name,
      kind: s.kind,
      role: serviceRole(s, r.id),
      x: round(b.x + PADDING),
      y: round(b.y + HEADER_HEIGHT + i * (SERVICE_HEIGHT + SERVICE_GAP)),
      width: round(b.width - PADDING * 2),
      height: SERVICE_HEIGHT,
    }));
    return {
      id: r.id,
      name: r.name,
      kind: r.kind,
      provider: r.provider,
      x: round(b.x),
      y: round(b.y),
      width: round(b.width),
      height: round(b.height),
      anchor: { x: round(a.x), y: round(a.y) },
      located: a.located,
      ...(a.basis ? { locationBasis: a.basis } : {}),
      services,
    };
  });

  const pairCount = new Map<string, number>();
  const pairSeen = new Map<string, number>();
  const pairKey = (c: Circuit) => [c.from, c.to].sort().join('\u0000');
  for (const c of design.circuits) pairCount.set(pairKey(c), (pairCount.get(pairKey(c)) ?? 0) + 1);
  const circuits: DiagramCircuit[] = [];
  for (const c of design.circuits) {
    const a = regions.find((r) => r.id === c.from);
    const b = regions.find((r) => r.id === c.to);
    if (!a || !b || !regionById.has(c.from) || !regionById.has(c.to)) {
      notes.push(`Circuit ${c.id} joins ${c.from} and ${c.to}, and at least one is not a region of this design; it is not drawn.`);
      continue;
    }
    const rtt = circuitRtt(c, options);
    const useAnchors = kind === 'map';
    let x1 = a.anchor.x;
    let y1 = a.anchor.y;
    let x2 = b.anchor.x;
    let y2 = b.anchor.y;
    if (!useAnchors || !a.located || !b.located) {
      const p = clipToBox(a, b.anchor.x - a.anchor.x, b.anchor.y - a.anchor.y);
      const q = clipToBox(b, a.anchor.x - b.anchor.x, a.anchor.y - b.anchor.y);
      if (!useAnchors || !a.located) [x1, y1] = [p.x, p.y];
      if (!useAnchors || !b.located) [x2, y2] = [q.x, q.y];
    }
    if (c.from === c.to) {
      // A loop on one region: a short stub on the container's right edge.
      x1 = a.x + a.width;
      y1 = a.y + 14;
      x2 = x1 + 30;
      y2 = y1 + 20;
    }
    const key = pairKey(c);
    const n = pairCount.get(key)!;
    const i = pairSeen.get(key) ?? 0;
    pairSeen.set(key, i + 1);
    if (n > 1) {
      const len = Math.hypot(x2 - x1, y2 - y1) || 1;
      const sign = c.from < c.to ? 1 : -1;
      const off = (i - (n - 1) / 2) * 16 * sign;
      const nx = (-(y2 - y1) / len) * off;
      const ny = ((x2 - x1) / len) * off;
      x1 += nx;
      x2 += nx;
      y1 += ny;
      y2 += ny;
    }
    const label = circuitLabel(c, options);
    circuits.push({
      id: c.id,
      ...(c.name ? { name: c.name } : {}),
      from: c.from,
      to: c.to,
      type: c.type,
      carriage: circuitCarriage(c.type),
      bandwidthMbps: c.bandwidthMbps,
      ...(rtt ? { rtt } : {}),
      ...(c.encrypted !== undefined ? { encrypted: c.encrypted } : {}),
      ...(c.carrier ? { carrier: c.carrier } : {}),
      label,
      x1: round(x1),
      y1: round(y1),
      x2: round(x2),
      y2: round(y2),
      labelX: round((x1 + x2) / 2),
      labelY: round((y1 + y2) / 2),
      strokeWidth: round(Math.min(5, Math.max(1.2, 1 + Math.log10(Math.max(1, c.bandwidthMbps)) * 0.8))),
    });
  }

  const hidden = placeLabels(circuits, regions);
  if (hidden) {
    notes.push(
      `${hidden} of ${circuits.length} circuit labels did not fit without covering another label or a region and are left out: ${circuits.filter((c) => c.labelHidden).map((c) => c.id).join(', ')}. Each line's tooltip has its details.`,
    );
  }

  const extentX = Math.max(
    ...regions.map((r) => r.x + r.width),
    ...circuits.filter((c) => !c.labelHidden).map((c) => c.labelX + textWidth(c.label, 10) / 2 + 6),
    mapFrame ? mapFrame.x + mapFrame.width : 0,
    420,
  );
  const extentY = Math.max(...regions.map((r) => r.y + r.height), mapFrame ? mapFrame.y + mapFrame.height : 0, top + 60);
  return {
    kind,
    title: design.name,
    width: Math.ceil(extentX + MARGIN),
    height: Math.ceil(extentY + MARGIN),
    top,
    regions,
    circuits,
    ...(basemapPath ? { basemapPath, basemapShiftX: round(Math.max(0, dx)) } : {}),
    ...(mapFrame ? { mapFrame } : {}),
    notes,
  };
}
