import { ruleRefusal } from '@interop/core';
import { ANDROID_PATH_REFUSES } from './android-path-chars.js';
import { LEGACY_RULES } from './legacy-rules.js';
import { refuseBy } from './rule-refusal.js';
import { VAULT_RULES } from './vault-rules.js';

/** A derivation split as Vault stores it: the path without its password, and the password apart. */
export interface ParsedPath {
  /** `//hard/soft...`; what Vault stores and shows (`AddressDetails.path`). */
  readonly path: string;
  /** The part after `///`; never stored by Vault, only its presence (`has_pwd`). */
  readonly password?: string;
}

/**
 * Vault's `REG_PATH`, rust/db_handling/src/identities.rs:
 * `^(?P<path>(//?[^/]+)*)(///(?P<password>.+))?$` — sp-core's path syntax with the password made
 * `.+` instead of `.*`, so an empty password is an error. Rust's `.` stops only at `\n`, hence
 * `[^\n]` here (JavaScript's `.` also stops at `\r`, U+2028 and U+2029).
 */
const VAULT_PATH = /^(?<path>(?:\/\/?[^/]+)*)(?:\/\/\/(?<password>[^\n]+))?$/u;

/**
 * Parses a derivation the way Vault's `is_passworded` / `cut_path` do (VAULT_RULES.regPath). The
 * refusal never quotes the input: its tail may be a password (Vault's own text, "Derivation
 * {path} has invalid format.", would show it).
 */
export function parseVaultPath(input: string): ParsedPath {
  const match = VAULT_PATH.exec(input);
  if (match === null) {
    const why = /\/\/\/$/.test(input) ? 'the password after /// is empty' : 'expected //hard, /soft junctions and an optional ///password';
    throw refuseBy(VAULT_RULES.regPath, 'E_PATH_INVALID', `Derivation has invalid format: ${why}`);
  }
  const path = match.groups?.path ?? '';
  const password = match.groups?.password;
  return password === undefined ? { path } : { path, password };
}

/**
 * The Android derive screen's own checks (DerivationCreateViewModel.kt checkPath, in its order:
 * an empty password, which REG_PATH refuses too, then blanks, then its regex, then the backend).
 * Android is the app this model follows (also VAULT_RULES.phraseInput); iOS has neither check.
 */
export function checkAndroidDerivation(input: string): void {
  if (ANDROID_PATH_REFUSES.anywhere.some((c) => input.includes(c))) throw ruleRefusal(VAULT_RULES.androidNoSpaces, 'E_PATH_INVALID');
  const at = input.indexOf('///');
  const password = at < 0 ? '' : input.slice(at + 3);
  if (ANDROID_PATH_REFUSES.inPassword.some((c) => password.includes(c))) throw ruleRefusal(VAULT_RULES.androidPathRegex, 'E_PATH_INVALID');
}

/** The full derivation a user types: the stored path plus `///password` when there is one. */
export function joinPath(parsed: ParsedPath): string {
  return parsed.password === undefined ? parsed.path : `${parsed.path}///${parsed.password}`;
}

/** `validateDerivedPath` of src/utils/regex.ts at v4.5.3-beta; `\w` without the u flag is ASCII only. */
const LEGACY_PATH = /^(\/\/?[\w\-.]+)*$/;
/** `passwordRegex` of src/utils/regex.ts at v4.5.3-beta. */
const LEGACY_PASSWORD = /^[\w-]{0,1024}$/;
/** `pathsRegex.allPath` of src/utils/regex.ts at v4.5.3-beta (its trailing `(?=(\/?))` always holds). */
const LEGACY_PATH_FRAGMENT = /(\/|\/\/)[\w.-]+/g;

/** The junctions of a legacy path as the app's own helpers split it (`path.match(pathsRegex.allPath)`): `//a`, `/b`. */
export function legacyPathFragments(path: string): string[] {
  return path.match(LEGACY_PATH_FRAGMENT) ?? [];
}

/**
 * A derivation as a user enters it in the legacy React Native Signer: the path in the Path field
 * (LEGACY_RULES.pathChars), the password in its own field (LEGACY_RULES.passwordChars). A written
 * `path///password` is split at the first `///` as src/utils/suri.ts parseDerivationPath does.
 * Neither refusal quotes the input.
 */
export function parseLegacyPath(input: string): ParsedPath {
  const cut = input.indexOf('///');
  const path = cut < 0 ? input : input.slice(0, cut);
  const password = cut < 0 ? '' : input.slice(cut + 3);
  if (!LEGACY_PATH.test(path)) throw ruleRefusal(LEGACY_RULES.pathChars, 'E_PATH_INVALID');
  if (!LEGACY_PASSWORD.test(password)) throw ruleRefusal(LEGACY_RULES.passwordChars, 'E_PATH_INVALID');
  return password === '' ? { path } : { path, password };
}
