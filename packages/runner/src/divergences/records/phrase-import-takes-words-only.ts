import type { KnownDivergence } from '../divergence.js';
import { predictedKeys, targetRequests } from '../target-derivations.js';

/**
 * A phrase written down with its path and type, restored in a client whose phrase import takes
 * the words only: it makes its own default keys, and then, where the client has one, its Derive
 * account takes the written path by its own rules (target-derivations.ts); a key neither gives
 * comes back as another address. (A phrase written alone is phrase-alone-loses-path/-key-type.)
 */
export const PHRASE_IMPORT_TAKES_WORDS_ONLY: KnownDivergence = {
  id: 'phrase-import-takes-words-only',
  claim:
    "SubWallet's Import seed phrase has one box per word, each of which must be a BIP39 word (ImportSeedPhrase.tsx L104-116), and imports them as its fixed key set (the root sr25519 key, the ethereum key at m/44'/60'/0'/0/0, TON, Cardano and Bitcoin keys): a derivation path or key type written next to the phrase cannot be entered there. Its Derive account then takes a path under the imported account by its own rules (validate.ts, Derive.ts L129-186): //n or //n//m (each index through parseInt) derives every key of the set, the ethereum one at m/44'/60'/0'/0/n[/m]; m/44'/60'/0'/0/n with n >= 1 the ethereum key; another sr25519 path of one or two junctions the sr25519 key; no ///password, no third junction, no ed25519 or ecdsa key. A key at a path it refuses, reads otherwise, or of another type comes back as another address",
  sources: [
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-koni-ui/src/Popup/Account/ImportSeedPhrase.tsx#L104-L116',
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-koni-ui/src/Popup/Account/ImportSeedPhrase.tsx#L257-L268',
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-base/src/services/keyring-service/context/handlers/Mnemonic.ts#L60-L66',
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-base/src/utils/account/derive/validate.ts#L7-L87',
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-base/src/services/keyring-service/context/handlers/Derive.ts#L129-L186',
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-base/src/utils/account/derive/info/solo.ts#L53-L81',
  ],
  scenario: 'scenarios/bugs/subwallet-phrase-path-dropped.json',
  predict(ctx) {
    if (ctx.method === 'phrase' || ctx.artifact.kind !== 'phrase' || ctx.target.phraseImport !== 'words-only') return undefined;
    const requests = targetRequests(ctx);
    if (requests === undefined || requests.some((r) => r.type === ctx.spec.type && r.path === ctx.spec.path)) return undefined;
    return { kind: 'keys', keys: predictedKeys(ctx, requests) };
  },
};
