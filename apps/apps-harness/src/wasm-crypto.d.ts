// The Apps profile's @polkadot/wasm-crypto is not a top-level package of the profile (util-crypto
// brings it), so tsconfig's `paths` find no types for it; build-bundle.ts aliases the import to
// the copy util-crypto itself loads. These are the two exports the page uses.
declare module '@polkadot/wasm-crypto' {
  export const bridge: { readonly wasm: unknown };
  export const packageInfo: { readonly name: string; readonly version: string };
}

// The same for @polkadot/networks: the defaults the page passes to Apps' Ledger rule.
declare module '@polkadot/networks/defaults' {
  export const knownGenesis: Readonly<Record<string, readonly string[]>>;
  export const knownLedger: Readonly<Record<string, number>>;
}
