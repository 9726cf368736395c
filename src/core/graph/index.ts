/** Graph engine: CSR graph, lowest-latency and BGP-policy routing, reachability, cut elements. */
export { buildGraph, type Graph, type GraphEdgeInput, type GraphNodeInput } from './graph.ts';
export {
  allPairsShortestPaths,
  createShortestPathTree,
  pathBetween,
  shortestPathTree,
  type AllPairsPaths,
  type GraphPath,
  type PathOptions,
  type ShortestPathTree,
} from './paths.ts';
export {
  connectedComponents,
  findArticulationPoints,
  findBridges,
  findCutElements,
  type Components,
  type CutElements,
} from './connectivity.ts';
export {
  allPairsPolicyPaths,
  createBgpEdgePolicy,
  DEFAULT_LOCAL_PREF,
  policyPathTree,
  type AllPairsPolicyPaths,
  type BgpEdgePolicy,
  type PolicyPathTree,
} from './policy.ts';
