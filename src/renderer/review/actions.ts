/**
 * The review and export actions in the one action registry: File ▸ Export (menu ids from
 * src/contracts/actions.ts), Present (F5), Compare with…, and the panels.
 */
import { registerActions, sharedSpec, type Action } from '../actions/registry.ts';
import { useStudio } from '../store/studio.ts';
import { showExport } from '../export/exportState.ts';
import { clearComparison, compareWith } from './compare.ts';
import { isPresenting, startPresenting, stopPresenting } from './present.ts';
import { useReview } from './reviewStore.ts';

const shared = (id: string, perform: () => void): Action => ({ id, ...sharedSpec(id), perform, inTextFields: false });

function showReview(): void {
  useStudio.setState({ panel: 'review', panelsVisible: true });
  requestAnimationFrame(() => document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Comment"]')?.focus());
}

export function registerReviewActions(): void {
  registerActions([
    shared('export.terraform', () => showExport('terraform')),
    shared('export.ansible', () => showExport('ansible')),
    shared('export.diagram', () => showExport('svg')),
    shared('export.report', () => showExport('report-html')),
    { id: 'review.present', label: 'Present Saved Views', group: 'View', accelerator: 'F5', perform: () => (isPresenting() ? stopPresenting() : startPresenting()) },
    { id: 'review.compare', label: 'Compare with…', group: 'File', perform: compareWith },
    { id: 'review.clearComparison', label: 'Clear Comparison', group: 'View', perform: clearComparison, enabled: () => useReview.getState().comparison !== undefined },
    { id: 'review.comment', label: 'Comment on Selection', group: 'Edit', accelerator: 'CmdOrCtrl+Alt+M', perform: showReview },
    { id: 'view.panel.export', label: 'Show Export Panel', group: 'View', accelerator: 'Alt+7', perform: () => useStudio.setState({ panel: 'export', panelsVisible: true }) },
    { id: 'view.panel.review', label: 'Show Review Panel', group: 'View', accelerator: 'Alt+8', perform: () => useStudio.setState({ panel: 'review', panelsVisible: true }) },
    { id: 'view.panel.compare', label: 'Show Compare Panel', group: 'View', accelerator: 'Alt+9', perform: () => useStudio.setState({ panel: 'compare', panelsVisible: true }) },
  ]);
}
