/**
 * The Host for the web build: a file picker to open, a download to save, localStorage for
 * drafts. There are no paths in a browser, so "save" always downloads.
 */
import type { DesignFile, Draft, ExportFiles, ExportResult, Host, HostCommand, RecentFile, SaveResult } from '../../contracts/host.ts';

const DRAFTS_KEY = 'netstudio.drafts';
const MAX_DRAFTS = 10;

function readDrafts(): Draft[] {
  try {
    const raw = localStorage.getItem(DRAFTS_KEY);
    const list = raw ? (JSON.parse(raw) as unknown) : [];
    return Array.isArray(list) ? (list as Draft[]).filter((d) => typeof d?.id === 'string' && typeof d.text === 'string') : [];
  } catch {
    return [];
  }
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Opens the browser's file picker; resolves undefined when the user cancels. */
export function pickFile(accept = '.yaml,.yml'): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.setAttribute('data-testid', 'open-file-input');
    input.addEventListener('change', () => {
      resolve(input.files?.[0]);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(undefined);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

export function createBrowserHost(): Host {
  const listeners = new Set<(c: HostCommand) => void>();
  return {
    kind: 'browser',
    async openDesign() {
      const file = await pickFile();
      if (!file) return undefined;
      return { name: file.name, text: await file.text(), mtimeMs: file.lastModified };
    },
    async openRecent(path) {
      return { error: `recent files are a desktop feature; ${path} cannot be opened from a web page` };
    },
    async saveDesign(file: DesignFile): Promise<SaveResult> {
      download(file.name, new Blob([file.text], { type: 'application/yaml' }));
      return { status: 'saved', name: file.name };
    },
    async saveDesignAs(file: DesignFile): Promise<SaveResult> {
      download(file.name, new Blob([file.text], { type: 'application/yaml' }));
      return { status: 'saved', name: file.name };
    },
    async writeExport(files: ExportFiles, suggestedName: string): Promise<ExportResult> {
      const entries = Object.entries(files);
      for (const [path, content] of entries) {
        const name = `${suggestedName}-${path.replace(/[\\/]/g, '_')}`;
        download(name, new Blob([typeof content === 'string' ? content : new Uint8Array(content)]));
      }
      return { status: 'written', folder: 'Downloads', count: entries.length };
    },
    async recentFiles(): Promise<RecentFile[]> {
      return [];
    },
    async saveDraft(draft) {
      const drafts = readDrafts().filter((d) => d.id !== draft.id);
      drafts.unshift(draft);
      try {
        localStorage.setItem(DRAFTS_KEY, JSON.stringify(drafts.slice(0, MAX_DRAFTS)));
      } catch {
        // Storage full (a very large design): keep the newest draft only.
        localStorage.setItem(DRAFTS_KEY, JSON.stringify([draft]));
      }
    },
    async listDrafts() {
      return readDrafts();
    },
    async discardDraft(id) {
      localStorage.setItem(DRAFTS_KEY, JSON.stringify(readDrafts().filter((d) => d.id !== id)));
    },
    setDocumentState({ name, dirty }) {
      document.title = `${dirty ? '● ' : ''}${name} — NetStudio`;
    },
    onCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
