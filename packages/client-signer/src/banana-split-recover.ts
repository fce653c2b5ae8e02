import { ClientError } from '@interop/core';
import nacl from 'tweetnacl';
import { bananaSplitKey } from './banana-split-key.js';
import { BANANA_RULES } from './banana-split-rules.js';
import { type BananaShare, decodeStrictBase64, parseBananaShare } from './banana-split-share.js';
import { galoisField, lagrangeAtZero } from './galois-field.js';
import { refuseBy } from './rule-refusal.js';
import { VAULT_RULES } from './vault-rules.js';

/** A set that has its required shares: the sealed secret and its nonce, as `SetCombined` holds them. */
interface CombinedSet {
  readonly title: string;
  readonly sealed: Uint8Array;
  readonly nonce: Uint8Array;
}

/** `ShareSet::try_add_share` (src/shares.rs 291-319): the checks, in the crate's order. */
function checkJoins(first: BananaShare, ids: readonly number[], share: BananaShare): void {
  const checks: readonly [boolean, (typeof BANANA_RULES)[keyof typeof BANANA_RULES]][] = [
    [share.version !== first.version, BANANA_RULES.setVersion],
    [share.title !== first.title, BANANA_RULES.setTitle],
    [share.required !== first.required, BANANA_RULES.setRequired],
    [share.nonce !== first.nonce, BANANA_RULES.setNonce],
    [share.bits !== first.bits, BANANA_RULES.setBits],
    [ids.includes(share.id), BANANA_RULES.setNewId],
    [share.content.length !== first.content.length, BANANA_RULES.setContentLength],
  ];
  for (const [fails, rule] of checks) if (fails) throw refuseBy(rule, 'E_SHARES');
}

/**
 * `SetInProgress::combine` (src/shares.rs 212-270): Lagrange at 0 per position, each value's
 * `bits` low bits joined most significant first, leading zero bits and the marker bit dropped,
 * the rest read as bytes (a last partial byte padded with zeros); then the nonce is decoded.
 */
function combine(shares: readonly BananaShare[]): CombinedSet {
  const first = shares[0]!;
  const field = galoisField(first.bits);
  const ids = shares.map((s) => s.id);
  const bits: number[] = [];
  for (let position = 0; position < first.content.length; position++) {
    const value = lagrangeAtZero(
      field,
      ids,
      shares.map((s) => s.content[position]!),
    );
    for (let bit = first.bits - 1; bit >= 0; bit--) bits.push((value >>> bit) & 1);
  }
  const marker = bits.indexOf(1);
  const payload = marker < 0 ? [] : bits.slice(marker + 1);
  const sealed = new Uint8Array(Math.ceil(payload.length / 8));
  payload.forEach((bit, i) => {
    sealed[i >> 3]! |= bit << (7 - (i & 7));
  });
  const nonce = decodeStrictBase64(first.nonce);
  if (nonce === undefined) throw refuseBy(BANANA_RULES.nonceBase64, 'E_SHARES');
  return { title: first.title, sealed, nonce };
}

/**
 * Scans shares in order as Vault's QR reader does (rust/qr_reader_phone/src/process_payload.rs
 * with the crate's `ShareSet`): the first share opens a set, each next one is checked and added,
 * and the set is combined when an added share brings it to the required count; shares after that
 * are not read. Returns the combined set, or refuses with "more shares" when the scan ends first.
 */
function scan(texts: readonly string[]): CombinedSet {
  const shares: BananaShare[] = [];
  for (const text of texts) {
    const share = parseBananaShare(text);
    const first = shares[0];
    if (first === undefined) {
      shares.push(share);
      continue;
    }
    checkJoins(
      first,
      shares.map((s) => s.id),
      share,
    );
    shares.push(share);
    if (shares.length >= first.required) return combine(shares);
  }
  const first = shares[0];
  throw refuseBy(
    BANANA_RULES.moreShares,
    'E_SHARES',
    first === undefined ? 'no shares given' : `not enough shares: have ${shares.length}, need ${first.required}`,
  );
}

/** What recovering a Banana Split set gives: the secret and the set's title (Vault's key set name). */
export interface BananaSplitSecret {
  readonly secret: string;
  readonly title: string;
}

/**
 * Recovers the secret of a Banana Split set the way Vault does: scan until the set combines, ask
 * for the passphrase only then, open the NaCl secretbox with the scrypt key
 * (`recover_with_passphrase`, src/shares.rs 347-383). A box that does not open is Vault's
 * "Banana Split password is wrong". No refusal quotes share data or the passphrase.
 */
export function recoverBananaSplit(texts: readonly string[], passphrase: string | undefined): BananaSplitSecret {
  const set = scan(texts);
  if (passphrase === undefined) throw new ClientError('E_PASSWORD_REQUIRED', 'the Banana Split set is complete; its passphrase is needed');
  if (set.nonce.length !== nacl.secretbox.nonceLength) {
    throw refuseBy(BANANA_RULES.nonceLength, 'E_SHARES', `the nonce is ${set.nonce.length} bytes, not 24 (Vault itself panics on it)`);
  }
  const opened = nacl.secretbox.open(set.sealed, set.nonce, bananaSplitKey(passphrase, set.title));
  if (opened === null) throw refuseBy(VAULT_RULES.bananaSplitWrongPassword, 'E_PASSWORD_WRONG');
  let secret: string;
  try {
    secret = new TextDecoder('utf-8', { fatal: true }).decode(opened);
  } catch {
    throw refuseBy(BANANA_RULES.notString, 'E_SHARES');
  }
  return { secret, title: set.title };
}
