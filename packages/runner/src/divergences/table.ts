import type { KnownDivergence } from './divergence.js';
import { BANANA_SPLIT_CARRIES_PHRASE_ONLY } from './records/banana-split-carries-phrase-only.js';
import { BATCH_KEY_TYPES_UNKNOWN } from './records/batch-key-types-unknown.js';
import { BIP39_SEED_ROUNDS_DIFFER } from './records/bip39-seed-rounds-differ.js';
import { ECDSA_PUBLIC_KEY_QR_ADDRESS } from './records/ecdsa-public-key-qr-address.js';
import { ETHEREUM_TYPED_PATH_REFUSED } from './records/ethereum-typed-path-refused.js';
import { HDKD_JUNCTIONS_AS_JS_NUMBERS } from './records/hdkd-junctions-as-js-numbers.js';
import { HDKD_PASSWORD_NFKD } from './records/hdkd-password-nfkd.js';
import { JUNCTION_RULES_DIFFER } from './records/junction-rules-differ.js';
import { LEGACY_SIGNER_ETHEREUM_INDEX_0 } from './records/legacy-signer-ethereum-index-0.js';
import { LEGACY_SIGNER_PASSWORD_CHARS, LEGACY_SIGNER_PATH_CHARS } from './records/legacy-signer-paths.js';
import { NFC_NORMALISATION_DIFFERS } from './records/nfc-normalisation-differs.js';
import { PHRASE_ALONE_LOSES_KEY_TYPE } from './records/phrase-alone-loses-key-type.js';
import { PHRASE_ALONE_LOSES_PATH } from './records/phrase-alone-loses-path.js';
import { PHRASE_IMPORT_TAKES_WORDS_ONLY } from './records/phrase-import-takes-words-only.js';
import { PHRASE_WORD_COUNT_REFUSED } from './records/phrase-word-count-refused.js';
import { RAW_SEED_PASSWORD_REFUSED } from './records/raw-seed-password-refused.js';
import { RAW_SEED_READ_AS_ETHEREUM } from './records/raw-seed-read-as-ethereum.js';
import { SCRYPT_PARAMS_REFUSED } from './records/scrypt-params-refused.js';
import { SECRET_QR_PAIR_THIRD_FIELD } from './records/secret-qr-pair-third-field.js';
import { SECRET_QR_READ_AS_ETHEREUM } from './records/secret-qr-read-as-ethereum.js';
import { SECRET_QR_READ_AS_SR25519 } from './records/secret-qr-read-as-sr25519.js';
import { SOFT_SECRET_QR_REFUSED } from './records/soft-secret-qr-refused.js';
import { VAULT_ANDROID_PATH_CHARS } from './records/vault-android-path-chars.js';

/** Every known divergence; the runner asks each one, and every one that covers a spec is reported. */
export const KNOWN_DIVERGENCES: readonly KnownDivergence[] = [
  PHRASE_ALONE_LOSES_KEY_TYPE,
  PHRASE_ALONE_LOSES_PATH,
  PHRASE_IMPORT_TAKES_WORDS_ONLY,
  PHRASE_WORD_COUNT_REFUSED,
  BANANA_SPLIT_CARRIES_PHRASE_ONLY,
  ETHEREUM_TYPED_PATH_REFUSED,
  JUNCTION_RULES_DIFFER,
  HDKD_JUNCTIONS_AS_JS_NUMBERS,
  HDKD_PASSWORD_NFKD,
  NFC_NORMALISATION_DIFFERS,
  BIP39_SEED_ROUNDS_DIFFER,
  SCRYPT_PARAMS_REFUSED,
  BATCH_KEY_TYPES_UNKNOWN,
  SECRET_QR_READ_AS_SR25519,
  SECRET_QR_READ_AS_ETHEREUM,
  SECRET_QR_PAIR_THIRD_FIELD,
  SOFT_SECRET_QR_REFUSED,
  LEGACY_SIGNER_PATH_CHARS,
  LEGACY_SIGNER_PASSWORD_CHARS,
  LEGACY_SIGNER_ETHEREUM_INDEX_0,
  VAULT_ANDROID_PATH_CHARS,
  RAW_SEED_PASSWORD_REFUSED,
  RAW_SEED_READ_AS_ETHEREUM,
  ECDSA_PUBLIC_KEY_QR_ADDRESS,
];
