import type { Artifact, KeyType, Method } from '@interop/core';

/** The backup method an artifact stands for, as the matrix names it. */
export function methodOf(artifact: Artifact): Method {
  switch (artifact.kind) {
    case 'phrase':
      return artifact.path !== undefined || artifact.type !== undefined || (artifact.derivations ?? []).length > 0 ? 'phrase-path-type' : 'phrase';
    case 'json-keystore':
      return 'json';
    default:
      return artifact.kind;
  }
}

/** The key type the artifact holds or asks for (the first account's, for files of several). */
export function typeOf(artifact: Artifact): KeyType {
  const fromEncoding = (content: unknown): KeyType | undefined => {
    const type = Array.isArray(content) ? content[1] : undefined;
    return type === 'sr25519' || type === 'ed25519' || type === 'ecdsa' || type === 'ethereum' ? type : undefined;
  };
  switch (artifact.kind) {
    case 'phrase':
    case 'raw-seed':
      return artifact.type ?? 'sr25519';
    case 'json-keystore':
      return fromEncoding(artifact.json.encoding?.content) ?? 'ed25519';
    case 'export-all':
      return fromEncoding(artifact.json[0]?.encoding?.content) ?? 'sr25519';
    default:
      return 'sr25519';
  }
}
