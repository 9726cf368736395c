// The whole shell wired to a fake Electron: what happens at launch, on IPC, on a second
// launch, on macOS open-file, and when closing with unsaved changes.
import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_CHANNEL, INVOKE_CHANNELS, SEND_CHANNELS } from '../src/contracts/ipc.ts';
import { startApp, type ElectronLike } from '../src/main/app.ts';
import { CloseGuard } from '../src/main/close-guard.ts';
import { designPathFromArgv } from '../src/main/launch-args.ts';

const tick = () => new Promise((r) => setTimeout(r, 50));

function fakeElectron(opts: { lock?: boolean; messageBoxResponse?: number; saveTo?: string } = {}) {
  const order: string[] = [];
  const windows: FakeWindow[] = [];
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const app = Object.assign(new EventEmitter(), {
    name: 'NetStudio',
    isPackaged: true,
    quitCalled: false,
    requestSingleInstanceLock: () => opts.lock ?? true,
    quit() {
      this.quitCalled = true;
    },
    getPath: () => '/nonexistent',
    whenReady: () => {
      order.push('whenReady');
      return Promise.resolve();
    },
  });
  let nextId = 1;
  class FakeContents extends EventEmitter {
    id = nextId++;
    sent: Array<[string, unknown]> = [];
    url = '';
    mainFrame = { url: 'app://netstudio/index.html', parent: null };
    openHandler?: (d: { url: string }) => unknown;
    textFocused = false;
    native: string[] = [];
    async executeJavaScript(code: string) {
      expect(code).toContain('document.activeElement');
      return this.textFocused;
    }
    undo() {
      this.native.push('undo');
    }
    redo() {
      this.native.push('redo');
    }
    cut() {
      this.native.push('cut');
    }
    copy() {
      this.native.push('copy');
    }
    paste() {
      this.native.push('paste');
    }
    delete() {
      this.native.push('delete');
    }
    selectAll() {
      this.native.push('selectAll');
    }
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
    async loadURL(url: string) {
      this.url = url;
      setTimeout(() => this.emit('did-finish-load'), 1);
    }
    reload() {}
    isDestroyed() {
      return false;
    }
    setWindowOpenHandler(h: (d: { url: string }) => unknown) {
      this.openHandler = h;
    }
  }
  class FakeWindow extends EventEmitter {
    webContents = new FakeContents();
    title = '';
    closed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    setTitle(t: string) {
      this.title = t;
    }
    setDocumentEdited() {}
    isMinimized() {
      return false;
    }
    restore() {}
    show() {}
    focus() {}
    isDestroyed() {
      return this.closed;
    }
    close() {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (!prevented) {
        this.closed = true;
        this.emit('closed');
      }
    }
  }
  const messageBoxes: Array<{ message?: string }> = [];
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    protocol: {
      registerSchemesAsPrivileged: (s: unknown) => order.push(`registerSchemes:${JSON.stringify(s)}`),
      handle: (scheme: string) => order.push(`handle:${scheme}`),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => order.push('permissions'),
        setPermissionCheckHandler: () => undefined,
      },
    },
    ipcMain: {
      handle: (channel: string, h: (event: unknown, ...args: unknown[]) => unknown) => void handlers.set(channel, h),
      on: (channel: string, h: (event: unknown, ...args: unknown[]) => unknown) => void handlers.set(channel, h),
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => void (menus.push(m as unknown[])) },
    shell: { openExternal: async (url: string) => void opened.push(url) },
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => (opts.saveTo ? { canceled: false, filePath: opts.saveTo } : { canceled: true }),
      showMessageBox: async (_w: unknown, o: { message?: string }) => {
        messageBoxes.push(o);
        return { response: opts.messageBoxResponse ?? 2 };
      },
      showErrorBox: (t: string) => void errors.push(t),
    },
    nativeTheme: { themeSource: 'light' as 'system' | 'light' | 'dark' },
  };
  const menus: unknown[][] = [];
  const opened: string[] = [];
  const errors: string[] = [];
  const fromApp = (w: FakeWindow, url = 'app://netstudio/index.html') => ({
    sender: w.webContents,
    senderFrame: url === w.webContents.mainFrame.url ? w.webContents.mainFrame : { url, parent: null },
  });
  const call = (channel: string, event: unknown, ...args: unknown[]) => handlers.get(channel)!(event, ...args);
  return { electron: electron as unknown as ElectronLike, raw: electron, order, windows, handlers, menus, opened, errors, messageBoxes, fromApp, call, app };
}

function start(fake: ReturnType<typeof fakeElectron>, argv: string[] = ['netstudio'], cwd = '/') {
  const userDataDir = mkdtempSync(join(tmpdir(), 'netstudio-app-'));
  const shell = startApp(fake.electron, { rendererDir: '/nonexistent', preloadPath: '/p/preload.js', argv, cwd, platform: 'linux', userDataDir, log: () => {} });
  return { shell, userDataDir };
}

describe('startApp', () => {
  it('registers the app scheme before ready, then serves it, restricts permissions and opens one secure window', async () => {
    const fake = fakeElectron();
    const { shell } = start(fake);
    expect(fake.order[0]).toMatch(/^registerSchemes:.*"scheme":"app".*"standard":true.*"secure":true/);
    await (shell as { ready: Promise<void> }).ready;
    expect(fake.order).toEqual(expect.arrayContaining(['whenReady', 'handle:app', 'permissions']));
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/p/preload.js',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(fake.windows[0]!.webContents.url).toBe('app://netstudio/index.html');
    expect(fake.raw.nativeTheme.themeSource).toBe('system');
    expect(fake.menus.length).toBeGreaterThan(0);
    expect([...fake.handlers.keys()].sort()).toEqual([...Object.values(INVOKE_CHANNELS), ...Object.values(SEND_CHANNELS)].sort());
    // The window's contents were hardened: window.open is denied, trusted links go to the browser.
    expect(fake.windows[0]!.webContents.openHandler!({ url: 'https://github.com/' })).toEqual({ action: 'deny' });
    expect(fake.windows[0]!.webContents.openHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    await tick();
    expect(fake.opened).toEqual(['https://github.com/']);
  });

  it('quits at once when another instance holds the lock', () => {
    const fake = fakeElectron({ lock: false });
    const { shell } = start(fake);
    expect(shell.primary).toBe(false);
    expect(fake.app.quitCalled).toBe(true);
    expect(fake.windows).toHaveLength(0);
  });

  it('answers IPC from its window and refuses the same call from another origin', async () => {
    const fake = fakeElectron();
    const { shell } = start(fake);
    await (shell as { ready: Promise<void> }).ready;
    const w = fake.windows[0]!;
    await expect(fake.call(INVOKE_CHANNELS.listDrafts, fake.fromApp(w))).resolves.toEqual([]);
    await expect(fake.call(INVOKE_CHANNELS.listDrafts, fake.fromApp(w, 'https://evil.example/'))).rejects.toThrow(/refused/);
  });

  it('Edit ▸ Copy/Paste act on a focused text field natively and on the canvas through the action', async () => {
    const fake = fakeElectron();
    const { shell } = start(fake);
    await (shell as { ready: Promise<void> }).ready;
    const w = fake.windows[0]!;
    type MenuItem = { id?: string; click?: () => void; submenu?: MenuItem[] };
    const flat = (items: MenuItem[]): MenuItem[] => items.flatMap((i) => [i, ...(i.submenu ? flat(i.submenu) : [])]);
    const menu = flat(fake.menus.at(-1) as MenuItem[]);
    const clickItem = (id: string) => menu.find((i) => i.id === id)!.click!();
    w.webContents.textFocused = true;
    clickItem('edit.copy');
    clickItem('edit.paste');
    await tick();
    expect(w.webContents.native).toEqual(['copy', 'paste']);
    expect(w.webContents.sent.filter(([c]) => c === COMMAND_CHANNEL)).toEqual([]);
    w.webContents.textFocused = false;
    clickItem('edit.copy');
    clickItem('simulate.n1');
    await tick();
    expect(w.webContents.native).toEqual(['copy', 'paste']);
    expect(w.webContents.sent.filter(([c]) => c === COMMAND_CHANNEL).map(([, p]) => (p as { action: string }).action).sort()).toEqual(['edit.copy', 'simulate.n1']);
  });

  it('shows the file name and unsaved marker in the title', async () => {
    const fake = fakeElectron();
    const { shell } = start(fake);
    await (shell as { ready: Promise<void> }).ready;
    const w = fake.windows[0]!;
    fake.call(SEND_CHANNELS.setDocumentState, fake.fromApp(w), { name: 'dual.netstudio.yaml', dirty: true });
    expect(w.title).toBe('● dual.netstudio.yaml — NetStudio');
    fake.call(SEND_CHANNELS.setDocumentState, fake.fromApp(w), { name: 'dual.netstudio.yaml', dirty: false });
    expect(w.title).toBe('dual.netstudio.yaml — NetStudio');
  });

  it('opens a design given on the command line, on a second launch and from macOS open-file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netstudio-argv-'));
    for (const n of ['first', 'second', 'mac']) writeFileSync(join(dir, `${n}.netstudio.yaml`), `name: ${n}\n`);
    const fake = fakeElectron();
    const { shell } = start(fake, ['netstudio', '--flag', 'first.netstudio.yaml'], dir);
    await (shell as { ready: Promise<void> }).ready;
    await tick();
    const w = fake.windows[0]!;
    fake.app.emit('second-instance', {}, ['netstudio', join(dir, 'second.netstudio.yaml')], '/');
    fake.app.emit('open-file', { preventDefault: () => undefined }, join(dir, 'mac.netstudio.yaml'));
    const openedTexts = () =>
      w.webContents.sent
        .filter(([c, p]) => c === COMMAND_CHANNEL && (p as { type: string }).type === 'open-file')
        .map(([, p]) => (p as { file: { name: string; text: string } }).file.text.trim());
    await expect.poll(openedTexts, { timeout: 5000 }).toHaveLength(3);
    expect(openedTexts()).toEqual(['name: first', 'name: second', 'name: mac']);
    expect(fake.windows).toHaveLength(1);
    // Opened files are granted: Save writes to them.
    const saved = await fake.call(INVOKE_CHANNELS.saveDesign, fake.fromApp(w), { path: join(dir, 'mac.netstudio.yaml'), name: 'mac.netstudio.yaml', text: 'name: mac 2\n' });
    expect(saved).toMatchObject({ status: 'saved' });
    expect(readFileSync(join(dir, 'mac.netstudio.yaml'), 'utf8')).toBe('name: mac 2\n');
  });

  it('closing with unsaved changes asks; Cancel keeps the window, Don’t Save closes and removes drafts', async () => {
    for (const [response, expectClosed] of [
      [2, false],
      [1, true],
    ] as const) {
      const fake = fakeElectron({ messageBoxResponse: response });
      const { shell, userDataDir } = start(fake);
      await (shell as { ready: Promise<void> }).ready;
      const w = fake.windows[0]!;
      await fake.call(INVOKE_CHANNELS.saveDraft, fake.fromApp(w), { id: 's1', name: 'a.netstudio.yaml', text: 'x', savedAtMs: 1 });
      fake.call(SEND_CHANNELS.setDocumentState, fake.fromApp(w), { name: 'a.netstudio.yaml', dirty: true });
      w.close();
      await expect.poll(() => fake.messageBoxes.length).toBe(1);
      expect(fake.messageBoxes[0]?.message).toContain('a.netstudio.yaml');
      if (expectClosed) await expect.poll(() => w.closed).toBe(true);
      else await tick();
      expect(w.closed).toBe(expectClosed);
      const drafts = await import('node:fs').then((fs) => fs.readdirSync(join(userDataDir, 'drafts')));
      expect(drafts).toEqual(expectClosed ? [] : ['s1.json']);
    }
  });

  it('Save on close runs the renderer’s save and closes once the document is clean', async () => {
    const fake = fakeElectron({ messageBoxResponse: 0 });
    const { shell } = start(fake);
    await (shell as { ready: Promise<void> }).ready;
    const w = fake.windows[0]!;
    fake.call(SEND_CHANNELS.setDocumentState, fake.fromApp(w), { name: 'a', dirty: true });
    w.close();
    await expect.poll(() => w.webContents.sent).toContainEqual([COMMAND_CHANNEL, { type: 'action', action: 'file.save' }]);
    expect(w.closed).toBe(false);
    fake.call(SEND_CHANNELS.setDocumentState, fake.fromApp(w), { name: 'a', dirty: false });
    await expect.poll(() => w.closed).toBe(true);
  });

  it('a cancelled Save As during close keeps the window open', async () => {
    const fake = fakeElectron({ messageBoxResponse: 0 });
    const { shell } = start(fake);
    await (shell as { ready: Promise<void> }).ready;
    const w = fake.windows[0]!;
    fake.call(SEND_CHANNELS.setDocumentState, fake.fromApp(w), { name: 'Untitled', dirty: true });
    w.close();
    await expect.poll(() => w.webContents.sent).toContainEqual([COMMAND_CHANNEL, { type: 'action', action: 'file.save' }]);
    await fake.call(INVOKE_CHANNELS.saveDesignAs, fake.fromApp(w), { name: 'Untitled.netstudio.yaml', text: 'x' });
    await tick();
    expect(w.closed).toBe(false);
  });
});

describe('CloseGuard', () => {
  it('closes immediately without a question when nothing is unsaved', async () => {
    let asked = 0;
    let closed = 0;
    const guard = new CloseGuard({
      isDirty: () => false,
      documentName: () => 'a',
      ask: async () => {
        asked++;
        return 'cancel';
      },
      save: async () => true,
      cleanClose: async () => undefined,
    });
    const event = { prevented: false, preventDefault() {
      this.prevented = true;
    } };
    guard.onClose(event, () => {
      closed++;
      guard.onClose({ preventDefault: () => { throw new Error('second close must pass'); } }, () => undefined);
    });
    await tick();
    expect(asked).toBe(0);
    expect(closed).toBe(1);
  });
});

describe('designPathFromArgv', () => {
  it('finds an existing .netstudio.yaml, ignores flags, other files and missing files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netstudio-args-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.netstudio.yaml'), 'x');
    expect(designPathFromArgv(['app', '--inspect', 'sub/a.netstudio.yaml'], dir)).toBe(join(dir, 'sub', 'a.netstudio.yaml'));
    expect(designPathFromArgv(['app', 'missing.netstudio.yaml'], dir)).toBeUndefined();
    expect(designPathFromArgv(['app', '/etc/passwd'], dir)).toBeUndefined();
    expect(designPathFromArgv(['a.netstudio.yaml'], join(dir, 'sub'))).toBeUndefined();
  });
});
