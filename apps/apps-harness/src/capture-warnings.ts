/**
 * Imported first by the page entry, so it runs before any @polkadot/* module: keeps every
 * console.warn line (ui-keyring's loadAll reports skipped entries with it; @polkadot/util warns
 * about duplicate packages at import) for the `warnings` method. The browser console still
 * gets them.
 */
const captured: string[] = [];
const originalWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  captured.push(args.map((a) => (typeof a === 'string' ? a : String(a))).join(' '));
  originalWarn(...args);
};

export function capturedWarnings(): readonly string[] {
  return captured;
}
