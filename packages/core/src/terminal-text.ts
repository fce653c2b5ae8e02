/**
 * Text from an input file (names, keys, labels, a client's message quoting its input) may hold
 * terminal escapes (ESC, OSC, the C1 CSI byte), line breaks that forge a line of output, or
 * bidi overrides that reorder what a reader sees. Everything printed from an input goes through
 * here, so a terminal shows exactly what is there and nothing it could interpret.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\u2028\u2029]/gu;

/** JSON-quoted, with every control, format, private-use or unassigned code point written as \u{…}. */
export function quoteText(text: string): string {
  return JSON.stringify(text).replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)?.toString(16)}}`);
}

/** The first `max` code points, quoted; a trailing … outside the quotes says more was cut. */
export function quoteShort(text: string, max = 48): string {
  const points = [...text];
  return points.length <= max ? quoteText(text) : `${quoteText(points.slice(0, max).join(''))}…`;
}

/** Control and format characters of a line of output made visible; line breaks and tabs of the layout are kept. */
const LINE_INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\p{Cf}\u2028\u2029]/gu;

export function escapeControls(text: string): string {
  return text.replace(LINE_INVISIBLE, (c) => `\\u{${c.codePointAt(0)?.toString(16)}}`);
}

/** Characters JSON.stringify leaves raw that a terminal may act on: DEL, C1 controls, format characters, separators. */
const JSON_INVISIBLE = /[\u007f-\u009f\p{Cf}\u2028\u2029]/gu;

/**
 * JSON for a terminal or a pipe: the same value (JSON.parse gives it back unchanged), with the
 * characters above written as \uXXXX escapes (astral ones as their surrogate pair).
 */
export function jsonForTerminal(value: unknown, space?: number): string {
  const text = JSON.stringify(value, null, space);
  if (text === undefined) return 'null';
  return text.replace(JSON_INVISIBLE, (c) => {
    let units = '';
    for (let i = 0; i < c.length; i++) units += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return units;
  });
}
