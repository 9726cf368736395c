/**
 * Escaping for export targets. Every user string (names, descriptions, carriers) reaches
 * HCL or YAML only through these functions, so a name can never break a file or turn
 * into code: HCL template sequences are doubled, YAML scalars are always quoted, and a
 * YAML string that Jinja could evaluate is tagged `!unsafe`.
 */
import { stableHash } from './ipam.ts';

/** Characters HCL needs escaped inside a quoted string (besides template sequences). */
const HCL_ESCAPES: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A quoted HCL string literal for `text`: backslashes, quotes and newlines escaped,
 * `${` → `$${` and `%{` → `%%{` so Terraform never interpolates, other control characters
 * as `\uXXXX`.
 */
export function hclString(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const next = text[i + 1];
    if ((ch === '$' || ch === '%') && next === '{') {
      out += ch + ch;
    } else if (HCL_ESCAPES[ch] !== undefined) {
      out += HCL_ESCAPES[ch];
    } else if (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f || ch === '\u2028' || ch === '\u2029') {
      out += '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
    } else {
      out += ch;
    }
  }
  return `"${out}"`;
}

/** Text safe inside a one-line `#` comment (HCL or YAML): control characters become spaces. */
export function commentText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029\u0085]+/g, ' ').trim();
}

/** Words YAML 1.1 (and so PyYAML, used by Ansible) reads as booleans or null when unquoted. */
const YAML_RESERVED = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null', '~', '']);

/**
 * A YAML scalar for `text`: always double-quoted (JSON escaping is valid YAML), so `yes`,
 * `no`, `on`, `~`, numbers and leading `*`/`&`/`!` stay strings; tagged `!unsafe` when it
 * contains `{` so Ansible never evaluates `{{ … }}` or `{% … %}` in it.
 */
export function yamlString(text: string): string {
  // JSON leaves U+2028/U+2029 raw; YAML treats them as line breaks, so escape them too.
  const quoted = JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029').replace(/\u0085/g, '\\x85');
  return /[{]/.test(text) ? `!unsafe ${quoted}` : quoted;
}

/** A YAML mapping key: plain when it is a safe identifier, else quoted. */
export function yamlKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(key) && !YAML_RESERVED.has(key.toLowerCase()) ? key : JSON.stringify(key);
}

/**
 * Turns an id into a name Terraform and Ansible accept (`[a-z_][a-z0-9_]*`): lower case,
 * other characters as `_`, a leading digit prefixed. Not unique by itself: see NameTable.
 */
export function sanitizeIdentifier(id: string, prefix = 'x'): string {
  let s = id.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/_+/g, '_').replace(/^_+|_+$/g, '');
  if (s === '') s = prefix;
  if (/^[0-9]/.test(s)) s = `${prefix}_${s}`;
  return s.slice(0, 60);
}

/**
 * Stable, unique identifiers for a set of ids. Two ids that sanitise to the same name
 * (`web-1` and `web.1`) both get a suffix from a hash of the original id, so the name of
 * each depends only on the ids in the design, not on their order.
 */
export class NameTable {
  private readonly names = new Map<string, string>();

  constructor(ids: Iterable<string>, prefix = 'x') {
    const list = [...new Set(ids)];
    const byName = new Map<string, string[]>();
    for (const id of list) {
      const n = sanitizeIdentifier(id, prefix);
      byName.set(n, [...(byName.get(n) ?? []), id]);
    }
    const used = new Set(byName.keys());
    for (const [n, ids2] of byName) {
      if (ids2.length === 1 && ids2[0] !== undefined) {
        this.names.set(ids2[0], n);
        continue;
      }
      for (const id of ids2) {
        let candidate = `${n}_${stableHash(id).toString(36)}`;
        while (used.has(candidate)) candidate += '_';
        used.add(candidate);
        this.names.set(id, candidate);
      }
    }
  }

  /** The identifier of `id`; ids not given to the constructor are sanitised on the fly. */
  get(id: string): string {
    return this.names.get(id) ?? sanitizeIdentifier(id);
  }
}
