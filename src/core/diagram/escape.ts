/**
 * Escaping for the visual formats. Every user string (names, ids, carriers, comments)
 * reaches SVG, draw.io, HTML or Mermaid only through these functions, so a name can never
 * close an element, open a comment or inject markup.
 */

/** Characters XML 1.0 forbids anywhere (C0 controls except tab/newline/CR, U+FFFE/U+FFFF, lone surrogates). */
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Removes the characters XML cannot carry (they would make the whole file unreadable). */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID, '\ufffd');
}

/**
 * Text safe inside XML/HTML element content and double- or single-quoted attributes:
 * `& < > " '` become entities and characters XML forbids become U+FFFD. `]]>` and `-->`
 * cannot survive because `>` is always escaped.
 */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** One line of text: newlines and tabs become spaces (labels are drawn on one line). */
export function oneLine(text: string): string {
  return text.replace(/[\r\n\t\u2028\u2029\u0085]+/g, ' ');
}

/**
 * Shortens `text` to at most `max` characters (code points), ending with `…` when cut.
 * Diagrams show the short form and keep the full text in a tooltip (`<title>`).
 */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, Math.max(1, max - 1)).join('') + '…';
}

/**
 * Approximate rendered width of `text` in DejaVu Sans at `fontSize` px: average advance
 * 0.6 em for wide glyphs (capitals, digits, W/M), 0.52 em otherwise. Used only to size
 * boxes; labels longer than their box are truncated with the full text in a tooltip.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[A-Z0-9MW@#%&mw]/.test(ch) ? 0.72 : /[ il.,:;'|!]/.test(ch) ? 0.32 : 0.6;
  return em * fontSize;
}

/**
 * The longest prefix of `text` (ending in `…` when cut) whose estimated width at
 * `fontSize` px fits `maxWidth`; bold text is taken as 12 % wider.
 */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  const factor = bold ? 1.12 : 1;
  if (textWidth(text, fontSize) * factor <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 1;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(chars.slice(0, mid).join('') + '…', fontSize) * factor <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('') + '…';
}
