import { ClientError, sourceUrl } from '@interop/core';
import { PAPI_SOURCES } from './papi-sources.js';

/**
 * A throw of hdkd or hdkd-helpers as {code, message}, the library's own text kept: its BIP39
 * errors (bip39.ts), createDeriveKeyPairFn's refusal of soft junctions for ed25519 and ecdsa
 * (utils.ts), and the RangeError createChainCode hits when junction text does not fit 32 bytes.
 */
export function papiError(error: unknown): ClientError {
  if (error instanceof ClientError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/mnemonic|entropy|wordlist/i.test(message)) return new ClientError('E_PHRASE_INVALID', message);
  if (/Soft derivations are not supported/.test(message)) return new ClientError('E_PATH_INVALID', `${message} (${sourceUrl(PAPI_SOURCES.softRefused)})`);
  if (error instanceof RangeError) {
    return new ClientError(
      'E_PATH_INVALID',
      `${message}: a junction's SCALE text is longer than the 32-byte chain code (${sourceUrl(PAPI_SOURCES.chainCode)})`,
    );
  }
  return new ClientError('E_CLIENT_REFUSED', message);
}
