/**
 * How often a generated spec that may hold either secret is a phrase or a hex seed
 * (arbitraries/account-spec.ts specSecretArb). The runner's cost model reads it too: a phrase
 * account in SubWallet stores ten keys, a private key one.
 */
export const SECRET_KIND_WEIGHTS = { phrase: 4, seed: 1 } as const;
