import { esmEntryUrl, findPackageDir } from '@interop/core/profile';

/** The parts of @polkadot-labs/hdkd and hdkd-helpers a dapp or script calls (their own typings live in the profile). */
export interface KeyPair {
  readonly publicKey: Uint8Array;
}
export type CreateDerive = (seed: Uint8Array | string) => (path: string) => KeyPair;

export interface HdkdLibrary {
  readonly sr25519CreateDerive: CreateDerive;
  readonly ed25519CreateDerive: CreateDerive;
  readonly ecdsaCreateDerive: CreateDerive;
  readonly mnemonicToEntropy: (mnemonic: string) => Uint8Array;
  readonly entropyToMiniSecret: (entropy: Uint8Array, password?: string) => Uint8Array;
}

/**
 * Loads both packages from the profile's own install, hdkd-helpers as hdkd itself resolves it
 * (pnpm links it beside hdkd), so the functions a script imports from each are one module graph.
 */
export async function loadHdkd(profileDir: string): Promise<HdkdLibrary> {
  const hdkdDir = findPackageDir(profileDir, '@polkadot-labs/hdkd');
  if (hdkdDir === undefined) throw new Error(`@polkadot-labs/hdkd is not installed in ${profileDir} (run: npm run setup)`);
  const hdkd = (await import(esmEntryUrl(profileDir, '@polkadot-labs/hdkd').href)) as Pick<
    HdkdLibrary,
    'sr25519CreateDerive' | 'ed25519CreateDerive' | 'ecdsaCreateDerive'
  >;
  const helpers = (await import(esmEntryUrl(hdkdDir, '@polkadot-labs/hdkd-helpers').href)) as Pick<HdkdLibrary, 'mnemonicToEntropy' | 'entropyToMiniSecret'>;
  return {
    sr25519CreateDerive: hdkd.sr25519CreateDerive,
    ed25519CreateDerive: hdkd.ed25519CreateDerive,
    ecdsaCreateDerive: hdkd.ecdsaCreateDerive,
    mnemonicToEntropy: helpers.mnemonicToEntropy,
    entropyToMiniSecret: helpers.entropyToMiniSecret,
  };
}
