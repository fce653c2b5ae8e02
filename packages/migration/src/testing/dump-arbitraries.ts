import { hostileTextArb } from '@interop/core/arbitraries';
import fc from 'fast-check';
import { type StorageDump, setEntry } from '../storage-dump.js';
import { exampleEntries } from './example-dumps.js';

/**
 * Generated localStorage dumps for model tests: real ui-keyring entries of the examples with
 * hostile names put into their meta (a name change needs no re-encryption), `settings`, and
 * other keys with hostile text — keys from a small pool so that the two computers share some.
 */
const ENTRIES = exampleEntries();

export const SEED = Number(process.env.INTEROP_SEED ?? 42);

/** Text that trips every stage: quotes of both kinds, backslashes, controls, lone surrogates, `${`, backticks. */
export const nastyTextArb: fc.Arbitrary<string> = fc.oneof(
  hostileTextArb(),
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal `${` in a name
  fc.constantFrom('', "'", '"', '`', '${x}', '\\', '\\"', "\\'", '\n', '\u2028', '\ud800', '\udc00x', '</script>', '<!--', "'+'", "');alert(1);('"),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

function withName(json: string, name: string): string {
  const parsed = JSON.parse(json) as { meta: Record<string, unknown> };
  parsed.meta.name = name;
  return JSON.stringify(parsed);
}

/** A ui-keyring entry (key and value) from the examples, optionally renamed. */
export const keyringEntryArb: fc.Arbitrary<[string, string]> = fc
  .tuple(fc.constantFrom(...ENTRIES), fc.option(nastyTextArb, { nil: undefined }))
  .map(([[key, value], name]) => [key, name === undefined ? value : withName(value, name)]);

const settingsArb = fc
  .record({ apiUrl: fc.oneof(fc.constantFrom('wss://rpc.polkadot.io', 'wss://westend-rpc.polkadot.io'), nastyTextArb), storage: fc.constantFrom('on', 'off') })
  .map((s) => ['settings', JSON.stringify(s)] as [string, string]);

const otherKeyArb = fc.oneof(fc.constantFrom('types', 'custom-endpoints', '__proto__', 'constructor', '0', '10', 'toString'), nastyTextArb);
const otherEntryArb: fc.Arbitrary<[string, string]> = fc.tuple(
  otherKeyArb,
  fc.oneof(
    nastyTextArb,
    nastyTextArb.map((t) => JSON.stringify({ t })),
  ),
);

export function toDump(entries: readonly (readonly [string, string])[]): StorageDump {
  const out: Record<string, string> = {};
  for (const [k, v] of entries) setEntry(out, k, v);
  return out;
}

export const dumpArb: fc.Arbitrary<StorageDump> = fc
  .array(fc.oneof({ weight: 4, arbitrary: keyringEntryArb }, { weight: 1, arbitrary: settingsArb }, { weight: 2, arbitrary: otherEntryArb }), { maxLength: 8 })
  .map(toDump);

/** Two computers; some keys on both (the same entry, or the same key with another value). */
export const dumpPairArb: fc.Arbitrary<{ old: StorageDump; new: StorageDump }> = fc
  .tuple(dumpArb, dumpArb, fc.array(fc.boolean(), { maxLength: 8 }))
  .map(([old, neu, share]) => {
    const shared = Object.entries(old).filter((_, i) => share[i]);
    return { old, new: toDump([...Object.entries(neu), ...shared]) };
  });
