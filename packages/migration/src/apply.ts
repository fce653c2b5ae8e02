import { addressOfKey } from './account-summary.js';
import { assertFitsQuota } from './browser-quota.js';
import { consoleScript, scriptEntries } from './console-script.js';
import type { CopyVariant } from './copy-variants.js';
import { procedureWords } from './format-plan.js';
import { isKeyringKind } from './keyring-entry.js';
import { type MigrationPrediction, predictMigration } from './migration-model.js';
import type { KeyOutcome } from './migration-rules.js';
import { type Conflict, type SafeMerge, type SafeMergeOptions, safeMerge } from './safe-merge.js';
import { plainOrQuoted, quoteShort } from './safe-text.js';
import type { StorageDump } from './storage-dump.js';

/**
 * `interop migrate apply`: the new computer's localStorage after the migration, in one of two
 * modes. `verbatim` is the wiki procedure's result as the model predicts it (the Chromium
 * tests check that prediction against the real thing); `safe` is safe-merge.ts plus a console
 * script that writes exactly its result.
 */
export interface VerbatimApply {
  readonly mode: 'verbatim';
  readonly result: StorageDump;
  readonly prediction: MigrationPrediction;
}

export interface SafeApply {
  readonly mode: 'safe';
  readonly result: StorageDump;
  readonly merge: SafeMerge;
  /** The console script (console-script.ts) that writes exactly `merge.writes`. */
  readonly script: string;
}

export type ApplyResult = VerbatimApply | SafeApply;

/** Both modes refuse (E_QUOTA) a result the browser's localStorage cannot hold (browser-quota.ts). */
export function applyVerbatim(old: StorageDump, neu: StorageDump, variant: CopyVariant = 'literal'): VerbatimApply {
  const prediction = predictMigration({ old, new: neu, variant });
  assertFitsQuota(prediction.result, "the new computer's localStorage after the wiki procedure");
  return { mode: 'verbatim', result: prediction.result, prediction };
}

export function applySafe(old: StorageDump, neu: StorageDump, options: SafeMergeOptions = {}): SafeApply {
  const merge = safeMerge(old, neu, options);
  assertFitsQuota(merge.result, "the new computer's localStorage after the merge");
  return { mode: 'safe', result: merge.result, merge, script: consoleScript(scriptEntries(merge.result, merge.writes, neu)) };
}

function keyLabel(key: string, kind: Conflict['kind']): string {
  return isKeyringKind(kind) ? `${kind} ${plainOrQuoted(addressOfKey(key))}` : quoteShort(key);
}

export function formatApply(apply: ApplyResult, files: { out: string; script?: string; conflicts?: string }): string {
  const out: string[] = [];
  if (apply.mode === 'verbatim') {
    const p = apply.prediction;
    out.push(`verbatim: the wiki procedure ${procedureWords(p.procedure)}`);
    const counts: Partial<Record<KeyOutcome, number>> = {};
    for (const k of p.keys) counts[k.outcome] = (counts[k.outcome] ?? 0) + 1;
    out.push(
      `  ${Object.entries(counts)
        .map(([o, n]) => `${n} ${o}`)
        .join(', ')}`,
    );
    for (const k of p.keys.filter((x) => ['secret-lost', 'lost-from-view', 'corrupted', 'settings-replaced'].includes(x.outcome)))
      out.push(`  ${k.outcome.padEnd(17)} ${isKeyringKind(k.kind) ? `${k.kind} ${plainOrQuoted(addressOfKey(k.key))}` : quoteShort(k.key)}  (${k.rule})`);
    out.push(`Wrote ${files.out}: the new computer's localStorage as the wiki procedure leaves it.`);
    return `${out.join('\n')}\n`;
  }
  const m = apply.merge;
  const added = m.writes.filter((k) => !m.conflicts.some((c) => c.key === k)).length;
  out.push(
    `safe: ${m.writes.length} entr${m.writes.length === 1 ? 'y' : 'ies'} to write (${added} new, ${m.writes.length - added} replaced), ${m.conflicts.length} conflict(s):`,
  );
  for (const c of m.conflicts) out.push(`  ${c.decision.padEnd(9)} ${keyLabel(c.key, c.kind)}: ${c.reason}`);
  for (const w of m.warnings) out.push(`  warning   ${quoteShort(w)}: copied as it is, but Apps cannot load it (it could not on the old computer either)`);
  out.push(`Wrote ${files.out}: the new computer's localStorage after the merge.`);
  if (files.script) out.push(`Wrote ${files.script}: paste it into the browser console of the Apps tab on the new computer, then reload Apps.`);
  if (files.conflicts && m.conflicts.length > 0)
    out.push(`Wrote ${files.conflicts}: the ${m.conflicts.length} value(s) not taken, by key, so nothing is lost.`);
  return `${out.join('\n')}\n`;
}

export function applyJson(apply: ApplyResult, files: { out: string; script?: string; conflicts?: string }): unknown {
  if (apply.mode === 'verbatim') {
    return {
      mode: 'verbatim',
      files,
      procedure: apply.prediction.procedure,
      keys: apply.prediction.keys.map((k) => ({ key: k.key, kind: k.kind, outcome: k.outcome, rule: k.rule, changes: k.changes })),
    };
  }
  return { mode: 'safe', files, writes: apply.merge.writes, conflicts: apply.merge.conflicts, warnings: apply.merge.warnings };
}
