/**
 * Present mode: full screen (when the browser allows it; otherwise the canvas fills the
 * window with every other part hidden), stepping through the saved views with ←/→. A view
 * with a scenario plays its drill one step per key press: before the failure, failed,
 * recovered. Esc (or leaving full screen) ends it.
 */
import type { SavedView } from '../../core/model/index.ts';
import { canvasController } from '../canvas/controller.ts';
import { setStatus, useStudio } from '../store/studio.ts';
import { applyView } from './review.ts';
import { viewsOf } from './reviewCommands.ts';
import { useReview } from './reviewStore.ts';

const PRESENT_CLASS = 'ns-presenting';

function views(): SavedView[] {
  return viewsOf(useStudio.getState().design);
}

function show(index: number, step: 0 | 1 | 2, applyWholeView: boolean): void {
  const view = views()[index];
  if (!view) return;
  const p = useReview.getState().presenting;
  useReview.setState({ presenting: { index, step, fullscreen: p?.fullscreen ?? false } });
  if (applyWholeView) {
    applyView(view, step);
    if (!view.viewport) requestAnimationFrame(() => canvasController()?.fit());
  } else if (view.scenario) {
    useStudio.setState({ drill: { scenarioId: view.scenario, step } });
  }
}

function onKey(e: KeyboardEvent): void {
  if (!useReview.getState().presenting) return;
  const forward = ['ArrowRight', 'PageDown', ' ', 'Enter'];
  const back = ['ArrowLeft', 'PageUp', 'Backspace'];
  if (e.key === 'Escape') stopPresenting();
  else if (forward.includes(e.key)) nextStep();
  else if (back.includes(e.key)) previousStep();
  else return;
  // Present mode owns these keys: the canvas shortcuts (move selection, clear selection) must not run.
  e.preventDefault();
  e.stopPropagation();
}

function onFullscreenChange(): void {
  const p = useReview.getState().presenting;
  if (p?.fullscreen && !document.fullscreenElement) stopPresenting();
}

export function isPresenting(): boolean {
  return useReview.getState().presenting !== undefined;
}

export async function startPresenting(): Promise<void> {
  if (isPresenting()) return;
  if (views().length === 0) {
    setStatus('Present mode steps through saved views: save one in the Review tab first.', 'error');
    return;
  }
  document.documentElement.classList.add(PRESENT_CLASS);
  window.addEventListener('keydown', onKey, true);
  document.addEventListener('fullscreenchange', onFullscreenChange);
  useReview.setState({ presenting: { index: 0, step: 0, fullscreen: false } });
  show(0, 0, true);
  let fullscreen = false;
  try {
    if (document.fullscreenEnabled && !document.fullscreenElement) {
      await document.documentElement.requestFullscreen();
      fullscreen = true;
    }
  } catch {
    // Refused (no user gesture, or a policy): the window-filling mode is used instead.
  }
  const p = useReview.getState().presenting;
  if (p) useReview.setState({ presenting: { ...p, fullscreen } });
}

export function nextStep(): void {
  const p = useReview.getState().presenting;
  if (!p) return;
  const view = views()[p.index];
  if (view?.scenario && p.step < 2) show(p.index, (p.step + 1) as 1 | 2, false);
  else if (p.index < views().length - 1) show(p.index + 1, 0, true);
}

export function previousStep(): void {
  const p = useReview.getState().presenting;
  if (!p) return;
  const view = views()[p.index];
  if (view?.scenario && p.step > 0) show(p.index, (p.step - 1) as 0 | 1, false);
  else if (p.index > 0) {
    const prev = views()[p.index - 1];
    show(p.index - 1, prev?.scenario ? 2 : 0, true);
  }
}

export function stopPresenting(): void {
  const p = useReview.getState().presenting;
  if (!p) return;
  window.removeEventListener('keydown', onKey, true);
  document.removeEventListener('fullscreenchange', onFullscreenChange);
  document.documentElement.classList.remove(PRESENT_CLASS);
  useReview.setState({ presenting: undefined });
  useStudio.setState({ drill: undefined });
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
