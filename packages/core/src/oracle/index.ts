export { type DerivationRules, HDKD_RULES, SP_CORE_RULES, sameDerivationRules, UTIL_CRYPTO_RULES } from './derivation-rules.js';
export { expectedPublicKey } from './expected-key.js';
export { type Junction, junctionsOf } from './junction.js';
export { ledgerKey } from './ledger-key.js';
export { type ParsedSuri, parseSuri } from './parse-suri.js';
