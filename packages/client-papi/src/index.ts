import type { ClientFactory } from '@interop/core';
import { PAPI_PROFILES } from './profiles.js';

/** The profiles of this client: polkadot-api's key stack (@polkadot-labs/hdkd and hdkd-helpers). */
export const factories: readonly ClientFactory[] = PAPI_PROFILES;

export { definePapiProfile, PAPI_ROOT, type PapiFactory } from './define-papi-profile.js';
export { PAPI_TRAITS } from './papi-traits.js';
export { PAPI_0_0_28, PAPI_PROFILES } from './profiles.js';
