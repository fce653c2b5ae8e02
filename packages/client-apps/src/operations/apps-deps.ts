import type { Keyring } from '@polkadot/ui-keyring';
import type { Settings } from '@polkadot/ui-settings';
import type * as Util from '@polkadot/util';
import type * as UtilCrypto from '@polkadot/util-crypto';

/**
 * What the modal operations need from a realm: the Apps profile's own modules (loaded by the
 * realm: imported inside a Node worker, or bundled into the harness page), the realm's
 * localStorage and the console warnings captured before ui-keyring loaded. The operations have
 * no runtime imports of their own, so one copy of this code runs in both realms and never
 * brings a second @polkadot/* into a realm.
 */
export interface AppsDeps {
  /** The `keyring` singleton of @polkadot/ui-keyring (default BrowserStore on localStorage). */
  readonly keyring: Keyring;
  /** The `settings` singleton of @polkadot/ui-settings (Apps' Settings page writes it). */
  readonly settings: Settings;
  readonly util: Pick<typeof Util, 'isHex' | 'u8aToHex'>;
  readonly utilCrypto: Pick<
    typeof UtilCrypto,
    'cryptoWaitReady' | 'decodeAddress' | 'hdLedger' | 'hdValidatePath' | 'keyExtractPath' | 'keyExtractSuri' | 'mnemonicValidate'
  >;
  /**
   * @polkadot/networks' `knownGenesis` and `knownLedger` (networks/defaults, the copy util-crypto
   * loads): Apps' useLedger reads them to tell a chain with a Ledger app (react-hooks useLedger.ts).
   */
  readonly networks: {
    readonly knownGenesis: Readonly<Record<string, readonly string[]>>;
    readonly knownLedger: Readonly<Record<string, number>>;
  };
  /** The realm's `localStorage` (real in Chromium, the Web Storage emulation in Node). */
  readonly storage: Storage;
  /** console.warn lines printed in this realm since it started (ui-keyring's loadAll warnings). */
  readonly warnings: () => readonly string[];
}
