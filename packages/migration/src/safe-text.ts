/**
 * Names, keys and labels in localStorage are whatever someone typed (or planted): quotes, escape
 * sequences, bidi overrides, terminal control bytes. Everything this package prints goes through
 * here: JSON-quoted, with every control, format, private-use or unassigned code point and every
 * line/paragraph separator written as \u{…}, so a terminal shows exactly what is there and
 * nothing it could interpret.
 */
export function quoteText(text: string): string {
  return JSON.stringify(text).replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\u2028\u2029]/gu, (c) => `\\u{${c.codePointAt(0)?.toString(16)}}`);
}

/** The first `max` code points, quoted; a trailing … outside the quotes says more was cut. */
export function quoteShort(text: string, max = 48): string {
  const points = [...text];
  return points.length <= max ? quoteText(text) : `${quoteText(points.slice(0, max).join(''))}…`;
}
