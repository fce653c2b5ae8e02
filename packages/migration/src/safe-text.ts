/**
 * Names, keys and labels in localStorage are whatever someone typed (or planted): quotes, escape
 * sequences, bidi overrides, terminal control bytes. Everything this package prints goes through
 * core's terminal-text.ts (one rule for every command of the CLI).
 */
export { quoteShort, quoteText } from '@interop/core';
