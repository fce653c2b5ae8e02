// Types for secrets.js-grempe 2.0.0 (CommonJS, ships no usable declaration): only what this
// package's specs call; it is the Banana Split web app's Shamir library, an independent check here. Shares are strings: one base-36 char for the field bits, the share id in hex,
// the share data in hex.
declare module 'secrets.js-grempe' {
  interface ShareComponents {
    readonly bits: number;
    readonly id: number;
    readonly data: string;
  }
  interface Secrets {
    share(secretHex: string, numShares: number, threshold: number, padLength?: number): string[];
    combine(shares: readonly string[], at?: number): string;
    extractShareComponents(share: string): ShareComponents;
    init(bits?: number): void;
    /** Lagrange interpolation at `at` over the current field (exported for its own unit tests). */
    _lagrange(at: number, x: readonly number[], y: readonly number[]): number;
  }
  const secrets: Secrets;
  export = secrets;
}
