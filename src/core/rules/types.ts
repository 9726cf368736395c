/**
 * The shapes every design rule shares: a finding (what the linter reports) and a rule
 * (an id, a default severity, what it checks and why).
 */
import type { Catalog } from '../catalog/types.ts';
import type { Design } from '../model/schema.ts';
import type { SimModel } from '../simulate/model.ts';
import type { RouteTable } from '../simulate/routes.ts';
import type { ServiceOutcome } from '../simulate/evaluate.ts';

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: FindingSeverity;
  message: string;
  /** Ids of the elements the finding points at. */
  elements: string[];
  hint?: string;
}

/** What a rule may read. The simulation model and routes are built once, on first use. */
export interface RuleContext {
  design: Design;
  catalog: Catalog;
  /** The design as the simulation engine sees it (graph, circuit RTTs, resolved defaults). */
  model(): SimModel;
  routes(): RouteTable;
  /** Every service's outcome with nothing failed. */
  intact(): ServiceOutcome[];
}

export interface Rule {
  id: string;
  severity: FindingSeverity;
  /** One line for the rules table in docs/simulation.md and the app. */
  title: string;
  check(ctx: RuleContext): Finding[];
}
