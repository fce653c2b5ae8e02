import type { AppsEntryView, AppsViewOptions, Section } from '../apps-view.js';
import { type KeyPrediction, type MigrationPrediction, type ProcedureResult, predictMigration } from '../migration-model.js';
import { quoteShort } from '../safe-text.js';
import type { StorageDump } from '../storage-dump.js';
import type { ObservedEntry, ObservedView } from './observed-view.js';
import type { BrowserRun } from './run-wiki-procedure.js';

/**
 * Key for key: does the Node model predict what the real procedure did in Chromium?
 * The model gets what the browsers held (the old computer's storage and dump string as Apps
 * left them, the pasted text, the new computer's storage before), never what happened after.
 * Differences name keys and fields, never values.
 */
export interface Difference {
  readonly key?: string;
  readonly what: string;
}

/** What loadAll is given on the harness's chain (client-apps operations/load-all.ts: Apps' own options). */
export function viewOptionsOf(run: BrowserRun, now = Date.now()): AppsViewOptions {
  return { genesisHash: run.chain.genesisHash, keyringType: run.chain.isEthereum ? 'ethereum' : 'ed25519', now };
}

export function predictionFor(run: BrowserRun, view: AppsViewOptions = viewOptionsOf(run)): MigrationPrediction {
  // When the browser's dump threw there is no dump string: the model works out the dump step itself (D1).
  if (run.dumpError) return predictMigration({ old: run.oldStorage, new: run.newBefore, view });
  return predictMigration({ old: run.oldStorage, new: run.newBefore, pasted: run.pasted, dumpString: run.dumpString, view });
}

function observedProcedure(run: BrowserRun): string {
  if (run.dumpError) return `dump ${run.dumpError.name}`;
  if (run.pasteError) return `paste ${run.pasteError.name}`;
  if (run.loopError) return run.loopError.name === 'SyntaxError' ? 'parse SyntaxError' : `loop ${run.loopError.name}`;
  return 'completed';
}

function predictedProcedure(p: ProcedureResult): string {
  if (p.status === 'completed') return 'completed';
  if (p.status === 'runs-code') return 'runs-code';
  return `${p.stage} ${p.error}`;
}

function compareStorage(label: string, predicted: StorageDump, observed: StorageDump, out: Difference[]): void {
  for (const key of new Set([...Object.keys(predicted), ...Object.keys(observed)])) {
    const p = Object.hasOwn(predicted, key) ? predicted[key] : undefined;
    const o = Object.hasOwn(observed, key) ? observed[key] : undefined;
    if (p === o) continue;
    const what =
      p === undefined
        ? 'present in the browser, not predicted'
        : o === undefined
          ? 'predicted, absent in the browser'
          : `value differs (${[...p].length} vs ${[...o].length} characters)`;
    out.push({ key, what: `${label}: ${what}` });
  }
}

const SECTIONS: readonly Section[] = ['accounts', 'addresses', 'contracts'];

function compareView(
  label: string,
  keys: readonly KeyPrediction[],
  pick: (k: KeyPrediction) => AppsEntryView,
  observed: ObservedView,
  out: Difference[],
): void {
  for (const section of SECTIONS) {
    const predicted = new Map<string, { key: string; view: Extract<AppsEntryView, { status: 'listed' }> }>();
    for (const k of keys) {
      const v = pick(k);
      if (v.status === 'listed' && v.section === section) predicted.set(v.publicKey.toLowerCase(), { key: k.key, view: v });
    }
    const seen = new Map<string, ObservedEntry>(observed[section].map((e) => [e.publicKey.toLowerCase(), e]));
    for (const [publicKey, { key, view }] of predicted) {
      const entry = seen.get(publicKey);
      if (!entry) {
        out.push({ key, what: `${label}: predicted in ${section}, Apps does not show it` });
        continue;
      }
      if ((view.name ?? '') !== entry.name)
        out.push({ key, what: `${label}: name predicted ${quoteShort(view.name ?? '')}, Apps shows ${quoteShort(entry.name)}` });
      if (section === 'accounts' && entry.hasSecret !== undefined && view.holdsSecret !== entry.hasSecret)
        out.push({ key, what: `${label}: predicted ${view.holdsSecret ? 'with' : 'without'} a secret, Apps shows it ${entry.hasSecret ? 'with' : 'without'}` });
    }
    for (const publicKey of seen.keys()) {
      if (!predicted.has(publicKey)) out.push({ what: `${label}: Apps shows ${section} entry ${publicKey}, not predicted` });
    }
  }
  const predictedSkips = new Set(keys.filter((k) => pick(k).status === 'skipped').map((k) => k.key));
  const observedSkips = new Set(observed.skippedKeys);
  for (const key of predictedSkips) if (!observedSkips.has(key)) out.push({ key, what: `${label}: predicted skipped with a warning, no warning seen` });
  for (const key of observedSkips) if (!predictedSkips.has(key)) out.push({ key, what: `${label}: ui-keyring warned it cannot load it, not predicted` });
}

export function compareWithModel(run: BrowserRun, prediction: MigrationPrediction): Difference[] {
  const out: Difference[] = [];
  const predicted = predictedProcedure(prediction.procedure);
  const observed = observedProcedure(run);
  if (predicted === 'runs-code') return [{ what: 'the pasted text runs as code: the model makes no prediction (P3)' }];
  // (After a failed paste the user's step 10 meets an undefined `raw`: ReferenceError, still nothing written.)
  if (predicted !== observed) out.push({ what: `procedure: predicted ${predicted}, the browser ${observed}` });
  compareStorage('after the snippet', prediction.result, run.newAfterSnippet, out);
  compareView('before', prediction.keys, (k) => k.before, run.viewBefore, out);
  compareView('after the reload', prediction.keys, (k) => k.after, run.viewAfter, out);
  return out;
}
