import { launchAppsBrowserProfile } from '@interop/client-apps';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CopyVariant } from '../copy-variants.js';
import { quoteText } from '../safe-text.js';
import type { StorageDump } from '../storage-dump.js';
import { toDump } from '../testing/dump-arbitraries.js';
import { exampleDump } from '../testing/example-dumps.js';
import type { BrowserComputer, LaunchComputer } from './browser-computer.js';
import { compareWithModel, predictionFor } from './compare-with-model.js';
import { type BrowserRun, runWikiProcedureOn } from './run-wiki-procedure.js';

/**
 * The wiki procedure in real Chromium (two browser profiles with the Apps harness), once per
 * hostile value class and copy variant. Each run checks the documented result on what the
 * browser did, and that the Node model predicted the browser key for key.
 */
const launch = launchAppsBrowserProfile as unknown as LaunchComputer;
const OLD = exampleDump('hostile-names', 'old');
const NEW = exampleDump('hostile-names', 'new');
const BOB = 'account:0x8eaf04151687736326c9fea17e25fc5287613693c912909cb226aa4794f26a48';
const CHARLIE = 'account:0x90b5ab205c6974c9ea841be688864633dc9ca8a357843eeacf2314649965fe22';
const DAVE = 'address:0x306721211d5404bd9da88e0204360a1a9ab8b87c66c1bc2fcdd37f3c2222cc20';
const BOB_KEY = BOB.slice('account:'.length);
const DAVE_KEY = DAVE.slice('address:'.length);

function renamed(value: string, name: string): string {
  const json = JSON.parse(value) as { meta: Record<string, unknown> };
  json.meta.name = name;
  return JSON.stringify(json);
}

function oldWith(name: string): StorageDump {
  return toDump([
    ['settings', OLD.settings as string],
    [BOB, renamed(OLD[BOB] as string, name)],
    [DAVE, renamed(OLD[DAVE] as string, name)],
    [CHARLIE, OLD[CHARLIE] as string],
  ]);
}

const NEW_DUMP = toDump(Object.entries(NEW));

/** A run's fate as the browser showed it. */
function fate(run: BrowserRun): string {
  if (run.pasteError) return `paste ${run.pasteError.name}`;
  if (run.loopError) return `loop ${run.loopError.name}`;
  return 'completed';
}

function shownName(run: BrowserRun, section: 'accounts' | 'addresses', publicKey: string): string | null {
  return run.viewAfter[section].find((e) => e.publicKey === publicKey)?.name ?? null;
}

// Documented results, written from the wiki's text and RULES.md: `null` = not shown (skipped with a warning).
interface Expected {
  readonly name: string;
  readonly fates: Readonly<Record<CopyVariant, string>>;
  /** The names Apps shows for Bob's account and Dave's address book entry when the loop ran. */
  readonly shown: string | null;
}
// Raw contents between tick marks never get past JSON.parse for an Apps profile: the console decodes
// every \" of the account JSON (J1); with a ' in the dump they already fail at the paste (P2).
const CLASSES: readonly Expected[] = [
  { name: "O'Brien", fates: { literal: 'completed', 'raw-ticked': 'paste SyntaxError', 'literal-ticked': 'paste SyntaxError' }, shown: "O'Brien" },
  { name: 'say "hi"', fates: { literal: 'completed', 'raw-ticked': 'loop SyntaxError', 'literal-ticked': 'completed' }, shown: null },
  { name: `it's "both"`, fates: { literal: 'completed', 'raw-ticked': 'paste SyntaxError', 'literal-ticked': 'paste SyntaxError' }, shown: null },
  { name: 'C:\\temp\\new', fates: { literal: 'completed', 'raw-ticked': 'loop SyntaxError', 'literal-ticked': 'completed' }, shown: 'C:tempnew' },
  { name: 'two\nlines', fates: { literal: 'completed', 'raw-ticked': 'loop SyntaxError', 'literal-ticked': 'completed' }, shown: 'twonlines' },
  { name: 'Zoë 🔑 日本 \u2028', fates: { literal: 'completed', 'raw-ticked': 'loop SyntaxError', 'literal-ticked': 'completed' }, shown: 'Zoë 🔑 日本 \u2028' },
];

describe('the wiki procedure in Chromium, per hostile value class', () => {
  let oldComputer: BrowserComputer;
  let newComputer: BrowserComputer;

  beforeAll(async () => {
    [oldComputer, newComputer] = await Promise.all([launch(), launch()]);
  });
  afterAll(async () => {
    await Promise.allSettled([oldComputer?.close(), newComputer?.close()]);
  });

  for (const expected of CLASSES) {
    for (const variant of ['literal', 'raw-ticked', 'literal-ticked'] as const) {
      it(`${quoteText(expected.name)}, copied as ${variant}: ${expected.fates[variant]}`, async () => {
        const run = await runWikiProcedureOn(oldComputer, newComputer, oldWith(expected.name), NEW_DUMP, { variant });
        expect(fate(run)).toBe(expected.fates[variant]);
        if (fate(run) === 'completed') {
          expect(shownName(run, 'accounts', BOB_KEY)).toBe(expected.shown);
          expect(shownName(run, 'addresses', DAVE_KEY)).toBe(expected.shown);
          if (expected.shown === null) expect([...run.viewAfter.skippedKeys].sort()).toEqual([BOB, DAVE].sort());
          // The shared public key: the old computer's external Charlie replaced the new in-browser one.
          expect(run.viewAfter.accounts.find((a) => a.publicKey === CHARLIE.slice(8))).toMatchObject({ name: 'Charlie (extension)', hasSecret: false });
          expect(run.viewBefore.accounts.find((a) => a.publicKey === CHARLIE.slice(8))).toMatchObject({ name: 'Charlie', hasSecret: true });
        } else {
          expect(run.newAfterSnippet).toStrictEqual(run.newBefore);
        }
        expect(compareWithModel(run, predictionFor(run))).toEqual([]);
      });
    }
  }
});
