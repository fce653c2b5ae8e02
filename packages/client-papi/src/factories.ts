import type { ClientFactory } from '@interop/core/vocabulary';
import { PAPI_PROFILES } from './profiles.js';

/**
 * The profiles of this client: polkadot-api's key stack (@polkadot-labs/hdkd and hdkd-helpers). Their info and capability tables are plain data and the
 * client's code loads only when an instance starts, so this entry
 * (`@interop/client-papi/factories`) is what listing the clients imports.
 */
export const factories: readonly ClientFactory[] = PAPI_PROFILES;
