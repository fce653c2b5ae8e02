import type { ClientFactory } from '@interop/core';

/** The profiles of this client (one factory per version and realm). */
export const factories: readonly ClientFactory[] = [];
