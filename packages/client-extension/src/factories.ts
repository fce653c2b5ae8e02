import type { ClientFactory } from '@interop/core/vocabulary';
import { EXTENSION_PROFILES } from './profiles.js';

/**
 * The profiles of this client (one factory per version and realm): their info and capability
 * tables are plain data, and the client's code loads only when an instance starts, so this
 * entry (`@interop/client-extension/factories`) is what listing the clients imports.
 */
export const factories: readonly ClientFactory[] = EXTENSION_PROFILES;
