/**
 * A tiny HCL writer. Exporters build blocks as data; only this file turns them into text,
 * so every string goes through hclString and the layout matches `terraform fmt`
 * (two-space indent, `=` aligned across consecutive one-line arguments).
 */
import { commentText, hclString } from './escape.ts';

/** A raw HCL expression written by the exporter (a reference, a function call), never user text. */
export class Expr {
  constructor(readonly code: string) {}
}

/** Shorthand for a raw expression. */
export const expr = (code: string): Expr => new Expr(code);

export type HclValue = string | number | boolean | Expr | HclValue[] | { [key: string]: HclValue };

export interface HclBlock {
  kind: 'block';
  type: string;
  labels: string[];
  body: HclItem[];
}

export type HclItem = { kind: 'attr'; name: string; value: HclValue } | HclBlock | { kind: 'comment'; text: string } | { kind: 'blank' };

export const block = (type: string, labels: string[], body: HclItem[]): HclBlock => ({ kind: 'block', type, labels, body });
export const attr = (name: string, value: HclValue): HclItem => ({ kind: 'attr', name, value });
export const comment = (text: string): HclItem => ({ kind: 'comment', text });
export const blank: HclItem = { kind: 'blank' };

/** Attributes whose value is undefined are dropped: `attrs({ a: 1, b: undefined })`. */
export function attrs(values: Record<string, HclValue | undefined>): HclItem[] {
  return Object.entries(values)
    .filter((e): e is [string, HclValue] => e[1] !== undefined)
    .map(([k, v]) => attr(k, v));
}

function renderValue(v: HclValue, indent: string): string {
  if (v instanceof Expr) return v.code;
  if (typeof v === 'string') return hclString(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '0';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    const parts = v.map((x) => renderValue(x, indent + '  '));
    const oneLine = `[${parts.join(', ')}]`;
    if (oneLine.length <= 100 && !oneLine.includes('\n')) return oneLine;
    return `[\n${parts.map((p) => `${indent}  ${p},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(v);
  if (entries.length === 0) return '{}';
  const keys = entries.map(([k]) => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : hclString(k)));
  const width = Math.max(...keys.map((k) => k.length));
  const lines = entries.map(([, val], i) => `${indent}  ${keys[i]!.padEnd(width)} = ${renderValue(val, indent + '  ')}`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function renderItems(items: HclItem[], indent: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < items.length) {
    const item = items[i]!;
    if (item.kind === 'attr') {
      // A run of consecutive arguments shares one `=` column, as terraform fmt does.
      let j = i;
      while (j < items.length && items[j]!.kind === 'attr') j++;
      const run = (items.slice(i, j) as { kind: 'attr'; name: string; value: HclValue }[]).map((a) => ({
        name: a.name,
        text: renderValue(a.value, indent),
      }));
      // A multi-line value ends an alignment group and is not padded itself.
      let k = 0;
      while (k < run.length) {
        let m = k;
        while (m < run.length && !run[m]!.text.includes('\n')) m++;
        const group = run.slice(k, m);
        const width = Math.max(0, ...group.map((a) => a.name.length));
        for (const a of group) out.push(`${indent}${a.name.padEnd(width)} = ${a.text}`);
        if (m < run.length) out.push(`${indent}${run[m]!.name} = ${run[m]!.text}`);
        k = m + 1;
      }
      i = j;
      continue;
    }
    if (item.kind === 'comment') out.push(`${indent}# ${commentText(item.text)}`.trimEnd());
    else if (item.kind === 'blank') out.push('');
    else out.push(...renderBlock(item, indent));
    i++;
  }
  return out;
}

function renderBlock(b: HclBlock, indent: string): string[] {
  const head = [b.type, ...b.labels.map((l) => hclString(l))].join(' ');
  if (b.body.length === 0) return [`${indent}${head} {}`];
  // terraform fmt puts a blank line between arguments and a following nested block.
  const body: HclItem[] = [];
  b.body.forEach((item, idx) => {
    const prev = b.body[idx - 1];
    if (item.kind === 'block' && prev && prev.kind === 'attr') body.push(blank);
    body.push(item);
  });
  return [`${indent}${head} {`, ...renderItems(body, indent + '  '), `${indent}}`];
}

/** Renders top-level items (blocks separated by one blank line) as a file ending in a newline. */
export function renderHcl(items: HclItem[]): string {
  const chunks: string[] = [];
  for (const item of items) {
    if (item.kind === 'block') chunks.push(renderBlock(item, '').join('\n'));
    else chunks.push(renderItems([item], '').join('\n'));
  }
  const text = chunks.join('\n\n').replace(/\n{3,}/g, '\n\n');
  return text.endsWith('\n') ? text : text + '\n';
}
