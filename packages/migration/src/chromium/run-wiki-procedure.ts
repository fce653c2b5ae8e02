import { type CopyVariant, pastedText } from '../copy-variants.js';
import type { StorageDump } from '../storage-dump.js';
import { DUMP_EXPRESSION, LOOP_SNIPPET, pasteStatement } from '../wiki-procedure.js';
import type { BrowserComputer, LaunchComputer } from './browser-computer.js';
import { type ObservedView, observeView } from './observed-view.js';
import { readStorage } from './read-storage.js';

/**
 * The wiki procedure in real Chromium, on two browser profiles ("computers") running the Apps
 * harness: the old one gets the old dump and is loaded by Apps; `JSON.stringify(localStorage)`
 * is evaluated there; the copy step turns the result into the pasted text; on the new one
 * `raw = <pasted>` and the loop are evaluated as the literal text the user types (page.evaluate
 * of the string: indirect eval in the page's global scope, sloppy mode, like the console);
 * then Apps is reloaded. Error messages of the page are never kept: they can quote the dump.
 */
export interface StepError {
  /** The error's name only (SyntaxError, TypeError, …). */
  readonly name: string;
}

/** The chain the harness connects Apps to (its `chain` RPC): it decides which entries loadAll hides. */
export interface HarnessChain {
  readonly name: string;
  readonly genesisHash: string;
  readonly ss58Format: number;
  readonly isEthereum: boolean;
}

export interface BrowserRun {
  readonly variant: CopyVariant | 'as-given';
  readonly chain: HarnessChain;
  /** The old computer's localStorage once Apps had loaded it (what the user dumps). */
  readonly oldStorage: StorageDump;
  /** What `JSON.stringify(localStorage)` returned on the old computer ('' when it threw). */
  readonly dumpString: string;
  /** `JSON.stringify(localStorage)` threw on the old computer (a `__proto__` key, rule D1): there is nothing to copy. */
  readonly dumpError?: StepError;
  /** The text pasted after `raw = ` (holds the dump: never print it). */
  readonly pasted: string;
  readonly pasteError?: StepError;
  readonly loopError?: StepError;
  /** The new computer's localStorage: before, right after the snippet, after the reload. */
  readonly newBefore: StorageDump;
  readonly newAfterSnippet: StorageDump;
  readonly newAfterReload: StorageDump;
  readonly viewBefore: ObservedView;
  readonly viewAfter: ObservedView;
}

function errorName(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /\b(SyntaxError|TypeError|ReferenceError|RangeError|QuotaExceededError)\b/.exec(message)?.[1] ?? 'Error';
}

async function evaluateStep(computer: BrowserComputer, text: string): Promise<StepError | undefined> {
  try {
    await computer.page.evaluate(text);
    return undefined;
  } catch (error) {
    return { name: errorName(error) };
  }
}

export interface RunOptions {
  readonly variant?: CopyVariant;
  /** The exact pasted text (overrides variant). */
  readonly pasted?: string;
  readonly network?: string;
}

/**
 * The procedure between two running computers: both are first set to the given dumps (clear,
 * setItem each, reload: Apps loads them), so one pair of browser profiles serves many runs.
 */
export async function runWikiProcedureOn(
  oldComputer: BrowserComputer,
  newComputer: BrowserComputer,
  old: StorageDump | undefined,
  neu: StorageDump | undefined,
  options: RunOptions = {},
): Promise<BrowserRun> {
  // Apps has loaded the old computer's storage (and may have rewritten entries) before the user dumps it.
  if (old !== undefined) await oldComputer.loadLocalStorage(old);
  else await oldComputer.reload();
  let dumpString = '';
  let dumpError: StepError | undefined;
  try {
    dumpString = (await oldComputer.page.evaluate(DUMP_EXPRESSION)) as string;
  } catch (error) {
    dumpError = { name: errorName(error) };
  }
  const oldStorage = await readStorage(oldComputer);
  const pasted = options.pasted ?? (dumpError ? '' : pastedText(dumpString, options.variant ?? 'literal'));

  // A reload gives the console a fresh global scope: no `raw` or `accounts` from an earlier run.
  if (neu !== undefined) await newComputer.loadLocalStorage(neu);
  else await newComputer.reload();
  const chain = await newComputer.call<HarnessChain>('chain');
  const newBefore = await readStorage(newComputer);
  const viewBefore = await observeView(newComputer);
  // A dump that threw leaves the user nothing to paste: steps 9 and 10 are not run.
  const pasteError = dumpError ? undefined : await evaluateStep(newComputer, pasteStatement(pasted));
  // The user runs step 10 whatever step 9 did; after a failed paste `raw` is not defined.
  const loopError = dumpError ? undefined : await evaluateStep(newComputer, LOOP_SNIPPET);
  const newAfterSnippet = await readStorage(newComputer);
  await newComputer.reload();
  const viewAfter = await observeView(newComputer);
  const newAfterReload = await readStorage(newComputer);
  return {
    variant: options.pasted !== undefined ? 'as-given' : (options.variant ?? 'literal'),
    chain,
    oldStorage,
    dumpString,
    ...(dumpError ? { dumpError } : {}),
    pasted,
    ...(pasteError ? { pasteError } : {}),
    ...(loopError ? { loopError } : {}),
    newBefore,
    newAfterSnippet,
    newAfterReload,
    viewBefore,
    viewAfter,
  };
}

/** The procedure on two fresh browser profiles. */
export async function runWikiProcedure(launch: LaunchComputer, old: StorageDump, neu: StorageDump, options: RunOptions = {}): Promise<BrowserRun> {
  const launchOptions = options.network ? { network: options.network } : {};
  const oldComputer = await launch(launchOptions);
  let newComputer: BrowserComputer | undefined;
  try {
    newComputer = await launch(launchOptions);
    return await runWikiProcedureOn(oldComputer, newComputer, old, neu, options);
  } finally {
    await Promise.allSettled([oldComputer.close(), newComputer?.close()]);
  }
}
