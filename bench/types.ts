/**
 * The benchmark module interface read by bench/run.ts (see bench/README.md).
 * A module `bench/NAME.bench.ts` exports `benches: Bench[]`.
 */

/** What a benchmark gets from the runner. */
export interface BenchContext {
  /** Progress lines for humans (stderr); silent with --json. */
  log(line: string): void;
  /** Debian's Python with networkx and python-igraph: /usr/bin/python3 (override with NETSTUDIO_BENCH_PYTHON). */
  python: string;
  /** A fresh temporary directory for exported graphs, removed after the run. */
  tmpDir: string;
  /** Whether --json was given. */
  json: boolean;
}

/**
 * One figure. `name` and `ms` are required; add any numeric or text fields. Ratios against
 * peers are `vsNetworkx`, `vsIgraph`, … = peer time ÷ our time (> 1: we are faster). When a
 * peer is unavailable, leave its ratio out and say why in a text field (e.g. `networkxError`).
 */
export interface BenchResult {
  name: string;
  ms: number;
  [field: string]: number | string;
}

export interface Bench {
  name: string;
  run(ctx: BenchContext): Promise<BenchResult>;
}
