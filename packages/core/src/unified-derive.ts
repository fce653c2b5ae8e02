import type { DefaultKey } from './client-traits.js';
import type { KeyType } from './key-type.js';

const AT = 'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-base/src';

/** Where SubWallet 1.3.88 decides what its Derive account makes from a typed path, line by line. */
export const UNIFIED_DERIVE_SOURCES = {
  /** The path field's rule trims the text before its validator (L285-289); submit trims it again (L153-172). */
  modal: 'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-koni-ui/src/components/Modal/DeriveAccountActionModal.tsx#L285-L289',
  /** validateUnifiedDerivationPath and validateEvmDerivationPath. */
  unifiedAndEvm: `${AT}/utils/account/derive/validate.ts#L7-L87`,
  /** validateDerivationPath with no type (a unified account): unified, then EVM, TON, sr25519, Cardano, Bitcoin. */
  validate: `${AT}/utils/account/derive/validate.ts#L300-L326`,
  validateSr25519: `${AT}/utils/account/derive/validate.ts#L238-L267`,
  /** validateDerivePath: depth 1 or 2 only, and a type the account holds. */
  depth: `${AT}/services/keyring-service/context/handlers/Derive.ts#L129-L186`,
  /** derivationAccountProxyCreate: a unified path derives every key of the account, another one key of its type. */
  create: `${AT}/services/keyring-service/context/handlers/Derive.ts#L230-L387`,
  /** parseUnifiedSuriToDerivationPath: m/44'/60'/0'/0/{n}[/{m}] for the EVM key, the suri for sr25519, '' otherwise. */
  unifiedPaths: `${AT}/utils/account/derive/info/solo.ts#L29-L81`,
  /** derivePair: substrate.derive(suri), or evm.deriveCustom(path) where a path is given. */
  derivePair: `${AT}/utils/account/derive/info/solo.ts#L296-L329`,
  /** hdEthereum (evm.deriveCustom) refuses an index of 2^31 or more: "Invalid derivation path". */
  bip32Index: 'https://github.com/polkadot-js/common/blob/v13.5.5/packages/util-crypto/src/hd/validatePath.ts',
  /**
   * derivePair's `parentPair.substrate.derive(suri)` (solo.ts L327) is keyExtractPath of the path
   * alone in @subwallet/keyring 0.1.14 (pair/index.js, `get substrate`), and keyExtractPath does not
   * normalise: only keyExtractSuri does (NFC), which Import seed phrase's `<phrase><path>` goes through.
   */
  pathNotNormalised: 'https://github.com/polkadot-js/common/blob/v13.5.5/packages/util-crypto/src/key/extractPath.ts#L16-L35',
} as const;

/** One key Derive account makes: sr25519 by `pair.substrate.derive(suri)`, ethereum by `pair.evm.deriveCustom(path)`. */
export interface UnifiedDerivedKey {
  readonly type: 'sr25519' | 'ethereum';
  /** The suri (sr25519) or the BIP44 path without a leading slash (ethereum) SubWallet derives with. */
  readonly derivation: string;
}

/**
 * What SubWallet's Derive account does with a path typed under an account Import seed phrase made:
 * `keys` it derives of the contract's types (a TON, Cardano or Bitcoin path makes or refuses a key
 * of that chain only: 'other', no keys), or its own words when it refuses.
 */
export type UnifiedDerive =
  | { readonly ok: true; readonly kind: 'unified' | 'ethereum' | 'sr25519' | 'other'; readonly keys: readonly UnifiedDerivedKey[] }
  | { readonly ok: false; readonly message: string; readonly source: string };

const INVALID = 'Invalid derivation path';
const NOT_SUPPORTED = 'Derivation path not supported';

/** `parseInt(digits, 10)` as SubWallet writes it back into the suri: past 2^53 it rounds, past 10^21 it is `1e+21`. */
const index = (digits: string): string => `${Number.parseInt(digits, 10)}`;

/** BIP32's hardened bit: util-crypto's hdValidatePath refuses an index at or above it (hd/validatePath.ts). */
const HARDENED = 0x80000000;
const bip32Refuses = (...indexes: string[]): boolean => indexes.some((i) => Number.parseInt(i, 10) >= HARDENED);
const BIP32_REFUSAL: UnifiedDerive = { ok: false, message: INVALID, source: UNIFIED_DERIVE_SOURCES.bip32Index };

/**
 * validateUnifiedDerivationPath (validate.ts L7-47): `//n` with n >= 1, or `//n//m`, each index
 * through parseInt. Its keys (Derive.ts L287-313): the sr25519 key at that suri, the ethereum key at
 * m/44'/60'/0'/0/n[/m] (parseUnifiedSuriToDerivationPath), each account's key in turn, the first
 * throw ending it with nothing made: an index hdEthereum refuses (2^31 or more), or one parseInt no
 * longer writes as digits (the ethereum key then has no path and derivePair calls its substrate handler).
 */
function unified(typed: string): UnifiedDerive | undefined {
  const match = /^\/\/(\d+)(\/\/\d+)?$/.exec(typed);
  if (match === null) return undefined;
  const first = index(match[1] as string);
  const second = match[2] === undefined ? undefined : index(match[2].slice(2));
  if (second === undefined && first === '0') return undefined;
  const suri = second === undefined ? `//${first}` : `//${first}//${second}`;
  if (!/^\/\/(\d+)(\/\/\d+)?$/.test(suri)) {
    return { ok: false, message: 'Unable to create substrate handler for this keypair', source: UNIFIED_DERIVE_SOURCES.derivePair };
  }
  if (bip32Refuses(first, second ?? '0')) return BIP32_REFUSAL;
  const evm = second === undefined ? `m/44'/60'/0'/0/${first}` : `m/44'/60'/0'/0/${first}/${second}`;
  return {
    ok: true,
    kind: 'unified',
    keys: [
      { type: 'sr25519', derivation: suri },
      { type: 'ethereum', derivation: evm },
    ],
  };
}

/** validateEvmDerivationPath (L49-87): depth 0 for index 0 alone, 1 for n, 2 with a second index; and the indexes. */
function evmPath(typed: string): { depth: number; indexes: string[] } | undefined {
  const match = /^m\/44'\/60'\/0'\/0\/(\d+)(\/\d+)?$/.exec(typed);
  if (match === null) return undefined;
  const first = match[1] as string;
  if (match[2] !== undefined) return { depth: 2, indexes: [first, match[2].slice(1)] };
  return { depth: Number.parseInt(first, 10) === 0 ? 0 : 1, indexes: [first] };
}

/**
 * validateTonDerivationPath, validateCardanoDerivationPath, validateBitcoinDerivationPath (L89-236):
 * a key of a type the contract has none of; index 0 alone is depth 0. Undefined: none of them.
 */
function otherChainDepth(typed: string): number | undefined {
  const match =
    /^m\/44'\/607'\/(\d+)'(\/\d+')?$/.exec(typed) ??
    /^m\/1852'\/1815'\/(\d+)'(\/\d+')?$/.exec(typed) ??
    /^m\/(?:44|84|86)'\/[01]'\/(\d+)'\/0\/0(\/\d+)?$/.exec(typed);
  if (match === null) return undefined;
  if (match[2] !== undefined) return 2;
  return Number.parseInt(match[1] as string, 10) === 0 ? 0 : 1;
}

/** validateSr25519DerivationPath (L238-267): junctions `/x` or `//x` with no empty one and nothing between; its depth. */
function sr25519Depth(typed: string): number | undefined {
  const parts = typed.match(/\/(\/?)([^/]+)/g);
  if (parts === null || parts.join('') !== typed) return undefined;
  return parts.length;
}

const depthRefusal = (depth: number): UnifiedDerive | undefined =>
  depth < 1 || depth > 2 ? { ok: false, message: NOT_SUPPORTED, source: UNIFIED_DERIVE_SOURCES.depth } : undefined;

/**
 * SubWallet 1.3.88's Derive account on the unified account Import seed phrase made, for the text
 * typed as its derivation path. The field trims the text before it validates it (DeriveAccountActionModal.tsx
 * L285-289) and sends it trimmed (L153-172); derivationAccountProxyCreate validates that text again
 * (Derive.ts L244, validateDerivePath L129-186) and derives it. The order is validateDerivationPath's
 * with no type (validate.ts L300-326).
 */
export function unifiedDeriveAccount(typed: string): UnifiedDerive {
  const text = typed.trim();
  const asUnified = unified(text);
  if (asUnified !== undefined) return asUnified;
  const evm = evmPath(text);
  if (evm !== undefined) {
    const refused = depthRefusal(evm.depth) ?? (bip32Refuses(...evm.indexes) ? BIP32_REFUSAL : undefined);
    return refused ?? { ok: true, kind: 'ethereum', keys: [{ type: 'ethereum', derivation: text }] };
  }
  // TON paths come before sr25519 in the order, Cardano and Bitcoin after it, and none of them starts with '/'.
  const sr = sr25519Depth(text);
  if (sr !== undefined) return depthRefusal(sr) ?? { ok: true, kind: 'sr25519', keys: [{ type: 'sr25519', derivation: text }] };
  const other = otherChainDepth(text);
  if (other !== undefined) return depthRefusal(other) ?? { ok: true, kind: 'other', keys: [] };
  return { ok: false, message: INVALID, source: UNIFIED_DERIVE_SOURCES.unifiedAndEvm };
}

/**
 * What a user types into Derive account for a key written down with its path: the path as written,
 * a BIP44 path as SubWallet shows its own (`m/44'/…`, the suri's leading slash dropped). Undefined
 * where there is nothing to derive: no path (Import seed phrase made that key), or a type the
 * account holds no key of (ed25519, ecdsa).
 */
export function unifiedDeriveTyped(path: string, type: KeyType): string | undefined {
  if (path === '' || (type !== 'sr25519' && type !== 'ethereum')) return undefined;
  return type === 'ethereum' && path.startsWith('/m/') ? path.slice(1) : path;
}

/** The keys Derive account makes for a key written down with its path and type, as the oracle names them. */
export function unifiedDeriveRequests(path: string, type: KeyType): readonly DefaultKey[] {
  const typed = unifiedDeriveTyped(path, type);
  if (typed === undefined) return [];
  const derive = unifiedDeriveAccount(typed);
  if (!derive.ok) return [];
  // The sr25519 path is derived as typed, never NFC-normalised (UNIFIED_DERIVE_SOURCES.pathNotNormalised).
  return derive.keys.map((k) => (k.type === 'ethereum' ? { type: 'ethereum', path: `/${k.derivation}` } : { type: 'sr25519', path: k.derivation, nfc: false }));
}
