import type { UpstreamSource } from '@interop/core/vocabulary';

const REPO = 'Koniverse/SubWallet-Extension';
/** The release whose lockfile pins the account core this profile runs (@subwallet/keyring and ui-keyring 0.1.14). */
const REF = 'v1.3.88';
const BASE = 'packages/extension-base/src';
const UI = 'packages/extension-koni-ui/src';

/** The lines of SubWallet 1.3.88 this client replays, by what they decide. */
export const SUBWALLET_SOURCES = {
  /** Import seed phrase sends the phrase with the fixed "general" key types, no path or type field. */
  importPhraseUi: { repo: REPO, ref: REF, path: `${UI}/Popup/Account/ImportSeedPhrase.tsx`, lines: '257-268' },
  validatePhrase: { repo: REPO, ref: REF, path: `${BASE}/services/keyring-service/context/handlers/Mnemonic.ts`, lines: '45-90' },
  createSuri: { repo: REPO, ref: REF, path: `${BASE}/services/keyring-service/context/handlers/Mnemonic.ts`, lines: '93-169' },
  exportPhrase: { repo: REPO, ref: REF, path: `${BASE}/services/keyring-service/context/handlers/Mnemonic.ts`, lines: '175-206' },
  /** getSuri appends getDerivePath(type)(0): nothing for sr25519, m/44'/60'/0'/0/0 for ethereum. */
  getSuri: { repo: REPO, ref: REF, path: `${BASE}/utils/account/derive/info/solo.ts`, lines: '331-339' },
  importPrivateKeyUi: { repo: REPO, ref: REF, path: `${UI}/Popup/Account/ImportPrivateKey.tsx`, lines: '63-89' },
  /** privateKeyValidateV2: 0x added if missing, then a 32-byte hex key is 'ethereum' and a 64-byte one 'ton'; anything else "Invalid private key". */
  validatePrivateKey: { repo: REPO, ref: REF, path: `${BASE}/services/keyring-service/context/handlers/Secret.ts`, lines: '83-135' },
  /** accountExportPrivateKey: the stored JSON decoded with the password, its secretKey as hex. */
  exportPrivateKey: { repo: REPO, ref: REF, path: `${BASE}/services/keyring-service/context/handlers/Secret.ts`, lines: '271-280' },
  /** Export private key is offered to an account proxy with EXPORT_PRIVATE_KEY (AccountExport.tsx L165-177, L262-269). */
  exportPrivateKeyUi: { repo: REPO, ref: REF, path: `${UI}/Popup/Account/AccountExport.tsx`, lines: '165-177,262-269' },
  /**
   * getAccountActions gives EXPORT_PRIVATE_KEY to a password account of an ethereum or TON chain type
   * (L128-133); a unified account (more than one key, as Import seed phrase makes) gets only the
   * mnemonic, JSON, derive and TON actions (L653-688).
   */
  privateKeyAction: { repo: REPO, ref: REF, path: `${BASE}/utils/account/transform.ts`, lines: '128-133,653-688' },
  /** getAccountActions gives EXPORT_QR to a password account of an ethereum or substrate chain type, not ed25519-tw (L135-142). */
  exportQrAction: { repo: REPO, ref: REF, path: `${BASE}/utils/account/transform.ts`, lines: '135-142' },
  /** Export > QR code shows secret:<secret key>:<public key>[:name], from exportAccountPrivateKey. */
  exportQrUi: { repo: REPO, ref: REF, path: `${UI}/Popup/Account/AccountExport.tsx`, lines: '107-116,165-167,270-276' },
  /** Import by QR code: importQrScan splits secret:<secret>:<public key>[:name]; accountsCreateWithSecret keys it. */
  importQrScan: { repo: REPO, ref: REF, path: `${UI}/utils/scanner/attach.ts`, lines: '41-64' },
  createWithSecret: { repo: REPO, ref: REF, path: `${BASE}/services/keyring-service/context/handlers/Secret.ts`, lines: '137-204' },
  /** Attach a Polkadot Vault account: qrSignerScan reads substrate:<address>:<genesis>, createAccountExternalV2 stores it. */
  connectVault: { repo: REPO, ref: REF, path: `${UI}/Popup/Account/ConnectQrSigner/index.tsx`, lines: '103-141' },
  qrSignerScan: { repo: REPO, ref: REF, path: `${UI}/utils/scanner/attach.ts`, lines: '11-39' },
  /** Export > JSON file: exportAccountBatch of the one account, a batch-pkcs8 file. */
  exportJsonUi: { repo: REPO, ref: REF, path: `${UI}/Popup/Account/AccountExport.tsx`, lines: '193-200' },
  exportBatch: { repo: REPO, ref: REF, path: `${BASE}/services/keyring-service/context/handlers/Json.ts`, lines: '342-376' },
  /** The Import menu: seed phrase, JSON file, private key, QR code, and a seed phrase from Trust Wallet. */
  restoreUi: { repo: REPO, ref: REF, path: `${UI}/components/Modal/Account/ImportAccountModal.tsx`, lines: '81-122' },
  restoreJson: { repo: REPO, ref: REF, path: `${BASE}/services/keyring-service/context/handlers/Json.ts`, lines: '33-55,97-135' },
  restoreBatch: { repo: REPO, ref: REF, path: `${BASE}/services/keyring-service/context/handlers/Json.ts`, lines: '137-145,199-340' },
  /** The extension's background loads the keyring so (one master password for every account). */
  loadAll: { repo: REPO, ref: REF, path: 'packages/extension-koni/src/background.ts', lines: '49' },
  /** SubWallet patches @polkadot/util's detectPackage to accept its @subwallet packages (patch-package at postinstall). */
  utilPatch: { repo: REPO, ref: REF, path: 'patches/@polkadot+util+13.5.3.patch', lines: '1-26' },
} as const satisfies Record<string, UpstreamSource>;
