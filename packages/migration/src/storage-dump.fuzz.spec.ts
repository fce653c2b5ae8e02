import { ClientError } from '@interop/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planMigration } from './plan.js';
import { parseSavedDump } from './storage-dump.js';
import { SEED } from './testing/dump-arbitraries.js';

/**
 * Whatever a saved dump file holds, `migrate plan` reads it into a dump or refuses it with a
 * ClientError; a dump that parses is planned without throwing. No TypeError from a value of the
 * wrong type, no RangeError from nesting, no prototype trickery.
 */
function onlyClientErrors<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof ClientError)) throw error;
    return undefined;
  }
}

const key = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'length', 'settings', 'account:0x12', 'address:0x'),
  fc.string(),
);
const value = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
);
const dumpObject = fc.array(fc.tuple(key, value), { maxLength: 6 }).map((entries) => {
  const out: Record<string, string> = {};
  for (const [k, v] of entries) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  return out;
});

/** The forms a file takes: JSON, between tick marks, as a JS or JSON string literal, broken, wrapped in junk. */
const savedText = fc.oneof(
  dumpObject.map((d) => JSON.stringify(d)),
  dumpObject.map((d) => `'${JSON.stringify(d)}'`),
  dumpObject.map((d) => JSON.stringify(JSON.stringify(d))),
  dumpObject.map((d) => `\`${JSON.stringify(d)}\``),
  dumpObject.map((d) => JSON.stringify(d).slice(0, -3)),
  fc.jsonValue().map((v) => JSON.stringify(v) ?? ''),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.nat({ max: 3000 }).map((n) => `{"a":${'['.repeat(n)}${']'.repeat(n)}}`),
  fc.nat({ max: 3000 }).map((n) => `'${'['.repeat(n)}'`),
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a pasted template with a substitution
  fc.constantFrom("''", '""', '``', '`${alert(1)}`', "'a' + 'b'", '\\', "'\\u{110000}'", "'\\x'", '\uFEFF{}'),
);

describe('the dump parser never throws anything but ClientError (fast-check)', () => {
  it('parseSavedDump, then planMigration on what it parsed', () => {
    fc.assert(
      fc.property(savedText, savedText, (oldText, newText) => {
        const old = onlyClientErrors(() => parseSavedDump(oldText, 'old'));
        const neu = onlyClientErrors(() => parseSavedDump(newText, 'new'));
        if (old && neu) expect(planMigration(old, neu).accounts).toBeDefined();
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});
