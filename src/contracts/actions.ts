/**
 * The action registry's ids, labels and shortcuts, shared by the desktop menus (src/main)
 * and the renderer's command palette and key bindings, so both show the same words and keys.
 * The renderer owns what an action does; the shell only sends `{ type: 'action', action }`.
 *
 * Accelerators use Electron's notation: `CmdOrCtrl` is ⌘ on macOS and Ctrl elsewhere.
 */

export interface ActionSpec {
  readonly id: string;
  /** Menu and palette label; `…` marks actions that ask for more input. */
  readonly label: string;
  readonly menu: 'file' | 'export' | 'edit' | 'view' | 'simulate' | 'help';
  /** Shortcut on every platform, in Electron accelerator notation. */
  readonly accelerator?: string;
  /** Shortcut that replaces `accelerator` on macOS only. */
  readonly macAccelerator?: string;
  /** Shortcut that replaces `accelerator` on Windows and Linux only. */
  readonly otherAccelerator?: string;
}

export const ACTIONS = [
  { id: 'file.new', label: 'New Design', menu: 'file', accelerator: 'CmdOrCtrl+N' },
  { id: 'file.open', label: 'Open…', menu: 'file', accelerator: 'CmdOrCtrl+O' },
  { id: 'file.save', label: 'Save', menu: 'file', accelerator: 'CmdOrCtrl+S' },
  { id: 'file.saveAs', label: 'Save As…', menu: 'file', accelerator: 'CmdOrCtrl+Shift+S' },
  { id: 'export.terraform', label: 'Terraform…', menu: 'export', accelerator: 'CmdOrCtrl+Shift+E' },
  { id: 'export.ansible', label: 'Ansible Playbooks…', menu: 'export' },
  { id: 'export.diagram', label: 'Diagram (SVG, draw.io, Mermaid)…', menu: 'export' },
  { id: 'export.report', label: 'Design Review Report…', menu: 'export' },
  { id: 'file.close', label: 'Close Design', menu: 'file', accelerator: 'CmdOrCtrl+W' },
  { id: 'edit.undo', label: 'Undo', menu: 'edit', accelerator: 'CmdOrCtrl+Z' },
  { id: 'edit.redo', label: 'Redo', menu: 'edit', macAccelerator: 'Cmd+Shift+Z', otherAccelerator: 'Ctrl+Y' },
  { id: 'edit.cut', label: 'Cut', menu: 'edit', accelerator: 'CmdOrCtrl+X' },
  { id: 'edit.copy', label: 'Copy', menu: 'edit', accelerator: 'CmdOrCtrl+C' },
  { id: 'edit.paste', label: 'Paste', menu: 'edit', accelerator: 'CmdOrCtrl+V' },
  { id: 'edit.delete', label: 'Delete', menu: 'edit', macAccelerator: 'Backspace', otherAccelerator: 'Delete' },
  { id: 'edit.selectAll', label: 'Select All', menu: 'edit', accelerator: 'CmdOrCtrl+A' },
  { id: 'view.schematic', label: 'Schematic', menu: 'view', accelerator: 'CmdOrCtrl+1' },
  { id: 'view.map', label: 'Map', menu: 'view', accelerator: 'CmdOrCtrl+2' },
  { id: 'view.zoomIn', label: 'Zoom In', menu: 'view', accelerator: 'CmdOrCtrl+=' },
  { id: 'view.zoomOut', label: 'Zoom Out', menu: 'view', accelerator: 'CmdOrCtrl+-' },
  { id: 'view.fit', label: 'Fit to Window', menu: 'view', accelerator: 'CmdOrCtrl+0' },
  { id: 'view.togglePanels', label: 'Show/Hide Panels', menu: 'view', accelerator: 'CmdOrCtrl+\\' },
  { id: 'simulate.n1', label: 'N-1 Failure Sweep', menu: 'simulate', accelerator: 'CmdOrCtrl+Shift+1' },
  { id: 'simulate.n2', label: 'N-2 Failure Sweep', menu: 'simulate', accelerator: 'CmdOrCtrl+Shift+2' },
  { id: 'simulate.monteCarlo', label: 'Monte Carlo Availability…', menu: 'simulate', accelerator: 'CmdOrCtrl+Shift+M' },
  { id: 'help.about', label: 'About NetStudio', menu: 'help' },
] as const satisfies readonly ActionSpec[];

export type ActionId = (typeof ACTIONS)[number]['id'];

export const ACTION_IDS: readonly ActionId[] = ACTIONS.map((a) => a.id);

export function isActionId(value: unknown): value is ActionId {
  return typeof value === 'string' && (ACTION_IDS as readonly string[]).includes(value);
}

export function actionSpec(id: ActionId): ActionSpec {
  return ACTIONS.find((a) => a.id === id)!;
}

/** The shortcut to show or bind for `id` on `platform` (a Node `process.platform` value). */
export function acceleratorFor(id: ActionId, platform: string): string | undefined {
  const spec: ActionSpec = actionSpec(id);
  const platformKey = platform === 'darwin' ? spec.macAccelerator : spec.otherAccelerator;
  return platformKey ?? spec.accelerator;
}
