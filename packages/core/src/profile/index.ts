export { auditProfile, type ProfileAudit } from './audit-profile.js';
export { esmEntryUrl, findPackageDir, type PackageJson, readPackageJson } from './find-package.js';
export { type InstalledPackages, installedPackages } from './installed-packages.js';
export { PROFILES_DIR, profileDir } from './profiles-dir.js';
export {
  bundledPackages,
  bundleVersusRelease,
  importRealmModules,
  REALM_BUNDLE_ENV,
  type RealmModule,
  realmBundleDir,
  realmBundleFile,
} from './realm-bundle.js';
export {
  checkInstalled,
  expectedVersions,
  installedVersion,
  RELEASE_FILE,
  type ReleaseManifest,
  readReleaseManifest,
  releaseInfo,
} from './release-manifest.js';
