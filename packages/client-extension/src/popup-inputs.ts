import { ruleRefusal } from '@interop/core';
import { NAME_MIN_LENGTH, PASSWORD_MIN_LENGTH, POPUP_NAME_MIN, POPUP_PASSWORD_MIN, RESTORE_JSON_PASSWORD } from './popup-rules.js';

/**
 * The name a page that creates an account accepts (partials/Name.tsx): 3 or more UTF-16 code
 * units, counted as the popup counts them (`value.length`).
 */
export function popupName(name: string): string {
  if (name.length < POPUP_NAME_MIN) throw ruleRefusal(NAME_MIN_LENGTH, 'E_CLIENT_REFUSED');
  return name;
}

/**
 * The password a page that creates an account accepts (partials/Password.tsx): none at all is a
 * missing password, a short one a refused one.
 */
export function popupPassword(password: string | undefined): string {
  if (password === undefined || password === '') throw ruleRefusal(PASSWORD_MIN_LENGTH, 'E_PASSWORD_REQUIRED');
  if (password.length < POPUP_PASSWORD_MIN) throw ruleRefusal(PASSWORD_MIN_LENGTH, 'E_CLIENT_REFUSED');
  return password;
}

/** "Password for this file" on Restore from JSON: any non-empty text (RestoreJson.tsx _onRestore). */
export function restoreFilePassword(password: string | undefined): string {
  if (password === undefined || password === '') throw ruleRefusal(RESTORE_JSON_PASSWORD, 'E_PASSWORD_REQUIRED');
  return password;
}
