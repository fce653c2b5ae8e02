/** SubWallet's own words (packages/extension-koni/public/locales/en/translation.json at v1.3.88) for the refusals replayed here. */
export const SUBWALLET_MESSAGES = {
  invalidSeedPhrase: 'Invalid seed phrase. Please try again.',
  seedPhraseWordCount: 'Seed phrase needs to contain 12, 15, 18, 21, 24 words',
  incorrectPassword: 'Incorrect password',
  accountExists: (name: string) => `Account already exists under the name ${name}`,
  noValidAccounts: 'No valid accounts found to import',
  invalidPrivateKey: 'Invalid private key',
  /** useScanAccountQr.ts L35-36 (ui.SETTING.hook.qr.useScanAccountQr.invalidQrCode), also ImportQrCode's checkAccount fallback. */
  invalidQrCode: 'Invalid QR code',
} as const;
