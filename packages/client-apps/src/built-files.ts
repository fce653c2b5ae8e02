import { fileURLToPath } from 'node:url';

// Resolved from this file, which sits directly in src/ (vitest) and in dist/ (built): the same
// relative paths work from both.

/** The Node realm's worker entry: built JavaScript, so tests need `pnpm build` first. */
export const APPS_WORKER_ENTRY = new URL('../dist/node-realm/apps-worker.js', import.meta.url);

export { APPS_PROFILE_DIR } from './apps-profile.js';

/** The harness package: public/index.html, and dist/bundle.js built by its own `build`. */
export const HARNESS_DIR = fileURLToPath(new URL('../../../apps/apps-harness/', import.meta.url));
