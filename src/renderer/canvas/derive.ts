/**
 * React Flow nodes and edges derived from the design. React Flow never owns the model: it
 * gets these arrays and reports changes, which the canvas turns into commands.
 *
 * Node objects are cached per element and reused while their inputs are the same objects,
 * so dragging one region hands React Flow one new node object and every other node
 * component skips rendering (the O(1) re-render a drag needs; see xyflow #5674).
 */
import type { Edge, Node } from '@xyflow/react';
import type { Circuit, Design, Region, Service } from '../../core/model/index.ts';
import type { CircuitEstimate } from '../worker/engineTypes.ts';
import { project } from './geo.ts';

export const REGION_WIDTH = 240;
export const REGION_HEADER = 46;
export const SERVICE_ROW = 34;
export const MAP_NODE_WIDTH = 150;
export const MAP_NODE_HEIGHT = 22;

export type ServiceStatus = 'down' | 'recovered' | 'lost' | undefined;

export interface RegionNodeData extends Record<string, unknown> {
  region: Region;
  serviceCount: number;
  layout: 'schematic' | 'map';
  dimmed: boolean;
  hasLocation: boolean;
  onPath: boolean;
}

export interface ServiceNodeData extends Record<string, unknown> {
  service: Service;
  regionId: string;
  status: ServiceStatus;
  primary: boolean;
}

export interface CircuitEdgeData extends Record<string, unknown> {
  circuit: Circuit;
  estimate: CircuitEstimate | undefined;
  layout: 'schematic' | 'map';
  dimmed: boolean;
  onPath: boolean;
  /** "rerouted: …" when a drill after failover sends rerouted traffic over this circuit. */
  rerouted?: string;
  from?: { lat: number; lon: number };
  to?: { lat: number; lon: number };
}

export type RegionFlowNode = Node<RegionNodeData, 'region'>;
export type ServiceFlowNode = Node<ServiceNodeData, 'service'>;
export type FlowNode = RegionFlowNode | ServiceFlowNode;
export type CircuitFlowEdge = Edge<CircuitEdgeData, 'circuit'>;

export interface DeriveInput {
  design: Design;
  selection: ReadonlySet<string>;
  dragPositions: Record<string, { x: number; y: number }>;
  layout: 'schematic' | 'map';
  locate: (region: Region) => { lat: number; lon: number } | undefined;
  /** Elements a drill or scenario has failed (dimmed on the canvas). */
  failed: ReadonlySet<string>;
  serviceStatus: ReadonlyMap<string, ServiceStatus>;
  pathRegions: ReadonlySet<string>;
  pathCircuits: ReadonlySet<string>;
  /** Circuits carrying rerouted traffic in a drill after failover → their label. */
  rerouted?: ReadonlyMap<string, string>;
  circuitEstimates: ReadonlyMap<string, CircuitEstimate>;
}

/** Where a region sits when the document has no position for it: a grid, in document order. */
export function fallbackPosition(index: number): { x: number; y: number } {
  return { x: (index % 6) * (REGION_WIDTH + 80), y: Math.floor(index / 6) * 260 };
}

export const serviceNodeId = (serviceId: string, regionId: string) => `svc:${serviceId}@${regionId}`;

/** The element a canvas node or edge stands for (a service node stands for its service). */
export function elementIdOf(nodeId: string): string {
  if (!nodeId.startsWith('svc:')) return nodeId;
  const at = nodeId.lastIndexOf('@');
  return nodeId.slice(4, at);
}

interface RegionCacheEntry {
  deps: unknown[];
  node: RegionFlowNode;
}

function same(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export class FlowDeriver {
  private regionCache = new Map<string, RegionCacheEntry>();
  private serviceCache = new Map<string, { deps: unknown[]; node: ServiceFlowNode }>();
  private edgeCache = new Map<string, { deps: unknown[]; edge: CircuitFlowEdge }>();
  // Last time's arrays, handed back when every element is the same object: React Flow then
  // skips its store update, and its ~1000 node and edge wrappers skip their selector checks
  // (selecting a region changes no edge).
  private lastNodes: FlowNode[] = [];
  private lastEdges: CircuitFlowEdge[] = [];

  nodes(input: DeriveInput): FlowNode[] {
    const { design, layout } = input;
    const byRegion = new Map<string, Service[]>();
    for (const s of design.services) {
      for (const p of s.placements) {
        let list = byRegion.get(p);
        if (!list) byRegion.set(p, (list = []));
        list.push(s);
      }
    }
    const out: FlowNode[] = [];
    const seenRegions = new Set<string>();
    const seenServices = new Set<string>();
    let unlocated = 0;
    design.regions.forEach((region, index) => {
      seenRegions.add(region.id);
      const services = byRegion.get(region.id) ?? [];
      const selected = input.selection.has(region.id);
      const dimmed = input.failed.has(region.id);
      const onPath = input.pathRegions.has(region.id);
      let position: { x: number; y: number };
      let width = REGION_WIDTH;
      let height = REGION_HEADER + services.length * SERVICE_ROW + (services.length ? 8 : 0);
      let hasLocation = true;
      if (layout === 'map') {
        const loc = input.locate(region);
        width = MAP_NODE_WIDTH;
        height = MAP_NODE_HEIGHT;
        if (loc) {
          const p = project(loc.lon, loc.lat);
          // The marker (the provider icon, 18 px, 2 px in) sits on the point.
          position = { x: p.x - 11, y: p.y - 11 };
        } else {
          hasLocation = false;
          position = { x: (unlocated % 12) * (MAP_NODE_WIDTH + 20), y: 1750 + Math.floor(unlocated / 12) * 60 };
          unlocated++;
        }
      } else {
        position = input.dragPositions[region.id] ?? region.position ?? fallbackPosition(index);
      }
      const deps = [region, services.length, selected, dimmed, onPath, layout, position.x, position.y, hasLocation];
      const cached = this.regionCache.get(region.id);
      let node: RegionFlowNode;
      if (cached && same(cached.deps, deps)) node = cached.node;
      else {
        node = {
          id: region.id,
          type: 'region',
          position,
          width,
          height,
          selected,
          draggable: layout === 'schematic',
          connectable: true,
          ariaLabel: `${region.name} region`,
          data: { region, serviceCount: services.length, layout, dimmed, hasLocation, onPath },
        };
        this.regionCache.set(region.id, { deps, node });
      }
      out.push(node);
      if (layout === 'map') return;
      services.forEach((service, i) => {
        const id = serviceNodeId(service.id, region.id);
        seenServices.add(id);
        const status = input.serviceStatus.get(service.id);
        const sel = input.selection.has(service.id);
        const primary = service.primary === region.id;
        const y = REGION_HEADER + i * SERVICE_ROW;
        const sdeps = [service, sel, status, primary, y];
        const sc = this.serviceCache.get(id);
        let snode: ServiceFlowNode;
        if (sc && same(sc.deps, sdeps)) snode = sc.node;
        else {
          snode = {
            id,
            type: 'service',
            parentId: region.id,
            extent: 'parent',
            position: { x: 10, y },
            width: REGION_WIDTH - 20,
            height: SERVICE_ROW - 6,
            selected: sel,
            draggable: false,
            connectable: false,
            ariaLabel: `${service.name} in ${region.name}`,
            data: { service, regionId: region.id, status, primary },
          };
          this.serviceCache.set(id, { deps: sdeps, node: snode });
        }
        out.push(snode);
      });
    });
    for (const id of this.regionCache.keys()) if (!seenRegions.has(id)) this.regionCache.delete(id);
    for (const id of this.serviceCache.keys()) if (!seenServices.has(id)) this.serviceCache.delete(id);
    return (this.lastNodes = sameItems(this.lastNodes, out) ? this.lastNodes : out);
  }

  edges(input: DeriveInput): CircuitFlowEdge[] {
    const out: CircuitFlowEdge[] = [];
    const regions = new Map(input.design.regions.map((r) => [r.id, r]));
    const seen = new Set<string>();
    for (const circuit of input.design.circuits) {
      seen.add(circuit.id);
      const estimate = input.circuitEstimates.get(circuit.id);
      const selected = input.selection.has(circuit.id);
      const dimmed = input.failed.has(circuit.id) || input.failed.has(circuit.from) || input.failed.has(circuit.to);
      const onPath = input.pathCircuits.has(circuit.id);
      const rerouted = input.rerouted?.get(circuit.id);
      let from: { lat: number; lon: number } | undefined;
      let to: { lat: number; lon: number } | undefined;
      if (input.layout === 'map') {
        const a = regions.get(circuit.from);
        const b = regions.get(circuit.to);
        from = a && input.locate(a);
        to = b && input.locate(b);
      }
      const deps = [circuit, estimate, selected, dimmed, onPath, rerouted, input.layout, from?.lat, from?.lon, to?.lat, to?.lon];
      const cached = this.edgeCache.get(circuit.id);
      if (cached && same(cached.deps, deps)) {
        out.push(cached.edge);
        continue;
      }
      const edge: CircuitFlowEdge = {
        id: circuit.id,
        type: 'circuit',
        source: circuit.from,
        target: circuit.to,
        selected,
        ariaLabel: `${circuit.name ?? circuit.id} circuit${rerouted ? `, ${rerouted}` : ''}`,
        data: { circuit, estimate, layout: input.layout, dimmed, onPath, ...(rerouted ? { rerouted } : {}), from, to },
      };
      this.edgeCache.set(circuit.id, { deps, edge });
      out.push(edge);
    }
    for (const id of this.edgeCache.keys()) if (!seen.has(id)) this.edgeCache.delete(id);
    return (this.lastEdges = sameItems(this.lastEdges, out) ? this.lastEdges : out);
  }
}

/** Circuits along a path of region ids (or the path itself when it lists circuit ids). */
export function pathElements(path: string[] | undefined, design: Design): { regions: Set<string>; circuits: Set<string> } {
  const regions = new Set<string>();
  const circuits = new Set<string>();
  if (!path) return { regions, circuits };
  const circuitIds = new Set(design.circuits.map((c) => c.id));
  if (path.every((p) => circuitIds.has(p))) {
    for (const id of path) {
      circuits.add(id);
      const c = design.circuits.find((x) => x.id === id)!;
      regions.add(c.from).add(c.to);
    }
    return { regions, circuits };
  }
  for (let i = 0; i < path.length; i++) {
    regions.add(path[i]!);
    if (i === 0) continue;
    const a = path[i - 1]!;
    const b = path[i]!;
    const c = design.circuits.find((x) => (x.from === a && x.to === b) || (x.from === b && x.to === a));
    if (c) circuits.add(c.id);
  }
  return { regions, circuits };
}
