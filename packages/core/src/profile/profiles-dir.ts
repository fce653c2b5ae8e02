import { fileURLToPath } from 'node:url';

/**
 * The repository's profiles/ directory: one isolated install per client release. Resolved from
 * this file, which sits at the same depth in src/ and dist/.
 */
export const PROFILES_DIR = fileURLToPath(new URL('../../../../profiles/', import.meta.url));

/** The directory of one profile, by its id (`extension@0.62.3`). */
export function profileDir(id: string): string {
  return `${PROFILES_DIR}${id}/`;
}
