/** Opening, saving and the bundled samples, through the Host. */
import type { DesignFile } from '../../contracts/host.ts';
import { getHost } from '../host/index.ts';
import { loadParsedDocument, markSaved, newDocument, setStatus, useStudio } from '../store/studio.ts';
import { parseDesignOffThread, yamlTextOffThread } from '../worker/yamlWriter.ts';

const sampleLoaders = import.meta.glob('../../../samples/*.netstudio.yaml', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;

/** Sample names (file name without `.netstudio.yaml`), sorted. */
export const SAMPLE_NAMES: string[] = Object.keys(sampleLoaders)
  .map((p) => p.split('/').pop()!.replace(/\.netstudio\.yaml$/, ''))
  .sort();

export function sampleTitle(name: string): string {
  return name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export async function openSample(name: string): Promise<boolean> {
  const entry = Object.entries(sampleLoaders).find(([p]) => p.endsWith(`/${name}.netstudio.yaml`));
  if (!entry) {
    setStatus(`There is no sample called "${name}". Samples: ${SAMPLE_NAMES.join(', ')}.`, 'error');
    return false;
  }
  const text = await entry[1]();
  return openText(text, { name: `${name}.netstudio.yaml` });
}

let opening = 0;

/**
 * Loads text as the current document, or reports every problem when it is not a valid
 * design. The text is parsed in a worker; when another open starts meanwhile, that one wins
 * (and this one resolves false).
 */
export async function openText(text: string, file: Omit<DesignFile, 'text'>): Promise<boolean> {
  const info = { name: file.name, ...(file.path ? { path: file.path } : {}), ...(file.mtimeMs ? { mtimeMs: file.mtimeMs } : {}) };
  const mine = ++opening;
  const parsed = await parseDesignOffThread(text);
  if (mine !== opening) return false;
  const problems = parsed.design ? [] : parsed.problems;
  if (parsed.design) loadParsedDocument(text, info, parsed.design, parsed.problems);
  if (problems.length === 0) {
    setStatus(`Opened ${file.name}`);
    return true;
  }
  const errors = problems.filter((p) => p.severity === 'error');
  const first = errors[0] ?? problems[0]!;
  useStudio.setState({ openProblems: { name: file.name, problems: errors } });
  setStatus(
    `${file.name} was not opened: ${errors.length} problem${errors.length === 1 ? '' : 's'} (first: ${first.path || 'file'} ${first.line}:${first.column} ${first.message}). The current design is unchanged; see Problems.`,
    'error',
  );
  return false;
}

function confirmDiscard(): boolean {
  const s = useStudio.getState();
  return !s.dirty || window.confirm(`Discard the unsaved changes to ${s.file.name}?`);
}

export async function openFromHost(): Promise<void> {
  if (!confirmDiscard()) return;
  const file = await getHost().openDesign();
  if (file) await openText(file.text, file);
}

export async function openDroppedFile(file: File): Promise<void> {
  if (!confirmDiscard()) return;
  await openText(await file.text(), { name: file.name, mtimeMs: file.lastModified });
}

export function newDesign(): void {
  if (!confirmDiscard()) return;
  opening++;
  newDocument();
}

export async function saveDesign(as = false): Promise<void> {
  const s = useStudio.getState();
  const text = await yamlTextOffThread();
  const file: DesignFile = { name: s.file.name, text, ...(s.file.path ? { path: s.file.path } : {}), ...(s.file.mtimeMs ? { mtimeMs: s.file.mtimeMs } : {}) };
  const host = getHost();
  let result = as ? await host.saveDesignAs(file) : await host.saveDesign(file);
  if (result.status === 'conflict') {
    if (!window.confirm(`${file.name} changed on disk since it was opened. Overwrite it?`)) return;
    result = await host.saveDesign(file, { force: true });
  }
  if (result.status === 'saved') {
    markSaved({ name: result.name, ...(result.path ? { path: result.path } : {}), ...(result.mtimeMs ? { mtimeMs: result.mtimeMs } : {}) });
    setStatus(host.kind === 'browser' ? `Saved ${result.name} (downloaded)` : `Saved ${result.name}`);
    void host.discardDraft(s.draftId);
  } else if (result.status === 'error') setStatus(`Could not save: ${result.message}`, 'error');
}
