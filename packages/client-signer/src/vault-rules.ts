import type { UpstreamRule, UpstreamSource } from '@interop/core';

const VAULT = 'novasamatech/parity-signer';
/** Polkadot Vault 7.2.0 (commit 3c46e7dd), the release this profile models. */
const RELEASE = 'v7.2.0';

function vault(path: string, lines: string): UpstreamSource {
  return { repo: VAULT, ref: RELEASE, path, lines };
}

const IDENTITIES = 'rust/db_handling/src/identities.rs';
const INTERFACE = 'rust/db_handling/src/interface_signer.rs';
const HELPERS = 'rust/definitions/src/helpers.rs';
const ANDROID = 'android/src/main/java/io/parity/signer';
/** tiny-bip39 1.0.0 from crates.io (rust/Cargo.lock), the phrase check Vault calls. */
const TINY_BIP39 = (path: string, lines: string): UpstreamSource => ({ repo: 'maciejhirsz/tiny-bip39', ref: 'v1.0.0', path, lines });

/**
 * The rules of Polkadot Vault 7.2.0 this model follows, each where it is written. Vault is Rust
 * with native screens; none of it runs here, so every rule the model encodes is one of these
 * records, and every refusal of the model names one (`ruleRefusal`). vault-rules.spec.ts shows
 * each of them.
 */
export const VAULT_RULES = {
  regPath: {
    id: 'vault.reg-path',
    claim:
      "A derivation is //hard and /soft junctions of any text but '/', then an optional ///password that may not be empty; the derive screen does not go on with anything else (derivation_check: BadFormat)",
    source: vault(IDENTITIES, '93-98'),
  },
  androidNoSpaces: {
    id: 'vault.android-path-no-spaces',
    claim:
      "Vault's Android derive screen refuses a derivation with a blank anywhere, the ///password included (checkPath: CONTAIN_SPACES): the field shows the error and the header's Done button goes on only when every check is ALL_GOOD (DerivationPathScreen.kt L59-60, L84-92). The keyboard's Done key skips the check (the path field's L113-119, the password field's L253-255, both onDoneLocal), and the backend's REG_PATH, which takes blanks, then derives the key: this model follows the screen's button. iOS leaves the path to REG_PATH",
    source: vault(`${ANDROID}/screens/createderivation/DerivationCreateViewModel.kt`, '96-112'),
    message: 'The derivation path name can’t contain spaces',
  },
  androidPathRegex: {
    id: 'vault.android-path-regex',
    claim:
      "Vault's Android derive screen checks the path with ^((//?[^/]+)*)(///.*)?$ in java.util.regex, whose '.' stops at \\r, U+0085, U+2028 and U+2029 as well as \\n: a ///password holding one of them is WRONG_PATH there (the header's Done button stays disabled; the keyboard's Done key skips the check, as for blanks), where Rust's REG_PATH stops at \\n only",
    source: vault(`${ANDROID}/screens/createderivation/DerivationPathAnalyzer.kt`, '19-23'),
  },
  passwordNotStored: {
    id: 'vault.password-not-stored',
    claim: 'A key is stored with its path cut before ///password and only a has_pwd flag: the password itself is kept nowhere',
    source: vault(IDENTITIES, '870-876'),
  },
  seedNameRequired: {
    id: 'vault.seed-name-required',
    claim: 'A key set needs a name',
    source: vault(IDENTITIES, '922-925'),
    message: 'Seed name is empty.',
  },
  phraseInput: {
    id: 'vault.phrase-input',
    claim:
      'The recovery screen trims and lower-cases each typed word ("word could be capitalized by keyboard autocompletion") and joins the words with one space',
    source: vault(`${ANDROID}/screens/keysets/restore/KeysetRecoverViewModel.kt`, '56-57'),
  },
  phraseWords: {
    id: 'vault.phrase-english-words',
    claim:
      'A phrase is split on single spaces and every word must be in the English BIP39 list (validate_mnemonic = tiny-bip39 Mnemonic::validate, rust/db_handling/src/helpers.rs:686-688)',
    source: TINY_BIP39('src/mnemonic.rs', '186-194'),
    message: 'invalid word in phrase',
  },
  phraseWordCount: {
    id: 'vault.phrase-word-count',
    claim: 'A phrase has 12, 15, 18, 21 or 24 words',
    source: TINY_BIP39('src/mnemonic_type.rs', '54-65'),
    message: 'invalid number of words in phrase',
  },
  phraseChecksum: {
    id: 'vault.phrase-checksum',
    claim: 'The BIP39 checksum of the phrase must hold',
    source: TINY_BIP39('src/mnemonic.rs', '203-216'),
    message: 'invalid checksum',
  },
  freshNetworks: {
    id: 'vault.fresh-database-networks',
    claim: 'A fresh Vault holds three network specs, all sr25519: polkadot (order 0), kusama (1), westend (2)',
    source: vault('rust/defaults/src/lib.rs', '125-182'),
  },
  encryptionFromNetwork: {
    id: 'vault.encryption-from-network',
    claim:
      "A derived key takes the encryption of the network spec it is made in, and specs are keyed by genesis hash and encryption (rust/definitions/src/keyring.rs:72-80): an ed25519 or ecdsa key needs a spec of that encryption, which only an add_specs QR brings (signed by the network's verifier where it has one)",
    source: vault(IDENTITIES, '861-864'),
  },
  addSpecs: {
    id: 'vault.add-specs',
    claim:
      "An add_specs QR (signed by the network's verifier where it has one; unsigned, with a warning, for a chain without one) adds one network spec (genesis hash + encryption); a chain already held under another name or prefix is refused",
    source: vault('rust/transaction_parsing/src/add_specs.rs', '23-46'),
  },
  addSpecsGeneralVerifier: {
    id: 'vault.add-specs-general-verifier',
    claim:
      "A fresh Vault's Polkadot, Kusama and Westend are verified by the general verifier (defaults/src/lib.rs L211-222), which is Parity's key c46a22b9…bd57 (L85-102; cold_default.rs L237-239): an add_specs QR for any encryption of these chains is taken only if that key signed it; an unsigned one is refused (NeedGeneralVerifier), as is one signed by another key (GeneralVerifierChanged). Only a Vault whose general certificate was removed, which wipes its database (android ResetUseCase.kt wipeNoGeneralCertWithAuth L56-77, then cold_default.rs signer_init_no_cert L241-246), takes an unsigned one",
    source: vault('rust/transaction_parsing/src/add_specs.rs', '613-658'),
    message:
      'General verifier in the database is public key: c46a22b9da19540a77cbde23197e5fd90485c72b4ecf3c599ecca6998f39bd57, encryption: sr25519. Received unsigned {name} network information could be accepted only if signed by the general verifier.',
  },
  addSpecsKnown: {
    id: 'vault.add-specs-known',
    claim:
      "An add_specs QR for a spec held with the same title, colours, logo and path_id is refused (specs_are_new); one that differs only in those is stored again, ordered after every spec held (add_network_specs: order = specs in the tree). A fresh Vault's own Polkadot, Kusama and Westend are titled by name, generate_message's `<name>-<encryption>`",
    source: vault('rust/transaction_parsing/src/helpers.rs', '117-145'),
    message: 'Exactly same network specs for network {name} with encryption {encryption} are already in the database.',
  },
  addSpecsDefaults: {
    id: 'vault.add-specs-defaults',
    claim: "Specs made by generate_message keep the chain's name, path_id //<name> and logo, and are titled <name>-<encryption> unless a title is given",
    source: vault('rust/generate_message/src/helpers.rs', '708-729'),
  },
  networkOrder: {
    id: 'vault.network-order',
    claim:
      "An added spec is ordered after the ones already held (order = number of specs in the tree, so a spec added after a replacement shares the replacement's order). The network list is SPECSTREE in key order (helpers.rs get_all_networks L76-83), sorted stably by order (interface_signer.rs L279, show_all_networks, which Android's getManagedNetworks lists): specs of one order are listed by key, the encryption first (ed25519, sr25519, ecdsa, ethereum: definitions/src/keyring.rs L62-80), then the genesis hash",
    source: vault('rust/db_handling/src/db_transactions.rs', '570-574'),
  },
  keySet: {
    id: 'vault.key-set',
    claim: 'A new or recovered key set holds its root key (empty path, no network, sr25519) and the path_id key (//<name>) of each network the user selected',
    source: vault(IDENTITIES, '1136-1181'),
  },
  preselectedNetworks: {
    id: 'vault.preselected-networks',
    claim:
      "The network list of a new or recovered key set preselects every network titled Polkadot, Kusama or Westend, the title being the spec's name capitalised (interface_signer.rs:273, Models.kt:295-300), whatever its encryption",
    source: vault(`${ANDROID}/domain/usecases/AllNetworksUseCase.kt`, '14-17'),
  },
  keyDerivation: {
    id: 'vault.key-derivation',
    claim:
      "A key is sp-core Pair::from_string(phrase + path) of the network's encryption (Ethereum networks: ecdsa, no BIP44); sp-core's ed25519 and ecdsa pairs refuse soft junctions",
    source: vault(IDENTITIES, '335-357'),
    message: 'Secret string error: InvalidPath',
  },
  junctionEncoding: {
    id: 'vault.junction-encoding',
    claim:
      "A junction that Rust's u64 parser accepts (digits, an optional '+', at most 2^64-1) is an 8-byte little-endian number, anything else a SCALE string, hashed with blake2b-256 when longer than 32 bytes: DeriveJunction::from of sp-core 6.0.0 (primitives/core/src/crypto.rs at substrate rev 49734dd, the rev this line pins; that tree is too large to bring here, so it is read through the copy the legacy Signer shipped to match it, react-native-substrate-sign 1.1.1 rust/signer/src/sr25519.rs:141-195)",
    source: vault('rust/db_handling/Cargo.toml', '19'),
  },
  addressDisplay: {
    id: 'vault.address-display',
    claim:
      "A key in a network is shown as ss58 at the network's prefix (an ecdsa key as the ss58 of its own 33 bytes), or as an H160 on an Ethereum network; the root key, in no network, in the BareSr25519 format (prefix 1)",
    source: vault(HELPERS, '151-195'),
  },
  ethereumAddress: {
    id: 'vault.ethereum-address',
    claim: 'The H160 of an Ethereum network key is the last 20 bytes of keccak-256 of the 64-byte uncompressed key, printed lower-case with 0x',
    source: vault(HELPERS, '235-251'),
  },
  publicKeyQr: {
    id: 'vault.public-key-qr',
    claim: 'A key is exported as the QR text <substrate|ethereum>:<the address Vault shows>:0x<genesis hash>, with no key type in it',
    source: vault(INTERFACE, '343-358'),
  },
  secretQr: {
    id: 'vault.secret-qr',
    claim:
      'A Secret QR holds secret:0x<secret>:<genesis hex>: the 32-byte seed sp-core returns for sr25519 paths of hard junctions only, the 64-byte secret key + nonce below a soft one, the 32-byte seed for ed25519 and ecdsa (prepare_secret_key_for_export; the text is formatted by generate_secret_qr, L1831-1836)',
    source: vault(IDENTITIES, '1641-1688'),
  },
  backupDerivations: {
    id: 'vault.backup-derivations',
    claim:
      "The key set backup lists, per network, each key's path and a lock for a ///password (network_title is the spec's name); it shows neither the password nor the key's encryption, and not the root key",
    source: vault(INTERFACE, '393-427'),
  },
  bananaSplitShares: {
    id: 'vault.banana-split-shares',
    claim: 'Vault splits a key set into 4 Banana Split shares by default, of which n/2 + 1 are required',
    source: vault(`${ANDROID}/screens/scan/bananasplitcreate/BananaSplit.kt`, '4-9'),
  },
  bananaSplitContent: {
    id: 'vault.banana-split-content',
    claim: "A Banana Split set carries the key set's phrase, titled with the key set's name: no path, no network, no encryption",
    source: vault(`${ANDROID}/domain/storage/BananaSplitRepository.kt`, '32-40'),
  },
  bananaSplitPassphrase: {
    id: 'vault.banana-split-passphrase',
    claim:
      'Vault generates the passphrase (banana_recovery::generate: EFF long-list words); the user cannot type one. This model takes the password it is given instead: any text keys the scrypt alike',
    source: vault(`${ANDROID}/screens/scan/bananasplitcreate/create/CreateBananaSplitScreen.kt`, '25-30'),
  },
  bananaSplitMnemonic: {
    id: 'vault.banana-split-mnemonic',
    claim: 'A recovered Banana Split secret must be a valid phrase as it is, with no clean-up',
    source: vault('rust/qr_reader_phone/src/process_payload.rs', '76-82'),
    message: 'Parsed mnemonic is invalid',
  },
  bananaSplitWrongPassword: {
    id: 'vault.banana-split-wrong-password',
    claim: "A secretbox that does not open (banana_recovery's DecodingFailed) is reported as a wrong passphrase",
    source: vault('rust/qr_reader_phone/src/process_payload.rs', '85-87'),
    message: 'Banana Split password is wrong',
  },
} as const satisfies Record<string, UpstreamRule>;

export type VaultRuleName = keyof typeof VAULT_RULES;
