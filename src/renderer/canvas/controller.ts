/** The canvas's viewport operations, registered by the mounted canvas for actions to call. */
export interface CanvasController {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  /** Centre of the visible canvas in flow coordinates. */
  viewportCentre(): { x: number; y: number };
  focus(): void;
  /** The pan and zoom (used by saved views). */
  getViewport(): { x: number; y: number; zoom: number };
  setViewport(viewport: { x: number; y: number; zoom: number }): void;
}

let current: CanvasController | undefined;

export function setCanvasController(c: CanvasController | undefined): void {
  current = c;
}

export function canvasController(): CanvasController | undefined {
  return current;
}
