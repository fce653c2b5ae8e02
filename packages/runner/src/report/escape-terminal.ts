/**
 * Report text for a terminal: control characters (escape sequences could move the cursor or
 * rewrite earlier lines) and bidirectional overrides (which reorder what a reader sees) become
 * visible `\u{..}` escapes.
 */
export function escapeTerminal(text: unknown): string {
  return String(text).replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0)?.toString(16)}}`);
}
