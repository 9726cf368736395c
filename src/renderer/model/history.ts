/**
 * Undo/redo over recorded diffs. A history entry is what one user gesture changed (a
 * command, a whole drag, one inspector field), with the selection before and after so that
 * undo puts the user back where they were.
 */
import type { Design } from '../../core/model/index.ts';
import { applyCommand, type Command } from './commands.ts';
import { applyDiff, diffDesigns, invertDiff, isEmptyDiff, type DesignDiff } from './diff.ts';

export interface HistoryEntry {
  label: string;
  diff: DesignDiff;
  selectionBefore: string[];
  selectionAfter: string[];
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

/** At most this many steps are kept; the oldest are dropped first. */
export const HISTORY_LIMIT = 500;

export const emptyHistory = (): History => ({ past: [], future: [] });

/** Applies commands as one step. Returns undefined when they changed nothing. */
export function record(
  design: Design,
  history: History,
  commands: Command[],
  label: string,
  selection: { before: string[]; after: string[] },
): { design: Design; history: History; entry: HistoryEntry } | undefined {
  let next = design;
  for (const c of commands) next = applyCommand(next, c);
  if (next === design) return undefined;
  const diff = diffDesigns(design, next);
  if (isEmptyDiff(diff)) return undefined;
  const entry: HistoryEntry = { label, diff, selectionBefore: selection.before, selectionAfter: selection.after };
  const past = [...history.past, entry];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { design: next, history: { past, future: [] }, entry };
}

export function undo(design: Design, history: History): { design: Design; history: History; entry: HistoryEntry } | undefined {
  const entry = history.past.at(-1);
  if (!entry) return undefined;
  return {
    design: applyDiff(design, invertDiff(entry.diff)),
    history: { past: history.past.slice(0, -1), future: [entry, ...history.future] },
    entry,
  };
}

export function redo(design: Design, history: History): { design: Design; history: History; entry: HistoryEntry } | undefined {
  const entry = history.future[0];
  if (!entry) return undefined;
  return {
    design: applyDiff(design, entry.diff),
    history: { past: [...history.past, entry], future: history.future.slice(1) },
    entry,
  };
}
