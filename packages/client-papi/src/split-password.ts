/**
 * A spec's path as a polkadot-api script takes it: the derivation path for `derive(path)` and the
 * password for `entropyToMiniSecret(entropy, password)`, split where the suri grammar splits
 * them (the first `///`). The library never sees a `///`: passed whole, createDerive would read
 * the password as one more hard junction (parseDerivations.ts matches `//password`).
 */
export function splitPassword(path: string): { readonly path: string; readonly password: string } {
  const at = path.indexOf('///');
  return at < 0 ? { path, password: '' } : { path: path.slice(0, at), password: path.slice(at + 3) };
}
