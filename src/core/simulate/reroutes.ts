/**
 * Rerouted traffic of one named scenario: per service, the user regions whose traffic
 * crosses other circuits (or reaches another serving region) after failover than in the
 * intact design. For drills and reports only — it runs a Dijkstra per serving region, which
 * N-1/N-2 sweeps and Monte Carlo do not need and do not call.
 */
import { pathBetween, type GraphPath, type ShortestPathTree } from '../graph/paths.ts';
import type { Reroute, ServiceEvaluator } from './evaluate.ts';
import type { SimModel } from './model.ts';
import { treeUnder } from './routes.ts';
import { intactState, type FailureState } from './scenario.ts';

/** RTT of a path under the failure state's edge weights, ms; Infinity when it crosses a failed or forbidden element. */
function pathRttUnder(model: SimModel, path: GraphPath, st: FailureState, tree: ShortestPathTree): number {
  const g = model.graph;
  const weight = st.edgeWeight ?? g.edgeWeight;
  let rtt = 0;
  for (const e of path.edges) {
    if (st.edgeFailed[e]) return Infinity;
    rtt += weight[e]!;
  }
  for (let k = 0; k < path.nodes.length; k++) {
    const u = path.nodes[k]!;
    // A node the tree under `st` cannot reach is failed or behind the partition.
    if (tree.dist[u] === Infinity) return Infinity;
    if (k > 0 && k < path.nodes.length - 1) rtt += g.nodeTransit[u]!;
  }
  return rtt;
}

/** Both paths exist and cross the same circuits in the same order. */
function sameCircuits(a: readonly string[] | null, b: readonly string[] | null): boolean {
  return a !== null && b !== null && a.length === b.length && a.every((id, k) => id === b[k]);
}

/**
 * The reroutes of every service under `st`, by service index. `evaluator` must just have
 * evaluated `st` with detail (its serving placements per user region are read). A user
 * region is listed when its serving region changed or its path did; a path still as short
 * as the new best one counts as unchanged, so equal-cost ties do not show as reroutes.
 */
export function traceReroutes(model: SimModel, evaluator: ServiceEvaluator, st: FailureState): Reroute[][] {
  const g = model.graph;
  const intact = intactState(model);
  const intactTrees = new Map<number, ShortestPathTree>();
  const failedTrees = new Map<number, ShortestPathTree>();
  const treeOf = (cache: Map<number, ShortestPathTree>, root: number, state: FailureState) => {
    let t = cache.get(root);
    if (!t) cache.set(root, (t = treeUnder(model, root, state)));
    return t;
  };
  const circuitIds = (p: GraphPath | undefined) => (p ? p.edges.map((e) => g.edgeIds[e]!) : null);
  return model.services.map((s) => {
    const serving = evaluator.servingDetail(s.index);
    if (!serving) return [];
    const out: Reroute[] = [];
    s.userNodes.forEach((user, j) => {
      const was = serving.before[j]!;
      const now = serving.now[j]!;
      if (now === -2 || (was < 0 && now < 0)) return; // lost with its own site, or never served
      const wasRoot = was >= 0 ? s.placements[was]! : -1;
      const nowRoot = now >= 0 ? s.placements[now]! : -1;
      const beforePath = wasRoot >= 0 ? pathBetween(treeOf(intactTrees, wasRoot, intact), g, wasRoot, user) : undefined;
      const reroute: Reroute = {
        users: g.nodeIds[user]!,
        servedBefore: wasRoot >= 0 ? g.nodeIds[wasRoot]! : null,
        servedFrom: nowRoot >= 0 ? g.nodeIds[nowRoot]! : null,
        before: circuitIds(beforePath),
        after: null,
      };
      if (serving.steered[j]) {
        if (nowRoot >= 0) reroute.overInternet = true;
        out.push(reroute);
        return;
      }
      if (nowRoot >= 0) {
        const tree = treeOf(failedTrees, nowRoot, st);
        const best = tree.dist[user]!;
        if (nowRoot === wasRoot && beforePath && pathRttUnder(model, beforePath, st, tree) <= best + 1e-9) return; // the old path is still a best one
        reroute.after = circuitIds(pathBetween(tree, g, nowRoot, user));
      }
      if (!(nowRoot === wasRoot && sameCircuits(reroute.before, reroute.after))) out.push(reroute);
    });
    return out;
  });
}
