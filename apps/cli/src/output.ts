import { escapeControls, jsonForTerminal } from '@interop/core/vocabulary';

/**
 * Every byte the CLI prints goes through here. Text output has its control and format
 * characters made visible (a name holding ESC ] or a forged line break cannot act on the
 * terminal or fake a line); the layout's own line breaks and tabs are kept. Fields that come
 * from an input are also quoted where they are composed, so a line break inside one shows as \n.
 */
export function printText(text: string): void {
  process.stdout.write(escapeControls(text));
}

export function printError(text: string): void {
  process.stderr.write(escapeControls(text));
}

/** One JSON document on stdout; JSON.parse gives back exactly the value. */
export function printJson(value: unknown, space?: number): void {
  process.stdout.write(`${jsonForTerminal(value, space)}\n`);
}
