import { ruleRefusal } from '@interop/core';
import { RESTORE_JSON_BATCH_BY_CONTENT } from './popup-rules.js';

export type RestoreJsonMessage = 'pri(json.restore)' | 'pri(json.batchRestore)';

/**
 * The message Restore from JSON sends for a parsed file, decided as the page decides it:
 * util/typeGuards.ts `isKeyringPairs$Json` is `json.encoding.content.includes('batch-pkcs8')`,
 * whatever else the file holds (an array or a string `content` both answer `includes`). Where
 * that expression throws (no `encoding`, no `content`, a `content` without `includes`), the page
 * stops with the TypeError and sends nothing: refused here with the same TypeError text, which
 * is what V8 says in Chromium too.
 */
export function restoreJsonMessage(file: unknown): RestoreJsonMessage {
  let isBatch: boolean;
  try {
    isBatch = Boolean((file as { encoding: { content: { includes(value: string): unknown } } }).encoding.content.includes('batch-pkcs8'));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw ruleRefusal({ ...RESTORE_JSON_BATCH_BY_CONTENT, message }, 'E_JSON_MALFORMED');
  }
  return isBatch ? 'pri(json.batchRestore)' : 'pri(json.restore)';
}
