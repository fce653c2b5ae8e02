import { readBoundedText } from '@interop/core';

/** A password, passphrase or derivation password is a line of text: a file larger than this is not one. */
export const MAX_SECRET_BYTES = 64 * 1024;

/**
 * Reads a secret from a file (or `-`, standard input) through core's bounded reader: regular
 * files only, at most 64 KiB, a leading byte-order mark dropped. One trailing line break is not
 * part of it. Never echoed: errors name the file, not its content.
 */
export async function readSecretFile(path: string, what: string): Promise<string> {
  const text = await readBoundedText(path, { what: `${what} file`, maxBytes: MAX_SECRET_BYTES });
  return text.replace(/\r?\n$/, '');
}

/**
 * A hint for a secret that does not unlock: the same password typed on another system can be
 * stored in another Unicode form (macOS and some editors write NFD), and a keystore password
 * reaches scrypt as its UTF-8 bytes, not normalised (polkadot-js/common v14.0.3
 * packages/util-crypto/src/scrypt/encode.ts:21), so an NFD file is a different password.
 * The file is not normalised here: that would change a password that really is NFD.
 */
export function secretFormHint(secret: string | undefined, what: string): string | undefined {
  if (secret === undefined || secret === secret.normalize('NFC')) return undefined;
  return `the ${what} file is not in Unicode NFC form (accented letters stored decomposed, as macOS and some editors save them); the clients use the bytes as they are, so if the ${what} was typed elsewhere save the file as NFC and try again`;
}
