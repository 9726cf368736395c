/**
 * Unsaved edits, kept in the app's data folder so a crash loses at most the last two
 * seconds of work. One JSON file per editing session, replaced atomically. Drafts left from
 * an earlier run mean that run did not close cleanly: the renderer offers to restore them.
 */
import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Draft } from '../contracts/host.ts';
import { IPC_SCHEMAS } from '../contracts/ipc.ts';

const { DraftId, DraftSchema } = IPC_SCHEMAS;
import { writeFileAtomic } from './atomic-write.ts';

/** A draft as stored: the renderer's draft plus what main knew about the file it came from. */
export interface StoredDraft {
  draft: Draft;
  /** mtime of `draft.path` when it was loaded, so a restored draft still detects conflicts. */
  baseMtimeMs?: number;
}

export class DraftStore {
  /** Drafts written by this run; a clean close removes exactly these. */
  private readonly sessionIds = new Set<string>();

  constructor(readonly dir: string) {}

  private fileFor(id: string): string {
    // The IPC layer validated the id already; check again because this builds a path.
    const ok = DraftId.safeParse(id);
    if (!ok.success) throw new Error('invalid draft id');
    return join(this.dir, `${id}.json`);
  }

  async save(stored: StoredDraft): Promise<void> {
    const file = this.fileFor(stored.draft.id);
    await mkdir(this.dir, { recursive: true });
    await writeFileAtomic(file, JSON.stringify({ format: 'netstudio-draft', version: 1, ...stored }));
    this.sessionIds.add(stored.draft.id);
  }

  /** Every readable draft, newest first. Unreadable files are skipped, never thrown. */
  async list(): Promise<StoredDraft[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const out: StoredDraft[] = [];
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      try {
        const raw = JSON.parse(await readFile(join(this.dir, name), 'utf8')) as { draft?: unknown; baseMtimeMs?: unknown };
        const draft = DraftSchema.safeParse(raw.draft);
        if (!draft.success || `${draft.data.id}.json` !== name) continue;
        const stored: StoredDraft = { draft: draft.data };
        if (typeof raw.baseMtimeMs === 'number' && Number.isFinite(raw.baseMtimeMs)) stored.baseMtimeMs = raw.baseMtimeMs;
        out.push(stored);
      } catch {
        // A draft from a future version or a damaged disk: leave it for the user, do not crash.
      }
    }
    return out.sort((a, b) => b.draft.savedAtMs - a.draft.savedAtMs);
  }

  async discard(id: string): Promise<void> {
    await unlink(this.fileFor(id)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    this.sessionIds.delete(id);
  }

  /** Called on a clean close: the user saved or chose to discard, so the drafts are done. */
  async discardSession(): Promise<void> {
    for (const id of [...this.sessionIds]) await this.discard(id);
  }
}
