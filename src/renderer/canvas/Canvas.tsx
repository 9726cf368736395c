import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { createPortal } from 'react-dom';
import {
  Background,
  ConnectionMode,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  getViewportForBounds,
  useReactFlow,
  useStoreApi,
  useStore as useFlowStore,
  type Connection,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { dispatch, select, setStatus, useStudio } from '../store/studio.ts';
import { catalogUnavailable, regionLocation, useCatalog, type CatalogState } from '../catalog/useCatalog.ts';
import { FlowDeriver, elementIdOf, pathElements, type FlowNode, type ServiceStatus } from './derive.ts';
import { edgeTypes, nodeTypes } from './nodes.tsx';
import { CircuitLayer, useViewportPortalHost } from './CircuitLayer.tsx';
import { isPlainCircuit } from './lod.ts';
import { MiniMapCanvas } from './MiniMapCanvas.tsx';
import { loadLandPath, MAP_WIDTH } from './geo.ts';
import { setCanvasController } from './controller.ts';
import { circuitBetween, DND_MIME, type PalettePayload } from '../palette/items.ts';
import { addFromPalette } from '../palette/addFromPalette.ts';
import type { CircuitEstimate } from '../worker/engineTypes.ts';
import { findLatency } from '../worker/latencyTable.ts';
import type { Region } from '../../core/model/index.ts';
import { markEdges, markNodes, useCanvasMarks } from '../review/canvasMarks.ts';
import { useReroutedCircuits } from './reroutes.ts';

const EMPTY_SET: ReadonlySet<string> = new Set();
const FIT = { padding: 0.15, maxZoom: 1.2 };

// The same object while no drill runs, so a new analysis does not re-derive the canvas.
const NO_DRILL = { failed: EMPTY_SET, status: new Map<string, ServiceStatus>() as ReadonlyMap<string, ServiceStatus> };

function useDrillOverlay(): { failed: ReadonlySet<string>; status: ReadonlyMap<string, ServiceStatus> } {
  const drill = useStudio((s) => s.drill);
  const analysis = useStudio((s) => s.analysis);
  const sweep = useStudio((s) => s.sweep);
  return useMemo(() => {
    if (!drill) return NO_DRILL;
    const scenarios = [...(analysis?.simulation?.scenarios ?? []), ...(sweep?.scenarios ?? [])];
    const outcome = scenarios.find((s) => s.id === drill.scenarioId);
    const failed = new Set<string>(drill.step >= 1 ? (outcome?.failed ?? []) : []);
    const status = new Map<string, ServiceStatus>();
    if (outcome && drill.step >= 1) {
      for (const svc of outcome.services) {
        if (drill.step === 1) status.set(svc.service, 'down');
        else status.set(svc.service, svc.available && svc.meetsRto ? 'recovered' : 'lost');
      }
    }
    return { failed, status };
  }, [drill, analysis, sweep]);
}

// Progressive mount: React Flow mounting a large design's ~400 nodes and ~600 edges in one
// render is one task of 150 ms and more. When a render brings more than NODE_CHUNK new nodes
// at once (opening a file, switching layout), React Flow gets the nodes NODE_CHUNK at a time
// and then the edges EDGE_CHUNK at a time, a chunk per frame, so no task mounts them all.
const NODE_CHUNK = 50;
const EDGE_CHUNK = 200;
const NO_EDGES: never[] = [];

function countNew(next: readonly FlowNode[], prev: readonly FlowNode[]): number {
  const had = new Set(prev.map((n) => n.id));
  let fresh = 0;
  for (const n of next) if (!had.has(n.id)) fresh++;
  return fresh;
}

/** How many nodes, then edges, React Flow gets now: Infinity once everything is mounted. */
function useProgressiveMount(nodes: FlowNode[], edgeCount: number): number {
  const [limit, setLimit] = useState(() => (nodes.length > NODE_CHUNK ? NODE_CHUNK : Infinity));
  const [prevNodes, setPrevNodes] = useState(nodes);
  if (prevNodes !== nodes) {
    setPrevNodes(nodes);
    if (limit === Infinity && nodes.length > NODE_CHUNK && countNew(nodes, prevNodes) > NODE_CHUNK) setLimit(NODE_CHUNK);
  }
  const total = nodes.length + edgeCount;
  useEffect(() => {
    if (limit === Infinity) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next frame (React Flow measures the chunk just mounted there), in a task of its own.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const next = limit < nodes.length ? limit + NODE_CHUNK : Math.max(limit, nodes.length) + EDGE_CHUNK;
        setLimit(next >= total ? Infinity : next);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, [limit, total, nodes.length]);
  return limit;
}

function FlowCanvas() {
  const rf = useReactFlow();
  const design = useStudio((s) => s.design);
  const selection = useStudio((s) => s.selection);
  const dragPositions = useStudio((s) => s.dragPositions);
  const layout = useStudio((s) => s.layout);
  const analysis = useStudio((s) => s.analysis);
  const hoverPath = useStudio((s) => s.hoverPath);
  const catalog = useCatalog();
  const deriver = useRef(new FlowDeriver());
  const wrapper = useRef<HTMLDivElement>(null);
  const drill = useDrillOverlay();
  const rerouted = useReroutedCircuits();

  const locate = useMemo(() => {
    const cache = new Map<Region, { lat: number; lon: number } | undefined>();
    return (r: Region) => {
      if (!cache.has(r)) cache.set(r, regionLocation(r, catalog));
      return cache.get(r);
    };
  }, [catalog]);

  // Keyed on the circuits (the store shares unchanged ones between analyses), so an
  // unchanged circuit's edge keeps its identity. Each carries its cost in `monthlyUsd`.
  const estimateCircuits = analysis?.estimate?.circuits;
  const circuitEstimates = useMemo(() => new Map<string, CircuitEstimate>((estimateCircuits ?? []).map((c) => [c.id, c])), [estimateCircuits]);

  const latency = analysis?.estimate?.latency;
  const path = useMemo(() => {
    if (hoverPath) return pathElements(hoverPath, design);
    const regionIds = new Set(design.regions.map((r) => r.id));
    const picked = selection.filter((id) => regionIds.has(id));
    if (picked.length !== 2 || selection.length !== 2) return pathElements(undefined, design);
    const entry = latency && findLatency(latency, picked[0]!, picked[1]!);
    return pathElements(entry?.path, design);
  }, [hoverPath, selection, latency, design]);

  const selectionSet = useMemo(() => new Set(selection), [selection]);
  const input = {
    design,
    selection: selectionSet,
    dragPositions,
    layout,
    locate,
    failed: drill.failed,
    serviceStatus: drill.status,
    pathRegions: path.regions,
    pathCircuits: path.circuits,
    rerouted,
    circuitEstimates,
  };
  const derivedNodes = useMemo(() => deriver.current.nodes(input), [design, selectionSet, dragPositions, layout, locate, drill, path]);
  const derivedEdges = useMemo(() => deriver.current.edges(input), [design, selectionSet, layout, locate, drill, rerouted, path, circuitEstimates]);
  // Review marks (comment badges, compared changes) as classes on the derived nodes and edges.
  const marks = useCanvasMarks(design);
  const allNodes = useMemo(() => markNodes(derivedNodes, marks), [derivedNodes, marks]);
  const allEdges = useMemo(() => markEdges(derivedEdges, marks), [derivedEdges, marks]);
  const mountLimit = useProgressiveMount(allNodes, allEdges.length);
  const mounted = mountLimit === Infinity;
  const nodes = useMemo(() => (mountLimit >= allNodes.length ? allNodes : allNodes.slice(0, mountLimit)), [allNodes, mountLimit]);
  const edges = useMemo(
    () => (mounted ? allEdges : mountLimit <= allNodes.length ? NO_EDGES : allEdges.slice(0, mountLimit - allNodes.length)),
    [allEdges, allNodes.length, mountLimit, mounted],
  );

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    const s = useStudio.getState();
    let selection: string[] | undefined;
    const drag: Record<string, { x: number; y: number }> = {};
    let dragEnded = false;
    for (const c of changes) {
      if (c.type === 'select') {
        selection ??= [...s.selection];
        const id = elementIdOf(c.id);
        const i = selection.indexOf(id);
        if (c.selected && i === -1) selection.push(id);
        if (!c.selected && i !== -1) selection.splice(i, 1);
      } else if (c.type === 'position') {
        if (c.position) drag[c.id] = c.position;
        if (c.dragging === false) dragEnded = true;
      }
    }
    if (selection) select(selection);
    if (Object.keys(drag).length) useStudio.setState({ dragPositions: { ...useStudio.getState().dragPositions, ...drag } });
    if (dragEnded) {
      const moved = useStudio.getState().dragPositions;
      const moves = Object.entries(moved).map(([id, position]) => ({ id, position }));
      useStudio.setState({ dragPositions: {} });
      if (moves.length) dispatch({ type: 'moveRegions', moves }, moves.length === 1 ? 'move region' : `move ${moves.length} regions`);
    }
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const s = useStudio.getState();
    let selection: string[] | undefined;
    for (const c of changes) {
      if (c.type !== 'select') continue;
      selection ??= [...s.selection];
      const i = selection.indexOf(c.id);
      if (c.selected && i === -1) selection.push(c.id);
      if (!c.selected && i !== -1) selection.splice(i, 1);
    }
    if (selection) select(selection);
  }, []);

  const onConnect = useCallback((c: Connection) => {
    if (!c.source || !c.target) return;
    const s = useStudio.getState();
    if (c.source === c.target) {
      setStatus('A circuit joins two different regions.', 'error');
      return;
    }
    const circuit = circuitBetween(s.design, s.circuitType, c.source, c.target);
    dispatch({ type: 'addCircuit', circuit }, 'connect regions', [circuit.id]);
  }, []);

  const isValidConnection = useCallback((c: Connection | { source: string; target: string }) => c.source !== c.target, []);

  useEffect(() => {
    setCanvasController({
      zoomIn: () => void rf.zoomIn({ duration: 150 }),
      zoomOut: () => void rf.zoomOut({ duration: 150 }),
      fit: () => void rf.fitView({ ...FIT, duration: 200 }),
      viewportCentre: () => {
        const rect = wrapper.current?.getBoundingClientRect();
        if (!rect) return { x: 0, y: 0 };
        return rf.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      },
      focus: () => wrapper.current?.querySelector<HTMLElement>('.react-flow')?.focus(),
      getViewport: () => rf.getViewport(),
      setViewport: (v) => void rf.setViewport(v, { duration: 200 }),
    });
    return () => setCanvasController(undefined);
  }, [rf]);

  // A new document or layout: fit to the whole design once, from the nodes derived (not the
  // ones React Flow has: a progressive mount hands it the first chunk only), so a large design
  // is seen whole from the start, at the zoom where nothing is culled.
  const fileName = useStudio((s) => s.file);
  const flowStore = useStoreApi<FlowNode>();
  const fitNodes = useRef(allNodes);
  fitNodes.current = allNodes;
  useEffect(() => {
    const id = requestAnimationFrame(() => {
      const top = fitNodes.current.filter((n) => !n.parentId);
      const { width, height, minZoom } = flowStore.getState();
      if (!top.length || !width || !height) {
        void rf.setViewport({ x: 0, y: 0, zoom: 1 });
        return;
      }
      let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const n of top) {
        x0 = Math.min(x0, n.position.x);
        y0 = Math.min(y0, n.position.y);
        x1 = Math.max(x1, n.position.x + (n.width ?? 0));
        y1 = Math.max(y1, n.position.y + (n.height ?? 0));
      }
      void rf.setViewport(getViewportForBounds({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, width, height, minZoom, FIT.maxZoom, FIT.padding));
    });
    return () => cancelAnimationFrame(id);
  }, [fileName, layout, rf, flowStore]);

  // Chromium re-layerizes the whole canvas (thousands of paint chunks) for every transform change
  // of the viewport, unless the element has a running transform animation: then it updates the
  // compositor's transform directly. A no-op additive animation while the user drags the view
  // takes that path; it ends with the drag. Only drags: they keep the scale, so the content
  // rasterised at the start stays sharp; a wheel zoom repaints at each new scale as before.
  const moving = useRef<Animation | undefined>(undefined);
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (!event || !/^(mouse|pointer|touch)/.test(event.type)) return;
    const viewport = wrapper.current?.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport || moving.current || typeof viewport.animate !== 'function') return;
    const still = { transform: 'translate(0px, 0px)' };
    moving.current = viewport.animate([still, still], { duration: 1e9, composite: 'add' });
  }, []);
  const onMoveEnd = useCallback(() => {
    moving.current?.cancel();
    moving.current = undefined;
  }, []);
  // A press on the empty pane captures the pointer, so the moves of a drag of the view go to the
  // pane without Chromium hit-testing thousands of nodes for each one.
  const capturePane = useCallback((e: ReactPointerEvent) => {
    const target = e.target as Element;
    if (target.classList.contains('react-flow__pane') && !target.hasPointerCapture(e.pointerId)) target.setPointerCapture(e.pointerId);
  }, []);

  const onDragOver = useCallback((e: DragEvent) => {
    if (e.dataTransfer.types.includes(DND_MIME)) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      const raw = e.dataTransfer.getData(DND_MIME);
      if (!raw) return;
      e.preventDefault();
      e.stopPropagation();
      const payload = JSON.parse(raw) as PalettePayload;
      const at = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const regionEl = document
        .elementsFromPoint(e.clientX, e.clientY)
        .map((el) => el.closest<HTMLElement>('.react-flow__node-region'))
        .find(Boolean);
      addFromPalette(payload, { at, regionId: regionEl?.dataset.id, catalog: catalogRef.current });
    },
    [rf],
  );
  const catalogRef = useRef<CatalogState>(catalog);
  catalogRef.current = catalog;

  const large = design.regions.length > 150;
  // Level of detail: labels and service rows are unreadable when zoomed far out, and painting
  // thousands of them is what makes panning a large design slow without a GPU.
  const detail = useFlowStore((s) => (s.transform[2] < 0.3 ? 'ns-lod-far' : s.transform[2] < 0.55 ? 'ns-lod-mid' : ''));
  const far = detail === 'ns-lod-far';
  // Zoomed far out, everything is on screen anyway: culling would only mount and unmount nodes
  // at the edges of the view while panning. Plain circuits of a large design are one layer then.
  const layered = large && far;
  const flowEdges = useMemo(() => (layered ? edges.filter((e) => !isPlainCircuit(e)) : edges), [layered, edges]);
  const plainEdges = useMemo(() => (layered ? edges.filter(isPlainCircuit) : []), [layered, edges]);
  return (
    <div className={`ns-canvas ${detail}`} ref={wrapper} onDragOver={onDragOver} onDrop={onDrop} onPointerDown={capturePane}>
      <ReactFlow<FlowNode>
        nodes={nodes}
        edges={flowEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        isValidConnection={isValidConnection}
        connectionMode={ConnectionMode.Loose}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Meta', 'Control', 'Shift']}
        minZoom={0.05}
        maxZoom={4}
        onlyRenderVisibleElements={large && !far}
        onMoveStart={onMoveStart}
        onMoveEnd={onMoveEnd}
        elevateNodesOnSelect={false}
        aria-label="Design canvas"
        role="application"
        disableKeyboardA11y
        proOptions={{ hideAttribution: true }}
        fitViewOptions={FIT}
      >
        {layout === 'map' ? <LandLayer /> : null}
        {layered ? <CircuitLayer edges={plainEdges} /> : null}
        {far ? null : <Background gap={24} size={1} />}
        <MiniMapCanvas ariaLabel="Minimap" />
        <Controls showInteractive={false} />
      </ReactFlow>
      {design.regions.length === 0 ? (
        <div className="ns-empty" role="note">
          Drag a region from the palette, or click one to add it here.
        </div>
      ) : null}
      {layout === 'map' && catalog.status === 'unavailable' ? (
        <div className="ns-empty" role="note">
          {catalogUnavailable('Placing cloud regions at their coordinates', catalog)} Regions with an explicit location are placed.
        </div>
      ) : null}
    </div>
  );
}

function LandLayer() {
  const host = useViewportPortalHost();
  const [d, setD] = useState<string>();
  useEffect(() => {
    let live = true;
    void loadLandPath().then((p) => live && setD(p));
    return () => {
      live = false;
    };
  }, []);
  if (!host) return null;
  return createPortal(
    <svg className="ns-land" width={MAP_WIDTH} height={MAP_WIDTH / 2} style={{ position: 'absolute', left: 0, top: 0, zIndex: -2, pointerEvents: 'none' }} aria-hidden>
      {d ? <path d={d} /> : null}
    </svg>,
    host,
  );
}

export default function Canvas() {
  return (
    <ReactFlowProvider>
      <FlowCanvas />
    </ReactFlowProvider>
  );
}
