/**
 * The application menu as data: a pure function of the platform and the recent files, so
 * tests check it without Electron. Items carry the action registry's ids (contracts/actions.ts)
 * and send them to the renderer, which performs them; main handles only what is the shell's
 * (Open Recent, theme, quit, window roles).
 */
import type { MenuItemConstructorOptions } from 'electron';
import { ACTIONS, acceleratorFor, type ActionId } from '../contracts/actions.ts';
import type { RecentFile } from '../contracts/host.ts';

export type ThemeSource = 'system' | 'light' | 'dark';

export interface MenuContext {
  platform: string;
  appName: string;
  recent: RecentFile[];
  themeSource: ThemeSource;
  /** Adds Reload and Developer Tools (development builds only). */
  developer: boolean;
  sendAction(id: ActionId): void;
  /**
   * Edit menu items (undo … select all). They act on a text field when one has focus
   * (natively: macOS delivers ⌘C/⌘V in a text field only through the menu) and otherwise
   * send the action to the canvas; app.ts decides which.
   */
  editCommand(id: EditActionId): void;
  openRecent(path: string): void;
  clearRecent(): void;
  setTheme(source: ThemeSource): void;
}

type Item = MenuItemConstructorOptions;

export const EDIT_ACTIONS = ['edit.undo', 'edit.redo', 'edit.cut', 'edit.copy', 'edit.paste', 'edit.delete', 'edit.selectAll'] as const;
export type EditActionId = (typeof EDIT_ACTIONS)[number];
const isEditAction = (id: ActionId): id is EditActionId => (EDIT_ACTIONS as readonly string[]).includes(id);

export function buildMenuTemplate(ctx: MenuContext): Item[] {
  const mac = ctx.platform === 'darwin';
  const action = (id: ActionId, extra: Partial<Item> = {}): Item => {
    const spec = ACTIONS.find((a) => a.id === id)!;
    const accelerator = acceleratorFor(id, ctx.platform);
    return {
      id,
      label: spec.label,
      ...(accelerator ? { accelerator } : {}),
      click: () => (isEditAction(id) ? ctx.editCommand(id) : ctx.sendAction(id)),
      ...extra,
    };
  };
  const separator: Item = { type: 'separator' };

  const recentItems: Item[] = ctx.recent.length
    ? [
        ...ctx.recent.map((r, i): Item => ({
          id: `recent.${i}`,
          label: r.name,
          sublabel: r.path,
          toolTip: r.path,
          click: () => ctx.openRecent(r.path),
        })),
        separator,
        { id: 'recent.clear', label: 'Clear Recent', click: () => ctx.clearRecent() },
      ]
    : [{ id: 'recent.none', label: 'No Recent Designs', enabled: false }];

  const exportItems = ACTIONS.filter((a) => a.menu === 'export').map((a) => action(a.id));

  const file: Item = {
    id: 'menu.file',
    label: '&File',
    submenu: [
      action('file.new'),
      action('file.open'),
      { id: 'menu.openRecent', label: 'Open Recent', submenu: recentItems },
      separator,
      action('file.save'),
      action('file.saveAs'),
      { id: 'menu.export', label: 'Export', submenu: exportItems },
      separator,
      action('file.close'),
      ...(mac ? [] : [separator, { id: 'app.quit', label: 'Quit', role: 'quit', accelerator: 'Ctrl+Q' } as Item]),
    ],
  };

  const edit: Item = {
    id: 'menu.edit',
    label: '&Edit',
    submenu: [
      action('edit.undo'),
      action('edit.redo'),
      separator,
      action('edit.cut'),
      action('edit.copy'),
      action('edit.paste'),
      action('edit.delete'),
      separator,
      action('edit.selectAll'),
    ],
  };

  const theme = (source: ThemeSource, label: string): Item => ({
    id: `theme.${source}`,
    label,
    type: 'radio',
    checked: ctx.themeSource === source,
    click: () => ctx.setTheme(source),
  });

  const view: Item = {
    id: 'menu.view',
    label: '&View',
    submenu: [
      action('view.schematic'),
      action('view.map'),
      separator,
      action('view.zoomIn'),
      action('view.zoomOut'),
      action('view.fit'),
      separator,
      action('view.togglePanels'),
      {
        id: 'menu.theme',
        label: 'Theme',
        submenu: [theme('system', 'Follow System'), theme('light', 'Light'), theme('dark', 'Dark')],
      },
      separator,
      { id: 'view.fullScreen', label: 'Toggle Full Screen', role: 'togglefullscreen' },
      ...(ctx.developer
        ? [separator, { id: 'dev.reload', role: 'reload' } as Item, { id: 'dev.tools', role: 'toggleDevTools' } as Item]
        : []),
    ],
  };

  const simulate: Item = {
    id: 'menu.simulate',
    label: '&Simulate',
    submenu: [action('simulate.n1'), action('simulate.n2'), separator, action('simulate.monteCarlo')],
  };

  const help: Item = {
    id: 'menu.help',
    label: '&Help',
    role: 'help',
    submenu: [action('help.about')],
  };

  if (!mac) return [file, edit, view, simulate, help];

  const appMenu: Item = {
    id: 'menu.app',
    label: ctx.appName,
    submenu: [
      action('help.about', { label: `About ${ctx.appName}` }),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { id: 'app.quit', role: 'quit' },
    ],
  };
  const windowMenu: Item = { id: 'menu.window', role: 'windowMenu' };
  return [appMenu, file, edit, view, simulate, windowMenu, help];
}

/** The window title: file name, an unsaved marker, the app name. */
export function windowTitle(name: string, dirty: boolean, appName = 'NetStudio'): string {
  const shown = name.trim() === '' ? 'Untitled' : name;
  return `${dirty ? '● ' : ''}${shown} — ${appName}`;
}
