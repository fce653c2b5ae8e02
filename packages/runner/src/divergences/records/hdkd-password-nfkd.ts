import { type DerivationRules, parseSuri, suriOf } from '@interop/core';
import type { DivergenceContext, KnownDivergence, Prediction } from '../divergence.js';
import { artifactSecret, predictedKeys, targetAsksForSpecKey, targetRequests } from '../target-derivations.js';

/** The text that salts substrate-bip39's PBKDF2 under one rule set, or undefined when it takes no password from this spec. */
function salt(ctx: DivergenceContext, rules: DerivationRules): string | undefined {
  try {
    const password = parseSuri(suriOf({ secret: artifactSecret(ctx), path: ctx.spec.path }), rules).password;
    if (password === undefined) return undefined;
    return rules.passwordNormalisation === 'NFKD' ? password.normalize('NFKD') : password;
  } catch {
    return undefined;
  }
}

/**
 * Where one client NFKD-normalises the `///password` and the other does not, a password whose
 * salt then differs (any precomposed letter, ligature, full-width or circled character) gives
 * another mini-secret, so every key of the phrase under that password differs. Only phrases are
 * salted: a raw seed takes no password in any client.
 */
function predict(ctx: DivergenceContext): Prediction | undefined {
  if (ctx.source.derivation.passwordNormalisation === ctx.target.derivation.passwordNormalisation) return undefined;
  if (artifactSecret(ctx).kind !== 'phrase' || !targetAsksForSpecKey(ctx)) return undefined;
  const theirs = salt(ctx, ctx.target.derivation);
  const ours = salt(ctx, ctx.source.derivation);
  if (theirs === undefined || ours === undefined || theirs === ours) return undefined;
  const requests = targetRequests(ctx);
  return requests === undefined ? undefined : { kind: 'keys', keys: predictedKeys(ctx, requests) };
}

export const HDKD_PASSWORD_NFKD: KnownDivergence = {
  id: 'hdkd-password-nfkd',
  claim:
    "polkadot-api's key stack (hdkd-helpers entropyToMiniSecret) NFKD-normalises the derivation password before it salts the mini-secret; util-crypto salts with the password as typed after the suri's NFC, sp-core (substrate-bip39) as typed: a password with a precomposed letter ('café'), a ligature or a full-width character gives another key",
  sources: [
    'https://github.com/polkadot-labs/hdkd/blob/hdkd-helpers-v0.0.30/packages/hdkd-helpers/src/substrateBip39.ts#L6-L7',
    'https://github.com/polkadot-js/common/blob/v13.5.7/packages/util-crypto/src/mnemonic/toMiniSecret.ts#L11-L23',
    'https://github.com/polkadot-js/common/blob/v13.5.7/packages/util-crypto/src/key/extractSuri.ts#L21-L22',
  ],
  scenario: 'scenarios/bugs/papi-password-nfkd.json',
  predict,
};
