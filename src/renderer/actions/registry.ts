/**
 * The one registry of actions (Excalidraw's `actions/*` pattern): the native menus (through
 * `Host.onCommand`), the keyboard and the command palette all read it. Ids, labels and
 * accelerators of the shared actions come from src/contracts/actions.ts, so menus and the
 * palette show the same words and keys.
 */
import { ACTIONS as SHARED } from '../../contracts/actions.ts';

export interface Action {
  id: string;
  label: string;
  group: string;
  /** Electron-style accelerator, e.g. `CmdOrCtrl+Shift+S`. */
  accelerator?: string;
  /** Extra keys that do the same (e.g. Backspace and Delete). */
  alsoKeys?: string[];
  perform(): void | Promise<void>;
  enabled?(): boolean;
  /** Runs even when the focus is in a text field (Save does; Delete does not). */
  inTextFields?: boolean;
}

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

const registry = new Map<string, Action>();

export function registerActions(actions: Action[]): void {
  for (const a of actions) registry.set(a.id, a);
}

export function allActions(): Action[] {
  return [...registry.values()];
}

export function getAction(id: string): Action | undefined {
  return registry.get(id);
}

export function runAction(id: string): boolean {
  const a = registry.get(id);
  if (!a || (a.enabled && !a.enabled())) return false;
  void a.perform();
  return true;
}

/** The shared spec (label, accelerator for this platform) of a contract action id. */
export function sharedSpec(id: string): { label: string; accelerator?: string; group: string } {
  const spec = SHARED.find((a) => a.id === id) as
    | { label: string; menu: string; accelerator?: string; macAccelerator?: string; otherAccelerator?: string }
    | undefined;
  if (!spec) throw new Error(`unknown shared action ${id}`);
  const accelerator = (isMac ? spec.macAccelerator : spec.otherAccelerator) ?? spec.accelerator;
  const group = spec.menu[0]!.toUpperCase() + spec.menu.slice(1);
  return accelerator ? { label: spec.label, accelerator, group } : { label: spec.label, group };
}

/** `CmdOrCtrl+Shift+S` → `Ctrl+Shift+S` (or `⌘⇧S` on macOS). */
export function formatAccelerator(acc: string): string {
  const parts = acc.split('+');
  if (acc.endsWith('++')) parts.splice(-2, 2, '+');
  if (isMac) {
    const sym: Record<string, string> = { CmdOrCtrl: '⌘', Cmd: '⌘', Ctrl: '⌃', Shift: '⇧', Alt: '⌥', Backspace: '⌫' };
    return parts.map((p) => sym[p] ?? p).join('');
  }
  return parts.map((p) => (p === 'CmdOrCtrl' || p === 'Cmd' ? 'Ctrl' : p)).join('+');
}

const KEY_ALIASES: Record<string, string> = { '=': '=', Plus: '+', Esc: 'Escape', Del: 'Delete', Up: 'ArrowUp', Down: 'ArrowDown', Left: 'ArrowLeft', Right: 'ArrowRight' };

/** Whether a keyboard event is the accelerator. */
export function matchesAccelerator(e: KeyboardEvent, acc: string): boolean {
  const parts = acc.split('+');
  const key = (KEY_ALIASES[parts.at(-1)!] ?? parts.at(-1)!).toLowerCase();
  const mods = new Set(parts.slice(0, -1));
  const wantMeta = mods.has('Cmd') || (mods.has('CmdOrCtrl') && isMac);
  const wantCtrl = mods.has('Ctrl') || (mods.has('CmdOrCtrl') && !isMac);
  if (e.metaKey !== wantMeta || e.ctrlKey !== wantCtrl || e.altKey !== mods.has('Alt')) return false;
  // Shift changes e.key for digits and symbols; compare the physical key then.
  if (e.shiftKey !== mods.has('Shift')) return false;
  const pressed = e.key.toLowerCase();
  if (pressed === key) return true;
  if (/^[0-9]$/.test(key)) return e.code === `Digit${key}`;
  if (key === '=') return e.code === 'Equal';
  if (key === '-') return e.code === 'Minus';
  if (key === '\\') return e.code === 'Backslash';
  return false;
}

function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.closest) return false;
  return !!el.closest('input, textarea, select, [contenteditable="true"], .monaco-editor, .nokey');
}

/** The keyboard dispatcher: one listener on the window. Returns the action id it ran. */
export function handleKeyDown(e: KeyboardEvent): string | undefined {
  const textual = inTextField(e.target);
  for (const a of registry.values()) {
    const keys = [...(a.accelerator ? [a.accelerator] : []), ...(a.alsoKeys ?? [])];
    if (!keys.some((k) => matchesAccelerator(e, k))) continue;
    if (textual && !a.inTextFields) continue;
    if (a.enabled && !a.enabled()) continue;
    e.preventDefault();
    void a.perform();
    return a.id;
  }
  return undefined;
}
