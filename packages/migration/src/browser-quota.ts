import { ClientError } from '@interop/core';
import type { StorageDump } from './storage-dump.js';

/**
 * Chromium's localStorage quota per origin: keys plus values, counted in UTF-16 code units,
 * at most 5,242,880 (10 MiB of UTF-16). Measured on Debian's Chromium 156.0.8078.108 by filling
 * a page's localStorage until setItem threw QuotaExceededError: one key of 1 character took a
 * value of 5,242,879, whatever the characters (ASCII, Latin-1 or CJK); the pinned check is
 * chromium/browser-quota.chromium.spec.ts. Apps' accounts live on one origin, so the whole
 * localStorage of the new computer after a migration must fit, and splitting the console
 * script into parts would not help: the parts land in the same storage.
 */
export const LOCAL_STORAGE_QUOTA = 5 * 1024 * 1024;

/** What a dump occupies against the quota. */
export function storageUnits(dump: StorageDump): number {
  let units = 0;
  for (const [key, value] of Object.entries(dump)) units += key.length + value.length;
  return units;
}

/** Refuses a result the browser cannot hold: the wiki loop or the console script would stop part-way. */
export function assertFitsQuota(result: StorageDump, what: string): void {
  const units = storageUnits(result);
  if (units <= LOCAL_STORAGE_QUOTA) return;
  throw new ClientError(
    'E_QUOTA',
    `${what} is ${units.toLocaleString('en')} characters of keys and values, over the browser's localStorage quota of ${LOCAL_STORAGE_QUOTA.toLocaleString('en')} ` +
      `per origin (Chromium): the browser would refuse part of it. Nothing was written. Splitting would not help (every part lands in the same storage): ` +
      'remove entries Apps no longer needs on one of the computers (old address-book entries, cached chain data), take a new dump and run apply again.',
  );
}
