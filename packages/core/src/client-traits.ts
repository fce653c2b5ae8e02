import type { KeyType } from './key-type.js';
import type { DerivationRules } from './oracle/derivation-rules.js';

/** Scrypt parameters of a keystore JSON (`encoded` header: N, p, r). */
export interface ScryptParams {
  readonly N: number;
  readonly p: number;
  readonly r: number;
}

/** One key a client makes from a phrase by itself. */
export interface DefaultKey {
  readonly path: string;
  readonly type: KeyType;
  /**
   * false: the path reaches the derivation as typed, without the suri's Unicode NFC (a derive screen
   * that hands the path alone to keyExtractPath, as SubWallet's Derive account does). Absent: the
   * client's own `derivation.nfc`.
   */
  readonly nfc?: false;
}

/**
 * What a client does with secrets, as facts verdicts are conditioned on: a known divergence
 * names the traits two clients differ in (never the clients), and the runner evaluates it. Each
 * client states its traits with the upstream source; tests hold them against the client's code.
 */
export interface ClientTraits {
  /** How `<secret><path>` becomes a key. */
  readonly derivation: DerivationRules;
  /**
   * The keys a phrase alone restores, with no path and no type given: the root sr25519 key in
   * the polkadot-js clients; the root and network keys in Vault; the network keys and a BIP44
   * ethereum account in the React Native Signer.
   */
  readonly phraseDefaults: readonly DefaultKey[];
  /** Keystore JSON: the scrypt parameters written, and those accepted. Absent: no JSON at all. */
  readonly keystore?: { readonly writes: ScryptParams; readonly reads: readonly ScryptParams[] };
  /**
   * Ethereum accounts from a phrase: 'as-typed' (the BIP44 path the user types, index 0 when the
   * field is left as it starts), 'index-0-appended' (the client appends /m/44'/60'/0'/0/0 itself
   * and refuses a phrase that carries a path), 'index-0-only' (index 0 whether written out or not;
   * any other path refused: the React Native Signer).
   * Absent: no ethereum accounts from a phrase.
   */
  readonly ethereumPath?: 'as-typed' | 'index-0-appended' | 'index-0-only';
  /**
   * Network paths recreated for every encryption the client holds a network spec of (Vault: a
   * key set has //polkadot, //kusama, //westend in each spec of those chains it holds). Absent:
   * none beyond phraseDefaults.
   */
  readonly networkKeysPerSpec?: readonly string[];
  /** A `///password` on a raw seed: 'refused' (Apps' Create: "Password are ignored for hex seed"). Absent: taken (and ignored by util-crypto). */
  readonly rawSeedPassword?: 'refused';
  /**
   * The key type a raw seed becomes on import, whatever type it was noted for, with no path (SubWallet's
   * Import from private key reads 32 hex bytes as an ethereum private key). Absent: the type and path noted beside it.
   */
  readonly rawSeedAs?: KeyType;
  /** The key type a scanned `secret:` QR becomes. Absent: the client reads no Secret QR. */
  readonly secretQrAs?: KeyType;
  /**
   * How a scanned `secret:` QR whose secret is not 32 bytes is read: 'third-field-as-public-key'
   * makes an sr25519 pair of that secret key with the QR's third field as its public key, unchecked
   * (SubWallet's Import by QR code). Absent: refused (the polkadot-js clients).
   */
  readonly secretQrPair?: 'third-field-as-public-key';
  /** Where the secret of a Secret QR of a soft-derived sr25519 key is 64 bytes (key + nonce), as Vault 7.2 writes it. */
  readonly softSecretQr?: 'secret-key-64';
  /**
   * What the address of a public-key QR this client writes encodes: 'key-bytes' is the ss58 of the
   * public key as it is (33 bytes for ecdsa, sp-core's Ss58Codec, as Vault writes it), not the
   * 32-byte account id (blake2 of an ecdsa key) that polkadot-js shows. Absent: writes none.
   */
  readonly publicKeyQrAddress?: 'key-bytes';
  /**
   * 'words-only': the client's phrase import has one field, the words, and no path or key type
   * (SubWallet's Import seed phrase): a phrase artifact restores `phraseDefaults` whatever path
   * and type were written next to it. Absent: the import takes the path and type too.
   */
  readonly phraseImport?: 'words-only';
  /**
   * 'unified-derive-account': after a words-only import, the user types the written path into the
   * client's Derive account, which takes it by its own rules (SubWallet: unified-derive.ts). Absent:
   * a words-only import keeps its defaults.
   */
  readonly phraseDerive?: 'unified-derive-account';
  /** Which derivation paths the client's UI takes: the suri grammar, Vault's REG_PATH, or the React Native Signer's regexes. */
  readonly pathSyntax: 'suri' | 'vault-reg-path' | 'legacy-signer';
  /**
   * Characters the client's derivation field refuses before its path grammar: `anywhere` in the
   * typed derivation, `inPassword` after its first `///` (Vault's Android derive screen: a blank
   * anywhere, and the line terminators java.util.regex's '.' stops at in the password). Absent: none.
   */
  readonly typedPathRefuses?: { readonly anywhere: readonly string[]; readonly inPassword: readonly string[] };
  /**
   * The word counts the client's phrase entry takes (SubWallet's Import seed phrase: a box per word,
   * 12, 15 or 24 of them). Absent: every BIP39 length, 12 to 24.
   */
  readonly phraseWordCounts?: readonly number[];
  /**
   * Key types beyond sr25519, ed25519, ecdsa and ethereum that the client's batch JSON export holds
   * for an account made from a phrase (SubWallet: TON, Cardano and six Bitcoin keys). Absent: none.
   */
  readonly batchExtraKeyTypes?: readonly string[];
  /**
   * Key types the client's keyring loads from a stored JSON. Absent: sr25519, ed25519, ecdsa and
   * ethereum, as the polkadot-js keyring (@polkadot/keyring createPair).
   */
  readonly keyringTypes?: readonly string[];
}
