import type { KnownDivergence } from '../divergence.js';
import { predictedKeys, targetRequests } from '../target-derivations.js';

/**
 * A phrase written down with its path and type, restored in a client whose phrase import takes
 * the words only: it makes its own default keys, so a key at another path or of another type
 * comes back as another address. (A phrase written alone is phrase-alone-loses-path/-key-type.)
 */
export const PHRASE_IMPORT_TAKES_WORDS_ONLY: KnownDivergence = {
  id: 'phrase-import-takes-words-only',
  claim:
    "SubWallet's Import seed phrase has one box per word, each of which must be a BIP39 word (ImportSeedPhrase.tsx L104-116), and imports them as its fixed key set (the root sr25519 key, the ethereum key at m/44'/60'/0'/0/0, TON, Cardano and Bitcoin keys): a derivation path or key type written next to the phrase cannot be entered, so a key at another path or of another type comes back as another address. Afterwards, Derive account takes a path under the imported account (//n or //n//m with n >= 1, which derives every key of the set, and m/44'/60'/0'/0/n for its ethereum key: derive/validate.ts L7-87), a second step this harness does not take",
  sources: [
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-koni-ui/src/Popup/Account/ImportSeedPhrase.tsx#L104-L116',
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-koni-ui/src/Popup/Account/ImportSeedPhrase.tsx#L257-L268',
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-base/src/services/keyring-service/context/handlers/Mnemonic.ts#L60-L66',
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-base/src/utils/account/derive/validate.ts#L7-L87',
  ],
  scenario: 'scenarios/bugs/subwallet-phrase-path-dropped.json',
  predict(ctx) {
    if (ctx.method === 'phrase' || ctx.artifact.kind !== 'phrase' || ctx.target.phraseImport !== 'words-only') return undefined;
    const requests = targetRequests(ctx);
    if (requests === undefined || requests.some((r) => r.type === ctx.spec.type && r.path === ctx.spec.path)) return undefined;
    return { kind: 'keys', keys: predictedKeys(ctx, requests) };
  },
};
