import type { UpstreamSource } from '@interop/core/vocabulary';

const REPO = 'polkadot-labs/hdkd';
/** The tags of the releases this profile installs: hdkd-helpers 0.0.30 and hdkd 0.0.28. */
const HELPERS = 'hdkd-helpers-v0.0.30';
const HDKD = 'hdkd-v0.0.28';

/** The upstream lines this client follows, by what they decide. */
export const PAPI_SOURCES = {
  /** The recipe a dapp or script follows: mnemonicToEntropy, entropyToMiniSecret, sr25519CreateDerive(miniSecret)(path). */
  recipe: { repo: REPO, ref: HDKD, path: 'packages/hdkd/README.md', lines: '27-40' },
  chainCode: { repo: REPO, ref: HELPERS, path: 'packages/hdkd-helpers/src/createChainCode.ts', lines: '3-8' },
  passwordNfkd: { repo: REPO, ref: HELPERS, path: 'packages/hdkd-helpers/src/substrateBip39.ts', lines: '6-7' },
  mnemonic: { repo: REPO, ref: HELPERS, path: 'packages/hdkd-helpers/src/bip39.ts', lines: '26-32' },
  createDerive: { repo: REPO, ref: HELPERS, path: 'packages/hdkd-helpers/src/createDerive.ts', lines: '12-27' },
  softRefused: { repo: REPO, ref: HELPERS, path: 'packages/hdkd-helpers/src/utils.ts', lines: '54-61' },
  schemes: { repo: REPO, ref: HDKD, path: 'packages/hdkd/README.md', lines: '9-12' },
} as const satisfies Record<string, UpstreamSource>;
