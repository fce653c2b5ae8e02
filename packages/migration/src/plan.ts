import { type AccountLine, accountLines } from './account-summary.js';
import type { AppsViewOptions } from './apps-view.js';
import { COPY_VARIANT_IDS, type CopyVariant } from './copy-variants.js';
import { isKeyringKind } from './keyring-entry.js';
import { type MigrationPrediction, type ProcedureResult, predictMigration } from './migration-model.js';
import type { KeyOutcome } from './migration-rules.js';
import type { SavedDump } from './storage-dump.js';

/**
 * `interop migrate plan`: the model applied to two saved dumps, shaped for printing.
 * Everything here is data; format-plan.ts turns it into text.
 */
export interface MigrationPlan {
  readonly variant: CopyVariant | 'as-saved';
  readonly oldForm: SavedDump['form'];
  readonly procedure: ProcedureResult;
  /** What each copy variant does to the paste and parse steps (same dumps). */
  readonly variants: readonly { readonly variant: CopyVariant | 'as-saved'; readonly procedure: ProcedureResult }[];
  readonly counts: Readonly<Partial<Record<KeyOutcome, number>>>;
  readonly accounts: readonly AccountLine[];
  readonly otherKeys: readonly { readonly key: string; readonly outcome: KeyOutcome; readonly rule: string; readonly changes: readonly string[] }[];
  readonly prediction: MigrationPrediction;
}

export interface PlanOptions {
  /** The copy variant whose per-key result is shown; 'as-saved' pastes the old file's text as it is. */
  readonly variant?: CopyVariant | 'as-saved';
  readonly view?: AppsViewOptions;
}

/** Saved forms that are the text a user pastes after `raw = ` (the others are the bare string). */
function pasteableText(saved: SavedDump): string | undefined {
  return saved.form === 'json' ? undefined : saved.text;
}

export function planMigration(old: SavedDump, neu: SavedDump, options: PlanOptions = {}): MigrationPlan {
  const view = options.view;
  const asSaved = pasteableText(old);
  const run = (variant: CopyVariant | 'as-saved'): MigrationPrediction =>
    variant === 'as-saved'
      ? predictMigration({ old: old.dump, new: neu.dump, pasted: asSaved ?? old.text, ...(view ? { view } : {}) })
      : predictMigration({ old: old.dump, new: neu.dump, variant, ...(view ? { view } : {}) });
  const variant = options.variant ?? 'literal';
  const prediction = run(variant);
  const variants = [...COPY_VARIANT_IDS, ...(asSaved !== undefined ? (['as-saved'] as const) : [])].map((v) => ({ variant: v, procedure: run(v).procedure }));
  const counts: Partial<Record<KeyOutcome, number>> = {};
  for (const k of prediction.keys) counts[k.outcome] = (counts[k.outcome] ?? 0) + 1;
  return {
    variant,
    oldForm: old.form,
    procedure: prediction.procedure,
    variants,
    counts,
    accounts: accountLines(prediction, old.dump, neu.dump),
    otherKeys: prediction.keys.filter((k) => !isKeyringKind(k.kind)).map((k) => ({ key: k.key, outcome: k.outcome, rule: k.rule, changes: k.changes })),
    prediction,
  };
}
