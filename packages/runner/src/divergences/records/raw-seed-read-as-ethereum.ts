import type { KnownDivergence } from '../divergence.js';
import { predictedKeys, targetRequests } from '../target-derivations.js';

/**
 * A raw seed typed into a client whose private-key import reads it as one key type
 * (`rawSeedAs`): the seed of an sr25519, ed25519 or ecdsa key comes back as the ethereum
 * account of the same 32 bytes. (A seed noted as ethereum is that account: no divergence.)
 */
export const RAW_SEED_READ_AS_ETHEREUM: KnownDivergence = {
  id: 'raw-seed-read-as-ethereum',
  claim:
    'SubWallet\'s Import from private key has one field, the key, and privateKeyValidateV2 types 32 hex bytes as an ethereum (EVM) private key whatever key they were written down for ("To import an existing wallet, please enter private key"): the raw seed of an sr25519, ed25519 or ecdsa account comes back as the EVM account of those bytes, another address',
  sources: [
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-base/src/services/keyring-service/context/handlers/Secret.ts#L83-L135',
    'https://github.com/Koniverse/SubWallet-Extension/blob/v1.3.88/packages/extension-koni-ui/src/Popup/Account/ImportPrivateKey.tsx#L63-L89',
  ],
  scenario: 'scenarios/bugs/subwallet-raw-seed-as-evm.json',
  predict(ctx) {
    if (ctx.artifact.kind !== 'raw-seed' || ctx.target.rawSeedAs === undefined) return undefined;
    const keys = predictedKeys(ctx, targetRequests(ctx) ?? []);
    // The seed of a key of that very type is that key: it comes back.
    if (keys.some((k) => k.type === ctx.sourceKey.type && k.publicKey.toLowerCase() === ctx.sourceKey.publicKey.toLowerCase())) return undefined;
    return { kind: 'keys', keys };
  },
};
