/**
 * Reading a design document: YAML text in, a validated `Design` out, with every problem
 * at once, each located by its document path (`services[1].placements[0]`) and
 * line:column. Never throws on bad input; the caller keeps its last good document.
 */
import YAML, { isMap, isNode, isPair, isScalar, isSeq, LineCounter, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { formatPath, type PathSegment } from './path.ts';
import { checkReferences } from './references.ts';
import { didYouMean } from './text.ts';
import { migrate } from './migrations.ts';
import { CURRENT_SCHEMA_VERSION, Design, DOCUMENT_LIMITS } from './schema.ts';

export type Severity = 'error' | 'warning';

/** One problem in a document, located where the user can find it. */
export interface DocumentProblem {
  /** Path into the document, `services[1].placements[0]`; empty for the whole file. */
  path: string;
  /** 1-based line, or 0 when the input has no lines to point at. */
  line: number;
  /** 1-based column, or 0. */
  column: number;
  message: string;
  severity: Severity;
}

export interface ParseResult {
  /** The validated design, or undefined when any error-level problem was found. */
  design?: Design;
  /** Errors and warnings, in document order. */
  problems: DocumentProblem[];
  /** The parsed YAML document (comments and key order), for lossless re-serialisation. */
  yaml?: Document.Parsed;
  /** The schemaVersion the file was written with, before migration. */
  sourceVersion?: number;
}

export { formatPath, type PathSegment };

/** Parse and validate a design. `text` is the file's content as decoded text. */
export function parseDesign(text: string): ParseResult {
  const problems: DocumentProblem[] = [];
  const whole = (message: string): ParseResult => ({
    problems: [{ path: '', line: 0, column: 0, message, severity: 'error' }],
  });

  if (text.length > DOCUMENT_LIMITS.maxFileBytes) {
    const mb = (text.length / 1024 / 1024).toFixed(1);
    return whole(
      `the file is ${mb} MB; a design may be at most ${DOCUMENT_LIMITS.maxFileBytes / 1024 / 1024} MB`,
    );
  }
  const binaryAt = findBinary(text);
  if (binaryAt !== -1) {
    const before = text.slice(0, binaryAt);
    const line = before.split('\n').length;
    const column = binaryAt - before.lastIndexOf('\n');
    return {
      problems: [
        { path: '', line, column, message: 'this is not a text file (binary data found); a design is a YAML text file', severity: 'error' },
      ],
    };
  }

  const lineCounter = new LineCounter();
  const doc = YAML.parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  for (const e of [...doc.errors, ...doc.warnings]) {
    if (e.code === 'DUPLICATE_KEY') {
      const dup = findDuplicateKey(doc.contents, e.pos[0]);
      if (dup) {
        const pos = lineCounter.linePos(dup.offset);
        problems.push({ path: formatPath(dup.path), line: pos.line, column: pos.col, message: `duplicate key "${dup.key}" (a key may appear once in a mapping)`, severity: 'error' });
        continue;
      }
    }
    const pos = lineCounter.linePos(e.pos[0]);
    problems.push({
      path: '',
      line: pos.line,
      column: pos.col,
      message: yamlMessage(e.code, e.message),
      severity: e.name === 'YAMLWarning' ? 'warning' : 'error',
    });
  }
  if (problems.some((p) => p.severity === 'error')) return { problems, yaml: doc };

  const locate = (path: readonly PathSegment[]): { line: number; column: number } => {
    const node = nodeAt(doc, path);
    if (!node?.range) return { line: 1, column: 1 };
    const pos = lineCounter.linePos(node.range[0]);
    return { line: pos.line, column: pos.col };
  };

  const deep = findTooDeep(doc.contents, [], 0);
  if (deep) {
    return {
      problems: [
        {
          path: formatPath(deep),
          ...locate(deep),
          message: `nesting is deeper than ${DOCUMENT_LIMITS.maxDepth} levels; a design is never this deep`,
          severity: 'error',
        },
      ],
      yaml: doc,
    };
  }

  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    return whole(`the YAML cannot be read: ${(err as Error).message}`);
  }
  if (raw === null || raw === undefined) {
    return whole(
      'the file holds no design (it is empty or only comments); a design needs at least `schemaVersion` and `name`',
    );
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return {
      problems: [
        {
          path: '',
          ...locate([]),
          message: `a design is a mapping of sections (schemaVersion, name, regions, …), not a ${Array.isArray(raw) ? 'list' : typeof raw}`,
          severity: 'error',
        },
      ],
      yaml: doc,
    };
  }

  const record = raw as Record<string, unknown>;
  const sourceVersion = typeof record.schemaVersion === 'number' ? record.schemaVersion : undefined;
  const migrated = migrate(record);
  if (!migrated.ok) {
    return {
      problems: [{ path: 'schemaVersion', ...locate(['schemaVersion']), message: migrated.message, severity: 'error' }],
      yaml: doc,
      sourceVersion,
    };
  }

  const validated = validateShape(migrated.value);
  for (const { segments, ...issue } of validated.problems) problems.push({ ...issue, ...locate(segments) });
  if (!validated.design) return { problems: sortProblems(problems), yaml: doc, sourceVersion };

  for (const ref of checkReferences(validated.design)) {
    problems.push({ path: formatPath(ref.path), ...locate(ref.path), message: ref.message, severity: ref.severity });
  }
  const hasError = problems.some((p) => p.severity === 'error');
  return {
    design: hasError ? undefined : validated.design,
    problems: sortProblems(problems),
    yaml: doc,
    sourceVersion,
  };
}

interface ShapeProblem extends Omit<DocumentProblem, 'line' | 'column'> {
  segments: PathSegment[];
}

/**
 * Validates the plain value against the schema. Unknown keys are reported as warnings
 * and left in the YAML (they survive a save); everything else is an error.
 */
export function validateShape(value: unknown): { design?: Design; problems: ShapeProblem[] } {
  const first = Design.safeParse(value, { reportInput: true });
  if (first.success) return { design: first.data, problems: [] };

  const problems: ShapeProblem[] = [];
  const unknownKeys: { parent: PathSegment[]; keys: string[] }[] = [];
  for (const issue of first.error.issues) {
    const segments = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as PathSegment[];
    if (issue.code === 'unrecognized_keys') {
      unknownKeys.push({ parent: segments, keys: issue.keys });
      for (const key of issue.keys) {
        problems.push({
          segments: [...segments, key],
          path: formatPath([...segments, key]),
          message: `unknown field "${key}" is ignored (kept in the file)${suggest(key)}`,
          severity: 'warning',
        });
      }
      continue;
    }
    problems.push({ segments, path: formatPath(segments), message: issueMessage(issue), severity: 'error' });
  }
  if (problems.some((p) => p.severity === 'error')) return { problems };

  // Only unknown keys: validate again without them to get the typed design.
  const stripped = clonePlain(value) as Record<string, unknown>;
  for (const { parent, keys } of unknownKeys) {
    const target = getAt(stripped, parent);
    if (target && typeof target === 'object') for (const k of keys) delete (target as Record<string, unknown>)[k];
  }
  const second = Design.safeParse(stripped, { reportInput: true });
  if (!second.success) {
    for (const issue of second.error.issues) {
      const segments = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as PathSegment[];
      problems.push({ segments, path: formatPath(segments), message: issueMessage(issue), severity: 'error' });
    }
    return { problems };
  }
  return { design: second.data, problems };
}

const KNOWN_FIELDS = [
  'schemaVersion', 'name', 'description', 'assumptions', 'ipam', 'regions', 'circuits', 'services', 'segments',
  'demands', 'scenarios', 'review', 'pricing', 'providerRegion', 'location', 'jurisdiction', 'reliability',
  'bandwidthMbps', 'latencyMs', 'encrypted', 'placements', 'topology', 'primary', 'replication', 'failover',
  'objectives', 'load', 'dependsOn', 'segment', 'rtoSeconds', 'rpoSeconds', 'availabilityPercent',
  'latencyP95Ms', 'healthCheckIntervalSeconds', 'failureThreshold', 'dnsTtlSeconds', 'promotionSeconds',
  'requestsPerSecond', 'egressGBPerMonth', 'writeMBps', 'intervalSeconds', 'mtbfHours', 'mttrHours',
];

function suggest(key: string): string {
  return didYouMean(key, KNOWN_FIELDS, true);
}

function issueMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `missing required field (expected ${issue.expected})`;
      const got = describeValue(issue.input);
      if (issue.expected === 'number' && typeof issue.input === 'number') {
        return `must be a finite number, got ${got}`;
      }
      return `expected ${issue.expected}, got ${got}`;
    }
    case 'invalid_value':
      if (issue.input === undefined) return `missing required field (one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')})`;
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'array') return issue.message.startsWith('Too small') ? `needs at least ${String(issue.minimum)} item(s)` : issue.message;
      return issue.message;
    case 'too_big':
      if (issue.origin === 'array') return `has too many items (at most ${String(issue.maximum)})`;
      return issue.message;
    default:
      return issue.message;
  }
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'number') return Number.isNaN(v) ? 'NaN' : String(v);
  if (typeof v === 'string') return v.length > 40 ? `a string "${v.slice(0, 37)}…"` : `"${v}"`;
  if (typeof v === 'object') return 'a mapping';
  return String(v);
}

function yamlMessage(code: string, message: string): string {
  if (message.includes('Maximum call stack')) {
    return `nesting is too deep to read; a design has at most ${DOCUMENT_LIMITS.maxDepth} levels`;
  }
  // Drop the "at line L, column C" suffix and the code frame: we report the position ourselves.
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return `duplicate key: ${first}`;
  return first;
}

function findBinary(text: string): number {
  const limit = Math.min(text.length, 65536);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) return i;
  }
  return -1;
}

/** The repeated key whose node starts at `offset` (where the YAML parser reports it). */
function findDuplicateKey(root: unknown, offset: number): { key: string; offset: number; path: PathSegment[] } | undefined {
  const stack: { node: unknown; path: PathSegment[] }[] = [{ node: root, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.range?.[0] === offset) {
          const key = String(pair.key.value);
          return { key, offset, path: [...path, key] };
        }
      }
      for (const pair of node.items) stack.push({ node: pair.value, path: [...path, isScalar(pair.key) ? String(pair.key.value) : '?'] });
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
    }
  }
  return undefined;
}

function findTooDeep(node: unknown, path: PathSegment[], depth: number): PathSegment[] | undefined {
  if (depth > DOCUMENT_LIMITS.maxDepth) return path;
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      const hit = findTooDeep(pair.value, [...path, key], depth + 1);
      if (hit) return hit;
    }
  } else if (isSeq(node)) {
    for (let i = 0; i < node.items.length; i++) {
      const hit = findTooDeep(node.items[i], [...path, i], depth + 1);
      if (hit) return hit;
    }
  }
  return undefined;
}

/** The deepest node that exists along `path` (the parent when a key is missing). */
export function nodeAt(doc: Document, path: readonly PathSegment[]): Node | undefined {
  let node: unknown = doc.contents;
  let last: Node | undefined = isNode(node) ? node : undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return last;
      // Point at the key for a value-less pair or an unknown key; at the value otherwise.
      node = pair.value ?? pair.key;
      if (node === null && isNode(pair.key)) return pair.key;
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg];
    } else {
      return last;
    }
    if (isNode(node)) last = node;
    else return last;
  }
  return last;
}

function clonePlain(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clonePlain);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clonePlain(x)]));
  }
  return v;
}

function getAt(root: unknown, path: readonly PathSegment[]): unknown {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

function sortProblems(problems: DocumentProblem[]): DocumentProblem[] {
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

export { CURRENT_SCHEMA_VERSION };
