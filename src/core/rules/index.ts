/**
 * Design rules: a linter over the design. Each rule is a module with an id, a severity,
 * a message, the elements it points at and a fix hint.
 */
import type { Design } from '../model/schema.ts';

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: FindingSeverity;
  message: string;
  /** Ids of the elements the finding points at. */
  elements: string[];
  hint?: string;
}

/** Runs every rule over the design. No rules are registered yet: the rules engine is its own issue. */
export function lintDesign(_design: Design): Finding[] {
  return [];
}
