/**
 * Read-only Monaco preview of one exported file. Loaded lazily (this module and Monaco are
 * their own chunks), with only the languages the exports need registered.
 */
import { useEffect, useRef } from 'react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/hcl/register';
import 'monaco-editor/languages/definitions/yaml/register';
import 'monaco-editor/languages/definitions/xml/register';
import 'monaco-editor/languages/definitions/html/register';
import 'monaco-editor/languages/definitions/markdown/register';
import 'monaco-editor/languages/definitions/ini/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

declare global {
  interface Window {
    /** For end-to-end tests: the text and language of the export preview. */
    __netstudioExportPreview?: { getValue(): string; language(): string };
  }
}

// The Code tab sets a MonacoEnvironment that also serves YAML validation; keep it when present.
window.MonacoEnvironment ??= { getWorker: () => new EditorWorker() };

let previewCount = 0;

export default function ExportPreview({ path, text, language }: { path: string; text: string; language: string }) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | undefined>(undefined);

  useEffect(() => {
    if (!host.current) return;
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const editor = monaco.editor.create(host.current, {
      model: null,
      readOnly: true,
      domReadOnly: true,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 12,
      scrollBeyondLastLine: false,
      wordWrap: 'off',
      theme: dark.matches ? 'vs-dark' : 'vs',
      ariaLabel: 'Export preview',
    });
    editorRef.current = editor;
    const onTheme = () => monaco.editor.setTheme(dark.matches ? 'vs-dark' : 'vs');
    dark.addEventListener('change', onTheme);
    return () => {
      dark.removeEventListener('change', onTheme);
      editor.getModel()?.dispose();
      editor.dispose();
      editorRef.current = undefined;
      delete window.__netstudioExportPreview;
    };
  }, []);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const old = editor.getModel();
    // An in-memory model per preview; the path keeps Monaco's URI unique and readable.
    const model = monaco.editor.createModel(text, language, monaco.Uri.parse(`inmemory://export/${++previewCount}/${encodeURIComponent(path)}`));
    editor.setModel(model);
    old?.dispose();
    window.__netstudioExportPreview = { getValue: () => model.getValue(), language: () => model.getLanguageId() };
  }, [path, text, language]);

  return <div ref={host} className="ns-export-monaco nokey" data-testid="export-preview" aria-label={`Preview of ${path}`} />;
}
