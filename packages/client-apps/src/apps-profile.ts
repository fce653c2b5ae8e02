import { profileDir } from '@interop/core/profile';

/** The Apps release this client runs: one name for it, used by every realm, the harness and migration. */
export const APPS_PROFILE_ID = 'apps@0.171.1';

/** Its isolated install (scripts/setup.sh installs it): package.json, pnpm-lock.yaml, release.json. */
export const APPS_PROFILE_DIR = profileDir(APPS_PROFILE_ID);
