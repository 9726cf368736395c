/**
 * Semantic design diff (`netstudio diff`, the app's "Compare with…").
 */
export {
  diffDesigns,
  diffFields,
  type CostCategoryDelta,
  type CostDelta,
  type DesignDiff,
  type DiffEstimate,
  type DiffOptions,
  type DiffSide,
  type ElementChange,
  type ElementKind,
  type ElementRef,
  type FieldChange,
  type LatencyChange,
  type ObjectiveChange,
  type ObjectiveKind,
  type Verdict,
} from './diff.ts';
export { renderDiffJson, renderDiffMarkdown, renderDiffText, diffSummaryLine } from './render.ts';
