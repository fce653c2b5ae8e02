import type { AccountLine } from './account-summary.js';
import { COPY_VARIANTS } from './copy-variants.js';
import type { ProcedureResult } from './migration-model.js';
import type { KeyOutcome } from './migration-rules.js';
import type { MigrationPlan } from './plan.js';
import { plainOrQuoted, quoteShort } from './safe-text.js';

/** The plan as text for a terminal: every name and key quoted (safe-text.ts), no value of any entry printed. */
const VARIANT_WORDS: Readonly<Record<string, string>> = { ...COPY_VARIANTS, 'as-saved': 'the old dump file pasted exactly as saved' };

export function procedureWords(p: ProcedureResult): string {
  if (p.status === 'completed') return `completes (rules ${p.rules.join(', ')})`;
  if (p.status === 'runs-code') return 'the pasted text runs as JavaScript in the Apps page: not predictable (P3)';
  const where =
    p.stage === 'dump'
      ? '`JSON.stringify(localStorage)` on the old computer (there is nothing to copy)'
      : p.stage === 'paste'
        ? '`raw = …`'
        : p.stage === 'parse'
          ? '`JSON.parse(raw)`'
          : 'the loop';
  return `fails at ${where} with ${p.error}: nothing is written, every key is kept (rules ${p.rules.join(', ')})`;
}

export const OUTCOME_ORDER: readonly KeyOutcome[] = [
  'secret-lost',
  'lost-from-view',
  'corrupted',
  'settings-replaced',
  'overwritten',
  'added',
  'unchanged',
  'kept',
];

function roleWord(role: string | undefined): string {
  return role === undefined ? '' : ` ${role}`;
}

function accountText(a: AccountLine): string[] {
  const names =
    a.nameOld !== undefined && a.nameNew !== undefined && a.nameOld !== a.nameNew
      ? `old ${quoteShort(a.nameOld)}, new ${quoteShort(a.nameNew)}`
      : quoteShort(a.nameOld ?? a.nameNew ?? '');
  const after = a.listedAfter ? `shown as${roleWord(a.roleAfter)} ${quoteShort(a.nameAfter ?? '')}` : 'not shown';
  const lines = [`  ${a.outcome.padEnd(17)} ${a.section.padEnd(8)} ${plainOrQuoted(a.address)}  ${names}  -> ${after}  (${a.rule})`];
  for (const c of a.changes) lines.push(`      ${c}`);
  return lines;
}

export function formatPlan(plan: MigrationPlan): string {
  const out: string[] = [];
  out.push(`Wiki procedure, copy step: ${VARIANT_WORDS[plan.variant]}.`);
  out.push(`  ${procedureWords(plan.procedure)}`);
  out.push('Other ways of doing the copy step:');
  for (const v of plan.variants.filter((x) => x.variant !== plan.variant)) out.push(`  ${v.variant}: ${procedureWords(v.procedure)}`);
  out.push('');
  const accounts = [...plan.accounts].sort((a, b) => OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome));
  out.push(`Accounts, address book and contracts (${accounts.length}), as Apps shows them after the reload:`);
  for (const a of accounts) out.push(...accountText(a));
  if (accounts.length === 0) out.push('  none');
  out.push('');
  const others = plan.otherKeys.filter((k) => k.outcome !== 'kept');
  const keptOthers = plan.otherKeys.length - others.length;
  out.push(`Other keys (${plan.otherKeys.length}):`);
  for (const k of others) {
    out.push(`  ${k.outcome.padEnd(17)} ${quoteShort(k.key)}  (${k.rule})`);
    for (const c of k.changes) out.push(`      ${c}`);
  }
  if (keptOthers > 0) out.push(`  kept              ${keptOthers} key(s), not written`);
  out.push('');
  const counts = OUTCOME_ORDER.filter((o) => plan.counts[o]).map((o) => `${plan.counts[o]} ${o}`);
  out.push(`Summary: ${counts.join(', ') || 'no keys'}.`);
  out.push('Rules: packages/migration/RULES.md. A safe alternative: interop migrate apply --mode safe.');
  return `${out.join('\n')}\n`;
}

/** The plan as one JSON document: names as they are (JSON escapes them), values never included. */
export function planJson(plan: MigrationPlan): unknown {
  return {
    variant: plan.variant,
    oldForm: plan.oldForm,
    procedure: plan.procedure,
    variants: plan.variants,
    counts: plan.counts,
    accounts: plan.accounts,
    otherKeys: plan.otherKeys,
    keys: plan.prediction.keys.map((k) => ({
      key: k.key,
      kind: k.kind,
      onOld: k.onOld,
      onNew: k.onNew,
      written: k.written,
      outcome: k.outcome,
      rule: k.rule,
      changes: k.changes,
      before: k.before,
      after: k.after,
    })),
  };
}
