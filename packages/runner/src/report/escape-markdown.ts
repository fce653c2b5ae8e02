/** Line breaks, controls, bidirectional overrides and non-characters: none belongs in a summary line. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

/**
 * Report text as inert Markdown (GitHub flavour), also inside a table cell: no markup, no raw
 * HTML, no link, no line break can come out of it.
 */
export function escapeMarkdown(text: unknown): string {
  return String(text)
    .replace(CONTROL, ' ')
    .replace(/[\\`*_{}[\]#+!|~<>]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;');
}

/** Report text as a code span that stays one span in a table cell, whatever backticks or pipes it holds. */
export function markdownCode(text: unknown): string {
  const value = String(text).replace(CONTROL, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') || value === '' ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}
