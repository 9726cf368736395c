/**
 * The YAML text of the current design without blocking the UI thread: when the store's
 * text is out of date (it is written on demand), a worker writes it. Writing a 200-region
 * design takes ~100 ms, too long for a task on the UI thread when a draft is kept, the
 * design is saved or an export needs it.
 */
import * as Comlink from 'comlink';
import type { Design, DocumentProblem } from '../../core/model/index.ts';
import { yamlSnapshot } from '../store/studio.ts';
import type { CodeParseReply, YamlWriterApi } from './yamlWriter.worker.ts';

export type { CodeParseReply };

let worker: Comlink.Remote<YamlWriterApi> | undefined;

function writer(): Comlink.Remote<YamlWriterApi> {
  worker ??= Comlink.wrap<YamlWriterApi>(new Worker(new URL('./yamlWriter.worker.ts', import.meta.url), { type: 'module', name: 'netstudio-yaml-writer' }));
  return worker;
}

export function yamlTextOffThread(): Promise<string> {
  const snap = yamlSnapshot();
  if ('text' in snap) return Promise.resolve(snap.text);
  return writer().writeYaml(snap.base, snap.design);
}

/** Parses and validates a design file in the worker. */
export function parseDesignOffThread(text: string): Promise<{ design?: Design; problems: DocumentProblem[] }> {
  return writer().parse(text);
}

/**
 * Parses and validates text typed in Code in the worker (~230 ms for the 200-region sample,
 * too long for the UI thread); `version` numbers the requests so stale replies can be told.
 */
export function parseCodeOffThread(text: string, version: number): Promise<CodeParseReply> {
  return writer().parseCode(text, version);
}
