import { ClientError } from '@interop/core';

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
 * Parses a derivation the way Vault's `is_passworded` / `cut_path` do. The refusal never quotes
 * the input: its tail may be a password (Vault's own text, "Derivation {path} has invalid
 * format.", would show it).
 */
export function parseVaultPath(input: string): ParsedPath {
  const match = VAULT_PATH.exec(input);
  if (match === null) {
    const why = /\/\/\/$/.test(input) ? ': the password after /// is empty' : ': expected //hard, /soft junctions and an optional ///password';
    throw new ClientError('E_PATH_INVALID', `Derivation has invalid format${why} (Vault REG_PATH, identities.rs)`);
  }
  const path = match.groups?.path ?? '';
  const password = match.groups?.password;
  return password === undefined ? { path } : { path, password };
}

/** The full derivation a user types: the stored path plus `///password` when there is one. */
export function joinPath(parsed: ParsedPath): string {
  return parsed.password === undefined ? parsed.path : `${parsed.path}///${parsed.password}`;
}

/**
 * The legacy React Native Signer's rules, src/utils/suri.ts (parseDerivationPath:
 * `^((?:\/\/?[^/]+)*)(?:\/\/\/(.*))?$`), then src/utils/regex.ts: the path must match
 * `validateDerivedPath` `^(\/\/?[\w-.]+)*$` and the password `passwordRegex` `^[^\s/]{0,1024}$`.
 */
export function parseLegacyPath(input: string): ParsedPath {
  const match = /^((?:\/\/?[^/]+)*)(?:\/\/\/([^\n]*))?$/u.exec(input);
  if (match === null) throw new ClientError('E_PATH_INVALID', 'Invalid derivation path input. (legacy Signer src/utils/suri.ts)');
  const path = match[1] ?? '';
  const password = match[2] ?? '';
  if (!/^(\/\/?[\w\-.]+)*$/.test(path)) {
    throw new ClientError(
      'E_PATH_INVALID',
      'the legacy Signer accepts path junctions of letters, digits, _, - and . only (src/utils/regex.ts validateDerivedPath)',
    );
  }
  if (!/^[^\s/]{0,1024}$/.test(password)) {
    throw new ClientError('E_PATH_INVALID', 'the legacy Signer refuses a derivation password with blanks or / (src/utils/regex.ts passwordRegex)');
  }
  return password === '' ? { path } : { path, password };
}
