import type { AppsDeps } from './apps-deps.js';
import { ACCOUNT_NAME, ACCOUNT_PASSWORD, appsRefusal } from './apps-rules.js';

/**
 * The name and password fields Create, Derive and From Qr share (page-accounts/src/modals/
 * CreateAccountInputs.tsx and PasswordInput.tsx): a name that is not blank after trimming, a
 * password the keyring accepts (apps-rules.ts ACCOUNT_NAME, ACCOUNT_PASSWORD).
 */
export function checkAccountName(name: string): void {
  if (!name.trim()) throw appsRefusal(ACCOUNT_NAME, 'E_CLIENT_REFUSED');
}

export function checkAccountPassword(deps: Pick<AppsDeps, 'keyring'>, password: string): void {
  if (!deps.keyring.isPassValid(password)) throw appsRefusal(ACCOUNT_PASSWORD, 'E_PASSWORD_REQUIRED');
}

export function checkAccountInputs(deps: Pick<AppsDeps, 'keyring'>, name: string, password: string): void {
  checkAccountName(name);
  checkAccountPassword(deps, password);
}
