/**
 * The studio's state: a thin shell around the design document (commands in, diffs
 * recorded for undo), plus UI state. The YAML text follows the design through
 * `serializeDesign(design, yamlDoc)` so comments and key order in the file survive; it is
 * computed on demand (`getYamlText()`: Code, Save, drafts, export), not on every edit,
 * because writing a 200-region design takes the UI thread ~100 ms.
 */
import { create } from 'zustand';
import type { Document } from 'yaml';
import type { CircuitType, Design, DocumentProblem } from '../../core/model/index.ts';
import { parseDesign, serializeDesign } from '../../core/model/index.ts';
import { CommandError, type Command } from '../model/commands.ts';
import { syncYaml } from '../model/yamlSync.ts';
import { emptyHistory, record, redo, undo, type History, type HistoryEntry } from '../model/history.ts';
import type { LiveAnalysis, SimulationResult } from '../worker/engineTypes.ts';
import { DEFAULT_MONTE_CARLO_INPUTS, type MonteCarloInputs } from '../actions/monteCarloInputs.ts';

export type Layout = 'schematic' | 'map';
export type PanelTab = 'problems' | 'cost' | 'latency' | 'objectives' | 'simulation' | 'code' | 'export' | 'review' | 'compare';

export interface FileInfo {
  name: string;
  path?: string;
  mtimeMs?: number;
}

export interface JobState {
  kind: 'n1' | 'n2' | 'monteCarlo';
  done: number;
  total: number;
  startedAt: number;
}

export interface DrillState {
  scenarioId: string;
  /** 0: before the failure; 1: failed (services red); 2: recovered (services that meet RTO green). */
  step: 0 | 1 | 2;
}

export interface StudioState {
  design: Design;
  /** Bumped when the YAML text changed because of a model edit (not typing in Code). */
  yamlRevision: number;
  /** Bumped whenever the YAML text changes, typing in Code included. */
  yamlVersion: number;
  /** Problems of the text in Code when it does not parse; the canvas keeps `design`. */
  codeProblems: DocumentProblem[];
  /** Warnings of the last successful parse (unknown fields, …). */
  documentWarnings: DocumentProblem[];
  file: FileInfo;
  history: History;
  /** The history entry the saved file corresponds to (undefined: the empty start). */
  savedAt: HistoryEntry | undefined;
  dirty: boolean;
  draftId: string;

  selection: string[];
  layout: Layout;
  circuitType: CircuitType;
  panel: PanelTab;
  panelsVisible: boolean;
  /** Positions of regions while a drag is in progress; committed as one command at the end. */
  dragPositions: Record<string, { x: number; y: number }>;
  status: { text: string; tone: 'info' | 'error' } | undefined;

  analysis: LiveAnalysis | undefined;
  analysisBusy: boolean;
  sweep: SimulationResult | undefined;
  monteCarlo: SimulationResult | undefined;
  job: JobState | undefined;
  jobError: string | undefined;
  /** Monte Carlo years and seed as typed in the Simulation panel (UI state, not the document). */
  monteCarloInputs: MonteCarloInputs;
  drill: DrillState | undefined;
  hoverPath: string[] | undefined;
  /** Problems of a file that could not be opened (the current design stays). */
  openProblems: { name: string; problems: DocumentProblem[] } | undefined;
  /** Scenario whose failure timeline the live analysis builds. */
  timelineScenario: string | undefined;
  overlay: 'palette' | 'about' | undefined;
  /** A site (data centre, office, …) waiting for its location before it is added. */
  pendingSite: { label: string; position: { x: number; y: number } } | undefined;
}

export const NEW_DESIGN: Design = { schemaVersion: 1, name: 'Untitled design', regions: [], circuits: [], services: [] };

function newDraftId(): string {
  return `draft-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e9).toString(36)}`;
}

const initial = (): StudioState => ({
  design: NEW_DESIGN,
  yamlRevision: 0,
  yamlVersion: 0,
  codeProblems: [],
  documentWarnings: [],
  file: { name: 'untitled.netstudio.yaml' },
  history: emptyHistory(),
  savedAt: undefined,
  dirty: false,
  draftId: newDraftId(),
  selection: [],
  layout: 'schematic',
  circuitType: 'transit-gateway-peering',
  panel: 'problems',
  panelsVisible: true,
  dragPositions: {},
  status: undefined,
  analysis: undefined,
  analysisBusy: false,
  sweep: undefined,
  monteCarlo: undefined,
  job: undefined,
  jobError: undefined,
  monteCarloInputs: DEFAULT_MONTE_CARLO_INPUTS,
  drill: undefined,
  hoverPath: undefined,
  openProblems: undefined,
  timelineScenario: undefined,
  overlay: undefined,
  pendingSite: undefined,
});

export const useStudio = create<StudioState>()(() => initial());

const set = useStudio.setState;
const get = useStudio.getState;

/**
 * The YAML document and its text as of `design`. When the store's design has moved on,
 * `getYamlText()` merges it into the document and writes the text again. `doc: 'unparsed'`:
 * the text was parsed in a worker (opening a file), and the UI thread parses it again only
 * when it first has to write the text.
 */
let yamlState: { design: Design; doc: Document | undefined | 'unparsed'; text: string } = { design: NEW_DESIGN, doc: undefined, text: serializeDesign(NEW_DESIGN) };

function resetYaml(design: Design, text: string, doc: Document | undefined | 'unparsed'): void {
  yamlState = { design, doc, text };
}

/**
 * What the YAML text of the current design is made from: `text` when it is up to date,
 * else the last text written (`base`, which the document's state corresponds to) and the
 * design to merge into it. Drafts write it in a worker (worker/yamlWriter.ts).
 */
export function yamlSnapshot(): { design: Design; text: string } | { design: Design; base: string } {
  const { design } = get();
  return yamlState.design === design ? { design, text: yamlState.text } : { design, base: yamlState.text };
}

/** The YAML of the current design: what Code shows, Save writes and drafts keep. */
export function getYamlText(): string {
  const { design } = get();
  if (yamlState.design !== design) {
    const doc = yamlState.doc === 'unparsed' ? parseDesign(yamlState.text).yaml : yamlState.doc;
    const out = syncYaml(design, doc);
    yamlState = { design, doc: out.yamlDoc, text: out.yamlText };
  }
  return yamlState.text;
}

function afterChange(design: Design, history: History, selection: string[]): void {
  const s = get();
  set({
    design,
    history,
    selection,
    yamlRevision: s.yamlRevision + 1,
    yamlVersion: s.yamlVersion + 1,
    codeProblems: [],
    dirty: history.past.at(-1) !== s.savedAt,
    sweep: undefined,
    monteCarlo: undefined,
    drill: undefined,
  });
}

/**
 * Applies commands as one undoable step. Returns false (and shows why) when a command was
 * refused, e.g. a circuit from a region to itself.
 */
export function dispatch(commands: Command | Command[], label: string, selectionAfter?: string[]): boolean {
  const s = get();
  const list = Array.isArray(commands) ? commands : [commands];
  try {
    const out = record(s.design, s.history, list, label, { before: s.selection, after: selectionAfter ?? s.selection });
    if (!out) {
      if (selectionAfter) set({ selection: selectionAfter });
      return true;
    }
    afterChange(out.design, out.history, out.entry.selectionAfter);
    set({ status: undefined });
    return true;
  } catch (e) {
    if (e instanceof CommandError) {
      set({ status: { text: e.message, tone: 'error' } });
      return false;
    }
    throw e;
  }
}

export function undoEdit(): void {
  const s = get();
  const out = undo(s.design, s.history);
  if (!out) return;
  afterChange(out.design, out.history, out.entry.selectionBefore);
  set({ status: { text: `Undid ${out.entry.label}`, tone: 'info' } });
}

export function redoEdit(): void {
  const s = get();
  const out = redo(s.design, s.history);
  if (!out) return;
  afterChange(out.design, out.history, out.entry.selectionAfter);
  set({ status: { text: `Redid ${out.entry.label}`, tone: 'info' } });
}

/** Loads a document as a fresh session. Returns the problems when the text is not a valid design. */
export function loadDocument(text: string, file: FileInfo): DocumentProblem[] {
  const parsed = parseDesign(text);
  if (!parsed.design) return parsed.problems;
  startSession(text, file, parsed.design, parsed.problems, parsed.yaml);
  return [];
}

/**
 * Loads a document parsed elsewhere (in a worker: parsing and validating a 200-region file
 * takes the UI thread ~250 ms) as a fresh session.
 */
export function loadParsedDocument(text: string, file: FileInfo, design: Design, problems: DocumentProblem[]): void {
  startSession(text, file, design, problems, 'unparsed');
}

function startSession(text: string, file: FileInfo, design: Design, problems: DocumentProblem[], doc: Document | undefined | 'unparsed'): void {
  const keep = get();
  resetYaml(design, text, doc);
  set({
    ...initial(),
    layout: keep.layout,
    panel: keep.panel,
    panelsVisible: keep.panelsVisible,
    circuitType: keep.circuitType,
    design,
    yamlRevision: keep.yamlRevision + 1,
    yamlVersion: keep.yamlVersion + 1,
    documentWarnings: problems.filter((p) => p.severity === 'warning'),
    file,
  });
}

export function newDocument(): void {
  const keep = get();
  resetYaml(NEW_DESIGN, serializeDesign(NEW_DESIGN), undefined);
  set({ ...initial(), layout: keep.layout, panel: keep.panel, panelsVisible: keep.panelsVisible, yamlRevision: keep.yamlRevision + 1, yamlVersion: keep.yamlVersion + 1 });
}

/**
 * Text typed in the Code view, parsed here on the calling thread. A valid document becomes
 * one undoable step (the canvas follows); an invalid one leaves the last good design in place
 * and shows its problems. The Code view parses in a worker instead (applyParsedCodeText).
 */
export function applyCodeText(text: string): void {
  if (text === getYamlText()) {
    if (get().codeProblems.length) set({ codeProblems: [] });
    return;
  }
  const parsed = parseDesign(text);
  applyParsedCodeText(text, { design: parsed.yaml ? parsed.design : undefined, problems: parsed.problems }, parsed.yaml);
}

/**
 * True when `text` is known to be the current design's YAML, so there is nothing to parse
 * (and no problems to show). Never writes the YAML: when the store's text is out of date the
 * answer is false and the text is parsed, which comes to the same design.
 */
export function codeTextIsCurrent(text: string): boolean {
  const snap = yamlSnapshot();
  if (!('text' in snap) || snap.text !== text) return false;
  if (get().codeProblems.length) set({ codeProblems: [] });
  return true;
}

/**
 * Text typed in Code, parsed and validated elsewhere (the YAML worker): the design when it is
 * a valid one, else its problems. Same semantics as applyCodeText. `doc`: the parsed YAML
 * document when the caller has it; else it is parsed again only when the text is next
 * written (the worker keeps its own copy for drafts and saves).
 */
export function applyParsedCodeText(text: string, parsed: { design?: Design; problems: DocumentProblem[] }, doc: Document | 'unparsed' = 'unparsed'): void {
  const s = get();
  if (!parsed.design) {
    set({ codeProblems: parsed.problems.filter((p) => p.severity === 'error') });
    return;
  }
  try {
    const out = record(s.design, s.history, [{ type: 'replaceDesign', design: parsed.design }], 'edit in Code', {
      before: s.selection,
      after: s.selection,
    });
    resetYaml(out ? out.design : s.design, text, doc);
    set({
      yamlVersion: s.yamlVersion + 1,
      codeProblems: [],
      documentWarnings: parsed.problems.filter((p) => p.severity === 'warning'),
    });
    if (out) {
      const ids = new Set([...out.design.regions, ...out.design.circuits, ...out.design.services].map((e) => e.id));
      set({
        design: out.design,
        history: out.history,
        selection: s.selection.filter((id) => ids.has(id)),
        dirty: out.history.past.at(-1) !== s.savedAt,
        sweep: undefined,
        monteCarlo: undefined,
      });
    }
  } catch (e) {
    set({ codeProblems: [{ path: '', line: 0, column: 0, message: (e as Error).message, severity: 'error' }] });
  }
}

export function markSaved(file: FileInfo): void {
  const s = get();
  set({ file, savedAt: s.history.past.at(-1), dirty: false });
}

export function select(ids: string[]): void {
  const s = get();
  if (ids.length === s.selection.length && ids.every((id, i) => s.selection[i] === id)) return;
  set({ selection: ids, hoverPath: undefined });
}

export function setStatus(text: string, tone: 'info' | 'error' = 'info'): void {
  set({ status: { text, tone } });
}

export function resetStudio(): void {
  resetYaml(NEW_DESIGN, serializeDesign(NEW_DESIGN), undefined);
  set(initial());
}
