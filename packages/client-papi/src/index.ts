export { definePapiProfile, PAPI_ROOT, type PapiFactory } from './define-papi-profile.js';
export { factories } from './factories.js';
export { PAPI_TRAITS } from './papi-traits.js';
export { PAPI_0_0_28, PAPI_PROFILES } from './profiles.js';
