import type { AppsDeps } from './apps-deps.js';
import { AppsError } from './apps-error.js';

/**
 * The name and password fields Create and Derive share (page-accounts/src/modals/CreateAccountInputs.tsx
 * and PasswordInput.tsx): a name that is not blank after trimming, a password the keyring accepts.
 */
export function checkAccountInputs(deps: Pick<AppsDeps, 'keyring'>, name: string, password: string): void {
  if (!name.trim()) throw new AppsError('E_CLIENT_REFUSED', 'Apps requires a name for the account (CreateAccountInputs.tsx: !!name.trim())');
  if (!deps.keyring.isPassValid(password)) {
    throw new AppsError('E_PASSWORD_REQUIRED', 'Apps requires a password for the account (PasswordInput.tsx: keyring.isPassValid)');
  }
}
