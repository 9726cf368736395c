/**
 * The desktop shell, composed from the modules beside it. Takes Electron's modules as an
 * argument (index.ts passes the real ones; test/desktop-app.test.ts passes fakes), so every
 * wiring decision here runs under Node tests although Electron cannot launch on CI.
 */
import { join } from 'node:path';
import type { DesignFile, HostCommand } from '../contracts/host.ts';
import { COMMAND_CHANNEL } from '../contracts/ipc.ts';
import type { ActionId } from '../contracts/actions.ts';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol.ts';
import { CloseGuard, choiceFromResponse, closeQuestion } from './close-guard.ts';
import { DocumentService, type FileDialogs } from './documents.ts';
import { DraftStore } from './drafts.ts';
import { createIpcRouter, registerIpc, type IpcMainLike, type SenderLike } from './ipc-router.ts';
import { designPathFromArgv } from './launch-args.ts';
import { buildMenuTemplate, windowTitle, type EditActionId, type ThemeSource } from './menu.ts';
import { RecentFiles } from './recent.ts';
import { isTrustedExternalUrl } from './trusted-url.ts';
import {
  enforceContentSecurityPolicy,
  hardenContents,
  restrictPermissions,
  type HardenableContents,
  type HardenableSession,
} from './security.ts';

/* The slices of Electron's API the shell uses. Loose on purpose: tests implement them with fakes. */

export interface WebContentsLike extends HardenableContents, SenderLike {
  send(channel: string, ...args: unknown[]): void;
  executeJavaScript(code: string): Promise<unknown>;
  undo(): void;
  redo(): void;
  cut(): void;
  copy(): void;
  paste(): void;
  delete(): void;
  selectAll(): void;
  loadURL(url: string): Promise<void>;
  reload(): void;
  isDestroyed(): boolean;
  once(event: 'did-finish-load', listener: () => void): unknown;
  on(event: string, listener: (...args: never[]) => void): unknown;
}

export interface BrowserWindowLike {
  readonly webContents: WebContentsLike;
  setTitle(title: string): void;
  setDocumentEdited?(edited: boolean): void;
  setRepresentedFilename?(path: string): void;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  close(): void;
  isDestroyed(): boolean;
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'closed' | 'ready-to-show', listener: () => void): unknown;
  once(event: 'ready-to-show', listener: () => void): unknown;
}

export interface ElectronLike {
  app: {
    name: string;
    isPackaged: boolean;
    requestSingleInstanceLock(): boolean;
    quit(): void;
    getPath(name: 'userData'): string;
    whenReady(): Promise<unknown>;
    on(event: string, listener: (...args: never[]) => void): unknown;
  };
  BrowserWindow: new (options: Record<string, unknown>) => BrowserWindowLike;
  protocol: {
    registerSchemesAsPrivileged(schemes: Array<typeof APP_SCHEME_PRIVILEGES>): void;
    handle(scheme: string, handler: (request: Request) => Promise<Response>): void;
  };
  session: { defaultSession: HardenableSession };
  ipcMain: IpcMainLike;
  Menu: { buildFromTemplate(template: unknown[]): unknown; setApplicationMenu(menu: unknown): void };
  shell: { openExternal(url: string): Promise<void> };
  dialog: {
    showOpenDialog(window: BrowserWindowLike, options: object): Promise<{ canceled: boolean; filePaths: string[] }>;
    showSaveDialog(window: BrowserWindowLike, options: object): Promise<{ canceled: boolean; filePath?: string }>;
    showMessageBox(window: BrowserWindowLike, options: object): Promise<{ response: number }>;
    showErrorBox(title: string, content: string): void;
  };
  nativeTheme: { themeSource: ThemeSource };
}

/** True when keyboard focus is in something that edits text. */
export const TEXT_FOCUS_PROBE =
  "(() => { const el = document.activeElement; return !!(el && el.closest && el.closest('input, textarea, select, [contenteditable=\"\"], [contenteditable=\"true\"], .monaco-editor, .nokey')); })()";

export interface StartOptions {
  /** Folder of the built renderer (out/renderer). */
  rendererDir: string;
  /** Built preload script (out/preload/index.js). */
  preloadPath: string;
  argv: readonly string[];
  cwd: string;
  platform: string;
  /** Overrides `app.getPath('userData')` (tests). */
  userDataDir?: string;
  log?(message: string): void;
}

export interface DocumentState {
  name: string;
  dirty: boolean;
}

/** Wire the shell. Returns handles tests use to inspect it. */
export function startApp(electron: ElectronLike, options: StartOptions) {
  const { app, BrowserWindow, protocol, session, ipcMain, Menu, shell, dialog, nativeTheme } = electron;
  const log = options.log ?? ((m: string) => console.warn(`[netstudio] ${m}`));

  // Must happen before `ready`: a standard, secure scheme gets a real origin and a CSP.
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

  if (!app.requestSingleInstanceLock()) {
    // Another NetStudio is running: it receives our argv through `second-instance`.
    app.quit();
    return { primary: false as const };
  }

  let window: BrowserWindowLike | undefined;
  let documents: DocumentService | undefined;
  let recent: RecentFiles | undefined;
  let drafts: DraftStore | undefined;
  let state: DocumentState = { name: 'Untitled', dirty: false };
  const pendingOpens: string[] = [];
  /** Waiters for "the document became clean" after a close-triggered save. */
  let saveWaiters: Array<(saved: boolean) => void> = [];
  const ownSenders = new Set<number>();

  const sendCommand = (command: HostCommand) => {
    if (window && !window.isDestroyed() && !window.webContents.isDestroyed()) window.webContents.send(COMMAND_CHANNEL, command);
  };
  const sendAction = (action: ActionId) => sendCommand({ type: 'action', action });

  /**
   * An Edit menu item: in a text field (input, textarea, Monaco) it is the native editing
   * command; elsewhere it is the canvas action. The probe is a constant expression that only
   * reads which element has focus; a page that lied would only pick the other of the two.
   */
  const editCommand = async (id: EditActionId) => {
    const contents = window && !window.isDestroyed() ? window.webContents : undefined;
    if (!contents || contents.isDestroyed()) return;
    const inTextField = await contents.executeJavaScript(TEXT_FOCUS_PROBE).then(
      (v) => v === true,
      () => false,
    );
    if (!inTextField) return sendAction(id);
    const native = { 'edit.undo': 'undo', 'edit.redo': 'redo', 'edit.cut': 'cut', 'edit.copy': 'copy', 'edit.paste': 'paste', 'edit.delete': 'delete', 'edit.selectAll': 'selectAll' } as const;
    contents[native[id]]();
  };

  // Files opened from the OS arrive in bursts (a multi-select double-click); they are read
  // and handed to the renderer one by one, in the order they arrived.
  let openQueue: Promise<void> = Promise.resolve();
  const openPath = (path: string): Promise<void> => {
    if (!documents || !window) {
      pendingOpens.push(path);
      return Promise.resolve();
    }
    openQueue = openQueue.then(() => openNow(path));
    return openQueue;
  };
  const openNow = async (path: string) => {
    if (!documents) return;
    try {
      const file: DesignFile = await documents.read(path);
      sendCommand({ type: 'open-file', file });
      focusWindow();
      await refreshMenu();
    } catch (error) {
      dialog.showErrorBox('Could not open the design', `${path}\n\n${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const focusWindow = () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };

  const refreshMenu = async () => {
    const template = buildMenuTemplate({
      platform: options.platform,
      appName: app.name || 'NetStudio',
      recent: recent ? await recent.list() : [],
      themeSource: nativeTheme.themeSource,
      developer: !app.isPackaged,
      sendAction,
      editCommand: (id) => void editCommand(id),
      openRecent: (path) => void openPath(path),
      clearRecent: () => void recent?.clear().then(refreshMenu),
      setTheme: (source) => {
        nativeTheme.themeSource = source;
        void refreshMenu();
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const applyState = (next: DocumentState) => {
    state = next;
    if (!window || window.isDestroyed()) return;
    window.setTitle(windowTitle(next.name, next.dirty, app.name || 'NetStudio'));
    window.setDocumentEdited?.(next.dirty);
    if (!next.dirty) {
      const waiters = saveWaiters;
      saveWaiters = [];
      for (const resolve of waiters) resolve(true);
    }
  };

  const settleSaveWaiters = (status: string) => {
    if (status === 'saved') return; // the renderer reports clean through setDocumentState
    const waiters = saveWaiters;
    saveWaiters = [];
    for (const resolve of waiters) resolve(false);
  };

  const createWindow = () => {
    const win = new BrowserWindow({
      width: 1440,
      height: 900,
      minWidth: 900,
      minHeight: 600,
      show: false,
      title: 'NetStudio',
      backgroundColor: '#1e1f24',
      // Written out literally (not built by a helper) so reviewers and Electronegativity see
      // each setting where the window is created. docs/security.md explains each line.
      webPreferences: {
        preload: options.preloadPath,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        safeDialogs: true,
        spellcheck: false,
        // Middle-click would otherwise try to open links in a new window.
        disableBlinkFeatures: 'Auxclick',
      },
    });
    window = win;
    ownSenders.add(win.webContents.id);
    state = { name: 'Untitled', dirty: false };
    win.once('ready-to-show', () => win.show());

    const guard = new CloseGuard({
      isDirty: () => state.dirty,
      documentName: () => state.name,
      ask: async (name) => choiceFromResponse((await dialog.showMessageBox(win, closeQuestion(name, options.platform))).response),
      save: () =>
        new Promise<boolean>((resolve) => {
          saveWaiters.push(resolve);
          sendAction('file.save');
        }),
      cleanClose: async () => {
        await drafts?.discardSession().catch((e: unknown) => log(`could not remove drafts: ${String(e)}`));
      },
    });
    win.on('close', (event) => guard.onClose(event, () => win.close()));
    win.on('closed', () => {
      ownSenders.delete(win.webContents.id);
      if (window === win) window = undefined;
    });
    win.webContents.on('render-process-gone', ((_event: unknown, details: { reason: string }) => {
      if (details.reason === 'clean-exit') return;
      void dialog
        .showMessageBox(win, {
          type: 'error',
          buttons: ['Reload', 'Close'],
          defaultId: 0,
          message: 'The NetStudio window stopped working.',
          detail: `Reason: ${details.reason}. Your last edits were kept as a draft; reloading offers to restore them.`,
        })
        .then(({ response }) => (response === 0 ? win.webContents.reload() : win.close()));
    }) as never);
    win.webContents.once('did-finish-load', () => {
      for (const path of pendingOpens.splice(0)) void openPath(path);
    });
    void win.webContents.loadURL(APP_ENTRY_URL).catch((e: unknown) => log(`could not load the app: ${String(e)}`));
    return win;
  };

  app.on('second-instance', ((_event: unknown, argv: string[], cwd: string) => {
    const path = designPathFromArgv(argv, cwd);
    if (!window) createWindow();
    focusWindow();
    if (path) void openPath(path);
  }) as never);

  app.on('open-file', ((event: { preventDefault(): void }, path: string) => {
    event.preventDefault();
    void openPath(path);
  }) as never);

  // Every webContents ever created (windows, devtools, anything a bug lets in) is hardened.
  app.on('web-contents-created', ((_event: unknown, contents: HardenableContents) => {
    hardenContents(contents, (url) => (isTrustedExternalUrl(url) ? shell.openExternal(url) : undefined), log);
  }) as never);

  app.on('window-all-closed', () => {
    if (options.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!window) createWindow();
  });

  const firstPath = designPathFromArgv(options.argv, options.cwd);
  if (firstPath) pendingOpens.push(firstPath);

  const ready = app.whenReady().then(async () => {
    const userData = options.userDataDir ?? app.getPath('userData');
    protocol.handle(APP_SCHEME, createAppProtocolHandler(options.rendererDir));
    restrictPermissions(session.defaultSession);
    enforceContentSecurityPolicy(session.defaultSession);
    nativeTheme.themeSource = 'system';

    recent = new RecentFiles(join(userData, 'recent.json'));
    drafts = new DraftStore(join(userData, 'drafts'));
    const dialogs: FileDialogs = {
      showOpenDialog: (o) => (window ? dialog.showOpenDialog(window, o) : Promise.resolve({ canceled: true, filePaths: [] })),
      showSaveDialog: (o) => (window ? dialog.showSaveDialog(window, o) : Promise.resolve({ canceled: true })),
    };
    const docs = new DocumentService(dialogs, recent, drafts);

    const afterSave = async <T extends { status: string }>(result: Promise<T>): Promise<T> => {
      const r = await result;
      settleSaveWaiters(r.status);
      if (r.status === 'saved') await refreshMenu();
      return r;
    };

    const router = createIpcRouter(
      {
        openDesign: async () => {
          const file = await docs.openWithDialog();
          if (file) await refreshMenu();
          return file;
        },
        openRecent: (_s, path) => docs.openRecent(path),
        saveDesign: (_s, file, saveOptions?: { force?: boolean }) => afterSave(docs.save(file, saveOptions?.force ?? false)),
        saveDesignAs: (_s, file) => afterSave(docs.saveAs(file)),
        writeExport: (_s, files, name) => docs.writeExport(files, name),
        recentFiles: () => recent!.list(),
        saveDraft: (_s, draft) => docs.saveDraft(draft),
        listDrafts: () => docs.listDrafts(),
        discardDraft: (_s, id) => docs.discardDraft(id),
      },
      { setDocumentState: (_s, next) => applyState(next) },
      { isOwnWindow: (sender) => ownSenders.has(sender.id), log },
    );
    registerIpc(ipcMain, router);
    documents = docs;

    await refreshMenu();
    createWindow();
  });

  return {
    primary: true as const,
    ready,
    window: () => window,
    documentState: () => state,
    openPath,
  };
}
