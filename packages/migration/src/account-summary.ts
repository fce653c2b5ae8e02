import { hexToU8a, isHex } from '@polkadot/util';
import { encodeAddress, ethereumEncode } from '@polkadot/util-crypto';
import type { AppsEntryView } from './apps-view.js';
import { type AccountRole, accountRole, entryName, isKeyringKind, keyHex, storeValue } from './keyring-entry.js';
import type { KeyPrediction, MigrationPrediction } from './migration-model.js';
import type { KeyOutcome } from './migration-rules.js';

/** One line per account, address-book entry and contract: what the user sees happen to it. */
export interface AccountLine {
  readonly key: string;
  readonly section: 'account' | 'address' | 'contract';
  /** ss58 (prefix 42) of the public key the storage key names, or the checksummed H160. */
  readonly address: string;
  readonly nameOld?: string;
  readonly nameNew?: string;
  /** The name Apps shows after the reload (absent when it is not listed). */
  readonly nameAfter?: string;
  readonly roleOld?: AccountRole;
  readonly roleNew?: AccountRole;
  readonly roleAfter?: AccountRole;
  readonly outcome: KeyOutcome;
  readonly rule: string;
  readonly listedAfter: boolean;
  readonly changes: readonly string[];
}

/** The address a storage key stands for: the hex after the prefix as ss58 (32 bytes) or H160 (20 bytes). */
export function addressOfKey(key: string): string {
  const hex = keyHex(key);
  if (!isHex(hex)) return hex;
  const bytes = hexToU8a(hex);
  if (bytes.length === 20) return ethereumEncode(bytes);
  if (bytes.length === 32 || bytes.length === 33) return encodeAddress(bytes, 42);
  return hex;
}

function listedName(view: AppsEntryView): string | undefined {
  return view.status === 'listed' ? view.name : undefined;
}

export function accountLine(p: KeyPrediction, oldValue: string | undefined, newValue: string | undefined, after: string | undefined): AccountLine | undefined {
  if (!isKeyringKind(p.kind)) return undefined;
  const old = oldValue === undefined ? undefined : storeValue(oldValue);
  const neu = newValue === undefined ? undefined : storeValue(newValue);
  const aft = after === undefined ? undefined : storeValue(after);
  const opt = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
  const isAccount = p.kind === 'account';
  return {
    key: p.key,
    section: p.kind,
    address: addressOfKey(p.key),
    ...opt('nameOld', old === undefined ? undefined : entryName(old)),
    ...opt('nameNew', neu === undefined ? undefined : entryName(neu)),
    ...opt('nameAfter', listedName(p.after)),
    ...opt('roleOld', isAccount && old !== undefined && typeof old !== 'string' ? accountRole(old) : undefined),
    ...opt('roleNew', isAccount && neu !== undefined && typeof neu !== 'string' ? accountRole(neu) : undefined),
    ...opt('roleAfter', isAccount && p.after.status === 'listed' ? accountRole(aft) : undefined),
    outcome: p.outcome,
    rule: p.rule,
    listedAfter: p.after.status === 'listed',
    changes: p.changes,
  };
}

export function accountLines(prediction: MigrationPrediction, old: Readonly<Record<string, string>>, neu: Readonly<Record<string, string>>): AccountLine[] {
  const get = (d: Readonly<Record<string, string>>, k: string) => (Object.hasOwn(d, k) ? d[k] : undefined);
  return prediction.keys
    .map((p) => accountLine(p, get(old, p.key), get(neu, p.key), get(prediction.result, p.key)))
    .filter((l): l is AccountLine => l !== undefined);
}
