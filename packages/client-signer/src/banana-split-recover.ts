import { ClientError } from '@interop/core';
import secrets from 'secrets.js-grempe';
import nacl from 'tweetnacl';
import { bananaSplitKey } from './banana-split-key.js';
import { type BananaShare, decodeStrictBase64, parseBananaShare } from './banana-split-share.js';

function refuse(message: string): never {
  throw new ClientError('E_SHARES', message);
}

/**
 * Collects shares as Vault's scanner does, banana-recovery-rust src/shares.rs
 * (`ShareSet::try_add_share`): every share must match the first in version, title, required count,
 * nonce and bits, bring a new id and data of the same length. Once `required` shares are in, the
 * rest are not read (the set is combined).
 */
function collect(texts: readonly string[]): BananaShare[] {
  const shares: BananaShare[] = [];
  for (const text of texts) {
    const share = parseBananaShare(text);
    const first = shares[0];
    if (first !== undefined) {
      if (share.version !== first.version) refuse('Share could not be added to the set, because its version is different.');
      if (share.title !== first.title) refuse('Share could not be added to the set, because its title is different.');
      if (share.required !== first.required) refuse('Share could not be added to the set, because it has different number of required shards.');
      if (share.nonce !== first.nonce) refuse('Share could not be added to the set, because its nonce is different.');
      if (share.bits !== first.bits) refuse('Share could not be added to the set, because its bits setting is different.');
      if (shares.some((s) => s.id === share.id)) refuse('Share is already in the set.');
      if (share.content.length !== first.content.length) refuse('Share could not be added to the set, because its content length is different.');
    }
    shares.push(share);
    if (shares.length >= share.required) break;
  }
  return shares;
}

/** A share in secrets.js's own text form: bits char, id in hex, data in hex. */
function secretsJsShare(share: BananaShare): string {
  const idHex = share.id.toString(16).padStart((2 ** share.bits - 1).toString(16).length, '0');
  return `${share.bits.toString(36)}${idHex}${Buffer.from(share.content).toString('hex')}`;
}

/** What recovering a Banana Split set gives: the secret and the set's title (Vault's key set name). */
export interface BananaSplitSecret {
  readonly secret: string;
  readonly title: string;
}

/**
 * Recovers the secret of a Banana Split set the way Vault does (rust/qr_reader_phone/src/
 * process_payload.rs with banana-recovery-rust): collect shares, ask for the passphrase only once
 * `required` distinct shares are in, combine (Shamir over GF(2^8), here with secrets.js as the
 * Banana Split web app does), then open the NaCl secretbox with the scrypt key. A box that does
 * not open is "Banana Split password is wrong". The message of a refusal never holds share data.
 */
export function recoverBananaSplit(texts: readonly string[], passphrase: string | undefined): BananaSplitSecret {
  if (texts.length === 0) refuse('no shares given');
  const shares = collect(texts);
  const first = shares[0]!;
  if (shares.length < first.required) refuse(`not enough shares: have ${shares.length}, need ${first.required}`);
  if (first.bits !== 8) refuse(`shares use a ${first.bits}-bit field; Banana Split writers (Vault, the web app) use 8 and only those are combined here`);
  if (passphrase === undefined) throw new ClientError('E_PASSWORD_REQUIRED', 'the Banana Split set is complete; its passphrase is needed');
  let combined: string;
  try {
    combined = secrets.combine(shares.map(secretsJsShare));
  } catch (error) {
    // e.g. a share id of 0, which no writer produces (Vault's own combine would panic on it)
    refuse(`the shares do not combine: ${(error as Error).message}`);
  }
  const sealed = new Uint8Array(Buffer.from(combined, 'hex'));
  const nonce = decodeStrictBase64(first.nonce);
  if (nonce === undefined) refuse('Nonce is not in base64 format');
  // Vault hands the nonce to XSalsa20Poly1305 as a fixed 24-byte array: any other length panics
  // there (GenericArray::from_slice); here it is a refusal.
  if (nonce.length !== nacl.secretbox.nonceLength) refuse(`the nonce is ${nonce.length} bytes, not 24`);
  const opened = nacl.secretbox.open(sealed, nonce, bananaSplitKey(passphrase, first.title));
  if (opened === null) throw new ClientError('E_PASSWORD_WRONG', 'Banana Split password is wrong');
  let secret: string;
  try {
    secret = new TextDecoder('utf-8', { fatal: true }).decode(opened);
  } catch {
    refuse('Decoded secret could not be displayed as a string.');
  }
  return { secret, title: first.title };
}
