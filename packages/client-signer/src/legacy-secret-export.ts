import { ruleRefusal } from '@interop/core';
import { u8aToHex } from '@polkadot/util';
import { LEGACY_RULES } from './legacy-rules.js';
import { legacyPathFragments, type ParsedPath } from './path-rules.js';
import { sr25519HardPathMiniSecret } from './sr25519-hard-mini-secret.js';

/**
 * `isSubstrateHardDerivedPath` (src/utils/identitiesUtils.ts:87-94 at v4.5.3-beta): a substrate path
 * with at least one junction, every one of them hard. The path menu hides Export Account otherwise.
 */
export function isLegacyHardDerivedPath(path: string): boolean {
  const fragments = legacyPathFragments(path);
  return fragments.length > 0 && fragments.every((fragment) => fragment.startsWith('//'));
}

/**
 * The secret of Export Account (LEGACY_RULES.derivedSecret): react-native-substrate-sign 1.1.1's
 * `KeyPair::get_derived_secret` of phrase + path + ///password. It takes the root mini-secret with
 * the password as its BIP39 password, derives each junction but the last as a key, and returns the
 * last one's hard mini-secret. On a path of hard junctions only (the only paths it is offered on)
 * that is the mini-secret of each hard junction in turn, so its sr25519 expansion is the path's key.
 */
export function legacyDerivedSecret(phrase: string, parsed: ParsedPath): Uint8Array {
  if (!isLegacyHardDerivedPath(parsed.path)) throw ruleRefusal(LEGACY_RULES.secretExportOffered, 'E_UNSUPPORTED');
  return sr25519HardPathMiniSecret(phrase, parsed);
}

/** The QR text of Export Account (LEGACY_RULES.secretExportPayload): `secret:0x<secret>:<genesis hash>:<path name>`. */
export function legacySecretQr(phrase: string, parsed: ParsedPath, genesisHash: string, name: string): string {
  return `secret:${u8aToHex(legacyDerivedSecret(phrase, parsed))}:${genesisHash}:${name}`;
}
