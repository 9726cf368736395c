/**
 * Atomic file replacement: the target always holds either the old or the new content,
 * whatever moment the process dies or the power goes. The new bytes go to a temporary file
 * in the same folder (same file system, so rename is atomic), are fsynced, renamed over the
 * target, and the folder is fsynced so the rename itself is durable. Then the file is read
 * back and compared. Imports only Node built-ins (test/desktop-crash.test.ts runs it in a
 * child process that it kills).
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP_SUFFIX = '.netstudio-tmp';

export interface AtomicWriteResult {
  /** The file's modification time after the write, ms since epoch. */
  mtimeMs: number;
  size: number;
}

export class VerifyError extends Error {}

function tempNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

async function fsyncDirectory(dir: string): Promise<void> {
  // Windows cannot open a folder for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  // On Windows a virus scanner or indexer briefly holding the target makes rename fail.
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= 5 || !(code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')) throw error;
      await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
    }
  }
}

/** Write `data` to `target` atomically and durably, then read it back and compare. */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<AtomicWriteResult> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // Write through a symlink to the file it points at, instead of replacing the link.
  let real = target;
  let mode = 0o644;
  try {
    real = await realpath(target);
    mode = (await stat(real)).mode & 0o777;
  } catch {
    // A new file: keep the default mode.
  }
  const temp = tempNameFor(real);
  const handle = await open(temp, 'wx', mode);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, real);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncDirectory(dirname(real));
  const back = await readFile(real);
  if (!back.equals(bytes)) {
    throw new VerifyError(`${basename(real)} did not read back as written (read ${back.length} bytes, wrote ${bytes.length})`);
  }
  const after = await stat(real);
  return { mtimeMs: after.mtimeMs, size: after.size };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove temporary files that a killed writer left beside `target` (their writer's pid is
 * gone). Returns how many were removed. A live writer's temp file is left alone.
 */
export async function sweepStaleTemps(target: string): Promise<number> {
  const dir = dirname(target);
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMP_SUFFIX)) continue;
    const pid = Number(name.slice(prefix.length).split('.')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isAlive(pid)) continue;
    await unlink(join(dir, name)).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}
