import type { UpstreamRule, UpstreamSource } from '@interop/core';

const SIGNER = 'novasamatech/parity-signer';
/** The last React Native Parity Signer release (package.json version 4.5.3-beta). */
const RELEASE = 'v4.5.3-beta';

function legacy(path: string, lines: string): UpstreamSource {
  return { repo: SIGNER, ref: RELEASE, path, lines };
}
/** Its Rust key code (react-native-substrate-sign 1.1.1 is built from it; the tree was dropped before v4.5.3-beta). */
function legacyRust(path: string, lines: string): UpstreamSource {
  return { repo: SIGNER, ref: 'v4.2.7-beta', path, lines };
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
    source: legacy('src/utils/suri.ts', '102-116'),
  },
  networkKeys: {
    id: 'legacy.network-keys',
    claim: 'Polkadot, Kusama and Westend keys are //polkadot, //kusama, //westend (pathId), sr25519, at prefixes 0, 2, 42; there is no root key',
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
    claim: 'An account is shown as substrate:<address>:<genesis hash> or ethereum:0x<address>@<chain id>',
    source: legacy('src/utils/account.ts', '27-52'),
  },
} as const satisfies Record<string, UpstreamRule>;

export type LegacyRuleName = keyof typeof LEGACY_RULES;
