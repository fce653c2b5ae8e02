/**
 * Names, keys and labels in localStorage are whatever someone typed (or planted): quotes, escape
 * sequences, bidi overrides, terminal control bytes. Everything this package prints goes through
 * core's terminal-text.ts (one rule for every command of the CLI).
 */
import { escapeControls, quoteShort } from '@interop/core';

export { quoteShort, quoteText } from '@interop/core';

/** An address or a word printed as it is when it is only letters and digits; anything else (a planted key) quoted and escaped. */
export function plainOrQuoted(text: string): string {
  return /^[A-Za-z0-9]+$/.test(text) ? text : quoteShort(text);
}

/** One step of a property path: an identifier as it is, anything else quoted (a key may hold a line break or ESC). */
export function pathStep(key: string): string {
  return /^[\w$]+$/.test(key) ? key : quoteShort(key, 24);
}

/** A message that may quote an input (a parser's error) kept on one line, with nothing a terminal acts on. */
export function oneLine(text: string): string {
  return escapeControls(text).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}
