import {
  type AccountRef,
  type AccountSpec,
  type Artifact,
  ClientError,
  type Hex,
  type Identity,
  type KeyType,
  type Method,
  type RestoreSecret,
} from '@interop/core';
import type { CreateDerive, HdkdLibrary } from './hdkd-library.js';
import { papiError } from './papi-errors.js';
import { PAPI_TRAITS } from './papi-traits.js';
import { splitPassword } from './split-password.js';

type SubstrateType = Exclude<KeyType, 'ethereum'>;

function toHex(bytes: Uint8Array): Hex {
  return `0x${Buffer.from(bytes).toString('hex')}`;
}

/**
 * A dapp or script on polkadot-api's key stack: it keeps what it was given (phrase or seed, path,
 * scheme) and derives with the library, following hdkd's README recipe. Lives in a worker of its
 * own, like every client instance.
 */
export class PapiInstance {
  readonly #hdkd: HdkdLibrary;
  readonly #accounts = new Map<string, AccountSpec>();

  constructor(hdkd: HdkdLibrary) {
    this.#hdkd = hdkd;
  }

  #createDerive(type: KeyType): CreateDerive {
    switch (type) {
      case 'sr25519':
        return this.#hdkd.sr25519CreateDerive;
      case 'ed25519':
        return this.#hdkd.ed25519CreateDerive;
      case 'ecdsa':
        return this.#hdkd.ecdsaCreateDerive;
      default:
        throw new ClientError('E_UNSUPPORTED', 'hdkd derives sr25519, ed25519 and ecdsa keys only: no ethereum accounts');
    }
  }

  /**
   * The key of a phrase or seed at a path: the phrase's entropy salted with the password
   * (entropyToMiniSecret), or the 32-byte seed as the mini-secret, which has no place for a
   * password (a script given one with a seed cannot use it, as util-crypto ignores it).
   */
  #derive(secret: AccountSpec['secret'], fullPath: string, type: KeyType): Identity {
    const createDerive = this.#createDerive(type);
    const { path, password } = splitPassword(fullPath);
    try {
      const miniSecret = secret.kind === 'phrase' ? this.#hdkd.entropyToMiniSecret(this.#hdkd.mnemonicToEntropy(secret.phrase), password) : secret.seed;
      const pair = createDerive(miniSecret)(path);
      return { publicKey: toHex(pair.publicKey), type: type as SubstrateType, hasSecret: true };
    } catch (error) {
      throw papiError(error);
    }
  }

  create(spec: AccountSpec): AccountRef {
    const identity = { ...this.#derive(spec.secret, spec.path, spec.type), name: spec.name };
    const handle = `${this.#accounts.size}`;
    this.#accounts.set(handle, spec);
    return { handle, identity };
  }

  backup(ref: AccountRef, method: Method): Artifact {
    const spec = this.#accounts.get(ref.handle);
    if (spec === undefined) throw new ClientError('E_NOT_FOUND', `no account ${ref.handle} in this script`);
    const { secret } = spec;
    if (method === 'phrase' && secret.kind === 'phrase') return { kind: 'phrase', phrase: secret.phrase };
    if (method === 'phrase-path-type' && secret.kind === 'phrase') return { kind: 'phrase', phrase: secret.phrase, path: spec.path, type: spec.type };
    if (method === 'raw-seed' && secret.kind === 'seed') return { kind: 'raw-seed', seed: secret.seed, path: spec.path, type: spec.type };
    throw new ClientError('E_UNSUPPORTED', `a script holding a ${secret.kind} cannot back it up by ${method}`);
  }

  /** Deriving again from what was kept: a phrase alone is the root sr25519 key, `derive("")`. */
  restore(artifact: Artifact, typedSecret: RestoreSecret): Identity[] {
    if (artifact.kind !== 'phrase' && artifact.kind !== 'raw-seed') {
      throw new ClientError('E_UNSUPPORTED', `polkadot-api's key stack reads no ${artifact.kind}: it derives from a phrase or a seed`);
    }
    const secret: AccountSpec['secret'] = artifact.kind === 'phrase' ? { kind: 'phrase', phrase: artifact.phrase } : { kind: 'seed', seed: artifact.seed };
    const alone = artifact.kind === 'phrase' && artifact.path === undefined && artifact.type === undefined;
    const requests = alone ? PAPI_TRAITS.phraseDefaults : [{ path: artifact.path ?? '', type: artifact.type ?? 'sr25519' }];
    // A listed derivation marked as passworded is derived with the password the user types again.
    const notes =
      artifact.kind === 'phrase'
        ? (artifact.derivations ?? []).map((d) => ({
            path: d.hasPassword === true ? `${d.path}///${typedSecret.derivationPassword ?? ''}` : d.path,
            type: d.type ?? 'sr25519',
          }))
        : [];
    return [...requests, ...notes].map((r) => this.#derive(secret, r.path, r.type));
  }
}
