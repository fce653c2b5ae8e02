export { defineSubWalletProfile, SUBWALLET_ROOT, type SubWalletFactory } from './define-subwallet-profile.js';
export { factories } from './factories.js';
export { SUBWALLET_1_3_88, SUBWALLET_PROFILES } from './profiles.js';
export { SUBWALLET_TRAITS } from './subwallet-traits.js';
