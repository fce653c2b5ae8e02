import { type AccountLine, accountLines } from '../account-summary.js';
import type { AppsViewOptions } from '../apps-view.js';
import type { CopyVariant } from '../copy-variants.js';
import { OUTCOME_ORDER, procedureWords } from '../format-plan.js';
import type { MigrationPrediction } from '../migration-model.js';
import { plainOrQuoted, quoteShort } from '../safe-text.js';
import type { StorageDump } from '../storage-dump.js';
import { appsBrowserLauncher, type LaunchComputer } from './browser-computer.js';
import { compareWithModel, type Difference, predictionFor } from './compare-with-model.js';
import type { ObservedEntry } from './observed-view.js';
import { type BrowserRun, runWikiProcedure } from './run-wiki-procedure.js';

/** `interop migrate verify`: the real procedure in Chromium, what happened to each account, and the model's prediction checked key for key. */
export interface VerifyReport {
  readonly run: BrowserRun;
  readonly prediction: MigrationPrediction;
  readonly accounts: readonly (AccountLine & { readonly observed: string })[];
  readonly differences: readonly Difference[];
  readonly matches: boolean;
}

export interface VerifyOptions {
  readonly launch?: LaunchComputer;
  readonly view?: AppsViewOptions;
  readonly network?: string;
}

function observedWords(line: AccountLine, run: BrowserRun): string {
  const section = line.section === 'account' ? 'accounts' : line.section === 'address' ? 'addresses' : 'contracts';
  const hex = line.key.slice(line.key.indexOf(':') + 1).toLowerCase();
  const entry: ObservedEntry | undefined = run.viewAfter[section].find((e) => e.publicKey === hex);
  if (run.viewAfter.skippedKeys.includes(line.key)) return 'Apps warns "Unable to load" and does not show it';
  if (!entry) return 'Apps does not show it';
  const secret = section === 'accounts' ? (entry.hasSecret ? ' with its secret' : ' without a secret') : '';
  return `Apps shows ${quoteShort(entry.name)}${secret}`;
}

export async function verifyInChromium(
  old: StorageDump,
  neu: StorageDump,
  variant: CopyVariant = 'literal',
  options: VerifyOptions = {},
): Promise<VerifyReport> {
  const launch = options.launch ?? (await appsBrowserLauncher());
  const run = await runWikiProcedure(launch, old, neu, { variant, ...(options.network ? { network: options.network } : {}) });
  const prediction = options.view ? predictionFor(run, options.view) : predictionFor(run);
  const differences = compareWithModel(run, prediction);
  const accounts = accountLines(prediction, run.oldStorage, run.newBefore).map((line) => ({ ...line, observed: observedWords(line, run) }));
  return { run, prediction, accounts, differences, matches: differences.length === 0 };
}

export function formatVerify(report: VerifyReport): string {
  const { run } = report;
  const out: string[] = [];
  out.push(`Chromium, two profiles; copy step: ${run.variant}.`);
  out.push(
    `  raw = <pasted>: ${run.pasteError ? `threw ${run.pasteError.name}` : 'ok'}; the loop: ${run.loopError ? `threw ${run.loopError.name}` : 'ran'}; Apps reloaded.`,
  );
  out.push(`  The model predicted: ${procedureWords(report.prediction.procedure)}`);
  out.push('');
  out.push('Per account, address-book entry and contract (model outcome -> what Apps showed after the reload):');
  const accounts = [...report.accounts].sort((a, b) => OUTCOME_ORDER.indexOf(a.outcome) - OUTCOME_ORDER.indexOf(b.outcome));
  for (const a of accounts) {
    const names =
      a.nameOld !== undefined && a.nameNew !== undefined && a.nameOld !== a.nameNew
        ? `old ${quoteShort(a.nameOld)}, new ${quoteShort(a.nameNew)}`
        : quoteShort(a.nameOld ?? a.nameNew ?? '');
    out.push(`  ${a.outcome.padEnd(17)} ${a.section.padEnd(8)} ${plainOrQuoted(a.address)}  ${names}  -> ${a.observed}  (${a.rule})`);
    for (const c of a.changes) out.push(`      ${c}`);
  }
  if (report.accounts.length === 0) out.push('  none');
  out.push('');
  if (report.matches) out.push('The model predicted the browser key for key: every value after the snippet, every entry Apps showed, every warning.');
  else {
    out.push(`The model and the browser differ (${report.differences.length}):`);
    for (const d of report.differences) out.push(`  ${d.key !== undefined ? `${quoteShort(d.key)}: ` : ''}${d.what}`);
  }
  return `${out.join('\n')}\n`;
}

export function verifyJson(report: VerifyReport): unknown {
  return {
    variant: report.run.variant,
    browser: { pasteError: report.run.pasteError?.name ?? null, loopError: report.run.loopError?.name ?? null },
    predicted: report.prediction.procedure,
    accounts: report.accounts,
    matches: report.matches,
    differences: report.differences,
  };
}
