import {
  type Artifact,
  displayAddress,
  type Hex,
  isEthereumAddress,
  jsonAddressField,
  type KeystoreJson,
  type KeyType,
  keystoreBodyProblem,
  networkByGenesis,
  publicKeyOfSs58,
  readScryptHeader,
  type ScryptHeader,
} from '@interop/core';

/** How a keystore's body is protected, as its header says. */
export type Encryption =
  | { readonly kind: 'scrypt'; readonly N: number; readonly r: number; readonly p: number }
  | { readonly kind: 'none' }
  | { readonly kind: 'unreadable'; readonly why: string };

/** One account a file names, before any decryption. */
export interface ClaimedAccount {
  /** The `address` field as written (ss58, or the hex key the keyring writes for ecdsa/ethereum). */
  readonly claimed?: string;
  readonly type?: KeyType;
  readonly name?: string;
  readonly encryption?: Encryption;
  /** The key inside, where it can be read without a password (an unencrypted body). */
  readonly visibleKey?: Hex;
  /** Whether the claimed address is the key inside: undefined when the key is not visible. */
  readonly claimMatches?: boolean;
  /** Why the body cannot be what a keyring writes (truncated, altered), before any password is tried. */
  readonly bodyProblem?: string;
}

/** What a backup file is, told without a password and without showing any secret. */
export interface Identification {
  readonly kind: Artifact['kind'];
  /** One line for people, never quoting a secret. */
  readonly summary: string;
  readonly keystoreVersion?: string;
  readonly accounts: readonly ClaimedAccount[];
  /** The network a QR payload names. */
  readonly network?: string;
}

function encryptionOf(json: KeystoreJson): Encryption {
  try {
    const header: ScryptHeader | undefined = readScryptHeader(json);
    return header === undefined ? { kind: 'none' } : { kind: 'scrypt', ...header };
  } catch (error) {
    return { kind: 'unreadable', why: (error as Error).message };
  }
}

function typeOf(json: KeystoreJson): KeyType | undefined {
  const content = json.encoding?.content;
  const type = Array.isArray(content) ? content[1] : undefined;
  return type === 'sr25519' || type === 'ed25519' || type === 'ecdsa' || type === 'ethereum' ? type : undefined;
}

/** The public key in an unencrypted PKCS8 body: after the divider [161, 35, 3, 33, 0] (keyring pair/decode.ts). */
function visibleKey(json: KeystoreJson, type: KeyType | undefined): Hex | undefined {
  if (encryptionOf(json).kind !== 'none' || type === undefined) return undefined;
  const bytes = /^0x/.test(json.encoded) ? Buffer.from(json.encoded.slice(2), 'hex') : Buffer.from(json.encoded, 'base64');
  const divider = Buffer.from([161, 35, 3, 33, 0]);
  const at = bytes.indexOf(divider);
  if (at < 0) return undefined;
  const length = type === 'ecdsa' || type === 'ethereum' ? 33 : 32;
  const key = bytes.subarray(at + divider.length, at + divider.length + length);
  return key.length === length ? (`0x${key.toString('hex')}` as Hex) : undefined;
}

/** Whether a keystore's `address` field names this key (ss58 at any prefix, or the hex key itself). */
export function claimNamesKey(claimed: string, key: Hex, type: KeyType): boolean {
  if (claimed.toLowerCase() === jsonAddressField(key, type).toLowerCase()) return true;
  if (type === 'ethereum') return isEthereumAddress(claimed) && claimed.toLowerCase() === displayAddress(key, 'ethereum').toLowerCase();
  try {
    const inClaim = publicKeyOfSs58(claimed);
    return inClaim === key || inClaim === publicKeyOfSs58(displayAddress(key, type));
  } catch {
    return false;
  }
}

function claimedAccount(json: KeystoreJson): ClaimedAccount {
  const type = typeOf(json);
  const key = visibleKey(json, type);
  const name = typeof json.meta?.name === 'string' ? json.meta.name : undefined;
  const problem = keystoreBodyProblem(json);
  return {
    ...(typeof json.address === 'string' ? { claimed: json.address } : {}),
    ...(type ? { type } : {}),
    ...(name !== undefined ? { name } : {}),
    encryption: encryptionOf(json),
    ...(key ? { visibleKey: key, claimMatches: typeof json.address === 'string' && type !== undefined && claimNamesKey(json.address, key, type) } : {}),
    ...(problem ? { bodyProblem: problem } : {}),
  };
}

function describeEncryption(e: Encryption | undefined): string {
  if (e === undefined) return 'unknown encryption';
  if (e.kind === 'none') return 'not encrypted';
  if (e.kind === 'unreadable') return `an unreadable header (${e.why})`;
  return `scrypt N=2^${Math.log2(e.N)}, r=${e.r}, p=${e.p}`;
}

/** Tells what the artifact is, its accounts and their encryption, without decrypting anything. */
export function identify(artifact: Artifact): Identification {
  switch (artifact.kind) {
    case 'json-keystore': {
      const account = claimedAccount(artifact.json);
      return {
        kind: artifact.kind,
        keystoreVersion: String(artifact.json.encoding?.version ?? ''),
        summary: `a single-account keystore (version ${artifact.json.encoding?.version ?? '?'}), ${account.type ?? 'unknown type'}, ${describeEncryption(account.encryption)}`,
        accounts: [account],
      };
    }
    case 'batch-json': {
      const accounts = (artifact.json.accounts ?? []).map((a) => ({ ...(typeof a.address === 'string' ? { claimed: a.address } : {}) }));
      return {
        kind: artifact.kind,
        keystoreVersion: String(artifact.json.encoding?.version ?? ''),
        summary: `the extension's "export all" file (batch-pkcs8) listing ${accounts.length} account(s), ${describeEncryption(encryptionOf(artifact.json as unknown as KeystoreJson))}`,
        accounts,
      };
    }
    case 'export-all': {
      const accounts = artifact.json.map(claimedAccount);
      const encryptions = [...new Set(accounts.map((a) => describeEncryption(a.encryption)))];
      return { kind: artifact.kind, summary: `Apps' "export all" array of ${accounts.length} keystore(s), ${encryptions.join('; ')}`, accounts };
    }
    case 'local-storage': {
      const keys = Object.keys(artifact.dump).filter((k) => k.startsWith('account:'));
      return {
        kind: artifact.kind,
        summary: `a localStorage dump with ${keys.length} account entr${keys.length === 1 ? 'y' : 'ies'}`,
        accounts: keys.map(() => ({})),
      };
    }
    case 'phrase': {
      const words = artifact.phrase.split(' ').length;
      const extra = [artifact.path ? 'a derivation path' : '', artifact.type ? `type ${artifact.type}` : ''].filter(Boolean).join(' and ');
      return {
        kind: artifact.kind,
        summary: `a ${words}-word phrase${extra ? ` with ${extra}` : ''}`,
        accounts: [{ ...(artifact.type ? { type: artifact.type } : {}) }],
      };
    }
    case 'raw-seed':
      return {
        kind: artifact.kind,
        summary: `a 32-byte hex seed${artifact.path ? ' with a derivation path' : ''}`,
        accounts: [{ ...(artifact.type ? { type: artifact.type } : {}) }],
      };
    case 'secret-qr': {
      // Vault writes secret:0x<secret>:<genesis without 0x> (client-signer secret-qr.ts); the polkadot-js
      // scanners also take a 0x genesis and a :name after it (popup-rules.ts), so a hand-made payload may have both.
      const match = /^secret:0x([0-9a-fA-F]*):(?:0x)?([0-9a-fA-F]*)(?::.*)?$/s.exec(artifact.payload);
      const bytes = (match?.[1] ?? '').length / 2;
      const network = match ? networkByGenesis(`0x${match[2]}`)?.name : undefined;
      const what = bytes === 64 ? '64 bytes (the secret key and nonce of a soft-derived sr25519 key)' : bytes === 32 ? '32 bytes (a seed)' : `${bytes} bytes`;
      return {
        kind: artifact.kind,
        summary:
          match === null
            ? "a Secret QR payload in another layout than Vault's secret:0x<hex>:<genesis>"
            : `a Vault Secret QR of ${what}${network ? ` for ${network}` : ''}`,
        accounts: [{}],
        ...(network ? { network } : {}),
      };
    }
    case 'public-key-qr': {
      const [prefix, address = '', genesis = ''] = artifact.payload.split(':');
      const network = networkByGenesis(genesis)?.name;
      return {
        kind: artifact.kind,
        summary: `a ${prefix} public-key QR${network ? ` for ${network}` : ''}`,
        accounts: [{ claimed: address }],
        ...(network ? { network } : {}),
      };
    }
    case 'banana-split': {
      let title = '';
      let required: unknown;
      try {
        const first = JSON.parse(artifact.shares[0] ?? '{}') as { t?: unknown; r?: unknown };
        title = typeof first.t === 'string' ? first.t : '';
        required = first.r;
      } catch {
        // a share that does not parse: said by the restore
      }
      return {
        kind: artifact.kind,
        summary: `${artifact.shares.length} Banana Split share(s)${typeof required === 'number' ? `, ${required} needed` : ''}${title ? `, titled ${JSON.stringify(title)}` : ''}`,
        accounts: [{}],
      };
    }
  }
}
