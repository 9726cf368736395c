/**
 * Route tables for service evaluation: from every placement region (a tree root) the RTT
 * to the user regions that placement may serve, intact and under the current failure.
 * Only the (root, user region) entries services read are kept, so a sweep scenario copies
 * a handful of numbers per root instead of whole trees.
 */
import { shortestPathTree, type ShortestPathTree } from '../graph/paths.ts';
import type { SimModel } from './model.ts';
import { buildRepairableTree, TreeRepairer, type RepairableTree } from './repair.ts';
import type { FailureState } from './scenario.ts';

/** Replication path of one placement to its nearest other placement (intact network). */
export interface ReplicaPath {
  /** Placement index (into the service's placements) of the replica, or -1 when there is none. */
  target: number;
  /** Intact RTT to the replica, ms (Infinity when no path). */
  rttMs: number;
  /** Smallest circuit bandwidth along the path, Mbps (Infinity when co-located). */
  bottleneckMbps: number;
}

export class RouteTable {
  readonly trees: RepairableTree[];
  private readonly queryNodes: Int32Array[];
  private readonly intactRows: Float64Array[];
  private readonly scratchRows: Float64Array[];
  private readonly rows: Float64Array[];
  /** Per service: slot of each placement. */
  private readonly svcSlot: Int32Array[];
  /** Per service: index into the slot's row of (placement i, user j) at i * users + j. */
  private readonly svcK: Int32Array[];
  /** Per service, per placement: its replication path. */
  readonly replicaPaths: ReplicaPath[][];
  private readonly repairer: TreeRepairer;
  private readonly model: SimModel;
  /** rowChanged[slot] = 1 when some user region's RTT from that root may differ from the base (intact, or after the N-2 first failure). */
  readonly rowChanged: Uint8Array;
  /** Trees repairs start from: the intact ones, or those after a first failure (N-2). */
  private baseTrees: RepairableTree[];
  private baseRows: Float64Array[];
  private readonly baseRowChanged: Uint8Array;

  constructor(model: SimModel) {
    this.model = model;
    const g = model.graph;
    this.trees = model.roots.map((r) => buildRepairableTree(g, r));
    const queries: Map<number, number>[] = model.roots.map(() => new Map());
    this.svcSlot = [];
    this.svcK = [];
    for (const s of model.services) {
      const U = s.userNodes.length;
      const slots = new Int32Array(s.placements.length);
      const ks = new Int32Array(s.placements.length * U);
      s.placements.forEach((p, i) => {
        const slot = model.rootSlot[p]!;
        slots[i] = slot;
        const q = queries[slot]!;
        s.userNodes.forEach((u, j) => {
          let k = q.get(u);
          if (k === undefined) {
            k = q.size;
            q.set(u, k);
          }
          ks[i * U + j] = k;
        });
      });
      this.svcSlot.push(slots);
      this.svcK.push(ks);
    }
    this.queryNodes = queries.map((q) => Int32Array.from(q.keys()));
    this.intactRows = this.queryNodes.map((qn, slot) => {
      const row = new Float64Array(qn.length);
      const d = this.trees[slot]!.dist;
      for (let k = 0; k < qn.length; k++) row[k] = d[qn[k]!]!;
      return row;
    });
    this.scratchRows = this.queryNodes.map((qn) => new Float64Array(qn.length));
    this.rows = this.intactRows.slice();
    this.rowChanged = new Uint8Array(this.rows.length);
    this.baseTrees = this.trees.slice();
    this.baseRows = this.intactRows.slice();
    this.baseRowChanged = new Uint8Array(this.rows.length);
    this.repairer = new TreeRepairer(g);
    this.replicaPaths = model.services.map((s) =>
      s.placements.map((p, i) => {
        const tree = this.trees[model.rootSlot[p]!]!;
        let target = -1;
        let best = Infinity;
        s.placements.forEach((q, j) => {
          if (j === i || q === p) return;
          const d = tree.dist[q]!;
          if (target === -1 || d < best) {
            best = d;
            target = j;
          }
        });
        if (target === -1) {
          const coLocated = s.placements.findIndex((q, j) => j !== i && q === p);
          return coLocated >= 0 ? { target: coLocated, rttMs: 0, bottleneckMbps: Infinity } : { target: -1, rttMs: Infinity, bottleneckMbps: 0 };
        }
        let bottleneck = Infinity;
        if (best < Infinity) {
          for (let v = s.placements[target]!; tree.predEdge[v]! >= 0; v = tree.predNode[v]!) {
            bottleneck = Math.min(bottleneck, model.circuits[tree.predEdge[v]!]!.bandwidthMbps);
          }
        } else bottleneck = 0;
        return { target, rttMs: best, bottleneckMbps: bottleneck };
      }),
    );
  }

  /** RTT from placement i of service s to its user region j under the current failure, ms. */
  dist(s: number, i: number, j: number): number {
    const U = this.model.services[s]!.userNodes.length;
    return this.rows[this.svcSlot[s]![i]!]![this.svcK[s]![i * U + j]!]!;
  }

  /** The same in the intact network, ms. */
  intactDist(s: number, i: number, j: number): number {
    const U = this.model.services[s]!.userNodes.length;
    return this.intactRows[this.svcSlot[s]![i]!]![this.svcK[s]![i * U + j]!]!;
  }

  /** Routes of the intact network. */
  useIntact(): void {
    for (let r = 0; r < this.rows.length; r++) this.rows[r] = this.intactRows[r]!;
    this.rowChanged.fill(0);
  }

  /** Routes of the base network itself (after `setBase`), flagged against the intact network. */
  useBase(): void {
    for (let r = 0; r < this.rows.length; r++) {
      this.rows[r] = this.baseRows[r]!;
      this.rowChanged[r] = this.baseRowChanged[r]!;
    }
  }

  /** Whether any route service s reads may differ from the base network. */
  serviceRoutesChanged(s: number): boolean {
    const slots = this.svcSlot[s]!;
    for (let i = 0; i < slots.length; i++) if (this.rowChanged[slots[i]!]) return true;
    return false;
  }

  /**
   * Makes later repairs start from the network after `st` (or from the intact network when
   * undefined): an N-2 sweep repairs each first failure once, then each second on top of it.
   */
  setBase(st: FailureState | undefined): void {
    const rep = this.repairer;
    for (let r = 0; r < this.trees.length; r++) {
      this.baseTrees[r] = this.trees[r]!;
      this.baseRows[r] = this.intactRows[r]!;
      this.baseRowChanged[r] = 0;
      if (!st) continue;
      if (rep.repair(this.trees[r]!, st.failedEdges, st.failedNodes, st.edgeFailed, st.nodeFailed) === 0) continue;
      const qn = this.queryNodes[r]!;
      let any = false;
      for (let k = 0; k < qn.length; k++) if (rep.isChanged(qn[k]!)) any = true;
      this.baseTrees[r] = rep.toTree();
      if (!any) continue;
      const row = new Float64Array(qn.length);
      for (let k = 0; k < qn.length; k++) row[k] = rep.distAt(qn[k]!);
      this.baseRows[r] = row;
      this.baseRowChanged[r] = 1;
    }
  }

  /**
   * Routes under a region/circuit failure by incremental repair of each tree (no
   * degradations, no partition). The masks in `st` hold every failed element; `edges` and
   * `nodes` (default: all of `st`'s) are those not already in the base. Returns the number
   * of node distances recomputed.
   */
  useRepaired(st: FailureState, edges: readonly number[] = st.failedEdges, nodes: readonly number[] = st.failedNodes): number {
    let work = 0;
    const rep = this.repairer;
    for (let r = 0; r < this.rows.length; r++) {
      const changed = rep.repair(this.baseTrees[r]!, edges, nodes, st.edgeFailed, st.nodeFailed);
      work += changed;
      this.rows[r] = this.baseRows[r]!;
      this.rowChanged[r] = 0;
      if (changed === 0) continue;
      const qn = this.queryNodes[r]!;
      let any = false;
      for (let k = 0; k < qn.length; k++) if (rep.isChanged(qn[k]!)) any = true;
      if (!any) continue;
      const row = this.scratchRows[r]!;
      for (let k = 0; k < qn.length; k++) row[k] = rep.distAt(qn[k]!);
      this.rows[r] = row;
      this.rowChanged[r] = 1;
    }
    return work;
  }

  /** Routes under any failure state by a full Dijkstra per root (degradations, partitions). */
  useRecomputed(st: FailureState): void {
    this.model.roots.forEach((root, r) => {
      const t = treeUnder(this.model, root, st);
      const qn = this.queryNodes[r]!;
      const row = this.scratchRows[r]!;
      for (let k = 0; k < qn.length; k++) row[k] = t.dist[qn[k]!]!;
      this.rows[r] = row;
      this.rowChanged[r] = 1;
    });
  }

  /** Full distance arrays per root under a failure, for brute-force checks. */
  repairedTree(slot: number, st: FailureState): Float64Array {
    this.repairer.repair(this.trees[slot]!, st.failedEdges, st.failedNodes, st.edgeFailed, st.nodeFailed);
    this.repairer.materialize();
    return this.repairer.dist.slice();
  }
}

/**
 * The shortest-path tree from `root` under a failure state, by a full Dijkstra: failed
 * regions and circuits removed, degraded RTTs used, and, when `root` is on one side of a
 * partition, every region of the other side forbidden.
 */
export function treeUnder(model: SimModel, root: number, st: FailureState): ShortestPathTree {
  const g = model.graph;
  let nodeMask = st.nodeFailed;
  const side = st.partitionSide;
  if (side && side[root] !== 0) {
    // A partition forbids every path from one group into the other.
    nodeMask = st.nodeFailed.slice();
    for (let u = 0; u < g.nodeCount; u++) if (side[u] !== 0 && side[u] !== side[root]) nodeMask[u] = 1;
  }
  return shortestPathTree(g, root, st.edgeFailed, nodeMask, st.edgeWeight ? { edgeWeight: st.edgeWeight } : undefined);
}
