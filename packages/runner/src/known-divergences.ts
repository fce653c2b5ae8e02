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

/** The BIP44 path the extension appends to every ethereum import (Extension.ts getSuri). */
const ETHEREUM_INDEX_0 = "/m/44'/60'/0'/0/0";

/** The @polkadot/util-crypto a profile runs, as [major, minor, patch] (undefined when it names none). */
function utilCryptoOf(info: ClientInfo): readonly number[] | undefined {
  const version = info.packages['@polkadot/util-crypto'];
  const match = version === undefined ? null : /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  return match ? match.slice(1, 4).map(Number) : undefined;
}

function olderThan(version: readonly number[], than: readonly number[]): boolean {
  for (let i = 0; i < than.length; i++) {
    const a = version[i] ?? 0;
    const b = than[i] ?? 0;
    if (a !== b) return a < b;
  }
  return false;
}

/**
 * util-crypto 13.5.3 raised the scrypt N it writes to 2^17; before it, scryptFromU8a accepted
 * only N=2^15 (polkadot-js/common packages/util-crypto/src/scrypt/fromU8a.ts).
 */
function writesN17ReadsOnlyN15(source: ClientInfo, target: ClientInfo): boolean {
  const written = utilCryptoOf(source);
  const reader = utilCryptoOf(target);
  return written !== undefined && reader !== undefined && !olderThan(written, [13, 5, 3]) && olderThan(reader, [13, 5, 3]);
}

/** util-crypto 13.5.6 alone defaulted pbkdf2Encode to 210000 rounds (reverted in 13.5.7). */
function isUtilCrypto1356(info: ClientInfo): boolean {
  return info.packages['@polkadot/util-crypto'] === '13.5.6';
}

/** A soft junction (`/x`, not `//x`) before any `///password`. */
function hasSoftJunction(path: string): boolean {
  const junctions = path.split('///')[0]?.match(/\/\/?[^/]+/g) ?? [];
  return junctions.some((j) => !j.startsWith('//'));
}
const U64_MAX = 2n ** 64n - 1n;

/**
 * Junction texts that sp-core and util-crypto turn into different chain codes: sp-core reads a
 * junction as a u64 only when Rust's `str::parse::<u64>` accepts it (digits, optional '+', at
 * most 2^64-1) and otherwise SCALE-encodes the text; util-crypto reads `0x…` as raw bytes and any
 * run of digits as a 256-bit number (and has no '+').
 */
function junctionsDiffer(path: string): boolean {
  // util-crypto's keyExtractSuri normalises the whole suri to NFC first; sp-core takes the bytes as typed.
  if (path.normalize('NFC') !== path) return true;
  const body = path.split('///')[0] ?? '';
  return body
    .split('/')
    .filter((s) => s !== '')
    .some((s) => /^0x([0-9a-fA-F]{2})*$/.test(s) || /^\+\d+$/.test(s) || (/^\d+$/.test(s) && BigInt(s) > U64_MAX));
}

/** a < b for dotted numeric versions ('13.2.3' < '13.4.3'). */
function versionBelow(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
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
    // Vault's own phrase backup lists each derivation with its encryption, so Vault restores it.
    applies: ({ cell, spec, source, target }) =>
      cell.method === 'phrase' &&
      spec.type !== 'sr25519' &&
      !(source.client === 'signer' && target.client === 'signer') &&
      // the legacy Signer makes its BIP44 ethereum account from any phrase, so that one comes back
      !(spec.type === 'ethereum' && target.client === 'signer' && target.version.startsWith('4.')),
  },
  {
    id: 'extension-ethereum-index-0-only',
    reason:
      "the extension's getSuri appends /m/44'/60'/0'/0/0 to every ethereum import, so a phrase with its own BIP44 path is refused ('Invalid derivation path')",
    source: 'https://github.com/polkadot-js/extension/blob/master/packages/extension-base/src/background/handlers/Extension.ts',
    scenario: 'scenarios/bugs/extension-ethereum-index-0.json',
    applies: ({ cell, spec, source, target }) =>
      target.client === 'extension' &&
      cell.type === 'ethereum' &&
      spec.path !== '' &&
      // The extension writes index 0 down as no path, so its own index-0 accounts come back; another
      // client's backup that spells the path out is refused like any other path.
      (spec.path !== ETHEREUM_INDEX_0 || source.client !== 'extension') &&
      (cell.method === 'phrase-path-type' || cell.method === 'phrase'),
  },
  {
    id: 'sp-core-vs-util-crypto-junctions',
    reason:
      "Vault (sp-core) parses some junction texts differently from polkadot-js (util-crypto, the oracle) — '0x…' (raw bytes vs text), numbers above 2^64-1 and '+5' (u64 vs text or 256-bit number), and text not in Unicode NFC (util-crypto normalises the suri, sp-core does not) — so the same path derives another key",
    source:
      'https://github.com/paritytech/polkadot-sdk/blob/master/substrate/primitives/core/src/crypto.rs (DeriveJunction from &str) vs https://github.com/polkadot-js/common/blob/master/packages/util-crypto/src/key/DeriveJunction.ts and key/extractSuri.ts (NFC)',
    scenario: 'scenarios/bugs/vault-junction-parsing.json',
    applies: ({ spec, source, target }) => (source.client === 'signer' || target.client === 'signer') && junctionsDiffer(spec.path),
  },
  {
    id: 'scrypt-n17-json-refused-before-util-crypto-13.5.3',
    reason:
      'a JSON written with util-crypto >= 13.5.3 uses scrypt N=2^17; a client on util-crypto < 13.5.3 accepts only N=2^15 and refuses it ("Invalid injected scrypt params found")',
    source: 'https://github.com/polkadot-js/extension/issues/1577',
    scenario: 'scenarios/bugs/extension-scrypt-json-refused-by-0.55.1.json',
    applies: ({ cell, source, target }) => (cell.method === 'json' || cell.method === 'export-all') && writesN17ReadsOnlyN15(source, target),
  },
  {
    id: 'scrypt-n17-batch-refused-before-util-crypto-13.5.3',
    reason: 'an "export all" file written with util-crypto >= 13.5.3 (scrypt N=2^17) cannot be batch-restored by a client on util-crypto < 13.5.3',
    source: 'https://github.com/polkadot-js/extension/issues/1584',
    scenario: 'scenarios/bugs/extension-scrypt-batch-refused-by-0.55.1.json',
    applies: ({ cell, source, target }) => cell.method === 'batch-json' && writesN17ReadsOnlyN15(source, target),
  },
  {
    id: 'pbkdf2-210000-ethereum-from-phrase',
    reason:
      'util-crypto 13.5.6 derives the BIP39 seed of ethereum accounts with 210000 PBKDF2 rounds instead of 2048, so an ethereum account made from a phrase there (or a phrase restored there) has another address',
    source: 'https://github.com/polkadot-js/apps/issues/11855',
    scenario: 'scenarios/bugs/util-crypto-13.5.6-ethereum-phrase.json',
    applies: ({ cell, spec, source, target }) =>
      cell.type === 'ethereum' &&
      spec.secret.kind === 'phrase' &&
      ((POLKADOT_JS.has(source.client) && isUtilCrypto1356(source)) ||
        (isUtilCrypto1356(target) && (cell.method === 'phrase' || cell.method === 'phrase-path-type'))),
  },
  {
    id: 'vault-soft-secret-qr-64-bytes',
    reason:
      'Vault exports a soft-derived sr25519 key as its 64-byte secret key + nonce (parity-signer#2533); the polkadot-js clients read a Secret QR only as a mnemonic or a 32-byte seed and refuse it',
    source: 'https://github.com/novasamatech/parity-signer/issues/2530',
    scenario: 'scenarios/bugs/vault-soft-secret-qr-apps.json',
    applies: ({ cell, spec, source, target }) =>
      source.client === 'signer' && POLKADOT_JS.has(target.client) && cell.method === 'secret-qr' && hasSoftJunction(spec.path),
  },
  {
    id: 'legacy-signer-has-no-root-key',
    reason:
      'the React Native Parity Signer derives only //<network> keys (and a BIP44 Ethereum account) from a phrase; a root key (empty path) made in another client is not among them',
    source:
      'https://github.com/novasamatech/parity-signer/blob/v4.5.3-beta/src/constants/networkSpecs.ts (network paths); https://github.com/novasamatech/parity-signer/issues/833',
    scenario: 'scenarios/bugs/vault-network-key-phrase-only.json',
    applies: ({ cell, spec, source, target }) =>
      target.client === 'signer' &&
      target.version.startsWith('4.') &&
      source.client !== 'signer' && // a Vault phrase backup lists the root key as a derivation to re-enter
      spec.path.split('///')[0] === '' &&
      spec.type !== 'ethereum' &&
      (cell.method === 'phrase' || cell.method === 'phrase-path-type'),
  },
  {
    id: 'util-crypto-nfc-since-13.4.3',
    reason:
      'this client runs util-crypto older than 13.4.3, which derives from the path as typed; the oracle (util-crypto 14) normalises it to NFC first, so a path with decomposed characters gives another key',
    source: 'https://github.com/polkadot-js/common/blob/master/packages/util-crypto/src/key/extractSuri.ts (normalize(NFC), first published in 13.4.3)',
    scenario: 'scenarios/bugs/util-crypto-nfc-before-13.4.3.json',
    applies: ({ spec, source, target }) =>
      spec.path.normalize('NFC') !== spec.path &&
      (versionBelow(source.packages['@polkadot/util-crypto'], '13.4.3') || versionBelow(target.packages['@polkadot/util-crypto'], '13.4.3')),
  },
  {
    id: 'apps-secret-qr-is-sr25519',
    reason: "Apps' Qr modal adds every secret: payload as an sr25519 account, so a Vault ed25519/ecdsa key's Secret QR becomes another address",
    source: 'https://github.com/polkadot-js/apps/blob/master/packages/page-accounts/src/modals/Qr.tsx',
    scenario: 'scenarios/bugs/vault-ecdsa-secret-qr-apps.json',
    applies: ({ cell, target }) => target.client === 'apps' && cell.method === 'secret-qr' && cell.type !== 'sr25519',
  },
  {
    id: 'banana-split-phrase-only',
    reason:
      'Banana Split stores the phrase only; Vault recreates its default key set (root and network keys, sr25519), so a custom derivation or an ed25519/ecdsa key must be added again by hand',
    source: 'https://github.com/novasamatech/parity-signer/blob/master/rust/navigator/src/lib.rs (banana split of the seed phrase)',
    scenario: 'scenarios/bugs/vault-banana-split-phrase-only.json',
    applies: ({ cell, spec }) =>
      cell.method === 'banana-split' && !(spec.type === 'sr25519' && ['', '//polkadot', '//kusama', '//westend'].includes(spec.path)),
  },
  {
    id: 'legacy-signer-password-rule',
    reason: "the React Native Parity Signer refuses a derivation password (///password) that holds blanks or '/', which polkadot-js accepts",
    source: 'https://github.com/novasamatech/parity-signer/blob/v4.5.3-beta/src/utils/regex.ts (passwordRegex)',
    scenario: 'scenarios/bugs/legacy-signer-password-with-blank.json',
    applies: ({ spec, target }) => target.client === 'signer' && target.version.startsWith('4.') && /\/\/\/.*[\s/]/.test(spec.path),
  },
];

export function findDivergence(ctx: DivergenceContext, table: readonly KnownDivergence[] = KNOWN_DIVERGENCES): KnownDivergence | undefined {
  return table.find((d) => d.applies(ctx));
}
