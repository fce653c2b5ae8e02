import type { ClientFactory } from '@interop/core/vocabulary';
import { appsChromiumFactory, appsNodeFactory } from './apps-factories.js';

/**
 * The profiles of this client: ui-keyring 3.16.7 in a Node worker, and in Chromium. Plain data
 * until an instance starts, so this entry (`@interop/client-apps/factories`) is what listing the
 * clients imports.
 */
export const factories: readonly ClientFactory[] = [appsNodeFactory, appsChromiumFactory];
