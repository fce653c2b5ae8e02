import type { Artifact } from './artifact.js';
import { ClientError } from './client-error.js';
import { isHexString } from './hex.js';
import { assertJsonDepth } from './json-depth.js';
import type { KeyType } from './key-type.js';
import { isBatchJson, isKeystoreJson, type KeystoreJson } from './keystore-json.js';

export interface DetectOptions {
  /** Derivation path to apply to a phrase or seed (from `--path`). */
  readonly path?: string;
  /** Key type for a phrase or seed (from `--type`). */
  readonly type?: KeyType;
}

function isBananaShare(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return 'v' in v && typeof v.t === 'string' && 'r' in v && typeof v.d === 'string';
}

function isExportAllEntry(value: unknown): boolean {
  if (isKeystoreJson(value)) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.address === 'string' && typeof v.meta === 'object' && v.meta !== null;
}

function isStorageDump(value: unknown): value is Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([, v]) => typeof v === 'string');
}

function tryJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Splits `<secret><path>` at the first `/`: a file may hold a whole suri. */
function splitSuri(text: string): { base: string; path: string } {
  const at = text.indexOf('/');
  return at < 0 ? { base: text, path: '' } : { base: text.slice(0, at), path: text.slice(at) };
}

/**
 * Tells what kind of backup a file holds, the way a user would hand it to a client.
 * Error messages never quote the content: it may be someone's secret.
 */
export function detectArtifact(text: string, options: DetectOptions = {}): Artifact {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new ClientError('E_ARTIFACT_UNKNOWN', 'the file is empty');

  // The wiki's migration step stores `JSON.stringify(localStorage)` between tick marks.
  const unticked = /^'.*'$/s.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
  const parsed = tryJson(unticked);
  if (parsed.ok) {
    const value = parsed.value;
    assertJsonDepth(value, 'the JSON');
    if (Array.isArray(value)) {
      // Apps' Export all writes each account's JSON; an external (QR, watch-only) entry is its
      // plain pair JSON without an encrypted body, so at least one keystore and the rest pairs.
      if (value.length > 0 && value.every(isExportAllEntry) && value.some(isKeystoreJson)) return { kind: 'export-all', json: value as KeystoreJson[] };
      if (value.length > 0 && value.every(isBananaShare)) return { kind: 'banana-split', shares: value.map((s) => JSON.stringify(s)) };
      throw new ClientError('E_ARTIFACT_UNKNOWN', 'a JSON array, but not an array of keystores (export-all) nor of Banana Split shares');
    }
    if (isBatchJson(value)) return { kind: 'batch-json', json: value };
    if (isKeystoreJson(value)) return { kind: 'json-keystore', json: value };
    if (isBananaShare(value)) return { kind: 'banana-split', shares: [unticked] };
    if (isStorageDump(value)) return { kind: 'local-storage', dump: value };
    if (typeof value === 'string') return detectArtifact(value, options);
    throw new ClientError(
      'E_ARTIFACT_UNKNOWN',
      'JSON that is neither a keystore, a batch export, an export-all array, a localStorage dump nor a Banana Split share',
    );
  }

  // Banana Split shares one JSON per line: the whole file is not JSON, so look at lines before
  // calling it malformed JSON.
  const lines = trimmed
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length > 1 && lines.every((l) => l.startsWith('{'))) {
    const shares = lines.map((l) => tryJson(l));
    for (const share of shares) if (share.ok) assertJsonDepth(share.value, 'a line of JSON');
    if (shares.every((s) => s.ok && isBananaShare(s.value))) return { kind: 'banana-split', shares: lines };
    throw new ClientError('E_JSON_MALFORMED', 'one JSON per line, but not every line is a Banana Split share');
  }
  if (/^[[{]/.test(unticked)) throw new ClientError('E_JSON_MALFORMED', 'the file looks like JSON but does not parse');
  if (lines.length > 1) throw new ClientError('E_ARTIFACT_UNKNOWN', 'several lines of text: expected one phrase, seed or QR payload');

  if (trimmed.startsWith('secret:')) return { kind: 'secret-qr', payload: trimmed };
  if (trimmed.startsWith('substrate:') || trimmed.startsWith('ethereum:')) return { kind: 'public-key-qr', payload: trimmed };

  const { base, path: inlinePath } = splitSuri(trimmed);
  const path = options.path ?? inlinePath;
  const extra = { ...(path !== '' ? { path } : {}), ...(options.type ? { type: options.type } : {}) };
  if (/^0x/i.test(base)) {
    if (!isHexString(base, 32)) throw new ClientError('E_ARTIFACT_UNKNOWN', 'a 0x value that is not a 32-byte hex seed');
    return { kind: 'raw-seed', seed: base.toLowerCase() as `0x${string}`, ...extra };
  }
  const phrase = base.split(/\s+/).join(' ');
  if (!/^[\p{L}\p{M}]+( [\p{L}\p{M}]+)*$/u.test(phrase))
    throw new ClientError('E_ARTIFACT_UNKNOWN', 'text that is neither a phrase of words, a 0x seed nor a QR payload');
  return { kind: 'phrase', phrase, ...extra };
}
