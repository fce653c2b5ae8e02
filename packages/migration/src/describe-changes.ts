import type { AppsEntryView } from './apps-view.js';
import { accountRole, asObject, type EntryKind, entryName, holdsSecret, isJsonText, isKeyringKind, storeValue } from './keyring-entry.js';
import { oneLine, pathStep, quoteShort } from './safe-text.js';
import { transformRulesHit } from './wiki-loop-value.js';

/**
 * "Corrupted, and how", in words a user can act on. Values are never quoted except names and
 * other short meta text of keyring entries; `encoded` (the encrypted key) and the values of
 * settings or other keys (which may hold endpoints with tokens) are named by field only.
 */
const RULE_WORDS: Readonly<Record<string, string>> = {
  T1: 'every backslash removed (T1)',
  T3: 'newline/tab/return characters turned into the letters n/t/r/b/f (T3)',
  T4: 'other control characters turned into the text u00xx (T4)',
  T5: 'lone surrogates turned into the text udxxx (T5)',
};

type Hazard = 'double quote' | 'backslash' | 'control character' | 'lone surrogate';

/** String fields of a parsed value whose JSON escape the loop breaks, with the path to each. */
function hazards(value: unknown, path: string, out: { path: string; hazard: Hazard }[]): void {
  if (typeof value === 'string') {
    if (value.includes('"')) out.push({ path, hazard: 'double quote' });
    if (value.includes('\\')) out.push({ path, hazard: 'backslash' });
    if (/[\u0000-\u001f]/.test(value)) out.push({ path, hazard: 'control character' });
    if (/\p{Surrogate}/u.test(value)) out.push({ path, hazard: 'lone surrogate' });
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [k, v] of Object.entries(value)) {
    const label = pathStep(k);
    hazards(v, path === '' ? label : `${path}.${label}`, out);
  }
}

function leafDiffs(before: unknown, after: unknown, path: string, out: { path: string; before: unknown; after: unknown }[]): void {
  const a = asObject(before);
  const b = asObject(after);
  if (a && b) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) leafDiffs(a[k], b[k], path === '' ? pathStep(k) : `${path}.${pathStep(k)}`, out);
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ path, before, after });
}

const QUOTABLE_PATH = /^meta\.(name|tags|genesisHash|whenCreated|whenEdited|isExternal|isHardware|isMultisig|isProxied|isTesting|isRecent)(\.|$)/;

function show(path: string, value: unknown): string {
  if (value === undefined) return 'absent';
  if (!QUOTABLE_PATH.test(path) && path !== 'address') return typeof value === 'string' ? `${[...value].length} characters` : typeof value;
  return typeof value === 'string' ? quoteShort(value) : quoteShort(JSON.stringify(value));
}

function describeEntry(kind: EntryKind, value: string | undefined): string {
  if (value === undefined) return 'nothing';
  const parsed = storeValue(value);
  if (typeof parsed === 'string') return 'not valid JSON';
  const name = entryName(parsed);
  const label = name !== undefined ? quoteShort(name) : 'no name';
  return kind === 'account' ? `${accountRole(parsed)}, ${label}` : label;
}

export function describeChanges(kind: EntryKind, oldValue: string | undefined, newValue: string | undefined, written: string, after: AppsEntryView): string[] {
  const out: string[] = [];
  if (oldValue !== undefined && written !== oldValue) {
    const rules = transformRulesHit(oldValue)
      .map((r) => RULE_WORDS[r])
      .filter((w): w is string => w !== undefined);
    out.push(`written altered: ${rules.join('; ')}`);
    const old = storeValue(oldValue);
    if (isKeyringKind(kind) && !isJsonText(written)) {
      const found: { path: string; hazard: Hazard }[] = [];
      hazards(old, '', found);
      const quotes = found.filter((h) => h.hazard === 'double quote').map((h) => h.path);
      out.push(
        quotes.length > 0
          ? `no longer valid JSON: ${quotes.join(', ')} hold(s) a double quote whose escape lost its backslash`
          : 'no longer valid JSON after the backslashes were removed',
      );
    } else if (isKeyringKind(kind) || kind === 'settings') {
      const diffs: { path: string; before: unknown; after: unknown }[] = [];
      leafDiffs(old, storeValue(written), '', diffs);
      for (const d of diffs) out.push(kind === 'settings' ? `settings.${d.path} changed` : `${d.path}: ${show(d.path, d.before)} -> ${show(d.path, d.after)}`);
    }
  }
  if (newValue !== undefined && written !== newValue) {
    if (kind === 'account' || kind === 'address' || kind === 'contract') {
      out.push(`replaces the new computer's ${kind} entry (${describeEntry(kind, newValue)}) with the old computer's (${describeEntry(kind, oldValue)})`);
      if (kind === 'account' && holdsSecret(storeValue(newValue)) && !holdsSecret(storeValue(written)))
        out.push("the new computer's secret key is no longer stored");
    } else if (kind === 'settings') {
      const diffs: { path: string; before: unknown; after: unknown }[] = [];
      leafDiffs(storeValue(newValue), storeValue(written), '', diffs);
      out.push(`replaces the new computer's settings (${diffs.map((d) => d.path).join(', ') || 'whole value'})`);
    } else {
      out.push("replaces the new computer's value");
    }
  }
  if (isKeyringKind(kind) && after.status === 'skipped') out.push(`Apps skips it after the reload: ${oneLine(after.reason)}`);
  return out;
}
