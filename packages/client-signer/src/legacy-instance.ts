import { type AccountRef, type AccountSpec, type Artifact, ClientError, type Hex, type KeyType, type Method, type RestoreSecret } from '@interop/core';
import { u8aToHex } from '@polkadot/util';
import { encodeAddress } from '@polkadot/util-crypto';
import { LEGACY_CAPABILITIES } from './legacy-capabilities.js';
import { LEGACY_ETHEREUM_PATH, legacyEthereumKey } from './legacy-ethereum.js';
import { LEGACY_DEFAULT_NETWORK, LEGACY_ETHEREUM, LEGACY_SUBSTRATE_NETWORKS, type LegacySubstrateNetwork } from './legacy-networks.js';
import { legacyPathName } from './legacy-path-name.js';
import { legacySecretQr } from './legacy-secret-export.js';
import { joinPath, type ParsedPath, parseLegacyPath } from './path-rules.js';
import { legacyPhrase } from './phrase-rules.js';
import type { SignerAccountRef, SignerIdentity } from './signer-identity.js';
import { vaultPair } from './vault-pair.js';

interface Held {
  readonly phrase: string;
  readonly parsed: ParsedPath;
  readonly identity: SignerIdentity;
}

export interface LegacyInstanceOptions {
  /** Network for custom derivations when the input names none (default kusama, as the app). */
  readonly network?: string;
}

function legacyNetwork(nameOrGenesis: string | undefined): LegacySubstrateNetwork {
  if (nameOrGenesis === undefined || nameOrGenesis === '') return LEGACY_DEFAULT_NETWORK;
  const wanted = nameOrGenesis.toLowerCase();
  const network = LEGACY_SUBSTRATE_NETWORKS.find((n) => n.name === wanted || n.genesisHash === wanted);
  if (network === undefined) {
    // The app listed more (Rococo, Edgeware, Kulupu, Centrifuge ...) and took more from QRs; this model holds these three.
    throw new ClientError('E_CLIENT_REFUSED', `this model of the legacy Signer holds Polkadot, Kusama and Westend only, not '${nameOrGenesis}'`);
  }
  return network;
}

/**
 * A substrate account of the legacy app: sr25519 of `phrase + path + ///password`
 * (src/utils/suri.ts constructSURI; rust/signer/src/sr25519.rs KeyPair::from_suri, the sp-core
 * rules), shown as ss58 at the network's prefix.
 */
function substrateKey(phrase: string, name: string, parsed: ParsedPath, network: LegacySubstrateNetwork): SignerIdentity {
  const publicKey = u8aToHex(vaultPair(phrase, parsed, 'sr25519').publicKey) as Hex;
  return {
    publicKey,
    type: 'sr25519',
    hasSecret: true,
    name,
    path: parsed.path,
    hasPassword: parsed.password !== undefined,
    genesisHash: network.genesisHash,
    network: network.name,
    encryption: 'sr25519',
    address: encodeAddress(publicKey, network.prefix),
    addressForm: 'ss58',
  };
}

function ethereumKey(phrase: string, name: string): SignerIdentity {
  const { publicKey, address } = legacyEthereumKey(phrase);
  return {
    publicKey,
    type: 'ethereum',
    hasSecret: true,
    name,
    path: `/${LEGACY_ETHEREUM_PATH}`,
    hasPassword: false,
    network: LEGACY_ETHEREUM.name,
    chainId: LEGACY_ETHEREUM.chainId,
    address,
    addressForm: 'h160',
  };
}

/** An Ethereum spec path must name the legacy app's only derivation (BIP32 paths carry a leading '/' in specs). */
function checkEthereumPath(path: string | undefined): void {
  if (path !== undefined && path !== `/${LEGACY_ETHEREUM_PATH}`) {
    throw new ClientError('E_PATH_INVALID', `the legacy Signer derived Ethereum accounts at ${LEGACY_ETHEREUM_PATH} only`);
  }
}

/**
 * One phone running the last React Native Parity Signer (4.5.3-beta): an identity is a phrase;
 * tapping a network derives its key `//<network>` (substrate, sr25519) or the BIP44 account
 * (Ethereum networks). There is no root key in the list.
 */
export class LegacyInstance {
  readonly #held = new Map<string, Held>();
  readonly #network: string | undefined;
  #next = 1;

  constructor(options: LegacyInstanceOptions = {}) {
    this.#network = options.network;
  }

  #unsupportedType(type: KeyType): never {
    const support = LEGACY_CAPABILITIES.create.phrase[type];
    throw new ClientError('E_UNSUPPORTED', support.supported ? `unsupported type ${type}` : support.reason);
  }

  create(spec: AccountSpec): SignerAccountRef {
    if (spec.secret.kind !== 'phrase') throw new ClientError('E_UNSUPPORTED', 'the legacy Signer recovered identities from phrases only');
    const phrase = legacyPhrase(spec.secret.phrase);
    let held: Held;
    if (spec.type === 'ethereum') {
      checkEthereumPath(spec.path);
      held = { phrase, parsed: { path: spec.path }, identity: ethereumKey(phrase, spec.name) };
    } else if (spec.type === 'sr25519') {
      const parsed = parseLegacyPath(spec.path);
      held = { phrase, parsed, identity: substrateKey(phrase, spec.name, parsed, legacyNetwork(spec.genesisHash || this.#network)) };
    } else {
      this.#unsupportedType(spec.type);
    }
    const handle = `legacy-${this.#next++}`;
    this.#held.set(handle, held);
    return { handle, identity: held.identity };
  }

  backup(ref: AccountRef, method: Method, _password: string): Artifact {
    const held = this.#held.get(ref.handle);
    if (held === undefined) throw new ClientError('E_NOT_FOUND', `no account ${ref.handle} in this Signer`);
    const { phrase, parsed, identity } = held;
    switch (method) {
      case 'phrase':
        // The identity backup screen shows the phrase alone (src/screens/IdentityBackup.tsx).
        return { kind: 'phrase', phrase };
      case 'phrase-path-type':
        return { kind: 'phrase', phrase, path: joinPath(parsed), type: identity.type };
      case 'secret-qr':
        // Export Account (LEGACY_RULES.secretExportOffered, secretExportPayload): sr25519 keys only.
        if (identity.type === 'sr25519' && identity.genesisHash !== undefined) {
          return { kind: 'secret-qr', payload: legacySecretQr(phrase, parsed, identity.genesisHash, legacyPathName(identity)) };
        }
        break;
      case 'public-key-qr':
        // LEGACY_RULES.publicKeyQr: generateAccountId (`substrate:<address>:<genesis>`, `ethereum:0x<address>@<chain id>`)
        // then `:<path name>`.
        return {
          kind: 'public-key-qr',
          payload: `${identity.type === 'ethereum' ? `ethereum:${identity.address}@${identity.chainId}` : `substrate:${identity.address}:${identity.genesisHash}`}:${legacyPathName(identity)}`,
        };
      default:
        break;
    }
    const support = LEGACY_CAPABILITIES.backup[method][identity.type];
    throw new ClientError('E_UNSUPPORTED', support.supported ? `the legacy Signer cannot back up with ${method}` : support.reason);
  }

  restore(artifact: Artifact, secret: RestoreSecret): SignerIdentity[] {
    if (artifact.kind !== 'phrase') {
      const support = LEGACY_CAPABILITIES.restore[artifact.kind].sr25519;
      throw new ClientError('E_UNSUPPORTED', support.supported ? `cannot restore ${artifact.kind}` : support.reason);
    }
    const phrase = legacyPhrase(artifact.phrase);
    const name = 'Recovered';
    // Tapping a network makes its key, named `<title> root` (NetworkSelector.tsx:93-99); the Ethereum account gets no name.
    const keys = [...LEGACY_SUBSTRATE_NETWORKS.map((n) => substrateKey(phrase, `${n.title} root`, { path: `//${n.pathId}` }, n)), ethereumKey(phrase, '')];
    if (artifact.path !== undefined) {
      const type = artifact.type ?? 'sr25519';
      if (type === 'ethereum') {
        checkEthereumPath(artifact.path);
      } else if (type === 'sr25519') {
        const key = substrateKey(phrase, name, parseLegacyPath(artifact.path), legacyNetwork(this.#network));
        if (!keys.some((k) => k.publicKey === key.publicKey && k.genesisHash === key.genesisHash)) keys.push(key);
      } else {
        this.#unsupportedType(type);
      }
    }
    // A derivation list (from a Vault backup) is what a user re-enters by hand, one custom path
    // each, under the legacy rules; a note with a password needs it again. Vault's notes name no
    // key type, and the legacy app makes sr25519 keys only (LEGACY_RULES.sr25519Only).
    for (const note of artifact.derivations ?? []) {
      const type = note.type ?? 'sr25519';
      if (type !== 'sr25519') this.#unsupportedType(type);
      const typed = secret.derivationPassword ?? secret.password;
      if (note.hasPassword === true && (typed === undefined || typed === '')) {
        throw new ClientError('E_PASSWORD_REQUIRED', `derivation ${note.path} had a ///password; give it as the derivation password`);
      }
      const path = note.hasPassword === true ? `${note.path}///${typed}` : note.path;
      const key = substrateKey(phrase, name, parseLegacyPath(path), legacyNetwork(note.network ?? this.#network));
      if (!keys.some((k) => k.publicKey === key.publicKey && k.genesisHash === key.genesisHash)) keys.push(key);
    }
    return keys;
  }
}
