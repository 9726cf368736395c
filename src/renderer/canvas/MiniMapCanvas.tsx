/**
 * The canvas minimap, drawn on a `<canvas>`. React Flow's own minimap is an SVG whose viewBox
 * follows the viewport: every pan frame re-laid out one rect per node and made Chromium
 * re-layerize the whole page (the cost grows with the nodes on the canvas), which on a
 * 1000-region design was most of a pan frame without a GPU. A canvas repaint does not.
 *
 * Same behaviour: nodes as boxes (selected ones in the accent colour), the area outside the
 * view masked, drag on it to move the view there, wheel on it to zoom. Redrawn once per
 * animation frame at most, outside React.
 */
import { useEffect, useRef, type PointerEvent, type WheelEvent } from 'react';
import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';

const WIDTH = 200;
const HEIGHT = 150;
const OFFSET = 5;

interface Frame {
  x: number;
  y: number;
  scale: number;
}

export function MiniMapCanvas({ ariaLabel = 'Minimap' }: { ariaLabel?: string }) {
  const store = useStoreApi();
  const rf = useReactFlow();
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<Frame>({ x: 0, y: 0, scale: 1 });

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    el.width = WIDTH * ratio;
    el.height = HEIGHT * ratio;
    // Resolved colours of the theme variables (a probe element resolves color-mix() and var()).
    const colour = (v: string, fallback: string) => {
      el.style.color = `var(${v}, ${fallback})`;
      const c = getComputedStyle(el).color;
      el.style.color = '';
      return c || fallback;
    };
    // Resolved when the nodes or the colour scheme change, not on every pan frame (each probe
    // is a style recalculation).
    const resolve = () => ({
      node: colour('--xy-minimap-node-background-color', '#e2e2e2'),
      selected: colour('--accent', '#3b82f6'),
      mask: colour('--xy-minimap-mask-background-color', 'rgba(240, 240, 240, 0.6)'),
    });
    let colours = resolve();
    let raf = 0;
    let last: unknown[] = [];
    const draw = () => {
      raf = 0;
      const s = store.getState();
      const key = [s.nodes, s.transform[0], s.transform[1], s.transform[2], s.width, s.height, s.nodeLookup.size];
      if (key.every((k, i) => k === last[i])) return;
      if (key[0] !== last[0]) colours = resolve();
      last = key;
      const [tx, ty, zoom] = s.transform;
      const view = { x: -tx / zoom, y: -ty / zoom, w: s.width / zoom, h: s.height / zoom };
      let [x0, y0, x1, y1] = [view.x, view.y, view.x + view.w, view.y + view.h];
      for (const n of s.nodeLookup.values()) {
        if (n.hidden) continue;
        const { x, y } = n.internals.positionAbsolute;
        x0 = Math.min(x0, x);
        y0 = Math.min(y0, y);
        x1 = Math.max(x1, x + (n.measured.width ?? n.width ?? 0));
        y1 = Math.max(y1, y + (n.measured.height ?? n.height ?? 0));
      }
      const pad = OFFSET * (Math.max((x1 - x0) / WIDTH, (y1 - y0) / HEIGHT) || 1);
      [x0, y0, x1, y1] = [x0 - pad, y0 - pad, x1 + pad, y1 + pad];
      const k = Math.max((x1 - x0) / WIDTH, (y1 - y0) / HEIGHT) || 1;
      // Centre the bounds in the canvas, like the SVG minimap's viewBox did.
      const fx = x0 - (WIDTH * k - (x1 - x0)) / 2;
      const fy = y0 - (HEIGHT * k - (y1 - y0)) / 2;
      frame.current = { x: fx, y: fy, scale: k };
      const px = (v: number) => (v - fx) / k;
      const py = (v: number) => (v - fy) / k;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, WIDTH, HEIGHT);
      for (const n of s.nodeLookup.values()) {
        if (n.hidden) continue;
        const { x, y } = n.internals.positionAbsolute;
        ctx.fillStyle = n.selected ? colours.selected : colours.node;
        ctx.fillRect(px(x), py(y), Math.max(1, (n.measured.width ?? n.width ?? 0) / k), Math.max(1, (n.measured.height ?? n.height ?? 0) / k));
      }
      ctx.fillStyle = colours.mask;
      ctx.beginPath();
      ctx.rect(0, 0, WIDTH, HEIGHT);
      ctx.rect(px(view.x), py(view.y), view.w / k, view.h / k);
      ctx.fill('evenodd');
    };
    const schedule = () => {
      if (!raf) raf = requestAnimationFrame(draw);
    };
    schedule();
    const unsubscribe = store.subscribe(schedule);
    const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onScheme = () => {
      colours = resolve();
      last = [];
      schedule();
    };
    scheme?.addEventListener('change', onScheme);
    return () => {
      unsubscribe();
      scheme?.removeEventListener('change', onScheme);
      if (raf) cancelAnimationFrame(raf);
    };
  }, [store]);

  const toFlow = (e: { clientX: number; clientY: number }) => {
    const rect = canvas.current!.getBoundingClientRect();
    const f = frame.current;
    return { x: f.x + (e.clientX - rect.left) * f.scale, y: f.y + (e.clientY - rect.top) * f.scale };
  };
  const centreOn = (e: PointerEvent<HTMLCanvasElement>) => {
    const p = toFlow(e);
    void rf.setCenter(p.x, p.y, { zoom: rf.getZoom() });
  };
  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    centreOn(e);
  };
  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) centreOn(e);
  };
  const onWheel = (e: WheelEvent<HTMLCanvasElement>) => {
    const zoom = rf.getZoom() * Math.pow(2, -e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002));
    void rf.zoomTo(zoom);
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap ns-minimap nopan nowheel">
      <canvas
        ref={canvas}
        role="img"
        aria-label={ariaLabel}
        style={{ width: WIDTH, height: HEIGHT, display: 'block' }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onWheel={onWheel}
      />
    </Panel>
  );
}
