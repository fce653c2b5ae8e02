/**
 * The chain an Apps instance is connected to. Apps reads it from the node it talks to
 * (polkadot-js/apps packages/react-api/src/Api.tsx `loadOnReady`): the genesis hash ties new
 * accounts to the chain and hides accounts of other chains (apps#3722), the ss58 prefix formats
 * addresses, and `isEthereum` (the runtime's specName is in apps-config's `ethereumChains`)
 * switches the keyring to ethereum keys. This harness has no node: the chain is a setting.
 */
export interface ConnectedChain {
  readonly name: string;
  readonly genesisHash: `0x${string}`;
  readonly ss58Format: number;
  readonly isEthereum: boolean;
}

export function isConnectedChain(value: unknown): value is ConnectedChain {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.name === 'string' &&
    typeof v.genesisHash === 'string' &&
    /^0x[0-9a-f]{64}$/.test(v.genesisHash) &&
    typeof v.ss58Format === 'number' &&
    Number.isInteger(v.ss58Format) &&
    typeof v.isEthereum === 'boolean'
  );
}
