import type { ErrorCode } from '@interop/core';
// The errors-only entry has no runtime imports, so the worker and the harness bundle stay free of
// the workspace's @polkadot/util (see apps-deps.ts).
import { ClientError } from '@interop/core/errors';

/**
 * A refusal by Apps or by the keyring under it, with the text Apps shows (redacted where that
 * text would quote a secret). Carries a core error code; serveInWorker and the harness page turn
 * it into {code, message} for the main thread.
 */
export class AppsError extends ClientError {
  override name = 'AppsError';
}

/** Which core code a keyring or util-crypto message means; `fallback` for anything else. */
const MESSAGE_CODES: readonly (readonly [RegExp, ErrorCode])[] = [
  [/Unable to decode using the supplied passphrase/, 'E_PASSWORD_WRONG'],
  [/Password required to decode encrypted data/, 'E_PASSWORD_REQUIRED'],
  [/Scrypt parameters exceed safe limits|Invalid injected scrypt params found/, 'E_SCRYPT_PARAMS'],
  [/Invalid encoding (header|divider) found in body|Invalid input length|No encrypted data available to decode/, 'E_ENCODING'],
  [/Unable to decode non-pkcs8 type/, 'E_CLIENT_REFUSED'],
  [/Unknown crypto type|Cannot read properties of (undefined|null)|is not a function|is not iterable/, 'E_JSON_MALFORMED'],
  [/Decoding .*:|Invalid decoded address|Invalid base58|Invalid (SS58|ss58)/i, 'E_JSON_MALFORMED'],
  [/Invalid bip39 mnemonic|not a valid mnemonic|invalid as a raw seed/, 'E_PHRASE_INVALID'],
  [/derivation path|soft key was found in the path|Soft derivation paths|secret URI|Password paths are not supported/i, 'E_PATH_INVALID'],
  [/Unable to retrieve keypair/, 'E_NOT_FOUND'],
];

/**
 * V8 quotes the start of the text in JSON.parse errors (`Unexpected token 'b', "bottom dri"...
 * is not valid JSON`): a phrase pasted where a JSON file belongs would reach the message.
 */
function withoutQuotedInput(message: string): string {
  return message.replace(/"(?:[^"\\]|\\.)*"(\.\.\.)?/g, '"…"');
}

/** The thrown value as an AppsError, keeping the client's own message. */
export function asAppsError(error: unknown, fallback: ErrorCode = 'E_CLIENT_REFUSED'): AppsError {
  if (error instanceof AppsError) return error;
  if (error instanceof ClientError) return new AppsError(error.code, error.message);
  if (error instanceof SyntaxError) return new AppsError('E_JSON_MALFORMED', withoutQuotedInput(error.message));
  const message = error instanceof Error ? error.message : String(error);
  const rule = MESSAGE_CODES.find(([pattern]) => pattern.test(message));
  return new AppsError(rule ? rule[1] : fallback, message);
}
