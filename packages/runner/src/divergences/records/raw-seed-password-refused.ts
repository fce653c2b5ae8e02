import type { KnownDivergence } from '../divergence.js';

export const RAW_SEED_PASSWORD_REFUSED: KnownDivergence = {
  id: 'raw-seed-password-refused',
  claim:
    'Apps refuses a ///password after a raw seed ("Password are ignored for hex seed"); util-crypto ignores it, so the extension restores the seed\'s key and Apps restores nothing until the password is removed',
  sources: ['https://github.com/polkadot-js/apps/blob/4a5fed253571f1d75c6a5eabe5c84aa3c25377bf/packages/page-accounts/src/modals/Create.tsx#L51-L54'],
  scenario: 'scenarios/bugs/apps-raw-seed-password.json',
  predict({ artifact, target }) {
    if (target.rawSeedPassword !== 'refused' || artifact.kind !== 'raw-seed') return undefined;
    if (!(artifact.path ?? '').includes('///')) return undefined;
    return { kind: 'refusal', codes: ['E_PATH_INVALID'] };
  },
};
