/**
 * What the Review tab and the review actions do to the studio: comment and view edits go
 * through `dispatch` as one undoable step each; applying a view sets the layout, the
 * viewport and the highlighted scenario.
 */
import type { SavedView } from '../../core/model/index.ts';
import { canvasController } from '../canvas/controller.ts';
import { dispatch, select, useStudio } from '../store/studio.ts';
import { kindOf } from '../model/commands.ts';
import { addComment, commentsOf, deleteComment, deleteView, nextReviewId, reviewCommand, saveView, setCommentResolved } from './reviewCommands.ts';

const AUTHOR_KEY = 'netstudio.review.author';

export function rememberedAuthor(): string {
  try {
    return localStorage.getItem(AUTHOR_KEY) ?? '';
  } catch {
    return '';
  }
}

function rememberAuthor(name: string): void {
  try {
    localStorage.setItem(AUTHOR_KEY, name.trim());
  } catch {
    // Storage unavailable (private mode): the name is asked again next time.
  }
}

/** Display name of an element id (region, circuit, service or scenario), or the id when it is gone. */
export function elementName(id: string): string {
  const d = useStudio.getState().design;
  const e = [...d.regions, ...d.services, ...(d.scenarios ?? [])].find((x) => x.id === id) ?? d.circuits.find((c) => c.id === id);
  if (!e) return id;
  return ('name' in e && e.name) || id;
}

/** Adds a comment on `element` (or the whole design). `now` is read by the caller. */
export function commentOn(element: string | undefined, author: string, text: string, now: Date): boolean {
  const d = useStudio.getState().design;
  rememberAuthor(author);
  try {
    const next = addComment(d, { id: nextReviewId(d, 'c'), ...(element ? { element } : {}), author, at: now.toISOString(), text });
    return dispatch(reviewCommand(next), 'add comment');
  } catch (e) {
    useStudio.setState({ status: { text: (e as Error).message, tone: 'error' } });
    return false;
  }
}

export function resolveComment(id: string, resolved: boolean): void {
  const d = useStudio.getState().design;
  dispatch(reviewCommand(setCommentResolved(d, id, resolved)), resolved ? 'resolve comment' : 'reopen comment');
}

export function removeComment(id: string): void {
  dispatch(reviewCommand(deleteComment(useStudio.getState().design, id)), 'delete comment');
}

/** Selects the element a comment is pinned to (when it still exists). */
export function selectCommentElement(id: string): void {
  const d = useStudio.getState().design;
  const c = commentsOf(d).find((x) => x.id === id);
  if (c?.element && kindOf(d, c.element) && kindOf(d, c.element) !== 'scenario') select([c.element]);
}

/** Saves the current layout, viewport and selection, and `scenario` to highlight, as a named view. */
export function saveCurrentView(name: string, scenario: string | undefined): boolean {
  const s = useStudio.getState();
  const viewport = canvasController()?.getViewport();
  const view: SavedView = { id: nextReviewId(s.design, 'v'), name, layout: s.layout };
  if (viewport) view.viewport = { x: Math.round(viewport.x * 10) / 10, y: Math.round(viewport.y * 10) / 10, zoom: Math.round(viewport.zoom * 1000) / 1000 };
  if (scenario && s.design.scenarios?.some((x) => x.id === scenario)) view.scenario = scenario;
  if (s.selection.length) view.selection = [...s.selection];
  try {
    return dispatch(reviewCommand(saveView(s.design, view)), 'save view');
  } catch (e) {
    useStudio.setState({ status: { text: (e as Error).message, tone: 'error' } });
    return false;
  }
}

export function removeView(id: string): void {
  dispatch(reviewCommand(deleteView(useStudio.getState().design, id)), 'delete view');
}

/** Runs `fn` once the canvas has rendered a changed layout and done its own fit. */
function afterLayoutSettles(fn: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(fn)));
}

/**
 * Applies a saved view: its layout, viewport and selection; its scenario is shown as the
 * failed state of a drill (`step`, default 1), or the drill is cleared when it has none.
 */
export function applyView(view: SavedView, step: 0 | 1 | 2 = 1): void {
  const s = useStudio.getState();
  const ids = new Set([...s.design.regions, ...s.design.circuits, ...s.design.services].map((e) => e.id));
  const scenario = view.scenario && s.design.scenarios?.some((x) => x.id === view.scenario) ? view.scenario : undefined;
  useStudio.setState({
    ...(view.layout ? { layout: view.layout } : {}),
    drill: scenario ? { scenarioId: scenario, step } : undefined,
    ...(scenario ? { timelineScenario: scenario } : {}),
  });
  if (view.selection) select(view.selection.filter((id) => ids.has(id)));
  const viewport = view.viewport;
  const layoutChanged = view.layout !== undefined && view.layout !== s.layout;
  if (viewport) {
    if (layoutChanged) afterLayoutSettles(() => canvasController()?.setViewport(viewport));
    else canvasController()?.setViewport(viewport);
  }
}
