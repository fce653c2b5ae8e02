import type { AppsRealm } from '../apps-realm.js';
import { resolveChain } from '../connected-chains.js';
import type { AppsMethod, AppsRpc, ConnectedChain } from '../operations/index.js';
import { type AppsBrowserProfile, type LaunchOptions, launchAppsBrowserProfile } from './launch-browser-profile.js';

/** Apps in a real Chromium profile: the client's view of an AppsBrowserProfile. */
export class ChromiumAppsRealm implements AppsRealm {
  readonly realm = 'chromium' as const;
  readonly chain: ConnectedChain;
  readonly profile: AppsBrowserProfile;

  private constructor(chain: ConnectedChain, profile: AppsBrowserProfile) {
    this.chain = chain;
    this.profile = profile;
  }

  static async start(options: LaunchOptions = {}): Promise<ChromiumAppsRealm> {
    return new ChromiumAppsRealm(resolveChain(options.network), await launchAppsBrowserProfile(options));
  }

  call<M extends AppsMethod>(method: M, ...args: Parameters<AppsRpc[M]>): Promise<ReturnType<AppsRpc[M]>> {
    return this.profile.call<ReturnType<AppsRpc[M]>>(method, ...args);
  }

  dumpLocalStorage(): Promise<Record<string, string>> {
    return this.profile.dumpLocalStorage();
  }

  loadLocalStorage(dump: Readonly<Record<string, string>>): Promise<void> {
    return this.profile.loadLocalStorage({ ...dump });
  }

  reload(): Promise<void> {
    return this.profile.reload();
  }

  close(): Promise<void> {
    return this.profile.close();
  }
}
