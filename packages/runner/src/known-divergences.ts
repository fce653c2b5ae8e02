import type { AccountSpec, ClientInfo } from '@interop/core';
import type { Cell } from './cell.js';

export interface DivergenceContext {
  readonly cell: Cell;
  readonly spec: AccountSpec;
  readonly source: ClientInfo;
  readonly target: ClientInfo;
}

/**
 * A mismatch that is documented upstream. When it applies to a run and the run does not
 * match, the cell is a known divergence (never a pass); when it applies and every run
 * matches, the divergence has stopped and the run goes red so the table gets updated.
 */
export interface KnownDivergence {
  readonly id: string;
  readonly reason: string;
  /** Upstream issue or file. */
  readonly source: string;
  /** The scenario file under scenarios/bugs/ that demonstrates it. */
  readonly scenario?: string;
  applies(ctx: DivergenceContext): boolean;
}

const POLKADOT_JS = new Set(['extension', 'apps']);
const U64_MAX = 2n ** 64n - 1n;

/**
 * Junction texts that sp-core and util-crypto turn into different chain codes: sp-core reads a
 * junction as a u64 only when Rust's `str::parse::<u64>` accepts it (digits, optional '+', at
 * most 2^64-1) and otherwise SCALE-encodes the text; util-crypto reads `0x…` as raw bytes and any
 * run of digits as a 256-bit number (and has no '+').
 */
function junctionsDiffer(path: string): boolean {
  const body = path.split('///')[0] ?? '';
  return body
    .split('/')
    .filter((s) => s !== '')
    .some((s) => /^0x([0-9a-fA-F]{2})*$/.test(s) || /^\+\d+$/.test(s) || (/^\d+$/.test(s) && BigInt(s) > U64_MAX));
}

export const KNOWN_DIVERGENCES: readonly KnownDivergence[] = [
  {
    id: 'vault-network-key-from-phrase',
    reason:
      "Vault's accounts are derived keys (//polkadot, //kusama, //westend); the phrase alone restores the root key in polkadot-js clients, so the address differs unless the path is carried",
    source: 'https://github.com/novasamatech/parity-signer/issues/833',
    scenario: 'scenarios/bugs/vault-network-key-phrase-only.json',
    applies: ({ cell, spec, source, target }) => source.client === 'signer' && POLKADOT_JS.has(target.client) && cell.method === 'phrase' && spec.path !== '',
  },
  {
    id: 'phrase-carries-no-key-type',
    reason:
      'a phrase alone does not say the key type; the target restores its default (sr25519), so ed25519/ecdsa/ethereum accounts come back as another address',
    source: 'https://github.com/polkadot-js/extension/issues/697',
    scenario: 'scenarios/bugs/extension-ed25519-phrase.json',
    applies: ({ cell, spec }) => cell.method === 'phrase' && spec.type !== 'sr25519',
  },
  {
    id: 'extension-ethereum-index-0-only',
    reason:
      "the extension's getSuri appends /m/44'/60'/0'/0/0 to every ethereum import, so a phrase with its own BIP44 path is refused ('Invalid derivation path')",
    source: 'https://github.com/polkadot-js/extension/blob/master/packages/extension-base/src/background/handlers/Extension.ts',
    scenario: 'scenarios/bugs/extension-ethereum-index-0.json',
    applies: ({ cell, spec, target }) =>
      target.client === 'extension' && cell.type === 'ethereum' && spec.path !== '' && (cell.method === 'phrase-path-type' || cell.method === 'phrase'),
  },
  {
    id: 'sp-core-vs-util-crypto-junctions',
    reason:
      "Vault (sp-core) parses some junction texts differently from polkadot-js (util-crypto, the oracle) — '0x…' (raw bytes vs text), numbers above 2^64-1 and '+5' (u64 vs text or 256-bit number) — so the same path derives another key",
    source:
      'https://github.com/paritytech/polkadot-sdk/blob/master/substrate/primitives/core/src/crypto.rs (DeriveJunction from &str) vs https://github.com/polkadot-js/common/blob/master/packages/util-crypto/src/key/DeriveJunction.ts',
    scenario: 'scenarios/bugs/vault-junction-parsing.json',
    applies: ({ spec, source, target }) => (source.client === 'signer' || target.client === 'signer') && junctionsDiffer(spec.path),
  },
];

export function findDivergence(ctx: DivergenceContext, table: readonly KnownDivergence[] = KNOWN_DIVERGENCES): KnownDivergence | undefined {
  return table.find((d) => d.applies(ctx));
}
