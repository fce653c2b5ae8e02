import {
  type AccountRef,
  type AccountSpec,
  type Artifact,
  type BatchJson,
  type Capabilities,
  type Client,
  ClientError,
  type ClientInfo,
  type Identity,
  isHarnessBreak,
  type KeystoreJson,
  type KeyType,
  type Method,
  networkByName,
  type RestoreSecret,
  ruleRefusal,
  type Support,
  suriOf,
  type UpstreamRule,
} from '@interop/core';
import type { ExtensionBackgroundRealm } from './background-realm.js';
import { type ExtensionAccount, identityOf } from './extension-account.js';
import { callExtension } from './extension-calls.js';
import { EXTENSION_ETHEREUM_PATH } from './extension-paths.js';
import { popupName, popupPassword, restoreFilePassword } from './popup-inputs.js';
import type { JsonAccountInfo, PopupMessage, PopupRequest, PopupResponse } from './popup-messages.js';
import {
  DERIVE_NO_PASSWORD_JUNCTION,
  DERIVE_PARENT_PASSWORD,
  DERIVE_PARENTS,
  DERIVE_PATH_REQUIRED,
  DERIVE_SOFT_SR25519_ONLY,
  DERIVE_VALIDATE_PATH,
  EXPORT_ALL_PASSWORD,
  EXPORT_NOT_EXTERNAL,
  EXPORT_PASSWORD,
  importSeedShown,
  RESTORE_JSON_ERROR_TEXT,
  RESTORE_JSON_PREVIEW_FIRST,
} from './popup-rules.js';
import { type BatchPreviewRow, batchPreviewEntries } from './restore-json-batch-preview.js';
import { restoreJsonMessage } from './restore-json-route.js';
import { scanAddressQr } from './scan-address-qr.js';

/** The name typed on an import page (partials/Name.tsx wants 3+ characters); a phrase or seed brings none. */
export const IMPORT_NAME = 'Imported account';

/** Derive/SelectParent.tsx `singleSlashRegex`: a single slash, i.e. a soft junction. */
const SINGLE_SLASH = /([^/]|^)\/([^/]|$)/;

export interface ExtensionStartOptions {
  /** The network picked on the import pages (core network name); none = "Allow use on any chain" (genesisHash ''). */
  readonly network?: string;
  /** Per-call limit of the Node realm's worker. */
  readonly timeoutMs?: number;
}

/** Starts the background an instance runs on (a Node worker, or the MV3 extension in Chromium). */
export type OpenBackground = (options: ExtensionStartOptions) => Promise<ExtensionBackgroundRealm>;

/** What the user types on the Derive page; the child's network is the parent's (Derive/index.tsx). */
export interface DeriveRequest {
  /** The derivation typed on the Derive page, e.g. `//1` or `//hard/soft`. */
  readonly suri: string;
  readonly parentPassword: string;
  readonly password: string;
  readonly name: string;
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

/**
 * A refusal as the popup page shows it: the background's message stays the reason, and the
 * page's own warning (a popup rule's `message`) is what the user reads instead.
 */
async function showing<T>(rule: UpstreamRule, work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    // A hang or a crash is no refusal: the page shows nothing for it (it stays busy).
    if (error instanceof ClientError && !isHarnessBreak(error) && rule.message !== undefined) throw new ClientError(error.code, error.message, rule.message);
    throw error;
  }
}

/**
 * `keyExtractSuri` says "Unable to match provided value to a secret URI" for a bad phrase and a
 * bad path alike; with no path typed, it was the phrase.
 */
function refineSuriError(error: unknown, path: string): unknown {
  if (error instanceof ClientError && error.code === 'E_PATH_INVALID' && path === '' && /secret URI/.test(error.message)) {
    return new ClientError('E_PHRASE_INVALID', error.message, error.shown);
  }
  return error;
}

/**
 * The Polkadot{.js} extension as one "computer": its background (the real Extension handler of
 * @polkadot/extension-base) in a realm of its own — a Node worker, or the MV3 extension's service
 * worker in Chromium — driven with the messages its popup sends.
 */
export class ExtensionClient implements Client {
  readonly info: ClientInfo;
  /** Where the background runs; the Chromium realm also has the service worker's lifecycle. */
  readonly background: ExtensionBackgroundRealm;
  readonly #capabilities: Capabilities;
  readonly #genesisHash: string;
  /**
   * The specs of accounts created here, by address. The extension never shows a phrase or seed
   * again after the page where it was shown or typed (CreateAccount/Mnemonic.tsx, ImportSeed),
   * so a "phrase" backup is what the user wrote down then: the spec itself, kept for exactly that.
   */
  readonly #created = new Map<string, AccountSpec>();

  private constructor(info: ClientInfo, capabilities: Capabilities, background: ExtensionBackgroundRealm, genesisHash: string) {
    this.info = info;
    this.#capabilities = capabilities;
    this.background = background;
    this.#genesisHash = genesisHash;
  }

  static async start(info: ClientInfo, capabilities: Capabilities, open: OpenBackground, options: ExtensionStartOptions = {}): Promise<ExtensionClient> {
    let genesisHash = '';
    if (options.network !== undefined) {
      const network = networkByName(options.network);
      if (network === undefined) throw new ClientError('E_USAGE', `unknown network '${options.network}'`);
      genesisHash = network.genesisHash;
    }
    return new ExtensionClient(info, capabilities, await open(options), genesisHash);
  }

  capabilities(): Capabilities {
    return this.#capabilities;
  }

  /** Whether the background still runs (a crash or timeout ends it). */
  get alive(): boolean {
    return this.background.alive;
  }

  /** What the extension printed (the worker's captured output, or the service worker's and popup's console). */
  get logs(): readonly string[] {
    return this.background.logs;
  }

  /** One popup message, exactly as the popup's sendMessage would send it. */
  send<M extends PopupMessage>(message: M, request: PopupRequest<M>): Promise<PopupResponse<M>> {
    return this.background.send(message, request) as Promise<PopupResponse<M>>;
  }

  /** The account list the popup shows. */
  accounts(): Promise<ExtensionAccount[]> {
    return this.background.accounts();
  }

  /** Everything the extension persisted in chrome.storage.local. */
  dumpStorage(): Promise<Record<string, unknown>> {
    return this.background.dumpStorage();
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
      case 'json':
        return { kind: 'json-keystore', json: await this.exportAccount(ref, password) };
      case 'batch-json': {
        // ExportAll.tsx exports every account in the list with any non-empty password.
        if (password === '') throw ruleRefusal(EXPORT_ALL_PASSWORD, 'E_PASSWORD_REQUIRED');
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
    await this.background.close();
  }

  /** The operations beyond the contract (preview, export, changePassword ...), by name: extension-calls.ts. */
  call<T = unknown>(method: string, ...args: readonly unknown[]): Promise<T> {
    return callExtension(this, method, args) as Promise<T>;
  }

  /** Restore from JSON's preview of a single keystore (RestoreJson.tsx): the file's own address field. */
  preview(json: KeystoreJson): Promise<JsonAccountInfo> {
    return this.send('pri(json.account.info)', json);
  }

  /**
   * Restore from JSON's list for an "export all" file: each entry of the file's `accounts` as the
   * page's Address component shows it, next to the entry as the file has it.
   */
  async batchPreview(file: BatchJson): Promise<BatchPreviewRow[]> {
    const rows: BatchPreviewRow[] = [];
    for (const entry of batchPreviewEntries(file)) {
      rows.push({ ...entry, shown: await this.background.shownAddress(entry.address, entry.genesisHash ?? null) });
    }
    return rows;
  }

  /**
   * Export account (Popup/Export.tsx), offered for accounts that are not external
   * (Accounts/Account.tsx): the account's own password, any non-empty text, decrypts and
   * re-encrypts it. An account the extension does not hold is the handler's to refuse.
   */
  async exportAccount(ref: AccountRef, password: string): Promise<KeystoreJson> {
    const listed = (await this.accounts()).find((a) => a.address === ref.handle);
    if (listed !== undefined && !listed.hasSecret) throw ruleRefusal(EXPORT_NOT_EXTERNAL, 'E_UNSUPPORTED');
    if (password === '') throw ruleRefusal(EXPORT_PASSWORD, 'E_PASSWORD_REQUIRED');
    const { exportedJson } = await this.send('pri(accounts.export)', { address: ref.handle, password });
    return exportedJson;
  }

  /**
   * Derive New Account (Popup/Derive), as the page goes: on step 1 the parent's password and the
   * path, whose `///` and (for a parent that is not sr25519) soft junctions the page refuses as
   * typed; Next sends pri(accounts.validate) and then pri(derivation.validate); step 2 takes a name
   * and a password like every create page; pri(derivation.create) stores the child with the
   * parent's genesisHash. Rules: popup-rules.ts DERIVE_*.
   */
  async derive(parent: AccountRef, request: DeriveRequest): Promise<AccountRef> {
    const listed = (await this.accounts()).find((a) => a.address === parent.handle);
    if (listed === undefined) throw new ClientError('E_NOT_FOUND', `the extension lists no account ${parent.handle}`);
    // Only external entries lack a secret here (no hardware or injected accounts are made by this harness).
    if (!listed.hasSecret) throw ruleRefusal(DERIVE_PARENTS, 'E_UNSUPPORTED');
    const { suri, parentPassword } = request;
    if (parentPassword === '') throw ruleRefusal({ ...DERIVE_PARENT_PASSWORD, message: 'the parent password field is empty' }, 'E_PASSWORD_REQUIRED');
    if (suri === '') throw ruleRefusal(DERIVE_PATH_REQUIRED, 'E_PATH_INVALID');
    // The page's effect tests `///` first and soft junctions second, so the soft warning is the one shown when both apply.
    if (listed.type !== 'sr25519' && SINGLE_SLASH.test(suri)) throw ruleRefusal(DERIVE_SOFT_SR25519_ONLY, 'E_PATH_INVALID');
    if (suri.includes('///')) throw ruleRefusal(DERIVE_NO_PASSWORD_JUNCTION, 'E_PATH_INVALID');
    if (!(await this.send('pri(accounts.validate)', { address: parent.handle, password: parentPassword }))) {
      throw ruleRefusal(DERIVE_PARENT_PASSWORD, 'E_PASSWORD_WRONG');
    }
    try {
      await this.send('pri(derivation.validate)', { parentAddress: parent.handle, parentPassword, suri });
    } catch (error) {
      const said = error instanceof Error ? error.message : String(error);
      throw ruleRefusal({ ...DERIVE_VALIDATE_PATH, message: `${DERIVE_VALIDATE_PATH.message} (the background said: ${said})` }, 'E_PATH_INVALID');
    }
    const name = popupName(request.name);
    const password = popupPassword(request.password);
    const [child] = await this.#changes(() =>
      this.send('pri(derivation.create)', {
        genesisHash: listed.genesisHash || null,
        name,
        parentAddress: parent.handle,
        parentPassword,
        password,
        suri,
      }),
    );
    if (child === undefined) throw new ClientError('E_INTERNAL', 'derivation.create succeeded but no new account appeared');
    return { handle: child.address, identity: identityOf(child) };
  }

  /**
   * pri(accounts.changePassword). Handler only: no page of the v0.62.3 popup sends it (Popup/index.tsx
   * routes, lines 154-164, have no password page), so nothing a user does reaches it.
   */
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
      case 'json-keystore':
      case 'batch-json':
        return this.#restoreJson(artifact.json, secret);
      case 'phrase':
      case 'raw-seed': {
        const password = popupPassword(secret.password);
        const base = artifact.kind === 'phrase' ? artifact.phrase : artifact.seed;
        const type: KeyType = artifact.type ?? 'sr25519';
        // Each derivation a user wrote down is one more import of the same phrase with its path.
        const imports = [
          { path: artifact.path ?? '', type, genesisHash: this.#genesisHash },
          ...(artifact.kind === 'phrase' ? (artifact.derivations ?? []) : []).map((d) => ({
            // A note marks a ///password without showing it: the user types it again.
            path: d.hasPassword === true ? `${d.path}///${secret.derivationPassword ?? ''}` : d.path,
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
   * Restore from JSON (RestoreJson.tsx) with a file, whatever the caller called it: the page picks
   * the message from encoding.content (restore-json-route.ts); a single file is previewed with
   * json.account.info when chosen, and a refused preview keeps Restore disabled; Restore then
   * needs a non-empty password (popup-rules.ts RESTORE_JSON_*).
   */
  async #restoreJson(file: KeystoreJson | BatchJson, secret: RestoreSecret): Promise<ExtensionAccount[]> {
    const message = restoreJsonMessage(file);
    // No guard of the harness's own before it: every pinned util-crypto checks the header before any
    // scrypt (v13.2.1 fromU8a.ts L27-29, v13.5.3+ L31-41), so a hostile header is refused in the client's words.
    if (message === 'pri(json.restore)') await showing(RESTORE_JSON_PREVIEW_FIRST, this.send('pri(json.account.info)', file as KeystoreJson));
    const password = restoreFilePassword(secret.password);
    return showing(
      RESTORE_JSON_ERROR_TEXT,
      this.#changes(() =>
        message === 'pri(json.restore)'
          ? this.send('pri(json.restore)', { file: file as KeystoreJson, password })
          : this.send('pri(json.batchRestore)', { file: file as BatchJson, password }),
      ),
    );
  }

  /**
   * Import from QR (extension-ui/src/Popup/ImportQr.tsx): an address becomes an external
   * account; a secret is previewed with pri(seed.create) and created as sr25519 with the
   * genesis field as scanned. The name is the QR's own, as it is, or the one typed.
   */
  async #restoreQr(payload: string, secret: RestoreSecret): Promise<ExtensionAccount[]> {
    const scan = scanAddressQr(payload);
    const name = scan.name || popupName(IMPORT_NAME);
    if (scan.isAddress) {
      return this.#changes(() => this.send('pri(accounts.create.external)', { address: scan.content, genesisHash: scan.genesisHash, name }));
    }
    const password = popupPassword(secret.password);
    return this.#changes(async () => {
      // ImportQr only logs a failed preview and keeps its button enabled, so a refusal here is not the end.
      await this.send('pri(seed.create)', { seed: scan.content }).catch(() => undefined);
      await this.send('pri(accounts.create.suri)', { genesisHash: scan.genesisHash, name, password, suri: scan.content, type: 'sr25519' });
    });
  }

  async #createFromSuri(suri: string, path: string, type: KeyType, name: string, password: string, genesisHash: string): Promise<ExtensionAccount> {
    try {
      // Step 1 (SeedAndPath.tsx) validates the suri; step 2 takes the name and password (AccountNamePasswordCreation.tsx).
      const { address } = await showing(importSeedShown(path), this.send('pri(seed.validate)', { suri, type }));
      popupName(name);
      popupPassword(password);
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
