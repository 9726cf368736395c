/**
 * Parses text typed in Code (parseCode) and opened files (parse), and writes the YAML of a
 * design (drafts, Save, export), off the UI thread. It merges the design
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
/** The newest Code request seen: an older one still queued is answered `stale` unparsed. */
let latestCode = 0;

/** The reply to a Code request: the design when the text is a valid one, else its located problems. */
export interface CodeParseReply {
  version: number;
  stale?: true;
  design?: Design;
  problems: DocumentProblem[];
}

const api = {
  /** Parses and validates a design file (the UI thread keeps only the design). */
  parse(text: string): { design?: Design; problems: DocumentProblem[] } {
    const out = parseDesign(text);
    parsed = { base: text, doc: out.yaml };
    return { ...(out.design ? { design: out.design } : {}), problems: out.problems };
  },

  /**
   * Parses and validates text typed in Code. `version` increases with each request; a request
   * overtaken by a newer one before its parse starts is answered `stale` without parsing.
   */
  async parseCode(text: string, version: number): Promise<CodeParseReply> {
    latestCode = Math.max(latestCode, version);
    // Let requests already posted behind this one arrive first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (version < latestCode) return { version, stale: true, problems: [] };
    const out = parseDesign(text);
    parsed = { base: text, doc: out.yaml };
    return { version, ...(out.design && out.yaml ? { design: out.design } : {}), problems: out.problems };
  },

  /** The YAML of `design`, merged into the document `base` parses to. */
  writeYaml(base: string, design: Design): string {
    if (parsed?.base !== base) parsed = { base, doc: parseDesign(base).yaml };
    return syncYaml(design, parsed.doc?.clone()).yamlText;
  },
};

export type YamlWriterApi = typeof api;

Comlink.expose(api);
