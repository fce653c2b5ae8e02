import { profileDir } from '@interop/core/profile';
import { defineSubWalletProfile, type SubWalletFactory } from './define-subwallet-profile.js';

/** SubWallet 1.3.88 (Aug 2026): the account core its yarn.lock pins (profiles/subwallet@1.3.88/release.json). */
export const SUBWALLET_1_3_88: SubWalletFactory = defineSubWalletProfile(profileDir('subwallet@1.3.88'));

export const SUBWALLET_PROFILES: readonly SubWalletFactory[] = [SUBWALLET_1_3_88];
