/**
 * The Export tab: pick a format, see the generated file tree, preview a file read-only in
 * Monaco, and write the files through the host (a folder in the desktop app, downloads in a
 * browser). Files are generated in the export worker when the tab is open and the design
 * or format changes, so typing elsewhere never waits for them.
 */
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { getHost } from '../host/index.ts';
import { setStatus, useStudio } from '../store/studio.ts';
import { yamlTextOffThread } from '../worker/yamlWriter.ts';
import { generateExport } from './exportClient.ts';
import { useExportState } from './exportState.ts';
import { EXPORT_FORMATS, fileStem, previewLanguage, type ExportFormatId, type GenerateResult } from './formats.ts';
import './export.css';

const ExportPreview = lazy(() => import('./ExportPreview.tsx'));

type Generation = { status: 'running'; format: ExportFormatId } | { status: 'done'; format: ExportFormatId; result: GenerateResult };

function useGeneration(format: ExportFormatId): Generation {
  const design = useStudio((s) => s.design);
  const layout = useStudio((s) => s.layout);
  const [gen, setGen] = useState<Generation>({ status: 'running', format });
  useEffect(() => {
    setGen((g) => (g.status === 'running' && g.format === format ? g : { status: 'running', format }));
    let job: ReturnType<typeof generateExport> | undefined;
    let live = true;
    // A short pause so a burst of edits asks for one generation.
    const timer = setTimeout(() => {
      void yamlTextOffThread().then((yamlText) => {
        if (!live) return;
        const s = useStudio.getState();
        job = generateExport({
          design,
          format,
          layout,
          baseName: fileStem(s.file.name),
          yamlText,
          generatedAt: new Date().toISOString(),
          sourceName: s.file.name,
        });
        job.promise.then(
          (result) => setGen({ status: 'done', format, result }),
          (e: unknown) => {
            if ((e as Error).message !== 'cancelled') setGen({ status: 'done', format, result: { ok: false, message: `The export failed: ${(e as Error).message}` } });
          },
        );
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
      job?.cancel();
    };
  }, [design, layout, format]);
  return gen;
}

function formatBytes(n: number): string {
  return n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export default function ExportPanel() {
  const format = useExportState((s) => s.format);
  const fileName = useStudio((s) => s.file.name);
  const gen = useGeneration(format);
  const [selected, setSelected] = useState<string>();
  const [writing, setWriting] = useState(false);
  const files = gen.status === 'done' && gen.result.ok ? gen.result.files : undefined;
  const paths = useMemo(() => (files ? Object.keys(files) : []), [files]);
  const sizes = useMemo(() => {
    const encoder = new TextEncoder();
    return new Map(Object.entries(files ?? {}).map(([p, text]) => [p, encoder.encode(text).length]));
  }, [files]);
  const current = selected && files && selected in files ? selected : paths[0];
  const spec = EXPORT_FORMATS.find((f) => f.id === format)!;

  const write = async () => {
    if (!files) return;
    setWriting(true);
    try {
      const result = await getHost().writeExport(files, `${fileStem(fileName)}-${format}`);
      if (result.status === 'written') setStatus(`Wrote ${result.count} file${result.count === 1 ? '' : 's'} to ${result.folder}`);
      else if (result.status === 'error') setStatus(`Could not write the export: ${result.message}`, 'error');
    } finally {
      setWriting(false);
    }
  };

  return (
    <div className="ns-export">
      <div className="ns-export-bar">
        <label>
          Format{' '}
          <select aria-label="Export format" value={format} onChange={(e) => useExportState.setState({ format: e.target.value as ExportFormatId })}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <span className="ns-hint">{spec.hint}</span>
        <span className="ns-export-spacer" />
        <span aria-live="polite" className="ns-hint">
          {gen.status === 'running' ? 'Generating…' : gen.result.ok ? `${paths.length} file${paths.length === 1 ? '' : 's'} in ${gen.result.durationMs.toFixed(0)} ms` : ''}
        </span>
        <button type="button" onClick={() => void write()} disabled={!files || writing}>
          {getHost().kind === 'electron' ? 'Write files…' : 'Write files… (download)'}
        </button>
      </div>
      {gen.status === 'done' && !gen.result.ok ? (
        <p role="alert" className="ns-export-error">
          {gen.result.message}
        </p>
      ) : null}
      {gen.status === 'done' && gen.result.ok && gen.result.notes.length ? (
        <ul className="ns-export-notes">
          {gen.result.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      {files ? (
        <div className="ns-export-body">
          <ul role="listbox" aria-label="Exported files" className="ns-export-files">
            {paths.map((p) => (
              <li
                key={p}
                role="option"
                aria-selected={p === current}
                tabIndex={0}
                onClick={() => setSelected(p)}
                onKeyDown={(e) => {
                  const i = paths.indexOf(p);
                  if (e.key === 'ArrowDown' && i < paths.length - 1) {
                    e.preventDefault();
                    setSelected(paths[i + 1]);
                    (e.currentTarget.nextElementSibling as HTMLElement | null)?.focus();
                  } else if (e.key === 'ArrowUp' && i > 0) {
                    e.preventDefault();
                    setSelected(paths[i - 1]);
                    (e.currentTarget.previousElementSibling as HTMLElement | null)?.focus();
                  }
                }}
                title={p}
              >
                <span className="ns-export-path">{p}</span>
                <span className="ns-hint">{formatBytes(sizes.get(p) ?? 0)}</span>
              </li>
            ))}
          </ul>
          {current ? (
            <Suspense fallback={<p className="ns-hint">Loading the preview…</p>}>
              <ExportPreview path={current} text={files[current]!} language={previewLanguage(current)} />
            </Suspense>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
