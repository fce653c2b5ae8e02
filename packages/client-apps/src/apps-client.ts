import {
  type AccountRef,
  type AccountSpec,
  type Artifact,
  type Capabilities,
  type Client,
  ClientError,
  type ClientInfo,
  type Hex,
  type Identity,
  isKeyType,
  type KeystoreJson,
  type Method,
  type RestoreSecret,
} from '@interop/core';
import { callApps } from './apps-calls.js';
import { APPS_CAPABILITIES } from './apps-capabilities.js';
import type { AppsRealm } from './apps-realm.js';
import type { CreateRequest, ShownAccount } from './operations/index.js';

/** Create.tsx `ETH_DEFAULT_PATH` (CreateEthDerivationPath.tsx): what the ethereum path field starts with. */
export const ETH_DEFAULT_PATH = "m/44'/60'/0'/0/0";

/** The name a user types when restoring into Apps (the backup itself carries none, or Apps ignores it). */
export const RESTORED_NAME = 'restored';

export function identityOf(account: ShownAccount): Identity {
  const type = account.type;
  if (!isKeyType(type)) throw new ClientError('E_INTERNAL', `Apps holds a ${type} pair, a type this suite does not know`);
  return {
    publicKey: account.publicKey as Hex,
    type,
    hasSecret: account.hasSecret,
    name: account.name,
    ...(account.genesisHash !== null ? { genesisHash: account.genesisHash } : {}),
  };
}

function unsupportedHere(client: ClientInfo, what: string, reason: string, source?: string): ClientError {
  return new ClientError('E_UNSUPPORTED', `${client.id} cannot ${what}: ${reason}${source ? ` (${source})` : ''}`);
}

/**
 * Polkadot-JS Apps as a Client: every call is one of Apps' modals, run by the realm on the real
 * ui-keyring. Restores pick the modal a user would: "From JSON" for a keystore, "Import all"
 * for an export-all file (and for the extension's batch file, which it refuses), "Add account"
 * with the mnemonic or seed pasted in, "From Qr" for QR payloads, and for a localStorage dump the
 * dump itself, loaded the next time Apps starts.
 */
export class AppsClient implements Client {
  readonly info: ClientInfo;
  readonly realm: AppsRealm;

  constructor(info: ClientInfo, realm: AppsRealm) {
    this.info = info;
    this.realm = realm;
  }

  capabilities(): Capabilities {
    return APPS_CAPABILITIES;
  }

  /** Apps ties the account to the connected chain whatever the spec says (Create.tsx has no "any chain" option). */
  async create(spec: AccountSpec): Promise<AccountRef> {
    const support = APPS_CAPABILITIES.create[spec.secret.kind][spec.type];
    if (!support.supported) throw unsupportedHere(this.info, `create ${spec.type} from a ${spec.secret.kind}`, support.reason, support.source);
    const request: CreateRequest = {
      seed: spec.secret.kind === 'phrase' ? spec.secret.phrase : spec.secret.seed,
      seedType: spec.secret.kind === 'phrase' ? 'bip' : 'raw',
      // The ethereum path field holds `m/44'/...`; getSuri joins it with a '/'. A raw ethereum key
      // has no path (appsPathsFor): the field keeps its default, which the keyring ignores for a
      // 32-byte hex key; an empty field would not parse as a suri.
      derivePath: spec.type === 'ethereum' ? spec.path.replace(/^\//, '') || (spec.secret.kind === 'seed' ? ETH_DEFAULT_PATH : '') : spec.path,
      pairType: spec.type,
      name: spec.name,
      password: spec.password,
    };
    const { account } = await this.realm.call('create', request);
    return { handle: account.address, identity: identityOf(account) };
  }

  async backup(ref: AccountRef, method: Method, password: string): Promise<Artifact> {
    const support = APPS_CAPABILITIES.backup[method][ref.identity.type];
    if (!support.supported) throw unsupportedHere(this.info, `back up by ${method}`, support.reason, support.source);
    switch (method) {
      case 'json':
        return { kind: 'json-keystore', json: await this.realm.call('backup', ref.handle, password) };
      case 'export-all': {
        const text = await this.realm.call('exportAll', { password });
        return { kind: 'export-all', json: JSON.parse(text) as KeystoreJson[] };
      }
      case 'local-storage':
        return { kind: 'local-storage', dump: await this.realm.dumpLocalStorage() };
      default:
        throw unsupportedHere(this.info, `back up by ${method}`, 'no Apps modal does this');
    }
  }

  async restore(artifact: Artifact, secret: RestoreSecret): Promise<Identity[]> {
    const password = secret.password ?? '';
    switch (artifact.kind) {
      case 'json-keystore':
        return [identityOf(await this.realm.call('importJson', JSON.stringify(artifact.json), password))];
      case 'export-all':
        return (await this.realm.call('importAll', { fileText: JSON.stringify(artifact.json), password })).map(identityOf);
      case 'batch-json':
        // A user holding the extension's "export all" file tries Apps' Import all, which refuses it.
        return (await this.realm.call('importAll', { fileText: JSON.stringify(artifact.json), password })).map(identityOf);
      case 'phrase':
      case 'raw-seed': {
        const type = artifact.type ?? (this.realm.chain.isEthereum ? 'ethereum' : 'sr25519');
        const path = artifact.path ?? '';
        const seed = artifact.kind === 'phrase' ? artifact.phrase : artifact.seed;
        const seedType = artifact.kind === 'phrase' ? 'bip' : 'raw';
        const request: CreateRequest = {
          seed,
          seedType,
          derivePath: type === 'ethereum' ? path.replace(/^\//, '') || ETH_DEFAULT_PATH : path,
          pairType: type,
          name: RESTORED_NAME,
          password,
        };
        const restored = [identityOf((await this.realm.call('create', request)).account)];
        // Each derivation a backup lists (Vault's backup screen) is one more "Add account" with its path;
        // a note marks a ///password without showing it, so the user types it again.
        for (const note of artifact.kind === 'phrase' ? (artifact.derivations ?? []) : []) {
          const derivePath = note.hasPassword === true ? `${note.path}///${secret.derivationPassword ?? ''}` : note.path;
          restored.push(identityOf((await this.realm.call('create', { ...request, derivePath, pairType: note.type ?? type })).account));
        }
        return restored;
      }
      case 'secret-qr':
        return [identityOf(await this.realm.call('addQr', { payload: artifact.payload, name: RESTORED_NAME, password }))];
      case 'public-key-qr':
        return [identityOf(await this.realm.call('addQr', { payload: artifact.payload, name: RESTORED_NAME }))];
      case 'local-storage':
        await this.realm.loadLocalStorage(artifact.dump);
        return (await this.realm.call('view')).accounts.map(identityOf);
      case 'banana-split':
        throw unsupportedHere(this.info, 'restore Banana Split shares', 'Banana Split is a Polkadot Vault format; Apps neither writes nor reads it');
    }
  }

  /** Operations beyond the contract, for scenario `call` steps (view, reload ...): apps-calls.ts. */
  call<T = unknown>(method: string): Promise<T> {
    return callApps(this.realm, identityOf, method) as Promise<T>;
  }

  async dispose(): Promise<void> {
    await this.realm.close();
  }
}
