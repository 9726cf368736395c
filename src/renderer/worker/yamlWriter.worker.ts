/**
 * Writes the YAML of a design off the UI thread (for drafts). It keeps the document parsed
 * from the last text the store wrote and merges each design into it, as the store does
 * with its own document, so the text is the one Code and Save would produce.
 */
import * as Comlink from 'comlink';
import type { Document } from 'yaml';
import type { Design } from '../../core/model/index.ts';
import { parseDesign } from '../../core/model/index.ts';
import { syncYaml } from '../model/yamlSync.ts';

let cached: { base: string; doc: Document | undefined } | undefined;

const api = {
  /** The YAML of `design`, merged into the document `base` parses to. */
  writeYaml(base: string, design: Design): string {
    if (cached?.base !== base) cached = { base, doc: parseDesign(base).yaml };
    const out = syncYaml(design, cached.doc);
    cached.doc = out.yamlDoc;
    return out.yamlText;
  },
};

export type YamlWriterApi = typeof api;

Comlink.expose(api);
