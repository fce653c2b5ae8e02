import { type AccountSpec, type ClientFactory, type Method, refusesTypedPath } from '@interop/core';
import { accountSpecArb } from '@interop/core/arbitraries';
import fc from 'fast-check';

/**
 * The accounts a cell generates. A plain phrase carries no path, so for sources that do not
 * restrict paths the account is the phrase's root key (what "I wrote down my phrase" means);
 * a source that makes derived keys by itself (Vault's network keys) says which through
 * `pathsFor`, and those are exactly the cases a phrase alone may not bring back.
 */
export function specArbFor(source: ClientFactory, method: Method, type: AccountSpec['type']): fc.Arbitrary<AccountSpec> {
  const create = source.capabilities().create;
  const phraseOnly = method === 'banana-split' || method === 'phrase' || method === 'phrase-path-type' || !create.seed[type].supported;
  const secret = method === 'raw-seed' ? 'seed' : phraseOnly ? 'phrase' : create.phrase[type].supported ? undefined : 'seed';
  const restricts = source.pathsFor !== undefined;
  const base = accountSpecArb({ type, secret, rootOnly: method === 'phrase' && !restricts });
  const arb = !restricts
    ? base
    : fc.tuple(base, fc.nat()).map(([spec, pick]) => {
        const allowed = source.pathsFor?.(type, method, spec.secret.kind);
        if (allowed === undefined) return method === 'phrase' ? { ...spec, path: '' } : spec;
        return { ...spec, path: allowed.length === 0 ? '' : (allowed[pick % allowed.length] as string) };
      });
  // Only keys the source's own screens let a user make: a path its derivation field takes (Vault's
  // Android screen: no blanks), a phrase of a length its phrase entry has boxes for (SubWallet).
  const traits = source.info.traits;
  const counts = traits.phraseWordCounts;
  return traits.typedPathRefuses === undefined && counts === undefined
    ? arb
    : arb.filter(
        (spec) =>
          !refusesTypedPath(traits, spec.path) &&
          (counts === undefined || spec.secret.kind !== 'phrase' || counts.includes(spec.secret.phrase.split(' ').length)),
      );
}
