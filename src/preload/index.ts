/**
 * The bridge: exposes `window.netstudio`, an object shaped exactly like the renderer's
 * `Host` (src/contracts/host.ts) with intent-level functions. It never exposes
 * `ipcRenderer`, an event object, or a way to pick a channel: each function is bound to
 * one contract channel, and main validates every argument again.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { Host, HostCommand } from '../contracts/host.ts';
import { COMMAND_CHANNEL, INVOKE_CHANNELS, SEND_CHANNELS } from '../contracts/ipc.ts';

const listeners = new Set<(command: HostCommand) => void>();
// Commands that arrive before the renderer subscribes (a file opened from the OS at launch)
// wait here and are delivered to the first listener.
const early: HostCommand[] = [];

ipcRenderer.on(COMMAND_CHANNEL, (_event, command: HostCommand) => {
  if (listeners.size === 0) {
    if (early.length < 32) early.push(command);
    return;
  }
  for (const listener of listeners) listener(command);
});

const host: Host = {
  kind: 'electron',
  openDesign: () => ipcRenderer.invoke(INVOKE_CHANNELS.openDesign),
  openRecent: (path) => ipcRenderer.invoke(INVOKE_CHANNELS.openRecent, path),
  saveDesign: (file, options) =>
    options === undefined
      ? ipcRenderer.invoke(INVOKE_CHANNELS.saveDesign, file)
      : ipcRenderer.invoke(INVOKE_CHANNELS.saveDesign, file, options),
  saveDesignAs: (file) => ipcRenderer.invoke(INVOKE_CHANNELS.saveDesignAs, file),
  writeExport: (files, suggestedName) => ipcRenderer.invoke(INVOKE_CHANNELS.writeExport, files, suggestedName),
  recentFiles: () => ipcRenderer.invoke(INVOKE_CHANNELS.recentFiles),
  saveDraft: (draft) => ipcRenderer.invoke(INVOKE_CHANNELS.saveDraft, draft),
  listDrafts: () => ipcRenderer.invoke(INVOKE_CHANNELS.listDrafts),
  discardDraft: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.discardDraft, id),
  setDocumentState: (state) => ipcRenderer.send(SEND_CHANNELS.setDocumentState, { name: state.name, dirty: state.dirty }),
  onCommand: (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onCommand needs a function');
    listeners.add(listener);
    for (const command of early.splice(0)) listener(command);
    return () => {
      listeners.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('netstudio', host);
