import type { ClientFactory } from '@interop/core';
import { SUBWALLET_PROFILES } from './profiles.js';

/** The profiles of this client: SubWallet's account core (@subwallet/keyring and ui-keyring) with its handlers' rules. */
export const factories: readonly ClientFactory[] = SUBWALLET_PROFILES;

export { defineSubWalletProfile, SUBWALLET_ROOT, type SubWalletFactory } from './define-subwallet-profile.js';
export { SUBWALLET_1_3_88, SUBWALLET_PROFILES } from './profiles.js';
export { SUBWALLET_TRAITS } from './subwallet-traits.js';
