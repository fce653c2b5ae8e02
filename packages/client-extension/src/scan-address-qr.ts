import { ruleRefusal } from '@interop/core';
import { IMPORT_QR_SCAN } from './popup-rules.js';

/** What the popup's QR scanner hands Import from QR. */
export interface ScannedQr {
  readonly isAddress: boolean;
  /** The address (`substrate:`) or the secret (`secret:`), as scanned. */
  readonly content: string;
  /** The third field, as written: Vault's secret QR carries it without 0x. */
  readonly genesisHash: string | null;
  readonly name?: string;
}

/**
 * How the popup reads a scanned payload before any message is sent (popup-rules.ts
 * IMPORT_QR_SCAN): split at ':' into prefix, content, genesisHash and name; the prefixes
 * 'substrate' and 'secret' only. Its decodeAddress check of a `substrate:` address is left to the
 * handler, whose keyring.addExternal decodes the same address with the same function.
 */
export function scanAddressQr(payload: string): ScannedQr {
  const [prefix = '', content = '', genesisHash, ...name] = payload.split(':');
  if (prefix !== 'substrate' && prefix !== 'secret') {
    // The scanner's own text (it logs it and sends nothing); a long "prefix" may be pasted secret text, so it is not quoted.
    const found = prefix.length <= 16 ? prefix : '<withheld>';
    throw ruleRefusal({ ...IMPORT_QR_SCAN, message: `Invalid prefix received, expected 'substrate or secret' , found '${found}'` }, 'E_CLIENT_REFUSED');
  }
  return { isAddress: prefix === 'substrate', content, genesisHash: genesisHash ?? null, ...(name.length > 0 ? { name: name.join(':') } : {}) };
}
