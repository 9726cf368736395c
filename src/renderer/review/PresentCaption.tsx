/** The caption of present mode: which view, the drill step, and the keys. */
import { useStudio } from '../store/studio.ts';
import { viewsOf } from './reviewCommands.ts';
import { nextStep, previousStep, stopPresenting } from './present.ts';
import { useReview } from './reviewStore.ts';
import './review.css';

const STEP_TEXT = ['Before the failure', 'Failed', 'After failover'] as const;

export default function PresentCaption() {
  const presenting = useReview((s) => s.presenting);
  const design = useStudio((s) => s.design);
  const analysis = useStudio((s) => s.analysis);
  if (!presenting) return null;
  const views = viewsOf(design);
  const view = views[presenting.index];
  if (!view) return null;
  const scenario = view.scenario ? design.scenarios?.find((s) => s.id === view.scenario) : undefined;
  const outcome = view.scenario ? analysis?.simulation?.scenarios.find((s) => s.id === view.scenario) : undefined;
  let detail = '';
  if (scenario) {
    detail = `${scenario.name}: ${STEP_TEXT[presenting.step]}`;
    if (outcome && presenting.step === 1) detail += ` — ${outcome.failed.length} element(s) down, ${outcome.services.length} service(s) affected`;
    if (outcome && presenting.step === 2) {
      const ok = outcome.services.filter((s) => s.available && s.meetsRto).length;
      detail += ` — ${ok} of ${outcome.services.length} service(s) recovered within RTO`;
    }
  }
  return (
    <div className="ns-present-caption" role="region" aria-label="Presentation">
      <b>{view.name}</b>
      <span className="ns-present-step">
        View {presenting.index + 1} of {views.length}
      </span>
      {detail ? <span data-testid="present-drill">{detail}</span> : null}
      <span className="ns-present-step">← → step · Esc exits</span>
      <button type="button" onClick={previousStep} aria-label="Previous step">
        ←
      </button>
      <button type="button" onClick={nextStep} aria-label="Next step">
        →
      </button>
      <button type="button" onClick={stopPresenting}>
        Exit
      </button>
    </div>
  );
}
