/**
 * Files on disk, owned by main. The renderer never names a path that main did not hand it:
 * a design opened through a dialog, Open Recent or the OS, or saved through Save As, is
 * *granted* to the window; Save to any other path is refused. Main remembers each granted
 * file's mtime and content hash at load, so Save answers `conflict` when someone else changed
 * the file in the meantime (the renderer then asks: reload / overwrite / save as).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import type { DesignFile, Draft, ExportFiles, ExportResult, SaveResult } from '../contracts/host.ts';
import { isSafeRelativePath, MAX_DESIGN_CHARS } from '../contracts/ipc.ts';
import { sweepStaleTemps, writeFileAtomic } from './atomic-write.ts';
import type { DraftStore } from './drafts.ts';
import type { RecentFiles } from './recent.ts';

export const DESIGN_EXTENSION = '.netstudio.yaml';

/** The dialogs the service needs; main wires Electron's `dialog` with the window as parent. */
export interface FileDialogs {
  showOpenDialog(options: {
    title?: string;
    properties: Array<'openFile' | 'openDirectory' | 'createDirectory'>;
    filters?: Array<{ name: string; extensions: string[] }>;
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: {
    title?: string;
    defaultPath?: string;
    filters?: Array<{ name: string; extensions: string[] }>;
  }): Promise<{ canceled: boolean; filePath?: string }>;
}

interface Known {
  mtimeMs: number | undefined;
  sha256: string | undefined;
}

const DESIGN_FILTERS = [
  { name: 'NetStudio design', extensions: ['netstudio.yaml', 'yaml', 'yml'] },
  { name: 'All files', extensions: ['*'] },
];

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function message(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'the file no longer exists';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  if (e?.code === 'ENOSPC') return 'the disk is full';
  if (e?.code === 'EROFS') return 'the disk is read-only';
  return e instanceof Error ? e.message : String(error);
}

/** `name` with the design extension, unless it already ends in .yaml or .yml. */
export function withDesignExtension(path: string): string {
  const ext = extname(path).toLowerCase();
  return ext === '.yaml' || ext === '.yml' ? path : `${path}${DESIGN_EXTENSION}`;
}

export class DocumentService {
  private readonly known = new Map<string, Known>();

  constructor(
    private readonly dialogs: FileDialogs,
    private readonly recent: RecentFiles,
    private readonly drafts: DraftStore,
  ) {}

  /** True when this window may save to `path` without a dialog. */
  isGranted(path: string): boolean {
    return this.known.has(path);
  }

  /** Read a design main chose (dialog, recent list, OS open-file, argv) and grant it. */
  async read(path: string): Promise<DesignFile> {
    const full = resolve(path);
    const info = await stat(full);
    if (!info.isFile()) throw new Error('not a file');
    if (info.size > MAX_DESIGN_CHARS) throw new Error(`the file is ${(info.size / 1048576).toFixed(1)} MB; a design may be at most 10 MB`);
    const bytes = await readFile(full);
    this.known.set(full, { mtimeMs: info.mtimeMs, sha256: sha256(bytes) });
    await this.recent.add(full).catch(() => undefined);
    await sweepStaleTemps(full).catch(() => 0);
    return { path: full, name: basename(full), text: bytes.toString('utf8'), mtimeMs: info.mtimeMs };
  }

  async openWithDialog(): Promise<DesignFile | undefined> {
    const choice = await this.dialogs.showOpenDialog({ title: 'Open design', properties: ['openFile'], filters: DESIGN_FILTERS });
    const path = choice.filePaths[0];
    if (choice.canceled || !path) return undefined;
    return this.read(path);
  }

  async openRecent(path: string): Promise<DesignFile | { error: string }> {
    if (!(await this.recent.has(path))) return { error: 'that file is not in the recent files list' };
    try {
      return await this.read(path);
    } catch (error) {
      return { error: message(error) };
    }
  }

  async save(file: DesignFile, force = false): Promise<SaveResult> {
    if (!file.path) return this.saveAs(file);
    const path = resolve(file.path);
    const known = this.known.get(path);
    if (!known) return { status: 'error', message: 'this window did not open that file; use Save As to choose where to save' };
    if (!force) {
      const disk = await stat(path).catch(() => undefined);
      if (disk && known.mtimeMs !== undefined && disk.mtimeMs !== known.mtimeMs) {
        // A touch or a sync tool rewriting identical bytes is not a conflict.
        const same = known.sha256 !== undefined && sha256(await readFile(path).catch(() => Buffer.alloc(0))) === known.sha256;
        if (!same) return { status: 'conflict', diskMtimeMs: disk.mtimeMs };
      }
    }
    return this.writeDesign(path, file.text);
  }

  async saveAs(file: DesignFile): Promise<SaveResult> {
    const defaultPath = file.path ? join(dirname(file.path), file.name) : file.name;
    const choice = await this.dialogs.showSaveDialog({ title: 'Save design as', defaultPath, filters: DESIGN_FILTERS });
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    // The OS dialog already asked about replacing an existing file.
    return this.writeDesign(resolve(withDesignExtension(choice.filePath)), file.text);
  }

  private async writeDesign(path: string, text: string): Promise<SaveResult> {
    try {
      const written = await writeFileAtomic(path, text);
      this.known.set(path, { mtimeMs: written.mtimeMs, sha256: sha256(Buffer.from(text, 'utf8')) });
      await this.recent.add(path).catch(() => undefined);
      return { status: 'saved', path, name: basename(path), mtimeMs: written.mtimeMs };
    } catch (error) {
      return { status: 'error', message: `could not save ${basename(path)}: ${message(error)}` };
    }
  }

  /** Ask for a folder, create `<folder>/<suggestedName>` (or `… 2`, `… 3`) and write every file in it. */
  async writeExport(files: ExportFiles, suggestedName: string): Promise<ExportResult> {
    const choice = await this.dialogs.showOpenDialog({
      title: `Export ${suggestedName} into folder`,
      properties: ['openDirectory', 'createDirectory'],
    });
    const parent = choice.filePaths[0];
    if (choice.canceled || !parent) return { status: 'cancelled' };
    if (!isSafeRelativePath(suggestedName)) return { status: 'error', message: 'unsafe export folder name' };
    try {
      let target = join(parent, suggestedName);
      for (let n = 2; await stat(target).then(() => true, () => false); n++) target = join(parent, `${suggestedName} ${n}`);
      await mkdir(target, { recursive: true });
      let count = 0;
      for (const [relative, content] of Object.entries(files)) {
        if (!isSafeRelativePath(relative)) throw new Error(`unsafe export file name ${relative}`);
        const full = resolve(target, ...relative.split('/'));
        if (!full.startsWith(target + sep)) throw new Error(`unsafe export file name ${relative}`);
        await mkdir(dirname(full), { recursive: true });
        await writeFileAtomic(full, content);
        count++;
      }
      return { status: 'written', folder: target, count };
    } catch (error) {
      return { status: 'error', message: message(error) };
    }
  }

  async saveDraft(draft: Draft): Promise<void> {
    // A draft keeps its file path only if this window may save there.
    const path = draft.path !== undefined ? resolve(draft.path) : undefined;
    const known = path !== undefined ? this.known.get(path) : undefined;
    const { path: _ignored, ...rest } = draft;
    await this.drafts.save(
      known && path ? { draft: { ...rest, path }, baseMtimeMs: known.mtimeMs } : { draft: { ...rest } },
    );
  }

  /** Drafts left by an earlier run; their files are granted again so Save works after restore. */
  async listDrafts(): Promise<Draft[]> {
    const stored = await this.drafts.list();
    for (const { draft, baseMtimeMs } of stored) {
      if (draft.path && !this.known.has(draft.path)) this.known.set(draft.path, { mtimeMs: baseMtimeMs, sha256: undefined });
    }
    return stored.map((s) => s.draft);
  }

  async discardDraft(id: string): Promise<void> {
    await this.drafts.discard(id);
  }
}
