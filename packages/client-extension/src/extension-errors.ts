import type { ErrorCode, ErrorInfo } from '@interop/core';

/**
 * The extension's refusals, by the text it shows. The popup only ever receives `error.message`
 * (polkadot-js/extension packages/extension-base/src/background/handlers/index.ts posts
 * `{ error: error.message }`), so the message is kept verbatim and only a code is added.
 * Texts come from @polkadot/util-crypto (json/decryptData.ts, scrypt/fromU8a.ts,
 * key/extractSuri.ts, key/fromPath.ts, hd/ethereum/index.ts, base32/helpers.ts; base64 through
 * @scure/base), @polkadot/keyring
 * (pair/decode.ts, keyring.ts, pairs.ts) and the handler itself (Extension.ts).
 */
const RULES: readonly (readonly [RegExp, ErrorCode])[] = [
  [/Unable to decode using the supplied passphrase|^oldPass is invalid$|^invalid password$/, 'E_PASSWORD_WRONG'],
  [/Password required to decode encrypted data/, 'E_PASSWORD_REQUIRED'],
  [/Scrypt parameters exceed safe limits|Invalid injected scrypt params found/, 'E_SCRYPT_PARAMS'],
  [
    /Invalid input length: expected 44 bytes|Invalid encoding header found in body|Invalid encoding divider found in body|Invalid base64|^padding: invalid|^Unknown letter|No encrypted data available to decode/,
    'E_ENCODING',
  ],
  [
    /Mnemonic needs to contain|Not a valid mnemonic seed|Hex seed needs to be 256-bits|is not a valid mnemonic and is invalid as a raw seed/,
    'E_PHRASE_INVALID',
  ],
  [
    /Invalid derivation path|Soft derivation paths are not allowed|soft key was found in the path|is not a valid derivation path|Unable to derive on this keypair|Unable to match provided value to a secret URI/,
    'E_PATH_INVALID',
  ],
  [/Unable to retrieve keypair|Unable to find pair/, 'E_NOT_FOUND'],
  [/^Unable to handle message of type/, 'E_INTERNAL'],
];

/** A JSON the handler could not even read: missing or mistyped fields surface as TypeErrors. */
const MALFORMED =
  /Cannot read propert|Cannot destructure|is not a function|is not iterable|Cannot convert undefined or null|Expected base64 string input|Decoding .+:|Unknown crypto type/;

/** Messages whose request is a backup file (the popup's Restore JSON page). */
function isFileMessage(message: string): boolean {
  return message.startsWith('pri(json.');
}

export function extensionErrorCode(text: string, message: string): ErrorCode {
  for (const [pattern, code] of RULES) if (pattern.test(text)) return code;
  if (isFileMessage(message) && MALFORMED.test(text)) return 'E_JSON_MALFORMED';
  return 'E_CLIENT_REFUSED';
}

/** Request fields that carry secrets, which must never reach an error message. */
const SECRET_FIELDS = ['suri', 'seed', 'password', 'parentPassword', 'oldPass', 'newPass'] as const;

/**
 * Withholds secrets a message might echo. Only derivation quotes its input (Extension.ts derive:
 * `"${suri}" is not a valid derivation path`); a derivation path is not secret, so only its
 * `///password` part is withheld. Elsewhere any secret of 6+ characters (shorter ones would
 * match ordinary words) is replaced wherever it appears.
 */
export function withholdSecrets(text: string, message: string, request: unknown): string {
  if (typeof request !== 'object' || request === null) return text;
  const fields = request as Record<string, unknown>;
  const isDerivation = message.startsWith('pri(derivation.');
  let out = text;
  const suri = fields.suri;
  if (isDerivation && typeof suri === 'string' && suri.includes('///')) out = out.split(suri).join(suri.replace(/\/\/\/.*$/s, '///<password withheld>'));
  for (const field of SECRET_FIELDS) {
    if (isDerivation && field === 'suri') continue;
    const value = fields[field];
    if (typeof value === 'string' && value.length >= 6) out = out.split(value).join(`<${field} withheld>`);
  }
  return out;
}

/**
 * A refusal of the extension with its code. Thrown inside the worker, where only the RPC part of
 * core may load (core's index brings the workspace's own @polkadot/util-crypto, a second copy
 * beside the profile's); serveInWorker passes any {code, message} on, and the main thread gets
 * a ClientError.
 */
export class ExtensionRefusal extends Error implements ErrorInfo {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'ExtensionRefusal';
    this.code = code;
  }
}

/** Any throw of the handler as a refusal carrying the extension's own text. */
export function extensionError(error: unknown, message: string, request: unknown): ExtensionRefusal {
  const text = withholdSecrets(error instanceof Error ? error.message : String(error), message, request);
  return new ExtensionRefusal(extensionErrorCode(text, message), text);
}
