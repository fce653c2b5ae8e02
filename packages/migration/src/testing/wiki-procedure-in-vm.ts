import { createContext, runInContext } from 'node:vm';
import type { StorageDump } from '../storage-dump.js';
import { LOOP_SNIPPET, pasteStatement } from '../wiki-procedure.js';

/**
 * For tests: the wiki's text executed as written by V8 in a fresh Node vm context whose
 * `localStorage` is a Map — the procedure itself, not the model. The model's predictions are
 * checked against this over generated dumps (fast), and against Chromium (real) in chromium/.
 */
export interface VmRun {
  readonly pasteError?: string;
  readonly loopError?: string;
  readonly result: Record<string, string>;
}

class VmStorage {
  readonly items = new Map<string, string>();
  setItem(key: unknown, value: unknown): void {
    this.items.set(String(key), String(value));
  }
  getItem(key: unknown): string | null {
    return this.items.get(String(key)) ?? null;
  }
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : 'Error';
}

export function runWikiProcedureInVm(neu: StorageDump, pasted: string): VmRun {
  const storage = new VmStorage();
  for (const [k, v] of Object.entries(neu)) storage.setItem(k, v);
  const context = createContext({ localStorage: storage, console: { log: () => undefined } });
  let pasteError: string | undefined;
  let loopError: string | undefined;
  try {
    runInContext(pasteStatement(pasted), context, { timeout: 2000 });
  } catch (error) {
    pasteError = errorName(error);
  }
  try {
    runInContext(LOOP_SNIPPET, context, { timeout: 2000 });
  } catch (error) {
    loopError = errorName(error);
  }
  const result: Record<string, string> = {};
  for (const [k, v] of storage.items) Object.defineProperty(result, k, { value: v, enumerable: true, writable: true, configurable: true });
  return { ...(pasteError ? { pasteError } : {}), ...(loopError ? { loopError } : {}), result };
}
