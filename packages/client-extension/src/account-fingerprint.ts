import { createHash } from 'node:crypto';

/** JSON with every object's keys sorted, so equal data gives equal text whatever order it was built in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * sha-256 of an account's stored JSON, independent of key order: it changes when the extension
 * rewrites the entry's content, not when storage hands the same object back with its keys in
 * another order (chrome.storage.local returns them sorted, as Chromium's base::Value dictionaries hold them).
 */
export function accountFingerprint(json: unknown): string {
  return createHash('sha256').update(canonicalJson(json)).digest('hex');
}
