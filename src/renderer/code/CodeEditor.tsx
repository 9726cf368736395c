/**
 * The Code view: the design's YAML in Monaco, validated and completed from the JSON Schema
 * by monaco-yaml. Loaded lazily (this module and Monaco are their own chunks).
 *
 * Sync without cursor jumps: a canvas edit replaces only the changed span of text (common
 * prefix and suffix kept), so the cursor and scroll position stay put; typing is parsed after
 * a short pause, and while the text is invalid the canvas keeps the last good design.
 *
 * Typed text is parsed and validated in the YAML worker (a 200-region design takes ~230 ms,
 * more than the UI thread's 50 ms budget). Each request is numbered; a reply is applied only
 * when it answers the newest request, the text has not changed since it was sent and the
 * design has not changed meanwhile (an undo, a canvas edit): else a newer request follows,
 * or the text follows the design.
 */
import { useEffect, useRef } from 'react';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/languages/definitions/yaml/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import YamlWorker from 'monaco-yaml/yaml.worker?worker';
import { configureMonacoYaml } from 'monaco-yaml';
import { applyParsedCodeText, codeTextIsCurrent, getYamlText, useStudio } from '../store/studio.ts';
import { parseCodeOffThread, yamlTextOffThread } from '../worker/yamlWriter.ts';

const schemaModules = import.meta.glob('../../../resources/schema/netstudio.schema.json', { import: 'default' }) as Record<string, () => Promise<unknown>>;

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
    /** For end-to-end tests: Monaco's input is not a textarea, so tests read the model. */
    __netstudioCode?: { getValue(): string; setValue(text: string): void; setCursor(offset: number): void };
  }
}

window.MonacoEnvironment = {
  getWorker(_id, label) {
    return label === 'yaml' ? new YamlWorker() : new EditorWorker();
  },
};

let yamlConfigured: Promise<void> | undefined;
function configureYaml(): Promise<void> {
  yamlConfigured ??= (async () => {
    const loader = Object.values(schemaModules)[0];
    const schema = loader ? ((await loader()) as object) : undefined;
    configureMonacoYaml(monaco, {
      enableSchemaRequest: false,
      validate: true,
      completion: true,
      hover: true,
      schemas: schema ? [{ uri: 'https://netstudio.local/netstudio.schema.json', fileMatch: ['*.netstudio.yaml'], schema: schema as never }] : [],
    });
  })();
  return yamlConfigured;
}

/** The number of the newest Code parse request (module-wide: a remounted editor goes on counting). */
let codeRequest = 0;

/**
 * Sends the text to the worker and applies the reply when it is still current: it answers
 * the newest request, the design is the one the text was typed over, and `textUnchanged()`.
 */
function submitCodeText(text: string, textUnchanged: () => boolean, editorClosed: () => boolean): void {
  if (codeTextIsCurrent(text)) {
    codeRequest++; // an older request in flight is overtaken by this text
    return;
  }
  const version = ++codeRequest;
  const design = useStudio.getState().design;
  void parseCodeOffThread(text, version).then((reply) => {
    if (reply.stale || version !== codeRequest || useStudio.getState().design !== design || !textUnchanged()) return;
    applyParsedCodeText(text, reply);
    // Text flushed as the editor closed: an editor opened since shows the text it started
    // with, so bring it along as after any model edit.
    if (editorClosed()) useStudio.setState((s) => ({ yamlRevision: s.yamlRevision + 1 }));
  });
}

/** Replaces only what differs between the model's text and `next`. */
function applyMinimalEdit(model: monaco.editor.ITextModel, next: string): void {
  const prev = model.getValue();
  if (prev === next) return;
  let start = 0;
  const max = Math.min(prev.length, next.length);
  while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev.charCodeAt(endPrev - 1) === next.charCodeAt(endNext - 1)) {
    endPrev--;
    endNext--;
  }
  const a = model.getPositionAt(start);
  const b = model.getPositionAt(endPrev);
  model.pushEditOperations([], [{ range: new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column), text: next.slice(start, endNext) }], () => null);
}

export default function CodeEditor() {
  const host = useRef<HTMLDivElement>(null);
  const revision = useStudio((s) => s.yamlRevision);
  const version = useStudio((s) => s.yamlVersion);
  const problems = useStudio((s) => s.codeProblems);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | undefined>(undefined);
  const applying = useRef(false);

  useEffect(() => {
    if (!host.current) return;
    void configureYaml();
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const uri = monaco.Uri.parse('file:///design.netstudio.yaml');
    const text = getYamlText();
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(text, 'yaml', uri);
    model.setValue(text);
    const editor = monaco.editor.create(host.current, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      tabSize: 2,
      scrollBeyondLastLine: false,
      theme: dark.matches ? 'vs-dark' : 'vs',
      ariaLabel: 'Design YAML',
    });
    editorRef.current = editor;
    const onTheme = () => monaco.editor.setTheme(dark.matches ? 'vs-dark' : 'vs');
    dark.addEventListener('change', onTheme);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let disposed = false;
    const submit = () => {
      timer = undefined;
      const modelVersion = model.getAlternativeVersionId();
      // After the editor closes (switching tab), nobody can type into this text any more.
      submitCodeText(
        model.getValue(),
        () => disposed || model.getAlternativeVersionId() === modelVersion,
        () => disposed,
      );
    };
    const sub = model.onDidChangeContent(() => {
      if (applying.current) return;
      // Typing overtakes a parse in flight: its reply would be for older text.
      codeRequest++;
      if (timer) clearTimeout(timer);
      timer = setTimeout(submit, 300);
    });
    window.__netstudioCode = {
      getValue: () => model.getValue(),
      setValue: (text) => {
        model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
      },
      /** Puts the cursor at a character offset and focuses the editor, for typing with the keyboard. */
      setCursor: (offset) => {
        const at = model.getPositionAt(offset);
        editor.setPosition(at);
        editor.revealPositionInCenter(at);
        editor.focus();
      },
    };
    return () => {
      disposed = true;
      if (timer) {
        clearTimeout(timer);
        submit();
      }
      sub.dispose();
      dark.removeEventListener('change', onTheme);
      editor.dispose();
      editorRef.current = undefined;
      delete window.__netstudioCode;
    };
  }, []);

  // A model edit (canvas, inspector, undo): bring the text along, keeping the cursor. The
  // text is written off the UI thread (a large design's YAML takes ~100 ms); if the user
  // typed meanwhile, their text wins and goes through the worker's parse as usual.
  useEffect(() => {
    let live = true;
    const version = editorRef.current?.getModel()?.getAlternativeVersionId();
    void yamlTextOffThread().then((text) => {
      const model = editorRef.current?.getModel();
      if (!live || !model || model.getAlternativeVersionId() !== version) return;
      applying.current = true;
      try {
        applyMinimalEdit(model, text);
      } finally {
        applying.current = false;
      }
    });
    return () => {
      live = false;
    };
  }, [revision]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'netstudio',
      problems.map((p) => ({
        severity: p.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        message: p.path ? `${p.path}: ${p.message}` : p.message,
        startLineNumber: Math.max(1, p.line),
        startColumn: Math.max(1, p.column),
        endLineNumber: Math.max(1, p.line),
        endColumn: model.getLineMaxColumn(Math.min(model.getLineCount(), Math.max(1, p.line))),
      })),
    );
  }, [problems, version]);

  return (
    <div className="ns-code">
      {problems.length ? (
        <div className="ns-code-status ns-error" role="status">
          The YAML has {problems.length} error{problems.length === 1 ? '' : 's'}; the canvas shows the last valid design. First: line {problems[0]!.line}: {problems[0]!.message}
        </div>
      ) : null}
      <div ref={host} className="ns-monaco nokey" data-testid="code-editor" />
    </div>
  );
}
