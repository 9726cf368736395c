// Open, save, conflicts, Save As, exports and the recent list, on a real temp file system.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/main/atomic-write.ts';
import { DocumentService, withDesignExtension, type FileDialogs } from '../src/main/documents.ts';
import { DraftStore } from '../src/main/drafts.ts';
import { RecentFiles } from '../src/main/recent.ts';

function setup(answers: { open?: string[]; save?: string } = {}) {
  const home = mkdtempSync(join(tmpdir(), 'netstudio-files-'));
  const asked: string[] = [];
  const dialogs: FileDialogs = {
    showOpenDialog: async (o) => {
      asked.push(`open:${o.properties.join(',')}`);
      return answers.open ? { canceled: false, filePaths: answers.open } : { canceled: true, filePaths: [] };
    },
    showSaveDialog: async (o) => {
      asked.push(`save:${o.defaultPath}`);
      return answers.save ? { canceled: false, filePath: answers.save } : { canceled: true };
    },
  };
  const recent = new RecentFiles(join(home, 'userData', 'recent.json'));
  const docs = new DocumentService(dialogs, recent, new DraftStore(join(home, 'userData', 'drafts')));
  return { home, docs, recent, asked };
}

const later = (path: string, seconds: number) => {
  const t = statSync(path).mtime.getTime() / 1000 + seconds;
  utimesSync(path, t, t);
};

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the file mode, leaves no temp file and writes through symlinks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netstudio-atomic-'));
    const file = join(dir, 'a.netstudio.yaml');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    const link = join(dir, 'link.netstudio.yaml');
    symlinkSync(file, link);
    const result = await writeFileAtomic(link, 'new content');
    expect(readFileSync(file, 'utf8')).toBe('new content');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(result.size).toBe(11);
    expect(readdirSync(dir).sort()).toEqual(['a.netstudio.yaml', 'link.netstudio.yaml']);
  });
  it('a failed replace leaves the target untouched and removes its temp file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netstudio-fail-'));
    // The "file" is a non-empty folder: the rename over it fails on every OS.
    const target = join(dir, 'a.netstudio.yaml');
    mkdirSync(join(target, 'inside'), { recursive: true });
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['a.netstudio.yaml']);
    expect(readdirSync(target)).toEqual(['inside']);
  });
});

describe('DocumentService', () => {
  it('opens through the dialog, remembers the file and saves back to it', async () => {
    const { home, docs, recent } = setup();
    const path = join(home, 'hub.netstudio.yaml');
    writeFileSync(path, 'schemaVersion: 1\nname: Hub\n');
    const opened = await docs.read(path);
    expect(opened).toMatchObject({ path, name: 'hub.netstudio.yaml', text: 'schemaVersion: 1\nname: Hub\n' });
    const saved = await docs.save({ ...opened, text: 'schemaVersion: 1\nname: Hub 2\n' });
    expect(saved).toMatchObject({ status: 'saved', path, name: 'hub.netstudio.yaml' });
    expect(readFileSync(path, 'utf8')).toContain('Hub 2');
    expect((await recent.list()).map((r) => r.path)).toEqual([path]);
  });

  it('refuses to save to a path this window never opened (main owns paths)', async () => {
    const { home, docs } = setup();
    const victim = join(home, 'victim.txt');
    writeFileSync(victim, 'precious');
    const result = await docs.save({ path: victim, name: 'victim.txt', text: 'owned' });
    expect(result.status).toBe('error');
    expect(readFileSync(victim, 'utf8')).toBe('precious');
  });

  it('answers conflict when the file changed on disk, and overwrites only when forced', async () => {
    const { home, docs } = setup();
    const path = join(home, 'x.netstudio.yaml');
    writeFileSync(path, 'v1');
    const opened = await docs.read(path);
    writeFileSync(path, 'edited by a colleague');
    later(path, 5);
    const conflict = await docs.save({ ...opened, text: 'mine' });
    expect(conflict.status).toBe('conflict');
    expect(readFileSync(path, 'utf8')).toBe('edited by a colleague');
    const forced = await docs.save({ ...opened, text: 'mine' }, true);
    expect(forced.status).toBe('saved');
    expect(readFileSync(path, 'utf8')).toBe('mine');
    // After our own save, the next save is not a conflict.
    expect((await docs.save({ ...opened, text: 'mine again' })).status).toBe('saved');
  });

  it('a file touched but unchanged is not a conflict', async () => {
    const { home, docs } = setup();
    const path = join(home, 'x.netstudio.yaml');
    writeFileSync(path, 'same');
    const opened = await docs.read(path);
    later(path, 10);
    expect((await docs.save({ ...opened, text: 'next' })).status).toBe('saved');
  });

  it('Save As asks where, adds the extension and grants the new file', async () => {
    const { home, docs, asked } = setup({ save: '' });
    const target = join(home, 'copy');
    const withAnswer = setup({ save: target });
    const result = await withAnswer.docs.saveAs({ name: 'hub.netstudio.yaml', text: 'abc' });
    expect(result).toMatchObject({ status: 'saved', path: `${target}.netstudio.yaml`, name: 'copy.netstudio.yaml' });
    expect(withAnswer.docs.isGranted(`${target}.netstudio.yaml`)).toBe(true);
    expect(await docs.saveAs({ name: 'a.netstudio.yaml', text: 'x' })).toEqual({ status: 'cancelled' });
    expect(asked).toEqual(['save:a.netstudio.yaml']);
    // A new design (no path) saved with Save goes through Save As.
    expect((await docs.save({ name: 'new.netstudio.yaml', text: 'x' })).status).toBe('cancelled');
    expect(existsSync(join(home, 'new.netstudio.yaml'))).toBe(false);
  });

  it('keeps .yaml and .yml names as typed', () => {
    expect(withDesignExtension('/a/b.yaml')).toBe('/a/b.yaml');
    expect(withDesignExtension('/a/b.YML')).toBe('/a/b.YML');
    expect(withDesignExtension('/a/b')).toBe('/a/b.netstudio.yaml');
  });

  it('Open Recent opens only files from the recent list', async () => {
    const { home, docs } = setup();
    const path = join(home, 'r.netstudio.yaml');
    writeFileSync(path, 'x');
    expect(await docs.openRecent(path)).toEqual({ error: 'that file is not in the recent files list' });
    await docs.read(path);
    expect(await docs.openRecent(path)).toMatchObject({ path, text: 'x' });
    expect(await docs.openRecent('/etc/passwd')).toHaveProperty('error');
  });

  it('writes an export into a new folder inside the chosen one, never over an existing one', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'netstudio-export-'));
    const { docs } = setup({ open: [parent] });
    const files = { 'main.tf': 'terraform {}\n', 'modules/vpc/main.tf': 'resource "x" "y" {}\n', 'diagram.png': new Uint8Array([137, 80, 78, 71]) };
    const first = await docs.writeExport(files, 'dual-terraform');
    expect(first).toEqual({ status: 'written', folder: join(parent, 'dual-terraform'), count: 3 });
    expect(readFileSync(join(parent, 'dual-terraform/modules/vpc/main.tf'), 'utf8')).toContain('resource');
    expect([...readFileSync(join(parent, 'dual-terraform/diagram.png'))]).toEqual([137, 80, 78, 71]);
    const second = await docs.writeExport(files, 'dual-terraform');
    expect(second).toMatchObject({ status: 'written', folder: join(parent, 'dual-terraform 2') });
  });

  it('an export with an unsafe name that slipped past IPC is still refused', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'netstudio-export-'));
    const { docs } = setup({ open: [parent] });
    const result = await docs.writeExport({ '../escape.txt': 'x' }, 'out');
    expect(result.status).toBe('error');
    expect(existsSync(join(parent, 'escape.txt'))).toBe(false);
  });

  it('a cancelled export dialog writes nothing', async () => {
    const { docs } = setup();
    expect(await docs.writeExport({ 'a.tf': 'x' }, 'out')).toEqual({ status: 'cancelled' });
  });

  it('a draft keeps its file path only when the window may save there', async () => {
    const { home, docs } = setup();
    await docs.saveDraft({ id: 'd1', path: '/etc/passwd', name: 'passwd', text: 'x', savedAtMs: 1 });
    const [draft] = await docs.listDrafts();
    expect(draft!.path).toBeUndefined();
    expect(docs.isGranted('/etc/passwd')).toBe(false);
    expect(existsSync(join(home, 'userData', 'drafts', 'd1.json'))).toBe(true);
  });
});

describe('RecentFiles', () => {
  it('keeps the ten most recent, newest first, without duplicates, and survives a damaged file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netstudio-recent-'));
    let t = 0;
    const recent = new RecentFiles(join(dir, 'recent.json'), () => ++t);
    const paths = Array.from({ length: 12 }, (_, i) => join(dir, `d${i}.netstudio.yaml`));
    for (const p of paths) writeFileSync(p, 'x');
    for (const p of paths) await recent.add(p);
    await recent.add(paths[5]!);
    const list = await recent.list();
    expect(list).toHaveLength(10);
    expect(list[0]!.path).toBe(paths[5]);
    expect(new Set(list.map((r) => r.path)).size).toBe(10);
    writeFileSync(join(dir, 'recent.json'), '{ not json');
    expect(await new RecentFiles(join(dir, 'recent.json')).list()).toEqual([]);
  });
});
