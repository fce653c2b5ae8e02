import { describe, expect, it } from 'vitest';
import type { CheckReport } from './check-report.js';
import { renderCheckText } from './render-check-text.js';

// Alice's sr25519 key and its addresses as published (Substrate's dev accounts; ss58 prefixes 42 and 0).
const ALICE = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';
const ALICE_42 = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const ALICE_POLKADOT = '15oF4uVJwmo4TdGW7VfQxNLavjCXviqxT9S1MgbjMNHr6Sp5';
const POLKADOT_GENESIS = '0x91b171bb158e2d3848fa23a9f1c25182fb8e20313b2c1eb49219da7a70ce90c3';

function report(overrides: Partial<CheckReport>): CheckReport {
  return {
    schema: 'interop-check/v1',
    file: { kind: 'phrase', summary: 'a 12-word phrase', accounts: [] } as unknown as CheckReport['file'],
    warnings: [],
    results: [],
    comparison: { groups: [], differences: [], verdict: 'v', agree: true },
    claims: [],
    prefix: 42,
    ...overrides,
  };
}

describe('renderCheckText: one key reads the same everywhere in the report', () => {
  it('a restored key tied to Polkadot: the report prefix first, the path, then the address that network shows', () => {
    const key = { publicKey: ALICE, type: 'sr25519', hasSecret: true, path: '//polkadot', genesisHash: POLKADOT_GENESIS, name: 'Recovered' } as const;
    const text = renderCheckText(
      report({ comparison: { groups: [{ profiles: ['signer@7.2.0'], identities: [key] }], differences: [], verdict: 'v', agree: true } }),
    );
    expect(text).toContain(`    ${ALICE_42} sr25519 //polkadot (${ALICE_POLKADOT} on polkadot) "Recovered"\n`);
  });

  it('at --network polkadot the key is shown once, at that prefix', () => {
    const key = { publicKey: ALICE, type: 'sr25519', hasSecret: true, genesisHash: POLKADOT_GENESIS } as const;
    const text = renderCheckText(
      report({ prefix: 0, comparison: { groups: [{ profiles: ['p'], identities: [key] }], differences: [], verdict: 'v', agree: true } }),
    );
    expect(text).toContain(`    ${ALICE_POLKADOT} sr25519\n`);
    expect(text).not.toContain(ALICE_42);
  });

  it("a client's default //polkadot key: the report prefix, then the address on Polkadot", () => {
    const text = renderCheckText(
      report({
        phraseDefaults: [
          { profiles: ['signer@7.2.0'], keys: [{ path: '//polkadot', type: 'sr25519', publicKey: ALICE, address: ALICE_POLKADOT, network: 'polkadot' }] },
        ],
      }),
    );
    expect(text).toContain(`    ${ALICE_42} sr25519 //polkadot (${ALICE_POLKADOT} on polkadot)\n`);
  });
});
