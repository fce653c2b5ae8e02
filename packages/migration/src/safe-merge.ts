import { appsEntryView } from './apps-view.js';
import { type EntryKind, entryKind, holdsSecret, isKeyringKind, storeValue } from './keyring-entry.js';
import { getEntry, type StorageDump, setEntry } from './storage-dump.js';

/**
 * The safe alternative to the wiki loop: values are copied byte for byte (no
 * stringify/replace/slice), an entry that holds a secret is never replaced by one that does
 * not, the new computer's settings stay unless asked, and every key both computers hold with
 * different values is a conflict that is reported — the value that does not go into the
 * result is kept in `displaced`, so no byte of either computer is lost.
 */
export interface SafeMergeOptions {
  /** Take the old computer's `settings` (default: keep the new computer's). */
  readonly takeSettings?: boolean;
  /** Which side wins a conflict no other rule decides (default: new, the computer being set up). */
  readonly prefer?: 'new' | 'old';
}

export type ConflictDecision = 'kept-new' | 'took-old';

export interface Conflict {
  readonly key: string;
  readonly kind: EntryKind;
  readonly decision: ConflictDecision;
  readonly reason: string;
}

export interface SafeMerge {
  /** The new computer's localStorage after the merge. */
  readonly result: StorageDump;
  /** Keys whose value the new computer must get (absent there, or replaced), in the old dump's order. */
  readonly writes: readonly string[];
  readonly conflicts: readonly Conflict[];
  /** The value that lost each conflict, by key, and whose it was. */
  readonly displaced: Readonly<Record<string, { readonly from: 'old' | 'new'; readonly value: string }>>;
  /** Entries copied although Apps cannot load them (they did not load on the old computer either). */
  readonly warnings: readonly string[];
}

/** How much an entry is worth keeping: a secret first, then being loadable by Apps. */
function worth(key: string, value: string): [number, number] {
  const secret = entryKind(key) === 'account' && holdsSecret(storeValue(value)) ? 1 : 0;
  const loads = appsEntryView(key, value).status === 'skipped' ? 0 : 1;
  return [secret, loads];
}

function decide(key: string, kind: EntryKind, oldValue: string, newValue: string, options: SafeMergeOptions): { decision: ConflictDecision; reason: string } {
  if (kind === 'settings') {
    return options.takeSettings
      ? { decision: 'took-old', reason: "settings: the old computer's, as asked (--take-settings)" }
      : { decision: 'kept-new', reason: "settings: the new computer's are kept (--take-settings takes the old computer's)" };
  }
  if (isKeyringKind(kind)) {
    const [oldSecret, oldLoads] = worth(key, oldValue);
    const [newSecret, newLoads] = worth(key, newValue);
    if (newSecret > oldSecret) return { decision: 'kept-new', reason: "the new computer's entry holds a secret key, the old computer's does not" };
    if (oldSecret > newSecret) return { decision: 'took-old', reason: "the old computer's entry holds a secret key, the new computer's does not" };
    if (newLoads > oldLoads) return { decision: 'kept-new', reason: "Apps cannot load the old computer's entry" };
    if (oldLoads > newLoads) return { decision: 'took-old', reason: "Apps cannot load the new computer's entry" };
    const both = newSecret ? 'both hold a secret key (different password or metadata)' : 'both differ';
    return options.prefer === 'old'
      ? { decision: 'took-old', reason: `${both}: the old computer's, as asked (--prefer old)` }
      : { decision: 'kept-new', reason: `${both}: the new computer's is kept (--prefer old takes the other)` };
  }
  return options.prefer === 'old'
    ? { decision: 'took-old', reason: "values differ: the old computer's, as asked (--prefer old)" }
    : { decision: 'kept-new', reason: "values differ: the new computer's is kept (--prefer old takes the other)" };
}

export function safeMerge(old: StorageDump, neu: StorageDump, options: SafeMergeOptions = {}): SafeMerge {
  const result: Record<string, string> = { ...neu };
  const writes: string[] = [];
  const conflicts: Conflict[] = [];
  const displaced: Record<string, { from: 'old' | 'new'; value: string }> = {};
  const warnings: string[] = [];
  for (const key of Object.keys(old)) {
    const oldValue = old[key] as string;
    const newValue = getEntry(neu, key);
    const kind = entryKind(key);
    if (newValue === oldValue) continue;
    if (isKeyringKind(kind) && appsEntryView(key, oldValue).status === 'skipped') warnings.push(key);
    if (newValue === undefined) {
      setEntry(result, key, oldValue);
      writes.push(key);
      continue;
    }
    const { decision, reason } = decide(key, kind, oldValue, newValue, options);
    conflicts.push({ key, kind, decision, reason });
    if (decision === 'took-old') {
      setEntry(result, key, oldValue);
      writes.push(key);
      Object.defineProperty(displaced, key, { value: { from: 'new', value: newValue }, enumerable: true });
    } else {
      Object.defineProperty(displaced, key, { value: { from: 'old', value: oldValue }, enumerable: true });
    }
  }
  return { result, writes, conflicts, displaced, warnings };
}
