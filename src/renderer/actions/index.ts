/** Every action of the studio, registered once at start-up. */
import type { Circuit, Region, Service } from '../../core/model/index.ts';
import { canvasController } from '../canvas/controller.ts';
import { REGION_WIDTH } from '../canvas/derive.ts';
import { newDesign, openFromHost, openSample, SAMPLE_NAMES, sampleTitle, saveDesign } from '../files/files.ts';
import { prepareClipboardPaste } from '../model/commands.ts';
import { dispatch, redoEdit, select, setStatus, undoEdit, useStudio, type PanelTab } from '../store/studio.ts';
import { runTidy } from '../worker/client.ts';
import { registerActions, sharedSpec, type Action } from './registry.ts';
import { cancelJob, runJob } from './simulation.ts';

let clipboard: { regions: Region[]; circuits: Circuit[]; services: Service[] } | undefined;
let pasteCount = 0;

function selected() {
  const s = useStudio.getState();
  const ids = new Set(s.selection);
  return {
    regions: s.design.regions.filter((r) => ids.has(r.id)),
    circuits: s.design.circuits.filter((c) => ids.has(c.id)),
    services: s.design.services.filter((x) => ids.has(x.id)),
  };
}

const hasSelection = () => useStudio.getState().selection.length > 0;

function copy(): boolean {
  const sel = selected();
  const regionIds = new Set(sel.regions.map((r) => r.id));
  // Copying regions takes the circuits between them and the services placed only in them.
  const s = useStudio.getState();
  const circuits = [...sel.circuits, ...s.design.circuits.filter((c) => regionIds.has(c.from) && regionIds.has(c.to) && !sel.circuits.includes(c))];
  const services = [...sel.services, ...s.design.services.filter((x) => !sel.services.includes(x) && x.placements.every((p) => regionIds.has(p)))];
  if (sel.regions.length + circuits.length + services.length === 0) return false;
  clipboard = { regions: sel.regions, circuits, services };
  pasteCount = 0;
  return true;
}

function remove(label: string): void {
  const ids = useStudio.getState().selection;
  if (ids.length) dispatch({ type: 'removeElements', ids }, label, []);
}

function nudge(dx: number, dy: number): void {
  const s = useStudio.getState();
  const regions = selected().regions;
  if (regions.length === 0 || s.layout !== 'schematic') return;
  const index = new Map(s.design.regions.map((r, i) => [r.id, i]));
  dispatch(
    {
      type: 'moveRegions',
      moves: regions.map((r) => {
        const p = r.position ?? { x: (index.get(r.id)! % 6) * (REGION_WIDTH + 80), y: Math.floor(index.get(r.id)! / 6) * 260 };
        return { id: r.id, position: { x: p.x + dx, y: p.y + dy } };
      }),
    },
    'move with keys',
  );
}

async function tidy(): Promise<void> {
  const s = useStudio.getState();
  const counts = new Map<string, number>();
  for (const svc of s.design.services) for (const p of svc.placements) counts.set(p, (counts.get(p) ?? 0) + 1);
  setStatus('Tidying the layout…');
  const positions = await runTidy({
    nodes: s.design.regions.map((r) => ({ id: r.id, width: REGION_WIDTH, height: 46 + (counts.get(r.id) ?? 0) * 34 + 8 })),
    edges: s.design.circuits.map((c) => ({ id: c.id, from: c.from, to: c.to })),
  });
  if (useStudio.getState().design !== s.design) {
    setStatus('The design changed while tidying; run Tidy again.', 'error');
    return;
  }
  dispatch({ type: 'moveRegions', moves: Object.entries(positions).map(([id, position]) => ({ id, position })) }, 'tidy layout');
  useStudio.setState({ layout: 'schematic' });
  requestAnimationFrame(() => canvasController()?.fit());
  setStatus('Layout tidied (elkjs layered); positions are saved in the document.');
}

const shared = (id: string, perform: () => void | Promise<void>, extra: Partial<Action> = {}): Action => ({ id, ...sharedSpec(id), perform, ...extra });

const showPanel = (tab: PanelTab) => () => useStudio.setState({ panel: tab, panelsVisible: true });

export function registerStudioActions(openAbout: () => void, openPalette: () => void): void {
  registerActions([
    shared('file.new', newDesign, { inTextFields: true }),
    shared('file.open', openFromHost, { inTextFields: true }),
    shared('file.save', () => saveDesign(false), { inTextFields: true }),
    shared('file.saveAs', () => saveDesign(true), { inTextFields: true }),
    shared('file.close', newDesign),
    shared('edit.undo', undoEdit, { enabled: () => useStudio.getState().history.past.length > 0 }),
    shared('edit.redo', redoEdit, { enabled: () => useStudio.getState().history.future.length > 0, alsoKeys: ['CmdOrCtrl+Shift+Z'] }),
    shared('edit.cut', () => void (copy() && remove('cut')), { enabled: hasSelection }),
    shared('edit.copy', () => void (copy() && setStatus('Copied')), { enabled: hasSelection }),
    shared(
      'edit.paste',
      () => {
        if (!clipboard) return;
        pasteCount++;
        const cmd = prepareClipboardPaste(useStudio.getState().design, clipboard, { x: 40 * pasteCount, y: 40 * pasteCount });
        dispatch(cmd, 'paste', [...cmd.regions, ...cmd.circuits, ...cmd.services].map((e) => e.id));
      },
      { enabled: () => clipboard !== undefined },
    ),
    shared('edit.delete', () => remove('delete'), { enabled: hasSelection, alsoKeys: ['Delete', 'Backspace'] }),
    shared('edit.selectAll', () => {
      const d = useStudio.getState().design;
      select([...d.regions, ...d.circuits, ...d.services].map((e) => e.id));
    }),
    shared('view.schematic', () => useStudio.setState({ layout: 'schematic' })),
    shared('view.map', () => useStudio.setState({ layout: 'map' })),
    shared('view.zoomIn', () => canvasController()?.zoomIn(), { alsoKeys: ['CmdOrCtrl+Shift+='] }),
    shared('view.zoomOut', () => canvasController()?.zoomOut()),
    shared('view.fit', () => canvasController()?.fit()),
    shared('view.togglePanels', () => useStudio.setState((s) => ({ panelsVisible: !s.panelsVisible }))),
    shared('simulate.n1', () => runJob('n1')),
    shared('simulate.n2', () => runJob('n2')),
    shared('simulate.monteCarlo', () => runJob('monteCarlo')),
    shared('help.about', openAbout),
    { id: 'simulate.cancel', label: 'Cancel Simulation', group: 'Simulate', perform: cancelJob, enabled: () => useStudio.getState().job !== undefined },
    { id: 'view.tidy', label: 'Tidy Layout (schematic)', group: 'View', accelerator: 'CmdOrCtrl+Shift+L', perform: tidy },
    { id: 'view.commandPalette', label: 'Command Palette', group: 'View', accelerator: 'CmdOrCtrl+K', perform: openPalette, inTextFields: true },
    { id: 'edit.moveLeft', label: 'Move Selection Left', group: 'Edit', accelerator: 'Left', alsoKeys: ['Shift+Left'], perform: () => nudge(-10, 0), enabled: hasSelection },
    { id: 'edit.moveRight', label: 'Move Selection Right', group: 'Edit', accelerator: 'Right', perform: () => nudge(10, 0), enabled: hasSelection },
    { id: 'edit.moveUp', label: 'Move Selection Up', group: 'Edit', accelerator: 'Up', perform: () => nudge(0, -10), enabled: hasSelection },
    { id: 'edit.moveDown', label: 'Move Selection Down', group: 'Edit', accelerator: 'Down', perform: () => nudge(0, 10), enabled: hasSelection },
    { id: 'edit.selectNone', label: 'Clear Selection', group: 'Edit', accelerator: 'Escape', perform: () => select([]) },
    ...(['problems', 'cost', 'latency', 'objectives', 'simulation', 'code'] as const).map((tab, i) => ({
      id: `view.panel.${tab}`,
      label: `Show ${tab[0]!.toUpperCase()}${tab.slice(1)} Panel`,
      group: 'View',
      accelerator: `Alt+${i + 1}`,
      perform: showPanel(tab),
    })),
    ...SAMPLE_NAMES.map((name) => ({
      id: `file.sample.${name}`,
      label: `Open Sample: ${sampleTitle(name)}`,
      group: 'Samples',
      perform: () => {
        const s = useStudio.getState();
        if (s.dirty && !window.confirm(`Discard the unsaved changes to ${s.file.name}?`)) return;
        void openSample(name);
      },
    })),
  ]);
}
