/**
 * The rules of the model, as data: the model (migration-model.ts) names the rule behind every
 * decision, and RULES.md is generated from this list (rules-table.ts), so the documentation
 * cannot drift from what the model predicts and what the Chromium tests check.
 */
export type KeyOutcome = 'kept' | 'unchanged' | 'added' | 'overwritten' | 'settings-replaced' | 'corrupted' | 'lost-from-view' | 'secret-lost';

export type RuleStage = 'dump' | 'paste' | 'parse' | 'loop' | 'key' | 'view';

export interface Rule {
  readonly id: string;
  readonly stage: RuleStage;
  readonly when: string;
  readonly effect: string;
  /** For key rules: the outcome word the plan prints. */
  readonly outcome?: KeyOutcome;
  readonly source: string;
}

/** The wiki page as stored at commit d1794946 (line numbers of that file). */
const WIKI_PAGE = 'w3f/polkadot-wiki@d1794946 docs/learn/learn-account-restore.md';
const WIKI = `${WIKI_PAGE} L167-184 (steps 9-10)`;
const WIKI_CAUTION = `${WIKI_PAGE} L143-150 (the caution)`;
const WIKI_COPY = `${WIKI_PAGE} L163 (step 5, tick marks), L167-171 (step 9, the paste)`;
/** polkadot-js/ui at the tag Apps 0.171.1 ships (@polkadot/ui-keyring 3.16.7). */
const UI_KEYRING = 'polkadot-js/ui@v3.16.7 (1d667d4d) packages/ui-keyring/src';
/** polkadot-js/common at the tag Apps 0.171.1 ships (@polkadot/keyring 14.0.3). */
const KEYRING = 'polkadot-js/common@v14.0.3 (9281daa1) packages/keyring/src';
const STORE = 'store@2.0.12 src/store-engine.js L43-48 (each), L148-160 (_deserialize)';

/** Measured in Debian's Chromium 156 (chromium/dump-step.chromium.spec.ts); a WebIDL named property loses to a prototype member of the same name. */
const CHROMIUM_DUMP =
  'Chromium: Storage named properties (WebIDL legacy platform object, not [LegacyOverrideBuiltIns]); measured, chromium/dump-step.chromium.spec.ts';

export const RULES = [
  {
    id: 'D1',
    stage: 'dump',
    when: "The old computer's localStorage has a key named `__proto__`.",
    effect:
      '`JSON.stringify(localStorage)` throws TypeError ("Illegal invocation"): there is nothing to copy, nothing is written, every key on the new computer is kept.',
    source: CHROMIUM_DUMP,
  },
  {
    id: 'D2',
    stage: 'dump',
    when: 'A key is named like a member of Storage.prototype or Object.prototype (`length`, `key`, `getItem`, `setItem`, `removeItem`, `clear`, `constructor`, `toString`, `hasOwnProperty` …).',
    effect: 'The dump leaves it out (the member shadows the entry): it is not copied to the new computer.',
    source: CHROMIUM_DUMP,
  },
  {
    id: 'P1',
    stage: 'paste',
    when: "The pasted text is one string literal whose value is the old computer's `JSON.stringify(localStorage)` (the console's displayed literal, pasted as is).",
    effect: '`raw` is the old dump, exactly.',
    source: 'ChromeDevTools/devtools-frontend front_end/core/platform/StringUtilities.ts formatAsJSLiteral',
  },
  {
    id: 'P2',
    stage: 'paste',
    when: "The pasted text does not parse as `raw = …`: typically a `'` inside the tick marks (raw contents with tick marks added, or step 5 applied to a literal Chrome wrapped in `\"` or backticks because the dump holds a `'`).",
    effect: 'SyntaxError in the console; nothing is written; every key on the new computer is kept.',
    source: WIKI_COPY,
  },
  {
    id: 'P3',
    stage: 'paste',
    when: "The pasted text parses but is not one string literal: the dump without tick marks (an object literal), or text after a stray `'` that happens to be valid JavaScript.",
    effect:
      'The console runs it. For the object literal `raw` becomes an object and `JSON.parse(raw)` fails on "[object Object]" (nothing written); anything else is code from the dump running in the Apps page, which the model does not predict.',
    source: WIKI_COPY,
  },
  {
    id: 'P4',
    stage: 'paste',
    when: 'The pasted text is one string literal whose value differs from the dump: raw contents with tick marks added, where the console decodes JSON\'s escapes once (`\\"` -> `"`, `\\\\` -> `\\`, `\\n` -> newline).',
    effect: '`raw` is the dump with one level of escaping removed; see J1/J2.',
    source: 'ECMA-262 (2024) 12.9.4 String Literals: the SV of escape sequences',
  },
  {
    id: 'J1',
    stage: 'parse',
    when: '`JSON.parse(raw)` throws: after P4 this happens when a key or value holds `"` or a control character, or a `\\` that is not followed by one of `"\\/bfnrtu` (unless the value is crafted) — every Apps account entry holds `"` (its value is JSON).',
    effect: 'SyntaxError; nothing is written; every key is kept.',
    source: WIKI,
  },
  {
    id: 'J2',
    stage: 'parse',
    when: '`JSON.parse(raw)` succeeds after P4: with no `"`, `\\` or control character `raw` equals the dump; a `\\` followed by a JSON escape letter (a Windows path, `\\n` typed as text) is decoded once more, giving other keys or values.',
    effect: 'The loop writes the keys of what was parsed.',
    source: WIKI,
  },
  {
    id: 'L1',
    stage: 'loop',
    when: 'The parsed object has a key named `hasOwnProperty`.',
    effect: '`accounts.hasOwnProperty(key)` is a string, not a function: TypeError at the first key; nothing is written.',
    source: WIKI,
  },
  {
    id: 'L2',
    stage: 'loop',
    when: 'Otherwise.',
    effect:
      "Every key of the parsed object is written with `localStorage.setItem(key, val)`, `val` being the value after the T rules; for-in order (array-index-like keys such as `0` first, then the dump's order). Keys only on the new computer are not touched.",
    source: WIKI,
  },
  {
    id: 'K1',
    stage: 'key',
    outcome: 'kept',
    when: 'The key is only on the new computer, or nothing was written (D1, P2, P3, J1, L1), or the dump left it out (D2).',
    effect: 'Kept as it was.',
    source: WIKI,
  },
  {
    id: 'K2',
    stage: 'key',
    outcome: 'unchanged',
    when: 'The value written equals the value the new computer already had.',
    effect: 'Nothing changes.',
    source: WIKI,
  },
  {
    id: 'K3',
    stage: 'key',
    outcome: 'secret-lost',
    when: "The new computer's entry for this key holds a secret (an in-browser account: encrypted, or a clear PKCS8 body with a secret) and the value written does not — an external/watch-only entry from the old computer (same public key, so the same key), or one Apps cannot load.",
    effect:
      "The new computer's secret key is gone from localStorage; Apps shows the old computer's entry (or nothing, see K4). The wiki's caution names this case.",
    source: `${WIKI_CAUTION}; ${KEYRING}/pair/encode.ts L19, pair/defaults.ts L5, L8; ${UI_KEYRING}/Keyring.ts L35-42 (addExternal)`,
  },
  {
    id: 'K4',
    stage: 'key',
    outcome: 'lost-from-view',
    when: 'An `account:`/`address:`/`contract:` key whose value written throws in loadAll (V1-V2): typically a `"` in a name, whose `\\"` escape lost its backslash (T1) so the JSON ends early. (An entry not listed or hidden, V3-V4, is judged by K5-K8.)',
    effect:
      'Apps logs "Keyring: Unable to load <key>" and does not list it; the corrupt value stays in localStorage; whatever the new computer had under that key is gone.',
    source: `${UI_KEYRING}/Keyring.ts L298-313 (loadAll's try, console.warn)`,
  },
  {
    id: 'K5',
    stage: 'key',
    outcome: 'corrupted',
    when: 'The value written differs from the old value (a T rule other than T2/T6 fired) and Apps still loads it (or it is not a keyring key).',
    effect:
      'Written with the change: backslashes gone, control characters turned into letters (`\\n` -> `n`); for keyring entries the changed fields are listed.',
    source: WIKI,
  },
  {
    id: 'K6',
    stage: 'key',
    outcome: 'settings-replaced',
    when: 'The key is `settings` and both computers have it, with different values.',
    effect: "The new computer's Apps settings (endpoint, prefix, ledger, theme, …) are replaced by the old computer's.",
    source: 'polkadot-js/ui@v3.16.7 (1d667d4d) packages/ui-settings/src/Settings.ts L57, L227 (store key `settings`)',
  },
  {
    id: 'K7',
    stage: 'key',
    outcome: 'overwritten',
    when: 'Both computers have the key with different values and the old value is written intact.',
    effect: "The old computer's entry replaces the new one (for the same public key: name, tags, password, kind of account).",
    source: WIKI,
  },
  {
    id: 'K8',
    stage: 'key',
    outcome: 'added',
    when: 'The key is only on the old computer and its value is written intact.',
    effect: 'Added.',
    source: WIKI,
  },
  {
    id: 'V1',
    stage: 'view',
    when: 'The value is not valid JSON (the `store` package then returns the raw string) or is empty.',
    effect: '`json.meta` is undefined: TypeError inside loadAll\'s try; console.warn("Keyring: Unable to load <key>:<value>"); skipped, not deleted.',
    source: `${UI_KEYRING}/Keyring.ts L218-219, L230-231, L256-263, L298-313; ${STORE}`,
  },
  {
    id: 'V2',
    stage: 'view',
    when: 'Valid JSON without `meta`, an account without `encoding` or with an unknown key type, an address that does not decode, an `encoded` that is neither hex nor strict base64 (padding bits included).',
    effect: 'Skipped with the same warning.',
    source: `${UI_KEYRING}/Keyring.ts L298-313; ${KEYRING}/keyring.ts L166-191 (createFromJson); polkadot-js/common@v14.0.3 packages/util-crypto/src/base64/bs64.ts L35 (base64Decode)`,
  },
  {
    id: 'V3',
    stage: 'view',
    when: 'An account with `meta.isTesting` or without `encoded`.',
    effect: 'Not listed, no warning.',
    source: `${UI_KEYRING}/Keyring.ts L218-224 (loadAccount)`,
  },
  {
    id: 'V4',
    stage: 'view',
    when: "`meta.genesisHash` (or a contract's `meta.contract.genesisHash`) names a chain other than the one Apps is connected to, another genesis of its network, or a chain Apps adds (the relay chain, on a system parachain).",
    effect: 'Hidden (not loaded) while connected to that chain.',
    source: `${UI_KEYRING}/Keyring.ts L279-293 (allowGenesis), Base.ts L72-76, L137 (genesisHashes)`,
  },
  {
    id: 'V5',
    stage: 'view',
    when: 'An address-book entry with `meta.isRecent` created more than 86.4 s ago (RECENT_EXPIRY = 24*60*60 compared with milliseconds).',
    effect: 'Removed from localStorage on load.',
    source: `${UI_KEYRING}/Keyring.ts L21, L230-237 (loadAddress)`,
  },
  {
    id: 'V6',
    stage: 'view',
    when: 'Anything else under the three keyring prefixes.',
    effect:
      'Listed (accounts, address book; a contract only with a `meta.contract` of the connected chain) and written back by ui-keyring under the key of its address: another key when the JSON `address` was changed, or on an Ethereum chain, where every address is an H160.',
    source: `${UI_KEYRING}/Keyring.ts L197-207, L218-267; ${UI_KEYRING}/observable/genericSubject.ts L38-50; ${UI_KEYRING}/defaults.ts L11-28; ${KEYRING}/keyring.ts L246-250`,
  },
] as const satisfies readonly Rule[];

export type RuleId = (typeof RULES)[number]['id'];

export function rule(id: RuleId): Rule {
  return RULES.find((r) => r.id === id) as Rule;
}
