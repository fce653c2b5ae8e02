import {
  type AccountRef,
  type AccountSpec,
  type Artifact,
  assertScryptWithinCeiling,
  type Capabilities,
  type Client,
  ClientError,
  type ClientInfo,
  type Identity,
  type KeystoreJson,
  type KeyType,
  type Method,
  networkByName,
  type RestoreSecret,
  readScryptHeader,
  type Support,
  suriOf,
} from '@interop/core';
import { WorkerChannel } from '@interop/core/rpc';
import { type ExtensionAccount, identityOf } from './extension-account.js';
import { EXTENSION_PREFIX } from './extension-background.js';
import { callExtension } from './extension-calls.js';
import { EXTENSION_ETHEREUM_PATH } from './extension-paths.js';
import type { ExtensionWorkerData } from './extension-worker.js';
import type { JsonAccountInfo, PopupMessage, PopupRequest, PopupResponse } from './popup-messages.js';
import { scanAddressQr } from './scan-address-qr.js';

/** Built JavaScript, so this resolves from src (vitest) and dist alike. */
const WORKER_ENTRY = new URL('../dist/extension-worker.js', import.meta.url);

/** The popup requires a name on every import page; a backup file or phrase brings none. */
export const IMPORT_NAME = 'Imported account';

export interface ExtensionStartOptions {
  /** The network picked on the import pages (core network name); none = "Allow use on any chain" (genesisHash ''). */
  readonly network?: string;
  readonly timeoutMs?: number;
}

export interface DeriveRequest {
  /** The derivation typed on the Derive page, e.g. `//1` or `//hard///password`. */
  readonly suri: string;
  readonly parentPassword: string;
  readonly password: string;
  readonly name: string;
  readonly genesisHash?: string | null;
}

export interface ExternalRequest {
  readonly address: string;
  readonly genesisHash?: string | null;
  readonly name: string;
}

function reasonOf(support: Support | undefined, fallback: string): string {
  if (support === undefined || support.supported) return fallback;
  return support.source === undefined ? support.reason : `${support.reason} (${support.source})`;
}

/** The import pages keep their button disabled until a password is typed (AccountNamePasswordCreation.tsx). */
function requirePassword(secret: RestoreSecret): string {
  if (secret.password === undefined || secret.password === '') {
    throw new ClientError('E_PASSWORD_REQUIRED', 'the extension asks for a password for the imported account; none was given');
  }
  return secret.password;
}

/**
 * Refuses scrypt parameters beyond any client's ceiling before the file reaches the extension,
 * so a hostile header costs milliseconds, never gigabytes. Parameters inside the ceiling go
 * through, and the extension's own check answers in its own words. A body too short or too
 * broken to hold a header is also left to the extension, which refuses it before any scrypt.
 */
function guardScrypt(json: Pick<KeystoreJson, 'encoded' | 'encoding'>): void {
  let header: ReturnType<typeof readScryptHeader>;
  try {
    header = readScryptHeader(json);
  } catch {
    return;
  }
  assertScryptWithinCeiling(header);
}

/**
 * `keyExtractSuri` says "Unable to match provided value to a secret URI" for a bad phrase and a
 * bad path alike; with no path typed, it was the phrase.
 */
function refineSuriError(error: unknown, path: string): unknown {
  if (error instanceof ClientError && error.code === 'E_PATH_INVALID' && path === '' && /secret URI/.test(error.message)) {
    return new ClientError('E_PHRASE_INVALID', error.message);
  }
  return error;
}

/**
 * The Polkadot{.js} extension as one "computer": its background (the real Extension handler of
 * @polkadot/extension-base) in a worker of its own, driven with the messages its popup sends.
 */
export class ExtensionClient implements Client {
  readonly info: ClientInfo;
  readonly #channel: WorkerChannel;
  readonly #capabilities: Capabilities;
  readonly #genesisHash: string;
  /**
   * The specs of accounts created here, by address. The extension never shows a phrase or seed
   * again after the page where it was shown or typed (CreateAccount/Mnemonic.tsx, ImportSeed),
   * so a "phrase" backup is what the user wrote down then: the spec itself, kept for exactly that.
   */
  readonly #created = new Map<string, AccountSpec>();

  private constructor(info: ClientInfo, capabilities: Capabilities, channel: WorkerChannel, genesisHash: string) {
    this.info = info;
    this.#capabilities = capabilities;
    this.#channel = channel;
    this.#genesisHash = genesisHash;
  }

  static async start(info: ClientInfo, capabilities: Capabilities, profileDir: string, options: ExtensionStartOptions = {}): Promise<ExtensionClient> {
    let genesisHash = '';
    if (options.network !== undefined) {
      const network = networkByName(options.network);
      if (network === undefined) throw new ClientError('E_USAGE', `unknown network '${options.network}'`);
      genesisHash = network.genesisHash;
    }
    const workerData: ExtensionWorkerData = { profileDir };
    const channel = new WorkerChannel({
      entry: WORKER_ENTRY,
      workerData,
      env: { EXTENSION_PREFIX },
      ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    });
    try {
      await channel.call('ready');
    } catch (error) {
      await channel.close();
      throw error;
    }
    return new ExtensionClient(info, capabilities, channel, genesisHash);
  }

  capabilities(): Capabilities {
    return this.#capabilities;
  }

  /** Whether the worker still runs (a crash or timeout ends it). */
  get alive(): boolean {
    return this.#channel.alive;
  }

  /** What the extension printed (its console goes to the worker's captured output). */
  get logs(): readonly string[] {
    return this.#channel.logs;
  }

  /** One popup message, exactly as the popup's sendMessage would send it. */
  send<M extends PopupMessage>(message: M, request: PopupRequest<M>): Promise<PopupResponse<M>> {
    return this.#channel.call<PopupResponse<M>>('send', message, request);
  }

  /** The account list the popup shows. */
  accounts(): Promise<ExtensionAccount[]> {
    return this.#channel.call<ExtensionAccount[]>('accounts');
  }

  /** Everything the extension persisted in chrome.storage.local. */
  dumpStorage(): Promise<Record<string, unknown>> {
    return this.#channel.call<Record<string, unknown>>('dumpStorage');
  }

  /**
   * Import account from pre-existing seed: SeedAndPath validates `<seed><path>` with
   * pri(seed.validate), then ImportSeed sends pri(accounts.create.suri) with the same suri
   * (extension-ui/src/Popup/ImportSeed/). The handler's getSuri adds ethereum's BIP44 path.
   */
  async create(spec: AccountSpec): Promise<AccountRef> {
    // An ethereum account at index 0 is what the user gets by typing the phrase alone: getSuri
    // appends the path itself (extension-paths.ts), so the path is not typed.
    const typed = spec.type === 'ethereum' && spec.path === EXTENSION_ETHEREUM_PATH ? { ...spec, path: '' } : spec;
    const account = await this.#createFromSuri(suriOf(typed), typed.path, spec.type, spec.name, spec.password, spec.genesisHash ?? '');
    this.#created.set(account.address, spec);
    return { handle: account.address, identity: identityOf(account) };
  }

  async backup(ref: AccountRef, method: Method, password: string): Promise<Artifact> {
    switch (method) {
      case 'json': {
        // Export.tsx: the account's own password decrypts and re-encrypts it.
        const { exportedJson } = await this.send('pri(accounts.export)', { address: ref.handle, password });
        return { kind: 'json-keystore', json: exportedJson };
      }
      case 'batch-json': {
        // ExportAll.tsx exports every account in the list, with whatever password is typed.
        const addresses = (await this.accounts()).map((a) => a.address);
        const { exportedJson } = await this.send('pri(accounts.batchExport)', { addresses, password });
        return { kind: 'batch-json', json: exportedJson };
      }
      case 'phrase':
      case 'phrase-path-type':
      case 'raw-seed':
        return this.#writtenDown(ref, method);
      default:
        throw new ClientError('E_UNSUPPORTED', reasonOf(this.#capabilities.backup[method][ref.identity.type], `the extension has no ${method} backup`));
    }
  }

  async restore(artifact: Artifact, secret: RestoreSecret): Promise<Identity[]> {
    const restored = await this.#restoreAccounts(artifact, secret);
    return restored.map(identityOf);
  }

  async dispose(): Promise<void> {
    await this.#channel.close();
  }

  /** The operations beyond the contract (preview, export, changePassword ...), by name: extension-calls.ts. */
  call<T = unknown>(method: string, ...args: readonly unknown[]): Promise<T> {
    return callExtension(this, method, args) as Promise<T>;
  }

  /** Restore from JSON's preview of a single keystore (RestoreJson.tsx): the file's own address field. */
  preview(json: KeystoreJson): Promise<JsonAccountInfo> {
    return this.send('pri(json.account.info)', json);
  }

  /** Derive New Account (Popup/Derive): a child of `parent` under `suri`, stored with its own password. */
  async derive(parent: AccountRef, request: DeriveRequest): Promise<AccountRef> {
    const [child] = await this.#changes(() =>
      this.send('pri(derivation.create)', {
        genesisHash: request.genesisHash ?? null,
        name: request.name,
        parentAddress: parent.handle,
        parentPassword: request.parentPassword,
        password: request.password,
        suri: request.suri,
      }),
    );
    if (child === undefined) throw new ClientError('E_INTERNAL', 'derivation.create succeeded but no new account appeared');
    return { handle: child.address, identity: identityOf(child) };
  }

  async changePassword(ref: AccountRef, oldPass: string, newPass: string): Promise<void> {
    await this.send('pri(accounts.changePassword)', { address: ref.handle, oldPass, newPass });
  }

  async forget(ref: AccountRef): Promise<void> {
    await this.send('pri(accounts.forget)', { address: ref.handle });
    this.#created.delete(ref.handle);
  }

  /** A watch-only account, as Import from QR adds one for a `substrate:` payload. */
  async createExternal(request: ExternalRequest): Promise<AccountRef> {
    const [account] = await this.#changes(() =>
      this.send('pri(accounts.create.external)', { address: request.address, genesisHash: request.genesisHash ?? null, name: request.name }),
    );
    if (account === undefined) throw new ClientError('E_INTERNAL', 'accounts.create.external succeeded but no new account appeared');
    return { handle: account.address, identity: identityOf(account) };
  }

  async #restoreAccounts(artifact: Artifact, secret: RestoreSecret): Promise<ExtensionAccount[]> {
    switch (artifact.kind) {
      case 'json-keystore': {
        const file = artifact.json;
        guardScrypt(file);
        return this.#changes(async () => {
          // RestoreJson.tsx previews the file with json.account.info before it restores it.
          await this.send('pri(json.account.info)', file);
          await this.send('pri(json.restore)', { file, password: secret.password ?? '' });
        });
      }
      case 'batch-json': {
        const file = artifact.json;
        guardScrypt(file);
        // The page previews a batch from its plain `accounts` list, without a message.
        return this.#changes(() => this.send('pri(json.batchRestore)', { file, password: secret.password ?? '' }));
      }
      case 'phrase':
      case 'raw-seed': {
        const password = requirePassword(secret);
        const base = artifact.kind === 'phrase' ? artifact.phrase : artifact.seed;
        const type: KeyType = artifact.type ?? 'sr25519';
        // Each derivation a user wrote down is one more import of the same phrase with its path.
        const imports = [
          { path: artifact.path ?? '', type, genesisHash: this.#genesisHash },
          ...(artifact.kind === 'phrase' ? (artifact.derivations ?? []) : []).map((d) => ({
            path: d.path,
            type: d.type ?? type,
            genesisHash: (d.network !== undefined ? networkByName(d.network)?.genesisHash : undefined) ?? this.#genesisHash,
          })),
        ];
        return this.#changes(async () => {
          for (const entry of imports) await this.#createFromSuri(`${base}${entry.path}`, entry.path, entry.type, IMPORT_NAME, password, entry.genesisHash);
        });
      }
      case 'secret-qr':
      case 'public-key-qr':
        return this.#restoreQr(artifact.payload, secret);
      default:
        throw new ClientError('E_UNSUPPORTED', reasonOf(this.#capabilities.restore[artifact.kind].sr25519, `the extension cannot restore ${artifact.kind}`));
    }
  }

  /**
   * Import from QR (extension-ui/src/Popup/ImportQr.tsx): an address becomes an external
   * account; a secret is previewed with pri(seed.create) and created as sr25519 with the
   * genesis field as scanned.
   */
  async #restoreQr(payload: string, secret: RestoreSecret): Promise<ExtensionAccount[]> {
    const scan = scanAddressQr(payload);
    const name = scan.name ?? IMPORT_NAME;
    if (scan.isAddress) {
      return this.#changes(() => this.send('pri(accounts.create.external)', { address: scan.content, genesisHash: scan.genesisHash, name }));
    }
    const password = requirePassword(secret);
    return this.#changes(async () => {
      // ImportQr only logs a failed preview and keeps its button enabled, so a refusal here is not the end.
      await this.send('pri(seed.create)', { seed: scan.content }).catch(() => undefined);
      await this.send('pri(accounts.create.suri)', { genesisHash: scan.genesisHash, name, password, suri: scan.content, type: 'sr25519' });
    });
  }

  async #createFromSuri(suri: string, path: string, type: KeyType, name: string, password: string, genesisHash: string): Promise<ExtensionAccount> {
    try {
      const { address } = await this.send('pri(seed.validate)', { suri, type });
      await this.send('pri(accounts.create.suri)', { genesisHash, name, password, suri, type });
      const account = (await this.accounts()).find((a) => a.address === address);
      if (account === undefined) throw new ClientError('E_INTERNAL', `accounts.create.suri succeeded but ${address} is not in the account list`);
      return account;
    } catch (error) {
      throw refineSuriError(error, path);
    }
  }

  /**
   * The accounts an action added or rewrote, by the account list before and after. (A batch
   * restore of an entry already stored byte for byte changes nothing and so reports nothing.)
   */
  async #changes(action: () => Promise<unknown>): Promise<ExtensionAccount[]> {
    const before = new Map((await this.accounts()).map((a) => [a.address, a.fingerprint]));
    await action();
    return (await this.accounts()).filter((a) => before.get(a.address) !== a.fingerprint);
  }

  #writtenDown(ref: AccountRef, method: 'phrase' | 'phrase-path-type' | 'raw-seed'): Artifact {
    const spec = this.#created.get(ref.handle);
    if (spec === undefined) {
      throw new ClientError('E_UNSUPPORTED', 'the extension shows a secret only on the page where it is created or typed; this account was not created there');
    }
    const { secret, type } = spec;
    // The implicit ethereum path is never shown to the user, so it is not written down either.
    const path = type === 'ethereum' && spec.path === EXTENSION_ETHEREUM_PATH ? '' : spec.path;
    if (method === 'raw-seed') {
      if (secret.kind !== 'seed') throw new ClientError('E_UNSUPPORTED', 'this account was created from a mnemonic; the extension never shows its seed');
      return { kind: 'raw-seed', seed: secret.seed, ...(path !== '' ? { path } : {}), type };
    }
    if (secret.kind !== 'phrase') throw new ClientError('E_UNSUPPORTED', 'this account was imported from a 0x seed; there is no mnemonic to write down');
    // What the user typed: ethereum's implicit /m/44'/60'/0'/0/0 is never shown, so it is not here either.
    return method === 'phrase' ? { kind: 'phrase', phrase: secret.phrase } : { kind: 'phrase', phrase: secret.phrase, ...(path !== '' ? { path } : {}), type };
  }
}
