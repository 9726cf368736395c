// Hostile renderer: every payload and sender the main process must refuse.
import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, IPC_SCHEMAS, SEND_CHANNELS, isSafeRelativePath } from '../src/contracts/ipc.ts';
import { createIpcRouter, IpcRefusedError, registerIpc, type FrameLike, type IpcEventLike, type SenderLike } from '../src/main/ipc-router.ts';

function frame(url: string, parent: FrameLike | null = null): FrameLike {
  return { url, parent };
}

function eventFrom(url = 'app://netstudio/index.html', opts: { sub?: boolean; id?: number } = {}): IpcEventLike {
  const top = frame(url);
  const senderFrame = opts.sub ? frame(url, top) : top;
  return { sender: { id: opts.id ?? 1, mainFrame: top }, senderFrame };
}

function setup() {
  const calls: Array<[string, unknown[]]> = [];
  const rec =
    (name: string, result: unknown = undefined) =>
    async (_s: SenderLike, ...args: unknown[]) => {
      calls.push([name, args]);
      return result as never;
    };
  const logs: string[] = [];
  const router = createIpcRouter(
    {
      openDesign: rec('openDesign'),
      openRecent: rec('openRecent', { error: 'x' }),
      saveDesign: rec('saveDesign', { status: 'cancelled' }),
      saveDesignAs: rec('saveDesignAs', { status: 'cancelled' }),
      writeExport: rec('writeExport', { status: 'cancelled' }),
      recentFiles: rec('recentFiles', []),
      saveDraft: rec('saveDraft'),
      listDrafts: rec('listDrafts', []),
      discardDraft: rec('discardDraft'),
    },
    { setDocumentState: (_s, state) => void calls.push(['setDocumentState', [state]]) },
    { isOwnWindow: (s) => s.id === 1, log: (m) => logs.push(m) },
  );
  return { router, calls, logs };
}

const goodFile = { path: '/home/a/dual.netstudio.yaml', name: 'dual.netstudio.yaml', text: 'schemaVersion: 1\n', mtimeMs: 1 };
const goodDraft = { id: 'session-1', name: 'dual.netstudio.yaml', text: 'x', savedAtMs: 5 };

describe('IPC router: well-formed requests from the app pass', () => {
  it('hands the handler a validated copy of the arguments', async () => {
    const { router, calls } = setup();
    await expect(router.invoke(INVOKE_CHANNELS.saveDesign, eventFrom(), [goodFile, { force: true }])).resolves.toEqual({ status: 'cancelled' });
    await router.invoke(INVOKE_CHANNELS.saveDesign, eventFrom(), [goodFile]);
    await router.invoke(INVOKE_CHANNELS.writeExport, eventFrom(), [{ 'main.tf': 'x', 'modules/vpc/main.tf': new Uint8Array([1, 2]) }, 'dual-terraform']);
    await router.invoke(INVOKE_CHANNELS.saveDraft, eventFrom(), [goodDraft]);
    expect(calls.map((c) => c[0])).toEqual(['saveDesign', 'saveDesign', 'writeExport', 'saveDraft']);
    expect(calls[0]![1]).toEqual([goodFile, { force: true }]);
    expect(calls[0]![1][0]).not.toBe(goodFile);
    expect(router.send(SEND_CHANNELS.setDocumentState, eventFrom(), [{ name: 'a', dirty: true }])).toBe(true);
  });
});

describe('IPC router: foreign senders are refused', () => {
  const senders: Array<[string, IpcEventLike]> = [
    ['another origin', eventFrom('https://evil.example/index.html')],
    ['a look-alike host', eventFrom('app://netstudio.evil/index.html')],
    ['file://', eventFrom('file:///home/a/index.html')],
    ['http on localhost', eventFrom('http://127.0.0.1:5173/')],
    ['an unparsable URL', eventFrom('not a url')],
    ['a sub-frame of the app', eventFrom('app://netstudio/index.html', { sub: true })],
    ['another webContents', eventFrom('app://netstudio/index.html', { id: 99 })],
    ['a destroyed frame', { sender: { id: 1 }, senderFrame: null }],
  ];
  for (const [what, event] of senders) {
    it(`refuses ${what}`, async () => {
      const { router, calls, logs } = setup();
      await expect(router.invoke(INVOKE_CHANNELS.listDrafts, event, [])).rejects.toBeInstanceOf(IpcRefusedError);
      expect(router.send(SEND_CHANNELS.setDocumentState, event, [{ name: 'a', dirty: false }])).toBe(false);
      expect(calls).toEqual([]);
      expect(logs.length).toBe(2);
    });
  }
  it('refuses a frame that is not the window main frame even with the app URL', async () => {
    const { router } = setup();
    const ev: IpcEventLike = { sender: { id: 1, mainFrame: frame('app://netstudio/index.html') }, senderFrame: frame('app://netstudio/index.html') };
    await expect(router.invoke(INVOKE_CHANNELS.recentFiles, ev, [])).rejects.toThrow(/untrusted sender/);
  });
});

describe('IPC router: hostile payloads are refused', () => {
  const huge = 'x'.repeat(10 * 1024 * 1024 + 1);
  const protoKeys = JSON.parse('{"__proto__": {"polluted": true}, "main.tf": "x"}') as Record<string, string>;
  const cases: Array<[string, string, unknown[]]> = [
    ['an unknown channel', 'netstudio:shell/exec', ['rm -rf /']],
    ['a channel name that is not a string', 42 as unknown as string, []],
    ['extra arguments', INVOKE_CHANNELS.listDrafts, [1]],
    ['a number as a design', INVOKE_CHANNELS.saveDesign, [42]],
    ['missing text', INVOKE_CHANNELS.saveDesign, [{ name: 'a.netstudio.yaml' }]],
    ['text of the wrong type', INVOKE_CHANNELS.saveDesign, [{ name: 'a', text: { toString: 1 } }]],
    ['a design over 10 MB', INVOKE_CHANNELS.saveDesign, [{ name: 'a', text: huge }]],
    ['an unknown field', INVOKE_CHANNELS.saveDesign, [{ ...goodFile, shell: 'calc.exe' }]],
    ['a __proto__ key in a design', INVOKE_CHANNELS.saveDesign, [JSON.parse('{"name":"a","text":"b","__proto__":{"x":1}}')]],
    ['force that is not a boolean', INVOKE_CHANNELS.saveDesign, [goodFile, { force: 'yes' }]],
    ['a name with a folder', INVOKE_CHANNELS.saveDesignAs, [{ ...goodFile, name: '../../.bashrc' }]],
    ['a NUL in a path', INVOKE_CHANNELS.openRecent, ['/home/a/x.yaml\0.png']],
    ['a huge path', INVOKE_CHANNELS.openRecent, ['/'.repeat(5000)]],
    ['export path traversal', INVOKE_CHANNELS.writeExport, [{ '../../etc/passwd': 'root::0:0' }, 'out']],
    ['an absolute export path', INVOKE_CHANNELS.writeExport, [{ '/etc/passwd': 'x' }, 'out']],
    ['a Windows absolute export path', INVOKE_CHANNELS.writeExport, [{ 'C:\\Windows\\win.ini': 'x' }, 'out']],
    ['a backslash traversal', INVOKE_CHANNELS.writeExport, [{ '..\\..\\x': 'x' }, 'out']],
    ['a dot segment in the middle', INVOKE_CHANNELS.writeExport, [{ 'a/../../b': 'x' }, 'out']],
    ['a hidden file', INVOKE_CHANNELS.writeExport, [{ '.ssh/authorized_keys': 'x' }, 'out']],
    ['a __proto__ export key', INVOKE_CHANNELS.writeExport, [protoKeys, 'out']],
    ['a constructor export key', INVOKE_CHANNELS.writeExport, [{ constructor: 'x' }, 'out']],
    ['an export that is an array', INVOKE_CHANNELS.writeExport, [['main.tf'], 'out']],
    ['export content that is an object', INVOKE_CHANNELS.writeExport, [{ 'main.tf': { a: 1 } }, 'out']],
    ['an empty export', INVOKE_CHANNELS.writeExport, [{}, 'out']],
    ['an export folder that traverses', INVOKE_CHANNELS.writeExport, [{ 'main.tf': 'x' }, '..']],
    ['an export folder with a slash', INVOKE_CHANNELS.writeExport, [{ 'main.tf': 'x' }, 'a/../../b']],
    ['a draft id with a path', INVOKE_CHANNELS.discardDraft, ['../../recent']],
    ['a draft id too long', INVOKE_CHANNELS.saveDraft, [{ ...goodDraft, id: 'a'.repeat(65) }]],
    ['a draft with a NaN time', INVOKE_CHANNELS.saveDraft, [{ ...goodDraft, savedAtMs: Number.NaN }]],
    ['a draft over 10 MB', INVOKE_CHANNELS.saveDraft, [{ ...goodDraft, text: huge }]],
  ];
  for (const [what, channel, args] of cases) {
    it(`refuses ${what}`, async () => {
      const { router, calls } = setup();
      await expect(router.invoke(channel, eventFrom(), args)).rejects.toBeInstanceOf(IpcRefusedError);
      expect(calls).toEqual([]);
    });
  }
  it('does not pollute Object.prototype', async () => {
    const { router } = setup();
    await router.invoke(INVOKE_CHANNELS.writeExport, eventFrom(), [protoKeys, 'out']).catch(() => undefined);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('refuses a malformed document state and an unknown send channel', () => {
    const { router, calls } = setup();
    expect(router.send(SEND_CHANNELS.setDocumentState, eventFrom(), [{ name: 'a', dirty: 'yes' }])).toBe(false);
    expect(router.send(SEND_CHANNELS.setDocumentState, eventFrom(), [])).toBe(false);
    expect(router.send('netstudio:debug/eval', eventFrom(), ['1+1'])).toBe(false);
    expect(calls).toEqual([]);
  });
  it('the refusal message never echoes the payload', async () => {
    const { router } = setup();
    const err = await router.invoke(INVOKE_CHANNELS.openRecent, eventFrom(), ['/secret/' + 'y'.repeat(6000)]).catch((e: Error) => e);
    expect(String(err)).not.toContain('secret');
  });
});

describe('registerIpc', () => {
  it('registers exactly the contract channels', () => {
    const { router } = setup();
    const handle = vi.fn();
    const on = vi.fn();
    registerIpc({ handle, on }, router);
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect(on.mock.calls.map((c) => c[0])).toEqual(Object.values(SEND_CHANNELS));
  });
});

describe('export path rule', () => {
  it('accepts nested relative paths and rejects escapes', () => {
    expect(isSafeRelativePath('terraform/modules/vpc/main.tf')).toBe(true);
    expect(isSafeRelativePath('report.html')).toBe(true);
    for (const bad of ['', '/x', 'a//b', 'a/./b', '..', 'a/..', 'x\0', 'a:b', '~/x', 'con/../..']) expect(isSafeRelativePath(bad)).toBe(false);
  });
  it('every channel has a schema', () => {
    expect(Object.keys(IPC_SCHEMAS.INVOKE_ARGS).sort()).toEqual(Object.keys(INVOKE_CHANNELS).sort());
    expect(Object.keys(IPC_SCHEMAS.SEND_ARGS).sort()).toEqual(Object.keys(SEND_CHANNELS).sort());
  });
});
