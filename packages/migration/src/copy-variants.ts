import { consoleDisplayedLiteral } from './devtools-literal.js';
import { addTickMarks } from './wiki-procedure.js';

/**
 * Step 4-5 of the wiki procedure ("Copy and paste the returned string to a text editor … Check
 * that the string you pasted both begins and ends with a tick mark ('). If not, add one …"):
 * the ways a user ends up with the text that step 9 pastes after `raw = `.
 */
export const COPY_VARIANTS = {
  literal: "the console's displayed literal (Chrome DevTools), pasted as is",
  'raw-ticked': 'the raw string contents (DevTools "Copy string contents"), with tick marks added as step 5 says',
  'literal-ticked': 'the displayed literal with step 5 applied to it: tick marks added when it does not begin and end with one',
} as const;
export type CopyVariant = keyof typeof COPY_VARIANTS;

export const COPY_VARIANT_IDS = Object.keys(COPY_VARIANTS) as CopyVariant[];

export function isCopyVariant(value: unknown): value is CopyVariant {
  return typeof value === 'string' && value in COPY_VARIANTS;
}

/** The text pasted after `raw = `, given what `JSON.stringify(localStorage)` returned on the old computer. */
export function pastedText(dumpString: string, variant: CopyVariant): string {
  switch (variant) {
    case 'literal':
      return consoleDisplayedLiteral(dumpString);
    case 'raw-ticked':
      return addTickMarks(dumpString);
    case 'literal-ticked':
      return addTickMarks(consoleDisplayedLiteral(dumpString));
  }
}
