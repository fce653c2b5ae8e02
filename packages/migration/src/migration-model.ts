import { type AppsEntryView, type AppsViewOptions, appsEntryView } from './apps-view.js';
import { type CopyVariant, pastedText } from './copy-variants.js';
import { describeChanges } from './describe-changes.js';
import { type EntryKind, entryKind, holdsSecret, isKeyringKind, storeValue } from './keyring-entry.js';
import type { KeyOutcome, RuleId } from './migration-rules.js';
import { evaluatePasted } from './pasted-literal.js';
import { type StorageDump, setEntry } from './storage-dump.js';
import { wikiLoopValue } from './wiki-loop-value.js';

/**
 * The model: what the wiki procedure does to the new computer's localStorage, key by key,
 * and what Apps shows after the reload — predicted from the two dumps alone, without a
 * browser. Each decision names its rule (migration-rules.ts / RULES.md).
 */
export type ProcedureResult =
  | { readonly status: 'completed'; readonly rules: readonly RuleId[] }
  | {
      readonly status: 'failed';
      readonly stage: 'dump' | 'paste' | 'parse' | 'loop';
      readonly error: 'SyntaxError' | 'TypeError';
      readonly rules: readonly RuleId[];
    }
  | { readonly status: 'runs-code'; readonly rules: readonly RuleId[] };

export interface KeyPrediction {
  readonly key: string;
  readonly kind: EntryKind;
  readonly onOld: boolean;
  readonly onNew: boolean;
  readonly written: boolean;
  readonly outcome: KeyOutcome;
  readonly rule: RuleId;
  /** How the value changed, in words; never quotes `encoded` or settings values. */
  readonly changes: readonly string[];
  /** What Apps shows for this key: on the new computer before, and after the procedure and a reload. */
  readonly before: AppsEntryView;
  readonly after: AppsEntryView;
}

export interface MigrationPrediction {
  readonly variant: CopyVariant | 'as-given';
  readonly procedure: ProcedureResult;
  /** The new computer's localStorage right after the loop (before the reload). */
  readonly result: StorageDump;
  /** Keys in the order the loop writes them. */
  readonly writes: readonly string[];
  readonly keys: readonly KeyPrediction[];
}

export interface MigrationInput {
  /** The old computer's localStorage as `JSON.stringify(localStorage)` serialises it (key order matters for the loop). */
  readonly old: StorageDump;
  readonly new: StorageDump;
  /** How the copy step was done (default: the console's displayed literal pasted as is). */
  readonly variant?: CopyVariant;
  /** The exact text pasted after `raw = ` (overrides variant), e.g. a saved file. */
  readonly pasted?: string;
  /** The exact string `JSON.stringify(localStorage)` returned (default: JSON.stringify(old)). */
  readonly dumpString?: string;
  readonly view?: AppsViewOptions;
}

/** for-in over what JSON.parse produced: own enumerable keys (index-like first); a string by UTF-16 index; nothing for numbers, booleans, null. */
function forInEntries(parsed: unknown): [string, unknown][] {
  if (typeof parsed === 'string') return Object.entries(parsed);
  if (typeof parsed !== 'object' || parsed === null) return [];
  return Object.keys(parsed).map((k) => [k, (parsed as Record<string, unknown>)[k]]);
}

interface LoopRun {
  readonly procedure: ProcedureResult;
  readonly writes: readonly (readonly [string, string])[];
}

/**
 * Members of Storage.prototype and Object.prototype in Chromium: a localStorage key with one of
 * these names is shadowed, so `JSON.stringify(localStorage)` leaves it out (D2); `__proto__`
 * makes it throw (D1). Measured on Debian's Chromium 156 (chromium/dump-step.chromium.spec.ts).
 */
export const SHADOWED_STORAGE_KEYS: ReadonlySet<string> = new Set([
  ...['length', 'key', 'getItem', 'setItem', 'removeItem', 'clear'],
  ...Object.getOwnPropertyNames(Object.prototype).filter((name) => name !== '__proto__'),
]);

/** Step 1 as Chromium runs it on the old computer's localStorage (when the caller did not give the browser's own string). */
function dumpStep(old: StorageDump): { dumpString: string; rules: RuleId[] } | { failed: ProcedureResult } {
  if (Object.hasOwn(old, '__proto__')) return { failed: { status: 'failed', stage: 'dump', error: 'TypeError', rules: ['D1', 'K1'] } };
  const kept = Object.keys(old).filter((key) => !SHADOWED_STORAGE_KEYS.has(key));
  const dump: Record<string, string> = {};
  for (const key of kept) setEntry(dump, key, old[key] as string);
  return { dumpString: JSON.stringify(dump), rules: kept.length < Object.keys(old).length ? ['D2'] : [] };
}

function runSteps(input: MigrationInput): LoopRun {
  const step = input.dumpString !== undefined ? { dumpString: input.dumpString, rules: [] as RuleId[] } : dumpStep(input.old);
  if ('failed' in step) return { procedure: step.failed, writes: [] };
  const { dumpString } = step;
  const pasted = input.pasted ?? pastedText(dumpString, input.variant ?? 'literal');
  const raw = evaluatePasted(pasted);
  if (raw.kind === 'syntax-error') return { procedure: { status: 'failed', stage: 'paste', error: 'SyntaxError', rules: ['P2', 'K1'] }, writes: [] };
  if (raw.kind === 'code') {
    if (raw.objectLiteral) return { procedure: { status: 'failed', stage: 'parse', error: 'SyntaxError', rules: ['P3', 'J1', 'K1'] }, writes: [] };
    return { procedure: { status: 'runs-code', rules: ['P3'] }, writes: [] };
  }
  const pasteRule: RuleId = raw.value === dumpString ? 'P1' : 'P4';
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.value);
  } catch {
    return { procedure: { status: 'failed', stage: 'parse', error: 'SyntaxError', rules: [pasteRule, 'J1', 'K1'] }, writes: [] };
  }
  const rules: RuleId[] = [...step.rules, ...(pasteRule === 'P1' ? (['P1'] as const) : (['P4', 'J2'] as const))];
  const entries = forInEntries(parsed);
  if (entries.some(([k]) => k === 'hasOwnProperty') && typeof parsed === 'object')
    return { procedure: { status: 'failed', stage: 'loop', error: 'TypeError', rules: [...rules, 'L1', 'K1'] }, writes: [] };
  return { procedure: { status: 'completed', rules: [...rules, 'L2'] }, writes: entries.map(([k, v]) => [k, wikiLoopValue(v)] as const) };
}

function classify(
  kind: EntryKind,
  oldValue: string | undefined,
  newValue: string | undefined,
  written: string,
  after: AppsEntryView,
): { outcome: KeyOutcome; rule: RuleId } {
  if (written === newValue) return { outcome: 'unchanged', rule: 'K2' };
  const loads = !isKeyringKind(kind) || after.status !== 'skipped';
  if (kind === 'account' && newValue !== undefined && holdsSecret(storeValue(newValue)) && (!loads || !holdsSecret(storeValue(written))))
    return { outcome: 'secret-lost', rule: 'K3' };
  if (!loads) return { outcome: 'lost-from-view', rule: 'K4' };
  if (oldValue !== undefined && written !== oldValue) return { outcome: 'corrupted', rule: 'K5' };
  if (kind === 'settings' && newValue !== undefined) return { outcome: 'settings-replaced', rule: 'K6' };
  if (newValue !== undefined) return { outcome: 'overwritten', rule: 'K7' };
  return { outcome: 'added', rule: 'K8' };
}

export function predictMigration(input: MigrationInput): MigrationPrediction {
  const { procedure, writes } = runSteps(input);
  const result: Record<string, string> = { ...input.new };
  for (const [key, value] of writes) setEntry(result, key, value);
  const writtenKeys = new Set(writes.map(([k]) => k));
  const keys = [...new Set([...Object.keys(input.old), ...Object.keys(input.new), ...writtenKeys])].sort();
  const predictions = keys.map((key): KeyPrediction => {
    const kind = entryKind(key);
    const oldValue = Object.hasOwn(input.old, key) ? input.old[key] : undefined;
    const newValue = Object.hasOwn(input.new, key) ? input.new[key] : undefined;
    const before = appsEntryView(key, newValue, input.view);
    const after = appsEntryView(key, result[key], input.view);
    const base = { key, kind, onOld: oldValue !== undefined, onNew: newValue !== undefined, before, after };
    if (!writtenKeys.has(key)) return { ...base, written: false, outcome: 'kept', rule: 'K1', changes: [] };
    const written = result[key] as string;
    const { outcome, rule } = classify(kind, oldValue, newValue, written, after);
    return { ...base, written: true, outcome, rule, changes: describeChanges(kind, oldValue, newValue, written, after) };
  });
  return {
    variant: input.pasted !== undefined ? 'as-given' : (input.variant ?? 'literal'),
    procedure,
    result,
    writes: writes.map(([k]) => k),
    keys: predictions,
  };
}
