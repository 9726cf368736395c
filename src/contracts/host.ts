/**
 * The renderer's window on the outside world. The renderer never touches the file system;
 * it calls a Host. Two implementations: the Electron host (through the preload bridge)
 * and the browser host (downloads, file pickers, localStorage drafts) for the web build.
 */

export interface DesignFile {
  /** Absolute path in the desktop app; undefined in the browser or for a new design. */
  path?: string;
  /** File name shown in the title bar, e.g. `dual-region.netstudio.yaml`. */
  name: string;
  text: string;
  /** Modification time when read, ms since epoch; lets save detect outside changes. */
  mtimeMs?: number;
}

export type SaveResult =
  | { status: 'saved'; path?: string; name: string; mtimeMs?: number }
  | { status: 'cancelled' }
  /** The file changed on disk since it was loaded; the caller asks the user what to do. */
  | { status: 'conflict'; diskMtimeMs: number }
  | { status: 'error'; message: string };

export interface Draft {
  /** Stable id of the editing session the draft belongs to. */
  id: string;
  /** File the draft was edited from, if any. */
  path?: string;
  name: string;
  text: string;
  /** When the draft was written, ms since epoch. */
  savedAtMs: number;
}

export interface RecentFile {
  path: string;
  name: string;
  openedAtMs: number;
}

/** Files to write for an export: relative path → content. */
export type ExportFiles = Record<string, string | Uint8Array>;

export type ExportResult = { status: 'written'; folder: string; count: number } | { status: 'cancelled' } | { status: 'error'; message: string };

export interface Host {
  readonly kind: 'electron' | 'browser';
  openDesign(): Promise<DesignFile | undefined>;
  openRecent(path: string): Promise<DesignFile | { error: string }>;
  /** Saves to `file.path` (Save As when it has none). `force` overwrites a conflict. */
  saveDesign(file: DesignFile, options?: { force?: boolean }): Promise<SaveResult>;
  saveDesignAs(file: DesignFile): Promise<SaveResult>;
  writeExport(files: ExportFiles, suggestedName: string): Promise<ExportResult>;
  recentFiles(): Promise<RecentFile[]>;
  saveDraft(draft: Draft): Promise<void>;
  listDrafts(): Promise<Draft[]>;
  discardDraft(id: string): Promise<void>;
  /** Tells the shell the title and whether there are unsaved edits (title marker, close prompt). */
  setDocumentState(state: { name: string; dirty: boolean }): void;
  /** Menu and OS events (menu item ids of the action registry, files opened from the OS). */
  onCommand(listener: (command: HostCommand) => void): () => void;
}

export type HostCommand = { type: 'action'; action: string } | { type: 'open-file'; file: DesignFile };
