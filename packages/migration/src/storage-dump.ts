import { ClientError } from '@interop/core';
import { evaluatePasted } from './pasted-literal.js';

/** A browser profile's localStorage: what `JSON.stringify(localStorage)` serialises, keys in its order. */
export type StorageDump = Readonly<Record<string, string>>;

/** Sets one entry as an own property: a plain `obj[key] = v` would hit the `__proto__` setter for that key. */
export function setEntry(target: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The value under `key` when the dump has it as its own entry. */
export function getEntry(dump: StorageDump, key: string): string | undefined {
  return Object.hasOwn(dump, key) ? dump[key] : undefined;
}

export function isStorageDump(value: unknown): value is StorageDump {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((v) => typeof v === 'string');
}

/**
 * The forms a saved dump takes on disk:
 * - `json`: the string itself (what `JSON.stringify(localStorage)` returned), e.g. saved by a script;
 * - `ticked-json`: that string between tick marks (step 5 applied to the raw contents);
 * - `js-literal`: the console's displayed literal ('…' with `\\` for each backslash, or "…"/`…`);
 * - `json-literal`: the string as a JSON string literal ("Copy string as JSON literal").
 */
export type DumpForm = 'json' | 'ticked-json' | 'js-literal' | 'json-literal';

export interface SavedDump {
  readonly dump: StorageDump;
  readonly form: DumpForm;
  /** The text exactly as saved (what step 9 would paste, when the form is a literal). */
  readonly text: string;
}

function parseObject(text: string): StorageDump | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return isStorageDump(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function jsonStringValue(text: string): string | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a saved dump in any of its forms. Raw contents between ticks is tried before the
 * console literal: a real Apps dump always holds `\"` escapes, which only the first reading
 * parses. Error messages never quote the file: it holds encrypted keys.
 */
export function parseSavedDump(text: string, label = 'the dump'): SavedDump {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new ClientError('E_JSON_MALFORMED', `${label} is empty`);
  const direct = parseObject(trimmed);
  if (direct) return { dump: direct, form: 'json', text: trimmed };
  if (trimmed.length >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'")) {
    const inner = parseObject(trimmed.slice(1, -1));
    if (inner) return { dump: inner, form: 'ticked-json', text: trimmed };
  }
  const jsonString = jsonStringValue(trimmed);
  const fromJsonString = jsonString === undefined ? undefined : parseObject(jsonString);
  if (fromJsonString) return { dump: fromJsonString, form: 'json-literal', text: trimmed };
  const literal = evaluatePasted(trimmed);
  if (literal.kind === 'string') {
    const decoded = parseObject(literal.value);
    if (decoded) return { dump: decoded, form: 'js-literal', text: trimmed };
  }
  throw new ClientError(
    'E_JSON_MALFORMED',
    `${label} is not a JSON.stringify(localStorage) dump: expected a JSON object of string values, as JSON, between tick marks, or as the console's string literal`,
  );
}
