// The application menu, the window title and the shared action registry.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { ACTIONS, ACTION_IDS, acceleratorFor, isActionId } from '../src/contracts/actions.ts';
import { buildMenuTemplate, windowTitle, type MenuContext } from '../src/main/menu.ts';

type Item = MenuItemConstructorOptions;

function build(platform: string, extra: Partial<MenuContext> = {}) {
  const sent: string[] = [];
  const edits: string[] = [];
  const opened: string[] = [];
  const themes: string[] = [];
  const template = buildMenuTemplate({
    platform,
    appName: 'NetStudio',
    recent: [],
    themeSource: 'system',
    developer: false,
    sendAction: (id) => sent.push(id),
    editCommand: (id) => {
      edits.push(id);
      sent.push(id);
    },
    openRecent: (p) => opened.push(p),
    clearRecent: () => opened.push('cleared'),
    setTheme: (t) => themes.push(t),
    ...extra,
  });
  return { template, sent, edits, opened, themes };
}

function flatten(items: Item[]): Item[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}
const labels = (menu: Item | undefined) =>
  (menu?.submenu as Item[]).filter((i) => i.type !== 'separator').map((i) => i.label ?? i.role);
const click = (item: Item) => (item.click as unknown as () => void)();

describe('menu template', () => {
  it('has the File, Edit, View, Simulate and Help menus in order on Windows and Linux', () => {
    for (const platform of ['win32', 'linux']) {
      const { template } = build(platform);
      expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Simulate', '&Help']);
      expect(labels(template[0])).toEqual(['New Design', 'Open…', 'Open Recent', 'Save', 'Save As…', 'Export', 'Close Design', 'Quit']);
      expect(labels(template[1])).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Delete', 'Select All']);
      expect(labels(template[3])).toEqual(['N-1 Failure Sweep', 'N-2 Failure Sweep', 'Monte Carlo Availability…']);
      expect(labels(template[4])).toEqual(['About NetStudio']);
    }
  });

  it('on macOS starts with the app menu (About, Hide, Quit) and has a Window menu; Quit leaves File', () => {
    const { template } = build('darwin');
    expect(template.map((m) => m.label ?? m.role)).toEqual(['NetStudio', '&File', '&Edit', '&View', '&Simulate', 'windowMenu', '&Help']);
    expect(labels(template[0])).toEqual(['About NetStudio', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    expect(labels(template[1])).not.toContain('Quit');
  });

  it('View has Schematic, Map, zoom, panels and a theme choice that follows the system by default', () => {
    const { template, themes } = build('linux');
    expect(labels(template[2])).toEqual(['Schematic', 'Map', 'Zoom In', 'Zoom Out', 'Fit to Window', 'Show/Hide Panels', 'Theme', 'Toggle Full Screen']);
    const items = flatten(template);
    expect(items.find((i) => i.id === 'theme.system')?.checked).toBe(true);
    expect(items.find((i) => i.id === 'theme.dark')?.checked).toBe(false);
    click(items.find((i) => i.id === 'theme.dark')!);
    expect(themes).toEqual(['dark']);
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(flatten(build('linux', { developer: true }).template).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('every action in the registry is in the menu and sends its id to the renderer', () => {
    for (const platform of ['darwin', 'win32', 'linux']) {
      const { template, sent } = build(platform);
      const items = flatten(template);
      for (const id of ACTION_IDS) {
        const item = items.find((i) => i.id === id);
        expect(item, `${id} on ${platform}`).toBeDefined();
        click(item!);
      }
      expect(sent).toEqual([...ACTION_IDS]);
    }
  });

  it('Edit items go through the text-field-aware edit command, the rest straight to the renderer', () => {
    const { template, edits } = build('darwin');
    const items = flatten(template);
    for (const id of ACTION_IDS) click(items.find((i) => i.id === id)!);
    expect(edits).toEqual(['edit.undo', 'edit.redo', 'edit.cut', 'edit.copy', 'edit.paste', 'edit.delete', 'edit.selectAll']);
  });

  it('uses platform accelerators', () => {
    const mac = flatten(build('darwin').template);
    const win = flatten(build('win32').template);
    expect(mac.find((i) => i.id === 'file.save')?.accelerator).toBe('CmdOrCtrl+S');
    expect(mac.find((i) => i.id === 'edit.redo')?.accelerator).toBe('Cmd+Shift+Z');
    expect(win.find((i) => i.id === 'edit.redo')?.accelerator).toBe('Ctrl+Y');
    expect(win.find((i) => i.id === 'edit.delete')?.accelerator).toBe('Delete');
    expect(mac.find((i) => i.id === 'edit.delete')?.accelerator).toBe('Backspace');
    // No two items of a platform share a shortcut.
    for (const items of [mac, win]) {
      const keys = items.map((i) => i.accelerator).filter(Boolean);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('Open Recent lists recent designs, opens them by path and can be cleared', () => {
    const recent = [
      { path: '/home/a/dual.netstudio.yaml', name: 'dual.netstudio.yaml', openedAtMs: 2 },
      { path: '/home/a/hub.netstudio.yaml', name: 'hub.netstudio.yaml', openedAtMs: 1 },
    ];
    const { template, opened } = build('linux', { recent });
    const sub = flatten(template).find((i) => i.id === 'menu.openRecent')!.submenu as Item[];
    expect(sub.filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual(['dual.netstudio.yaml', 'hub.netstudio.yaml', 'Clear Recent']);
    click(sub[1]!);
    click(sub.at(-1)!);
    expect(opened).toEqual(['/home/a/hub.netstudio.yaml', 'cleared']);
    const empty = flatten(build('linux').template).find((i) => i.id === 'menu.openRecent')!.submenu as Item[];
    expect(empty).toEqual([expect.objectContaining({ label: 'No Recent Designs', enabled: false })]);
  });

  it('Export lists the export actions', () => {
    const sub = flatten(build('linux').template).find((i) => i.id === 'menu.export')!.submenu as Item[];
    expect(sub.map((i) => i.id)).toEqual(ACTIONS.filter((a) => a.menu === 'export').map((a) => a.id));
  });
});

describe('window title', () => {
  it('shows the file name and an unsaved marker', () => {
    expect(windowTitle('dual.netstudio.yaml', false)).toBe('dual.netstudio.yaml — NetStudio');
    expect(windowTitle('dual.netstudio.yaml', true)).toBe('● dual.netstudio.yaml — NetStudio');
    expect(windowTitle('', true)).toBe('● Untitled — NetStudio');
  });
});

describe('action registry', () => {
  it('has the ids the renderer uses, unique, each with a label', () => {
    for (const id of ['file.new', 'file.open', 'file.save', 'file.saveAs', 'file.close', 'edit.undo', 'edit.redo', 'edit.cut', 'edit.copy', 'edit.paste', 'edit.delete', 'edit.selectAll', 'view.schematic', 'view.map', 'view.zoomIn', 'view.zoomOut', 'view.fit', 'view.togglePanels', 'simulate.n1', 'simulate.n2', 'simulate.monteCarlo', 'help.about']) {
      expect(isActionId(id), id).toBe(true);
    }
    expect(new Set(ACTION_IDS).size).toBe(ACTION_IDS.length);
    expect(ACTIONS.every((a) => a.label.length > 0)).toBe(true);
    expect(isActionId('shell.exec')).toBe(false);
    expect(acceleratorFor('help.about', 'linux')).toBeUndefined();
  });
});
