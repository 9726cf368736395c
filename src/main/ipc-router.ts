/**
 * Main's side of the IPC contract, after VS Code's `ValidatedIpcMain`: a message is handled
 * only if its channel is in the contract, it comes from the app's own top frame (parsed URL,
 * exact origin) of a window main created, and its arguments pass the channel's schema.
 * Handlers receive zod's parsed copy, never the raw payload.
 */
import {
  INVOKE_CHANNELS,
  IPC_SCHEMAS,
  SEND_CHANNELS,
  type InvokeArgs,
  type InvokeName,
  type InvokeResults,
  type SendArgs,
  type SendName,
} from '../contracts/ipc.ts';
import { isAppUrl } from './security.ts';

export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
}

export interface SenderLike {
  readonly id: number;
  readonly mainFrame?: FrameLike;
}

/** The parts of Electron's `IpcMainInvokeEvent` / `IpcMainEvent` that the checks read. */
export interface IpcEventLike {
  readonly sender: SenderLike;
  readonly senderFrame: FrameLike | null | undefined;
}

export class IpcRefusedError extends Error {
  constructor(readonly channel: string, readonly reason: string) {
    super(`IPC refused on ${channel.slice(0, 80)}: ${reason}`);
    this.name = 'IpcRefusedError';
  }
}

export type InvokeHandlers<S = SenderLike> = {
  [N in InvokeName]: (sender: S, ...args: InvokeArgs<N>) => Promise<InvokeResults[N]>;
};
export type SendHandlers<S = SenderLike> = {
  [N in SendName]: (sender: S, ...args: SendArgs<N>) => void;
};

const invokeByChannel = new Map<string, InvokeName>(
  (Object.entries(INVOKE_CHANNELS) as Array<[InvokeName, string]>).map(([name, channel]) => [channel, name]),
);
const sendByChannel = new Map<string, SendName>(
  (Object.entries(SEND_CHANNELS) as Array<[SendName, string]>).map(([name, channel]) => [channel, name]),
);

export interface RouterOptions {
  /** True for the webContents of windows main created (by `sender.id`). */
  isOwnWindow(sender: SenderLike): boolean;
  log?(message: string): void;
}

/** Why a sender is not trusted, or undefined when it is. */
export function senderProblem(event: IpcEventLike, isOwnWindow: (s: SenderLike) => boolean): string | undefined {
  const frame = event.senderFrame;
  if (!frame) return 'no sender frame (destroyed or navigated)';
  if (frame.parent !== null) return 'sender is a sub-frame';
  if (event.sender.mainFrame && event.sender.mainFrame !== frame) return 'sender is not the main frame';
  if (!isAppUrl(frame.url)) return `sender origin is not the app (${String(frame.url).slice(0, 100)})`;
  if (!isOwnWindow(event.sender)) return 'sender is not a NetStudio window';
  return undefined;
}

export function createIpcRouter<S extends SenderLike>(invoke: InvokeHandlers<S>, send: SendHandlers<S>, options: RouterOptions) {
  const log = options.log ?? (() => {});
  return {
    /** Handle a request; rejects with `IpcRefusedError` for anything outside the contract. */
    async invoke(channel: string, event: IpcEventLike, args: unknown[]): Promise<unknown> {
      const name = typeof channel === 'string' ? invokeByChannel.get(channel) : undefined;
      if (!name) {
        log(`refused unknown channel ${String(channel).slice(0, 80)}`);
        throw new IpcRefusedError(String(channel), 'unknown channel');
      }
      const problem = senderProblem(event, options.isOwnWindow);
      if (problem) {
        log(`refused ${channel}: ${problem}`);
        throw new IpcRefusedError(channel, 'untrusted sender');
      }
      const parsed = IPC_SCHEMAS.INVOKE_ARGS[name].safeParse(args);
      if (!parsed.success) {
        log(`refused ${channel}: ${parsed.error.issues.map((i) => i.message).join('; ').slice(0, 300)}`);
        throw new IpcRefusedError(channel, 'invalid arguments');
      }
      const handler = invoke[name] as (sender: S, ...a: unknown[]) => Promise<unknown>;
      return handler(event.sender as S, ...(parsed.data as unknown[]));
    },
    /** Handle a one-way message; returns false (and does nothing) when it is refused. */
    send(channel: string, event: IpcEventLike, args: unknown[]): boolean {
      const name = typeof channel === 'string' ? sendByChannel.get(channel) : undefined;
      const problem = !name ? 'unknown channel' : senderProblem(event, options.isOwnWindow);
      const parsed = name && !problem ? IPC_SCHEMAS.SEND_ARGS[name].safeParse(args) : undefined;
      if (!name || problem || !parsed?.success) {
        log(`refused ${String(channel).slice(0, 80)}: ${problem ?? 'invalid arguments'}`);
        return false;
      }
      const handler = send[name] as (sender: S, ...a: unknown[]) => void;
      handler(event.sender as S, ...(parsed.data as unknown[]));
      return true;
    },
  };
}

export type IpcRouter = ReturnType<typeof createIpcRouter>;

/** The subset of `ipcMain` used to register the router. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: never, ...args: unknown[]) => Promise<unknown>): void;
  on(channel: string, listener: (event: never, ...args: unknown[]) => void): unknown;
}

/** Register every contract channel, and nothing else, on `ipcMain`. */
export function registerIpc(ipcMain: IpcMainLike, router: IpcRouter): void {
  for (const channel of Object.values(INVOKE_CHANNELS)) {
    ipcMain.handle(channel, (event: IpcEventLike, ...args: unknown[]) => router.invoke(channel, event, args));
  }
  for (const channel of Object.values(SEND_CHANNELS)) {
    ipcMain.on(channel, (event: IpcEventLike, ...args: unknown[]) => {
      router.send(channel, event, args);
    });
  }
}
