/**
 * Picks the Host: inside Electron the preload exposes `window.netstudio` with the Host's
 * functions; in a plain browser the browser host is used.
 */
import type { Host } from '../../contracts/host.ts';
import { createBrowserHost } from './browserHost.ts';

declare global {
  interface Window {
    netstudio?: Partial<Host>;
  }
}

const REQUIRED: (keyof Host)[] = ['openDesign', 'saveDesign', 'saveDesignAs', 'onCommand', 'setDocumentState', 'saveDraft', 'listDrafts', 'discardDraft'];

function fromPreload(bridge: Partial<Host>): Host | undefined {
  if (!REQUIRED.every((k) => typeof bridge[k] === 'function')) return undefined;
  const browser = createBrowserHost();
  const b = bridge as Host;
  return {
    kind: 'electron',
    openDesign: () => b.openDesign(),
    openRecent: (p) => (b.openRecent ? b.openRecent(p) : browser.openRecent(p)),
    saveDesign: (f, o) => b.saveDesign(f, o),
    saveDesignAs: (f) => b.saveDesignAs(f),
    writeExport: (files, name) => (b.writeExport ? b.writeExport(files, name) : browser.writeExport(files, name)),
    recentFiles: () => (b.recentFiles ? b.recentFiles() : Promise.resolve([])),
    saveDraft: (d) => b.saveDraft(d),
    listDrafts: () => b.listDrafts(),
    discardDraft: (id) => b.discardDraft(id),
    setDocumentState: (s) => b.setDocumentState(s),
    onCommand: (l) => b.onCommand(l),
  };
}

let host: Host | undefined;

export function getHost(): Host {
  host ??= (typeof window !== 'undefined' && window.netstudio && fromPreload(window.netstudio)) || createBrowserHost();
  return host;
}
