export * from './account-spec.js';
export * from './derivation-path.js';
export * from './hostile-text.js';
export * from './phrase.js';
