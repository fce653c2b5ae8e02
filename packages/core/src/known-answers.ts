import type { KeyType } from './key-type.js';

/** The substrate development phrase (substrate `DEV_PHRASE`, polkadot-js keyring `DEV_PHRASE`). */
export const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';

export interface KnownAnswer {
  readonly suri: string;
  readonly type: KeyType;
  readonly prefix: number;
  readonly address?: string;
  readonly publicKey?: string;
  /** Where the vector is published. */
  readonly source: string;
}

/** Public vectors: each from a file of an upstream repository, never from this project's code. */
export const KNOWN_ANSWERS: readonly KnownAnswer[] = [
  {
    suri: `${DEV_PHRASE}//Alice`,
    type: 'sr25519',
    prefix: 42,
    address: '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY',
    source: 'substrate well-known dev account Alice; polkadot-js/common packages/keyring/src/testingPairs.ts',
  },
  {
    suri: `${DEV_PHRASE}/Alice`,
    type: 'sr25519',
    prefix: 42,
    address: '5GvKEoc787uDV8etY1AM8vF385edu2iyqD1WfCjDugzLUiAL',
    source: 'FIELD-NOTES known-answer table (soft derivation)',
  },
  {
    suri: `${DEV_PHRASE}//kusama`,
    type: 'sr25519',
    prefix: 2,
    address: 'ErGkNDDPmnaRZKxwe4VBLonyBJVmucqURFMatEJTwktsuTv',
    source: 'novasamatech/parity-signer rust/constants/src/test_values.rs (ALICE_SR_KUSAMA)',
  },
  {
    suri: `${DEV_PHRASE}//Bob`,
    type: 'sr25519',
    prefix: 42,
    address: '5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty',
    source: 'substrate well-known dev account Bob; polkadot-js/common packages/keyring/src/testingPairs.ts',
  },
  {
    suri: `${DEV_PHRASE}//Alice`,
    type: 'ed25519',
    prefix: 42,
    publicKey: '0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee',
    source: 'paritytech/substrate primitives/keyring/src/ed25519.rs (Keyring::Alice public key)',
  },
  {
    suri: `${DEV_PHRASE}//Alice`,
    type: 'ecdsa',
    prefix: 42,
    publicKey: '0x020a1091341fe5664bfa1782d5e04779689068c916b04cb365ec3153755684d9a1',
    source: '`subkey inspect --scheme ecdsa //Alice`, as quoted in paritytech/substrate frame/beefy-mmr tests',
  },
];
