/**
 * Writes the YAML of a design off the UI thread (drafts, Save, export). It merges the design
 * into a copy of the document parsed from the last text the store wrote, the document the
 * store would merge it into, so the text is the one Code shows. (A copy each time: merging
 * one design after another into the same document could leave traces the store's never has.)
 */
import * as Comlink from 'comlink';
import type { Document } from 'yaml';
import type { Design, DocumentProblem } from '../../core/model/index.ts';
import { parseDesign } from '../../core/model/index.ts';
import { syncYaml } from '../model/yamlSync.ts';

let parsed: { base: string; doc: Document | undefined } | undefined;

const api = {
  /** Parses and validates a design file (the UI thread keeps only the design). */
  parse(text: string): { design?: Design; problems: DocumentProblem[] } {
    const out = parseDesign(text);
    parsed = { base: text, doc: out.yaml };
    return { ...(out.design ? { design: out.design } : {}), problems: out.problems };
  },

  /** The YAML of `design`, merged into the document `base` parses to. */
  writeYaml(base: string, design: Design): string {
    if (parsed?.base !== base) parsed = { base, doc: parseDesign(base).yaml };
    return syncYaml(design, parsed.doc?.clone()).yamlText;
  },
};

export type YamlWriterApi = typeof api;

Comlink.expose(api);
