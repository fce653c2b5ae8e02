import { readFileSync } from 'node:fs';
import { ClientError } from '@interop/core';

/** Reads a secret from a file; one trailing line break is not part of it. Never echoed. */
export function readSecretFile(path: string, what: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    throw new ClientError('E_INPUT_UNREADABLE', `cannot read the ${what} file ${path} (${code})`);
  }
  return text.replace(/\r?\n$/, '');
}
