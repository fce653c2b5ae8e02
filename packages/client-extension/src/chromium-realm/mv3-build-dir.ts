import { fileURLToPath } from 'node:url';

/** The extension releases that get an MV3 build (profiles/<id>/), each with a `-chromium` client profile. */
export const MV3_PROFILES: readonly string[] = ['extension@0.62.3', 'extension@0.62.2', 'extension@0.55.1'];

/**
 * Where the unpacked MV3 extension of a profile is built: `dist/mv3/<profile id>/` of this
 * package (built output, never committed). Resolved from this file, which sits in
 * src/chromium-realm/ (vitest) and dist/chromium-realm/ (built): the same relative path works from both.
 */
export function mv3BuildDir(profileId: string): string {
  return fileURLToPath(new URL(`../../dist/mv3/${profileId}/`, import.meta.url));
}

/** The bundle's entry sources (TypeScript, bundled by esbuild), resolved the same way. */
export const MV3_SOURCE_DIR = fileURLToPath(new URL('../../src/chromium-realm/mv3/', import.meta.url));

/** What the build writes beside the extension: the profile it came from and the popup's port name. */
export const BUILD_INFO_FILE = 'build-info.json';

export interface Mv3BuildInfo {
  readonly profile: string;
  readonly release: string;
  /** extension-base defaults.ts PORT_EXTENSION as built: `${EXTENSION_PREFIX}-${PORT_PREFIX}-extension`. */
  readonly portName: string;
  /** Every @polkadot/* package in the two bundles, name -> version, as resolved from the profile. */
  readonly polkadotPackages: Readonly<Record<string, string>>;
}
