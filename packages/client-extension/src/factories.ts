import type { ClientFactory } from '@interop/core/vocabulary';
import { EXTENSION_0_55_1_CHROMIUM, EXTENSION_0_62_2_CHROMIUM, EXTENSION_0_62_3_CHROMIUM, EXTENSION_PROFILES } from './profiles.js';

/*
 * The profiles of this client (one factory per version and realm): their info and capability
 * tables are plain data, and the client's code (a worker, or the MV3 extension in Chromium)
 * loads only when an instance starts, so this entry (`@interop/client-extension/factories`) is
 * what listing the clients imports.
 */

/**
 * The profiles of this client in the default matrix: every release in the Node realm, and the
 * newest as an MV3 extension in Chromium. The Chromium realm runs the same handler code as the
 * Node realm of its release; what it adds (the service worker, real storage, restarts) is the
 * same code in every release (background.ts and the stores are identical at v0.55.1 and v0.62.3),
 * so one Chromium profile carries that information, at a browser per cell.
 */
export const factories: readonly ClientFactory[] = [...EXTENSION_PROFILES, EXTENSION_0_62_3_CHROMIUM];

/** Profiles outside the default matrix, for runs that name them (`--clients extension@0.55.1-chromium`). */
export const selectableFactories: readonly ClientFactory[] = [EXTENSION_0_62_2_CHROMIUM, EXTENSION_0_55_1_CHROMIUM];
