/**
 * A client's message may quote what it was given (the extension's derive message quotes the
 * SURI; a JSON parser quotes the start of the text). Every secret this command read — the
 * phrase or seed, passwords, the passphrase, the derivation password — is replaced wherever it
 * appears, longest first. Shorter than 6 characters (the extension's own rule, extension-errors.ts
 * withholdSecrets) it would match ordinary words — Vault's "Banana Split password is wrong"
 * for a passphrase "wrong" — and is left.
 */
export const MIN_WITHHELD_LENGTH = 6;

export function withholdSecrets(message: string, secrets: readonly string[]): string {
  const sorted = [...new Set(secrets.filter((s) => s.length >= MIN_WITHHELD_LENGTH))].sort((a, b) => b.length - a.length);
  let out = message;
  for (const secret of sorted) out = out.split(secret).join('<secret withheld>');
  return out;
}
