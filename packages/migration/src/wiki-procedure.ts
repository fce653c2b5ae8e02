/**
 * The Polkadot wiki's procedure for moving Polkadot-JS Apps accounts to another computer, as
 * text: what the user types, byte for byte. Everything else in this package either predicts
 * what this text does (the model) or runs it (the Chromium realm).
 *
 * Source: w3f/polkadot-wiki docs/learn/learn-account-restore.md, section "Transferring
 * Polkadot-JS Apps Accounts/Addresses From One Computer to Another" (origin: polkadot-js/apps#4127).
 */
export const WIKI_SOURCE =
  'w3f/polkadot-wiki docs/learn/learn-account-restore.md ("Transferring Polkadot-JS Apps Accounts/Addresses From One Computer to Another"; polkadot-js/apps#4127)';

/** Step 3, on the old computer's console. */
export const DUMP_EXPRESSION = 'JSON.stringify(localStorage)';

/** Step 9, on the new computer's console: `raw = ... copy-pasted json from original computer ...`. */
export function pasteStatement(pasted: string): string {
  return `raw = ${pasted}`;
}

/**
 * Step 10, verbatim (String.raw keeps the regex `/\\/g` exactly as the wiki prints it:
 * a regular expression matching one backslash).
 */
export const LOOP_SNIPPET = String.raw`accounts = JSON.parse(raw);
for (var key in accounts) {
    if (accounts.hasOwnProperty(key)) {
        val = JSON.stringify(accounts[key]).replace(/\\/g,'').slice(1,-1);
        console.log(key + " -> " + val);
        localStorage.setItem(key, val);
    }
}`;

/** Step 5: "Check that the string you pasted both begins and ends with a tick mark ('). If not, add one to the beginning and end." */
export function addTickMarks(text: string): string {
  return text.length >= 2 && text.startsWith("'") && text.endsWith("'") ? text : `'${text}'`;
}
