import type { UpstreamRule, UpstreamSource } from '@interop/core';

const SIGNER = 'novasamatech/parity-signer';
/** The last React Native Parity Signer release (package.json version 4.5.3-beta). */
const RELEASE = 'v4.5.3-beta';

function legacy(path: string, lines: string): UpstreamSource {
  return { repo: SIGNER, ref: RELEASE, path, lines };
}
/**
 * Its Rust key code as the release shipped it. v4.5.3-beta's yarn.lock pins react-native-substrate-sign
 * 1.1.1 by integrity (sha512-UUAkl2Dba1cj…); that npm tarball's rust/signer/src is the tree of this commit
 * ("bump version" to 1.1.1), file for file. The Signer's own rust/signer (last at v4.2.7-beta) is an older
 * copy: its sr25519.rs lacks the derived-secret functions 1.1.1 added.
 */
export const SUBSTRATE_SIGN_1_1_1 = { repo: 'paritytech/react-native-substrate-sign', ref: '6bf55b5fa78ec753ef80e9a3d1fd6d44717b6f2d' };

export function legacyRust(path: string, lines: string): UpstreamSource {
  return { ...SUBSTRATE_SIGN_1_1_1, path, lines };
}

/** The rules of the React Native Signer this model follows; legacy-rules.spec.ts shows each. */
export const LEGACY_RULES = {
  pathChars: {
    id: 'legacy.path-chars',
    claim:
      "The Path field takes //hard and /soft junctions of ASCII letters, digits, '_', '-' and '.' only (validateDerivedPath); anything else marks the field and disables Next (src/screens/PathDerivation.tsx:86, 158). The keyboard's done key on the Display Name or password field calls the same derivation without the test (L132, L148), and the Rust core (RE_SURI, any text but '/') then derives the key: this model follows the Next button",
    source: legacy('src/utils/regex.ts', '23'),
  },
  passwordChars: {
    id: 'legacy.password-chars',
    claim:
      "The derivation password field keeps a keystroke only while the text is ASCII letters, digits, '_' and '-', at most 1024 of them (passwordRegex; src/components/PasswordInput.tsx:35-37): any other password cannot be typed",
    source: legacy('src/utils/regex.ts', '26'),
  },
  passwordAppended: {
    id: 'legacy.password-appended',
    claim: 'The secret is always phrase + path + "///" + password, an empty password included (the same key as none)',
    source: legacy('src/utils/suri.ts', '118-126'),
  },
  networkKeys: {
    id: 'legacy.network-keys',
    claim:
      'Polkadot, Kusama and Westend keys are //polkadot, //kusama, //westend (pathId), sr25519, at prefixes 0, 2, 42; the network list makes no root key (a custom path may be left empty, which is the root)',
    source: legacy('src/constants/networkSpecs.ts', '142-204'),
  },
  defaultNetwork: {
    id: 'legacy.default-network',
    claim: 'A derivation with no network chosen goes to Kusama',
    source: legacy('src/constants/networkSpecs.ts', '302'),
  },
  sr25519Only: {
    id: 'legacy.sr25519-only',
    claim: 'Substrate keys are sr25519 only (substrateAddress of react-native-substrate-sign)',
    source: legacy('src/utils/native.ts', '151-162'),
  },
  bip44Ethereum: {
    id: 'legacy.bip44-ethereum',
    claim: "The Ethereum account is BIP39 seed (empty passphrase) + BIP32 m/44'/60'/0'/0/0, shown EIP-55 checksummed; no other index",
    source: legacyRust('rust/signer/src/eth.rs', '61-69'),
  },
  phraseTrimEnd: {
    id: 'legacy.phrase-trim-end',
    claim: 'A recovered phrase is kept as typed minus trailing blanks, not lower-cased',
    source: legacy('src/screens/IdentityNew.tsx', '82-87'),
  },
  brainWallet: {
    id: 'legacy.brain-wallet',
    claim: 'A phrase that is not BIP39 becomes a Parity brain wallet; this model does not cover brain wallets and refuses it',
    source: legacy('src/screens/IdentityNew.tsx', '88-93'),
  },
  publicKeyQr: {
    id: 'legacy.public-key-qr',
    claim:
      "A path's screen shows the QR <account id>:<path name>, the account id being substrate:<address>:<genesis hash> or ethereum:0x<address>@<chain id> (generateAccountId, src/utils/account.ts:27-52)",
    source: legacy('src/screens/PathDetails.tsx', '169'),
  },
  pathName: {
    id: 'legacy.path-name',
    claim:
      "A path's name in its QRs is the name it was given, else 'No name' for the Ethereum account (saved with none), 'Identity root' for the root, or its junctions after the first without slashes; a network's key is named '<title> root' when it is made (NetworkSelector.tsx:99)",
    source: legacy('src/utils/identitiesUtils.ts', '359-373'),
  },
  secretExportOffered: {
    id: 'legacy.secret-export-offered',
    claim:
      "A path's menu offers Export Account only on a substrate path whose every junction is hard (isSubstrateHardDerivedPath, src/utils/identitiesUtils.ts:87-94): not on a soft junction, the root, or an Ethereum account",
    source: legacy('src/screens/PathDetails.tsx', '152-157'),
    summary: 'the legacy Signer offers Export Account only on a path of hard junctions',
  },
  secretExportPayload: {
    id: 'legacy.secret-export-payload',
    claim:
      "Export Account shows the QR secret:0x<secret>:<network key>:<account name>, where the secret is the 32-byte mini-secret of phrase + path + ///password (KeyPair::get_derived_secret: the last hard junction's mini-secret, whose sr25519 expansion is the path's key) and the network key a substrate network's genesis hash",
    source: legacy('src/screens/PathSecret.tsx', '55-56'),
  },
  derivedSecret: {
    id: 'legacy.derived-secret',
    claim:
      'The exported secret derives every junction but the last as a key, then returns the last junction hard-derived as a mini-secret; the ///password is the BIP39 password of the root mini-secret',
    source: legacyRust('rust/signer/src/sr25519.rs', '27-64'),
  },
} as const satisfies Record<string, UpstreamRule>;

export type LegacyRuleName = keyof typeof LEGACY_RULES;
