// No imports: the profile's traits (signer-profiles.ts, on the CLI's `clients` path) read this too.

/**
 * What Vault's Android derive screen refuses before the backend sees a derivation: a blank anywhere
 * (VAULT_RULES.androidNoSpaces) and, in the ///password, the line terminators of java.util.regex's
 * '.' (VAULT_RULES.androidPathRegex; '\n' is REG_PATH's too). The profile's traits state the same
 * (`typedPathRefuses`), so the matrix neither makes such a key in Vault nor expects one back.
 */
export const ANDROID_PATH_REFUSES = { anywhere: [' '], inPassword: ['\r', '\u0085', '\u2028', '\u2029'] } as const;
