import { lazy, Suspense, useEffect, useMemo, useState, type DragEvent } from 'react';
import type { Draft } from '../contracts/host.ts';
import Canvas from './canvas/Canvas.tsx';
import Palette from './palette/Palette.tsx';
import Inspector from './inspector/Inspector.tsx';
import ProblemsPanel, { collectProblems } from './panels/ProblemsPanel.tsx';
import CostPanel from './panels/CostPanel.tsx';
import LatencyPanel from './panels/LatencyPanel.tsx';
import ObjectivesPanel from './panels/ObjectivesPanel.tsx';
import SimulationPanel from './panels/SimulationPanel.tsx';
import CommandPalette from './CommandPalette.tsx';
import SitePrompt from './palette/SitePrompt.tsx';
import { registerStudioActions } from './actions/index.ts';
import { registerReviewActions } from './review/actions.ts';
import ExportPanel from './export/ExportPanel.tsx';
import ReviewPanel from './review/ReviewPanel.tsx';
import ComparePanel from './review/ComparePanel.tsx';
import PresentCaption from './review/PresentCaption.tsx';
import { formatAccelerator, getAction, handleKeyDown, runAction } from './actions/registry.ts';
import { getHost } from './host/index.ts';
import { openDroppedFile, openSample, openText, SAMPLE_NAMES, sampleTitle } from './files/files.ts';
import { createLiveAnalyzer } from './worker/client.ts';
import { shareAnalysis } from './worker/shareAnalysis.ts';
import { DND_MIME } from './palette/items.ts';
import { useStudio, type PanelTab } from './store/studio.ts';
import { yamlTextOffThread } from './worker/yamlWriter.ts';
import { formatUsd } from './canvas/format.ts';

registerStudioActions(
  () => useStudio.setState({ overlay: 'about' }),
  () => useStudio.setState({ overlay: 'palette' }),
);

registerReviewActions();

const CodeEditor = lazy(() => import('./code/CodeEditor.tsx'));

const TABS: { id: PanelTab; label: string }[] = [
  { id: 'problems', label: 'Problems' },
  { id: 'cost', label: 'Cost' },
  { id: 'latency', label: 'Latency' },
  { id: 'objectives', label: 'Objectives' },
  { id: 'simulation', label: 'Simulation' },
  { id: 'code', label: 'Code' },
  { id: 'export', label: 'Export' },
  { id: 'review', label: 'Review' },
  { id: 'compare', label: 'Compare' },
];

function useLiveAnalysis(): void {
  const design = useStudio((s) => s.design);
  const timelineScenario = useStudio((s) => s.timelineScenario);
  const analyzer = useMemo(
    () =>
      createLiveAnalyzer(
        (analysis) => useStudio.setState({ analysis: shareAnalysis(useStudio.getState().analysis, analysis) }),
        (busy) => useStudio.setState({ analysisBusy: busy }),
      ),
    [],
  );
  useEffect(() => () => analyzer.dispose(), [analyzer]);
  useEffect(() => analyzer.request(design, timelineScenario), [analyzer, design, timelineScenario]);
}

function useDrafts(): void {
  const yamlVersion = useStudio((s) => s.yamlVersion);
  const dirty = useStudio((s) => s.dirty);
  const file = useStudio((s) => s.file);
  const draftId = useStudio((s) => s.draftId);
  useEffect(() => getHost().setDocumentState({ name: file.name, dirty }), [file, dirty]);
  useEffect(() => {
    if (!dirty) return;
    let live = true;
    const t = setTimeout(() => {
      void yamlTextOffThread().then((text) => {
        // An edit or a save since then: that one's draft (or none) wins.
        if (live) void getHost().saveDraft({ id: draftId, name: file.name, text, savedAtMs: Date.now(), ...(file.path ? { path: file.path } : {}) });
      });
    }, 1500);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [yamlVersion, dirty, file, draftId]);
}

function PanelTabs() {
  const panel = useStudio((s) => s.panel);
  const visible = useStudio((s) => s.panelsVisible);
  const analysis = useStudio((s) => s.analysis);
  const codeProblems = useStudio((s) => s.codeProblems);
  const sweep = useStudio((s) => s.sweep);
  const monteCarlo = useStudio((s) => s.monteCarlo);
  const design = useStudio((s) => s.design);
  const documentWarnings = useStudio((s) => s.documentWarnings);
  const openProblems = useStudio((s) => s.openProblems);
  const problemCount = useMemo(
    () => collectProblems({ analysis, codeProblems, sweep, monteCarlo, design, documentWarnings, openProblems }).filter((r) => r.severity !== 'info').length,
    [analysis, codeProblems, sweep, monteCarlo, design, documentWarnings, openProblems],
  );
  if (!visible) return null;
  return (
    <section className="ns-panels" aria-label="Panels">
      <div role="tablist" aria-label="Analysis panels" className="ns-tabs">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={panel === t.id}
            aria-controls={`panel-${t.id}`}
            onClick={() => useStudio.setState({ panel: t.id })}
          >
            {t.label}
            {t.id === 'problems' && problemCount > 0 ? <span className="ns-count" aria-hidden> {problemCount}</span> : null}
          </button>
        ))}
        <span className="ns-tab-extra">
          {analysis?.estimate ? (
            <span title={`Monthly cost from the estimate engine; prices as of ${analysis.estimate.cost.pricesAsOf}`}>
              {formatUsd(analysis.estimate.cost.monthlyUsd)}/month
            </span>
          ) : null}
          {analysis ? <span title="Time the worker took for the last live analysis">analysis {analysis.durationMs.toFixed(0)} ms</span> : null}
        </span>
      </div>
      <div role="tabpanel" id={`panel-${panel}`} aria-labelledby={`tab-${panel}`} className="ns-panel-body">
        {panel === 'problems' ? <ProblemsPanel /> : null}
        {panel === 'cost' ? <CostPanel /> : null}
        {panel === 'latency' ? <LatencyPanel /> : null}
        {panel === 'objectives' ? <ObjectivesPanel /> : null}
        {panel === 'simulation' ? <SimulationPanel /> : null}
        {panel === 'code' ? (
          <Suspense fallback={<p className="ns-hint">Loading the code editor…</p>}>
            <CodeEditor />
          </Suspense>
        ) : null}
        {panel === 'export' ? <ExportPanel /> : null}
        {panel === 'review' ? <ReviewPanel /> : null}
        {panel === 'compare' ? <ComparePanel /> : null}
      </div>
    </section>
  );
}

function Toolbar() {
  const file = useStudio((s) => s.file);
  const dirty = useStudio((s) => s.dirty);
  const layout = useStudio((s) => s.layout);
  const busy = useStudio((s) => s.analysisBusy);
  const canUndo = useStudio((s) => s.history.past.length > 0);
  const canRedo = useStudio((s) => s.history.future.length > 0);
  const name = useStudio((s) => s.design.name);
  const button = (id: string, label?: string, disabled?: boolean) => {
    const a = getAction(id);
    if (!a) return null;
    return (
      <button type="button" onClick={() => runAction(id)} disabled={disabled} title={a.accelerator ? `${a.label} (${formatAccelerator(a.accelerator)})` : a.label}>
        {label ?? a.label}
      </button>
    );
  };
  return (
    <header className="ns-toolbar">
      <strong className="ns-logo">NetStudio</strong>
      <span className="ns-file" title={file.path ?? file.name}>
        {name} <span className="ns-filename">— {file.name}</span>
        {dirty ? <span className="ns-dirty" aria-label="unsaved changes"> ●</span> : null}
      </span>
      <nav className="ns-actions" aria-label="Toolbar">
        {button('file.new', 'New')}
        {button('file.open', 'Open…')}
        {button('file.save', 'Save')}
        <select
          aria-label="Samples"
          value=""
          onChange={(e) => {
            if (e.target.value) runAction(`file.sample.${e.target.value}`);
          }}
        >
          <option value="">Samples…</option>
          {SAMPLE_NAMES.map((n) => (
            <option key={n} value={n}>
              {sampleTitle(n)}
            </option>
          ))}
        </select>
        <span className="ns-sep" />
        {button('edit.undo', 'Undo', !canUndo)}
        {button('edit.redo', 'Redo', !canRedo)}
        <span className="ns-sep" />
        <div role="group" aria-label="Layout" className="ns-segmented">
          <button type="button" aria-pressed={layout === 'schematic'} onClick={() => runAction('view.schematic')}>
            Schematic
          </button>
          <button type="button" aria-pressed={layout === 'map'} onClick={() => runAction('view.map')}>
            Map
          </button>
        </div>
        {button('view.tidy', 'Tidy')}
        {button('view.fit', 'Fit')}
        <span className="ns-sep" />
        {button('view.commandPalette', 'Commands')}
      </nav>
      <span className="ns-busy" aria-live="polite">
        {busy ? 'Analysing…' : ''}
      </span>
    </header>
  );
}

function StatusBar() {
  const status = useStudio((s) => s.status);
  const selection = useStudio((s) => s.selection);
  return (
    <footer className="ns-statusbar">
      <span role="status" className={status?.tone === 'error' ? 'ns-error' : undefined}>
        {status?.text ?? ''}
      </span>
      <span>{selection.length ? `${selection.length} selected` : ''}</span>
    </footer>
  );
}

/** Offers the newest unsaved draft (from a crash or a closed tab) when the studio starts. */
function DraftOffer() {
  const [draft, setDraft] = useState<Draft>();
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has('sample')) return;
    void getHost()
      .listDrafts()
      .then((drafts) => setDraft([...drafts].sort((a, b) => b.savedAtMs - a.savedAtMs)[0]));
  }, []);
  if (!draft) return null;
  return (
    <div className="ns-draft" role="alert">
      Unsaved draft of <b>{draft.name}</b> from {new Date(draft.savedAtMs).toLocaleString()}.
      <button
        type="button"
        onClick={() => {
          void openText(draft.text, { name: draft.name, ...(draft.path ? { path: draft.path } : {}) }).then((ok) => ok && useStudio.setState({ dirty: true, draftId: draft.id }));
          setDraft(undefined);
        }}
      >
        Restore draft
      </button>
      <button
        type="button"
        onClick={() => {
          void getHost().discardDraft(draft.id);
          setDraft(undefined);
        }}
      >
        Discard draft
      </button>
    </div>
  );
}

function About({ onClose }: { onClose: () => void }) {
  return (
    <div className="ns-overlay" onMouseDown={onClose}>
      <div role="dialog" aria-label="About NetStudio" className="ns-dialog" onMouseDown={(e) => e.stopPropagation()}>
        <h2>NetStudio</h2>
        <p>A studio for designing resilient multi-region networks: latency, cost, failure simulation and objectives, from one YAML design document.</p>
        <p>Running as a {getHost().kind === 'electron' ? 'desktop app' : 'web page'}.</p>
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </div>
  );
}

export default function App() {
  const overlay = useStudio((s) => s.overlay);
  const close = () => useStudio.setState({ overlay: undefined });
  const panelsVisible = useStudio((s) => s.panelsVisible);
  useLiveAnalysis();
  useDrafts();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('.ns-overlay')) return;
      handleKeyDown(e);
    };
    window.addEventListener('keydown', onKey);
    const off = getHost().onCommand((c) => {
      if (c.type === 'action') runAction(c.action);
      else void openText(c.file.text, c.file);
    });
    const sample = new URLSearchParams(window.location.search).get('sample');
    if (sample) void openSample(sample);
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (useStudio.getState().dirty && getHost().kind === 'browser') e.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('beforeunload', beforeUnload);
      off();
    };
  }, []);

  const onDragOver = (e: DragEvent) => {
    if (e.dataTransfer.types.includes('Files') && !e.dataTransfer.types.includes(DND_MIME)) e.preventDefault();
  };
  const onDrop = (e: DragEvent) => {
    const file = e.dataTransfer.files[0];
    if (!file || e.dataTransfer.types.includes(DND_MIME)) return;
    e.preventDefault();
    void openDroppedFile(file);
  };

  return (
    <div className={`ns-app ${panelsVisible ? '' : 'ns-no-panels'}`} onDragOver={onDragOver} onDrop={onDrop}>
      <Toolbar />
      <DraftOffer />
      <Palette />
      <main className="ns-main">
        <Canvas />
      </main>
      <aside className="ns-side">
        <Inspector />
      </aside>
      <PanelTabs />
      <StatusBar />
      <CommandPalette open={overlay === 'palette'} onClose={close} />
      {overlay === 'about' ? <About onClose={close} /> : null}
      <SitePrompt />
      <PresentCaption />
    </div>
  );
}
