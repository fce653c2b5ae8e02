import { profileDir } from '@interop/core/profile';
import { definePapiProfile, type PapiFactory } from './define-papi-profile.js';

/** hdkd 0.0.28 with hdkd-helpers 0.0.30: the newest the registry here serves (profiles/papi@0.0.28/release.json). */
export const PAPI_0_0_28: PapiFactory = definePapiProfile(profileDir('papi@0.0.28'));

export const PAPI_PROFILES: readonly PapiFactory[] = [PAPI_0_0_28];
