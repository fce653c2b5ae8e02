import type { KeyType } from './key-type.js';

/** The substrate development phrase (substrate `DEV_PHRASE`, polkadot-js keyring `DEV_PHRASE`). */
export const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';

export interface KnownAnswer {
  readonly suri: string;
  readonly type: KeyType;
  /** ss58 prefix of `address` (unused for ethereum, whose address is the checksummed H160). */
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
    source: '`subkey inspect /Alice` (a bare path means the dev phrase); soft junction',
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
    address: '5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu',
    publicKey: '0x88dc3417d5058ec4b4503e0c12ea1a0a89be200fe98922423d4334014fa6b0ee',
    source:
      'paritytech/substrate primitives/keyring/src/ed25519.rs (Keyring::Alice public key); polkadot-js/common packages/keyring/src/index.spec.ts (ed25519 "creates via a dev seed")',
  },
  {
    suri: `${DEV_PHRASE}//Alice`,
    type: 'ecdsa',
    prefix: 42,
    address: '5C7C2Z5sWbytvHpuLTvzKunnnRwQxft1jiqrLD5rhucQ5S9X',
    publicKey: '0x020a1091341fe5664bfa1782d5e04779689068c916b04cb365ec3153755684d9a1',
    source:
      '`subkey inspect --scheme ecdsa //Alice`, as quoted in paritytech/substrate frame/beefy-mmr tests; polkadot-js/common packages/keyring/src/index.spec.ts (ecdsa "creates with dev phrase when only path specified")',
  },
  {
    suri: 'moral movie very draw assault whisper awful rebuild speed purity repeat card',
    type: 'ecdsa',
    prefix: 2,
    address: 'DrRE1KAcs4pCicX8yJPh7YxkLPQ2vXnCFSVRPQfx38KjEFe',
    publicKey: '0x03ddca309bd5fedd01f914d6fb76f23aa848a2a520802159215dba5085d7863619',
    source: 'polkadot-js/common packages/keyring/src/index.spec.ts (ecdsa "adds from a mnemonic", "encodes a pair toJSON")',
  },
  {
    suri: DEV_PHRASE,
    type: 'sr25519',
    prefix: 42,
    publicKey: '0x46ebddef8cd9bb167dc30878d7113b7e168e6f0646beffd77d69d39bad76b47a',
    source: 'novasamatech/parity-signer rust/constants/src/test_values.rs (alice_sr_root)',
  },
  {
    suri: `${DEV_PHRASE}//westend//0`,
    type: 'sr25519',
    prefix: 42,
    publicKey: '0xe655361d12f3ccca5f128187cf3f5eea052be722746e392c8b498d0d18723470',
    source: 'novasamatech/parity-signer rust/constants/src/test_values.rs (alice_sr_westend_0)',
  },
  {
    suri: `${DEV_PHRASE}//secret///abracadabra`,
    type: 'sr25519',
    prefix: 42,
    publicKey: '0x76b68c7ad0e084b37d6a0c8c92d792f6041da5e7ff0c6c3d4a2d6b97772ad46e',
    source: 'novasamatech/parity-signer rust/constants/src/test_values.rs (alice_sr_secret_abracadabra: ///password)',
  },
  {
    suri: `${DEV_PHRASE}//Alice/westend`,
    type: 'sr25519',
    prefix: 42,
    publicKey: '0x9cd20feb68e0535a6c1cdeead4601b652cf6af6d76baf370df26ee25adde0805',
    source: 'novasamatech/parity-signer rust/constants/src/test_values.rs (alice_sr_alice_westend: hard then soft)',
  },
  {
    suri: `${DEV_PHRASE}//9007199254740991`,
    type: 'sr25519',
    prefix: 42,
    address: '5CDsyNZyqxLpHnTvknr68anUcYoBFjZbFKiEJJf4prB75Uog',
    source: 'polkadot-js/common packages/keyring/src/index.spec.ts (sr25519 "creates with integer derivations")',
  },
  {
    suri: "seed sock milk update focus rotate barely fade car face mechanic mercy/m/44'/60'/0'/0/0",
    type: 'ethereum',
    prefix: 42,
    address: '0x31ea8795EE32D782C8ff41a5C68Dcbf0F5B27f6d',
    publicKey: '0x0381351b1b46d2602b0992bb5d5531f9c1696b0812feb2534b6884adc47e2e1d8b',
    source: 'polkadot-js/common packages/keyring/src/index.spec.ts (ethereum PHRASE, ETH_ADDRESS_ONE, toJson address)',
  },
  {
    suri: `${DEV_PHRASE}/m/44'/60'/0'/0/0`,
    type: 'ethereum',
    prefix: 42,
    address: '0xf24FF3a9CF04c71Dbc94D0b566f7A27B94566cac',
    publicKey: '0x02509540919faacf9ab52146c9aa40db68172d83777250b28e4679176e49ccdd9f',
    source:
      'moonbeam-foundation/moonbeam README.md (Prefunded Development Addresses: Alith); polkadot-js/common packages/keyring/src/testing.ts (PAIRSETHEREUM Alith)',
  },
];
