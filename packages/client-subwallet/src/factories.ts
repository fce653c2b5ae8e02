import type { ClientFactory } from '@interop/core/vocabulary';
import { SUBWALLET_PROFILES } from './profiles.js';

/**
 * The profiles of this client: SubWallet's account core (@subwallet/keyring and ui-keyring) with its handlers' rules. Their info and capability tables are plain data and the
 * client's code loads only when an instance starts, so this entry
 * (`@interop/client-subwallet/factories`) is what listing the clients imports.
 */
export const factories: readonly ClientFactory[] = SUBWALLET_PROFILES;
