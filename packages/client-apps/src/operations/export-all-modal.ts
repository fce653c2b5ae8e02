import { type AccountGroup, appsView } from './accounts-page.js';
import type { AppsDeps } from './apps-deps.js';
import { asAppsError } from './apps-error.js';
import { appsRefusal, EXPORT_ALL } from './apps-rules.js';

/** ExportAll.tsx ALLOWED_CATEGORIES: in-browser, multisig and QR accounts can be exported. */
export const EXPORTABLE_GROUPS: readonly AccountGroup[] = ['accounts', 'multisig', 'qr'];

export interface ExportAllRequest {
  /** The checkboxes ticked (in-browser "accounts", "multisig", "qr"); default: every non-empty one. */
  readonly groups?: readonly AccountGroup[];
  /** The password typed next to each in-browser account, by address. */
  readonly passwords?: Readonly<Record<string, string>>;
  /** Typed for every in-browser account that has no entry in `passwords`. */
  readonly password?: string;
}

/**
 * "Export all accounts" (polkadot-js/apps packages/page-accounts/src/modals/ExportAll.tsx, PR #11507;
 * apps-rules.ts EXPORT_ALL), offered whether or not in-browser storage is on:
 * for each account of the ticked groups, in-browser accounts become
 * keyring.backupAccount(pair, password || '') and every other account is the KeyringPair object
 * itself; the file is JSON.stringify(accounts, null, 2) (batch_exported_accounts_<time>.json), an
 * ARRAY, unlike the extension's batch-pkcs8 object. One failing account (a wrong or missing
 * password) fails the whole export: nothing is downloaded. Returns the file's text.
 */
export function exportAll(deps: AppsDeps, request: ExportAllRequest): string {
  const shown = appsView(deps).accounts;
  const available = EXPORTABLE_GROUPS.filter((g) => shown.some((a) => a.group === g));
  const groups = request.groups ?? available;
  const refused = groups.filter((g) => !available.includes(g));
  if (groups.length === 0) throw appsRefusal(EXPORT_ALL, 'E_CLIENT_REFUSED');
  if (refused.length > 0) throw appsRefusal({ ...EXPORT_ALL, message: `Apps offers no "${refused.join('", "')}" group to export here` }, 'E_CLIENT_REFUSED');
  const byGroup = (g: AccountGroup) => shown.filter((a) => a.group === g).map((a) => a.address);
  try {
    const accounts = groups
      .flatMap((g) => byGroup(g))
      .map((address) => {
        const pair = deps.keyring.getPair(address);
        if (byGroup('accounts').includes(address)) {
          return deps.keyring.backupAccount(pair, request.passwords?.[address] ?? request.password ?? '');
        }
        return pair;
      });
    return JSON.stringify(accounts, null, 2);
  } catch (error) {
    throw asAppsError(error);
  }
}
