import { LOCAL_STORAGE_QUOTA } from './browser-quota.js';
import { getEntry, type StorageDump } from './storage-dump.js';

/**
 * A console script for the new computer that cannot be broken by quoting: the entries travel
 * as base64 (letters, digits, + / =) of ASCII-only JSON (every non-ASCII character and lone
 * surrogate written as \uXXXX), cut into short quoted chunks, so no quote, backslash, line
 * break or character set of any name or value can end a literal or be altered on the way —
 * the wiki's `raw = '…'` fails on a single quote and its loop removes backslashes.
 *
 * All or nothing: the script writes nothing unless every key it is about to change still holds
 * what the dump it was made from said (the new computer may have changed since) and the
 * storage after the writes fits the browser's quota (browser-quota.ts). If the browser still
 * refuses a write, every entry already written is put back, in reverse order, so each state on
 * the way back is one the forward pass went through (each fitted). Entries that shrink are
 * written first, so no state on the way holds more than the final one. Then it checks what it wrote.
 */
export const SCRIPT_CHUNK = 96;

function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** [key, value to write, value the key must hold now (null: absent)] */
export type ScriptEntry = readonly [string, string, string | null];

/** What an entry adds to the storage when written (negative when it shrinks). */
function growth([key, value, before]: ScriptEntry): number {
  return before === null ? key.length + value.length : value.length - before.length;
}

export function scriptEntries(result: StorageDump, writes: readonly string[], neu: StorageDump): ScriptEntry[] {
  const entries = writes.map((key) => [key, result[key] as string, getEntry(neu, key) ?? null] as const);
  return entries.sort((a, b) => growth(a) - growth(b));
}

export function consoleScript(entries: readonly ScriptEntry[], label = 'interop migrate apply --mode safe'): string {
  const base64 = Buffer.from(asciiJson(entries), 'latin1').toString('base64');
  const chunks: string[] = [];
  for (let i = 0; i < base64.length; i += SCRIPT_CHUNK) chunks.push(`'${base64.slice(i, i + SCRIPT_CHUNK)}'`);
  return `// ${label}: ${entries.length} localStorage entries for Polkadot-JS Apps.
// Paste this whole file into the browser console of the Apps tab on the new computer, press Enter, then reload Apps.
// The entries are base64 below, so no quote, backslash or line break in a name can break or change them.
// All or nothing: if the browser refuses any entry, every entry already written is put back.
(() => {
  const plan = JSON.parse(atob([
${chunks.map((c) => `    ${c},`).join('\n')}
  ].join('')));
  if (plan.length !== ${entries.length}) throw new Error('interop: the script is incomplete; copy the whole file again. Nothing was written.');
  const moved = plan.filter(([key, , before]) => localStorage.getItem(key) !== before);
  if (moved.length > 0) throw new Error('interop: ' + moved.length + ' entries changed on this computer since the dump the script was made from. Nothing was written; take a new dump and run apply again.');
  let used = 0;
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    used += key.length + localStorage.getItem(key).length;
  }
  const after = plan.reduce((total, [key, value, before]) => total + (before === null ? key.length + value.length : value.length - before.length), used);
  if (after > ${LOCAL_STORAGE_QUOTA}) throw new Error('interop: localStorage here would hold ' + after + ' characters, over the browser quota of ${LOCAL_STORAGE_QUOTA}. Nothing was written; remove entries Apps no longer needs and run apply again.');
  const written = [];
  try {
    for (const [key, value, before] of plan) {
      localStorage.setItem(key, value);
      written.push([key, before]);
    }
  } catch (error) {
    for (const [key, before] of written.reverse()) {
      if (before === null) localStorage.removeItem(key);
      else localStorage.setItem(key, before);
    }
    throw new Error('interop: the browser refused an entry (' + (error && error.name) + '); every entry written was put back. Nothing was changed.');
  }
  const wrong = plan.filter(([key, value]) => localStorage.getItem(key) !== value);
  if (wrong.length > 0) throw new Error('interop: ' + wrong.length + ' entries did not store as written; reload Apps and check.');
  console.log('interop: wrote ' + plan.length + ' entries; reload Apps now.');
  return plan.length;
})();
`;
}
