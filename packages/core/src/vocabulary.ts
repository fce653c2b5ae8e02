/**
 * The plain-data half of the vocabulary: types, tables, rules and helpers (and the bounded input
 * reader) that load no crypto library, no oracle and no fast-check. Client profiles (their info, traits and capability
 * tables) and the CLI's start-up import this, so `interop --help` and `interop clients` never
 * pay for util-crypto, @noble/* or the arbitraries; the package root re-exports all of it too.
 */
export * from './account-spec.js';
export * from './artifact.js';
export * from './chromium.js';
export * from './client.js';
export * from './client-error.js';
export * from './client-traits.js';
export * from './hex.js';
export * from './identity.js';
export * from './input/read-bounded.js';
export * from './json-depth.js';
export * from './key-type.js';
export * from './keystore-json.js';
export * from './method.js';
export * from './networks.js';
export * from './oracle/derivation-rules.js';
export * from './outcome.js';
export * from './scrypt-header.js';
export * from './secret-kind-weights.js';
export * from './terminal-text.js';
export * from './unified-derive.js';
export * from './upstream-rule.js';
export * from './util-crypto-traits.js';
