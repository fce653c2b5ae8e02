import { ClientError } from '../client-error.js';
import type { DerivationRules } from './derivation-rules.js';

/** A secret URI split into its parts, as one rule set reads it. */
export interface ParsedSuri {
  /** The phrase or `0x` seed, as typed (after normalisation where the rules normalise). */
  readonly secret: string;
  /** `//hard/soft…`, without the password. */
  readonly path: string;
  /** The part after `///`; undefined when there is none. */
  readonly password?: string;
}

/**
 * util-crypto key/extractSuri.ts RE_CAPTURE (13.4.1 on): JavaScript's `.` in the password stops at
 * \n, \r, U+2028 and U+2029.
 */
const UTIL_CRYPTO_SURI = /^(0x[a-fA-F0-9]+|[\p{L}\d]+(?: [\p{L}\d]+)*)((?:\/\/?[^/]+)*)(?:\/\/\/(.*))?$/u;
/** sp-core SecretUri's regex `^(?P<phrase>[\d\w ]+)?(?P<path>(//?[^/]+)*)(///(?P<password>.*))?$`: Rust's `.` stops at \n only. */
const SP_CORE_SURI = /^([\p{L}\p{N}\p{M}\p{Pc} ]+)?((?:\/\/?[^/]+)*)(?:\/\/\/([^\n]*))?$/u;

/**
 * hdkd takes no secret URI: a polkadot-api script passes the phrase (mnemonicToEntropy), the
 * password (entropyToMiniSecret) and the path (createDerive) apart, so the text is only split
 * where the suri grammar puts them: the secret up to the first '/', the password after the first
 * '///'. Nothing is refused here (createDerive's parseDerivations skips what it does not match).
 */
function splitForHdkd(suri: string): ParsedSuri {
  const at = suri.indexOf('/');
  const secret = at < 0 ? suri : suri.slice(0, at);
  const rest = at < 0 ? '' : suri.slice(at);
  const pw = rest.indexOf('///');
  return pw < 0 ? { secret, path: rest } : { secret, path: rest.slice(0, pw), password: rest.slice(pw + 3) };
}

export function parseSuri(suri: string, rules: Pick<DerivationRules, 'junctions' | 'nfc'>): ParsedSuri {
  const text = rules.nfc ? suri.normalize('NFC') : suri;
  if (rules.junctions === 'hdkd') return splitForHdkd(text);
  const match = (rules.junctions === 'sp-core' ? SP_CORE_SURI : UTIL_CRYPTO_SURI).exec(text);
  if (match === null) throw new ClientError('E_PATH_INVALID', 'Unable to match provided value to a secret URI');
  const [, secret = '', path = '', password] = match;
  return password === undefined ? { secret, path } : { secret, path, password };
}
