/** A step into the document: a mapping key or a list index. */
export type PathSegment = string | number;

/** `['services', 1, 'placements', 0]` → `services[1].placements[0]`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}
