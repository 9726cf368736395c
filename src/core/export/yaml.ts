/**
 * A small YAML writer for Ansible files: block style, two-space indent, every string
 * double-quoted through yamlString (so `!unsafe` is applied where Jinja could evaluate
 * user text), and a `---` document start as ansible-lint expects.
 */
import { commentText, yamlKey, yamlString } from './escape.ts';

/** A Jinja expression the exporter means Ansible to evaluate, e.g. `{{ vault_bgp_password }}`. */
export class Jinja {
  constructor(readonly code: string) {}
}

/** `{{ code }}` as an intentional template. */
export const jinja = (code: string): Jinja => new Jinja(code);

/**
 * Text written by the exporter itself that embeds Jinja on purpose
 * (`tunnel destination {{ vpn_peer_endpoints['x'] }}`). Never wrap design text in this.
 */
export class Template {
  constructor(readonly text: string) {}
}

/** Marks exporter-authored text as a template Ansible should evaluate. */
export const tpl = (text: string): Template => new Template(text);

export type YamlValue = string | number | boolean | null | Jinja | Template | YamlValue[] | { [key: string]: YamlValue | undefined };

function scalar(v: string | number | boolean | null | Jinja | Template): string {
  if (v instanceof Jinja) return JSON.stringify(`{{ ${v.code} }}`);
  if (v instanceof Template) return JSON.stringify(v.text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  if (v === null) return 'null';
  if (typeof v === 'string') return yamlString(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '0';
  return v ? 'true' : 'false';
}

function isScalar(v: YamlValue): v is string | number | boolean | null | Jinja | Template {
  return v === null || typeof v !== 'object' || v instanceof Jinja || v instanceof Template;
}

function emit(v: YamlValue, indent: string): string[] {
  if (isScalar(v)) return [indent + scalar(v)];
  if (Array.isArray(v)) {
    if (v.length === 0) return [indent + '[]'];
    const out: string[] = [];
    for (const item of v) {
      if (isScalar(item) || (Array.isArray(item) && item.length === 0) || (!Array.isArray(item) && Object.keys(item).length === 0)) {
        out.push(`${indent}- ${isScalar(item) ? scalar(item) : Array.isArray(item) ? '[]' : '{}'}`);
        continue;
      }
      const inner = emit(item, indent + '  ');
      out.push(`${indent}- ${inner[0]!.slice(indent.length + 2)}`, ...inner.slice(1));
    }
    return out;
  }
  const entries = Object.entries(v).filter((e): e is [string, YamlValue] => e[1] !== undefined);
  if (entries.length === 0) return [indent + '{}'];
  const out: string[] = [];
  for (const [k, val] of entries) {
    const key = yamlKey(k);
    if (isScalar(val)) out.push(`${indent}${key}: ${scalar(val)}`);
    else if (Array.isArray(val) && val.length === 0) out.push(`${indent}${key}: []`);
    else if (!Array.isArray(val) && Object.values(val).every((x) => x === undefined)) out.push(`${indent}${key}: {}`);
    else out.push(`${indent}${key}:`, ...emit(val, indent + '  '));
  }
  return out;
}

/** A YAML document: optional leading comment lines, `---`, then the value. */
export function renderYaml(value: YamlValue, comments: string[] = []): string {
  const head = comments.map((c) => `# ${commentText(c)}`.trimEnd());
  return [...head, '---', ...emit(value, '')].join('\n') + '\n';
}
