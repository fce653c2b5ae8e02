import type { KnownDivergence } from '../divergence.js';

const SUBWALLET = 'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-koni-ui/src/Popup/Account/ImportSeedPhrase.tsx';

/** A target whose phrase entry has boxes for some word counts only (phraseWordCounts) cannot take a phrase of another length. */
export const PHRASE_WORD_COUNT_REFUSED: KnownDivergence = {
  id: 'phrase-word-count-refused',
  claim:
    "SubWallet's Import seed phrase has a box per word and offers 12, 15 or 24 of them, though BIP39 (and every other client here) also takes 18 and 21 words: a phrase of 18 or 21 words cannot be typed there",
  sources: [`${SUBWALLET}#L39`, `${SUBWALLET}#L118-L126`],
  scenario: 'scenarios/bugs/subwallet-phrase-18-words.json',
  predict({ artifact, target }) {
    const counts = target.phraseWordCounts;
    if (counts === undefined || artifact.kind !== 'phrase') return undefined;
    if (counts.includes(artifact.phrase.split(' ').length)) return undefined;
    return { kind: 'refusal', codes: ['E_UNSUPPORTED'] };
  },
};
