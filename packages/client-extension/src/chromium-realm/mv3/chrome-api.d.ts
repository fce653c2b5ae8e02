/**
 * The parts of the extension API the service worker and the popup page use (no @types/chrome in
 * this workspace; signatures as developer.chrome.com/docs/extensions/reference documents them).
 */
declare namespace chrome {
  interface Event<T extends (...args: never[]) => unknown> {
    addListener(callback: T): void;
    removeListener(callback: T): void;
    hasListeners(): boolean;
  }
  namespace runtime {
    interface Port {
      readonly name: string;
      readonly sender?: { readonly url?: string; readonly tab?: { readonly url?: string } };
      postMessage(message: unknown): void;
      disconnect(): void;
      readonly onMessage: Event<(message: never, port: Port) => void>;
      readonly onDisconnect: Event<(port: Port) => void>;
    }
    const lastError: { readonly message?: string } | undefined;
    const id: string;
    function connect(info: { name: string }): Port;
    function getURL(path: string): string;
    function sendMessage(message: unknown, callback?: (response: never) => void): void;
    const onConnect: Event<(port: Port) => void>;
    const onMessage: Event<(message: never, sender: unknown, sendResponse: (response: unknown) => void) => unknown>;
  }
  namespace storage {
    const local: {
      get(keys: null | string | string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
  }
  namespace action {
    function setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  }
  namespace tabs {
    function query(query: { active?: boolean; currentWindow?: boolean }, callback: (tabs: { readonly url?: string }[]) => void): void;
    const onUpdated: Event<(tabId: number, changeInfo: { readonly url?: string }) => void>;
    const onActivated: Event<() => void>;
    const onRemoved: Event<() => void>;
  }
  namespace windows {
    const onFocusChanged: Event<() => void>;
  }
}
