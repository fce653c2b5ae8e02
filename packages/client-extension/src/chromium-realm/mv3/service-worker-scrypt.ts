import { installBrowserScryptMemo } from '@interop/core/page-scrypt-memo';
import * as wasmCrypto from '@polkadot/wasm-crypto';

// This realm's scrypt, as the Apps harness page's (apps/apps-harness harness-entry.ts): counted,
// and joined to a matrix run's memo when the runner asks (core/rpc/browser-scrypt-link.ts seeds
// and harvests it around each popup message, extension-browser.ts). The hook is on the
// wasm-crypto util-crypto itself imports (build-mv3.ts aliases it), and reads the bridge at every
// call, so it adds no listener and changes no message: the extension's own code computes every
// evaluation it is not handed.
globalThis.__scryptMemo = installBrowserScryptMemo(wasmCrypto);
