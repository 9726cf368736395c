/** The Open Recent list: the last ten designs, most recent first, stored atomically. */
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute } from 'node:path';
import type { RecentFile } from '../contracts/host.ts';
import { writeFileAtomic } from './atomic-write.ts';

export const MAX_RECENT = 10;

export class RecentFiles {
  private entries: RecentFile[] | undefined;

  constructor(
    readonly file: string,
    private readonly now: () => number = Date.now,
  ) {}

  private async load(): Promise<RecentFile[]> {
    if (this.entries) return this.entries;
    try {
      const raw: unknown = JSON.parse(await readFile(this.file, 'utf8'));
      this.entries = Array.isArray(raw)
        ? raw.filter(
            (e): e is RecentFile =>
              typeof e === 'object' && e !== null && typeof e.path === 'string' && isAbsolute(e.path) && typeof e.openedAtMs === 'number',
          )
        : [];
    } catch {
      this.entries = [];
    }
    return this.entries;
  }

  /** Entries whose file still exists. */
  async list(): Promise<RecentFile[]> {
    return (await this.load()).filter((e) => existsSync(e.path)).map((e) => ({ ...e, name: basename(e.path) }));
  }

  async has(path: string): Promise<boolean> {
    return (await this.load()).some((e) => e.path === path);
  }

  async add(path: string): Promise<void> {
    const rest = (await this.load()).filter((e) => e.path !== path);
    this.entries = [{ path, name: basename(path), openedAtMs: this.now() }, ...rest].slice(0, MAX_RECENT);
    await mkdir(dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify(this.entries, null, 2));
  }

  async clear(): Promise<void> {
    this.entries = [];
    await mkdir(dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, '[]');
  }
}
