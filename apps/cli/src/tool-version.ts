import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The CLI's version, from its package.json (the one the built dist/ sits beside). */
export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

/** The repository root (apps/cli/dist -> ../../..): where git runs and scenario links point. */
export function repositoryRoot(): string {
  return fileURLToPath(new URL('../../../', import.meta.url));
}
