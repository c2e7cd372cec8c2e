/**
 * Makes a frame's network fail like a pulled cable while `isOffline()` is true: fetch rejects with a
 * TypeError, XMLHttpRequest fires error + loadend with status 0, and navigator.onLine answers false.
 * Installed before the add-in's own scripts run, so every client it builds goes through it.
 */
export function installOfflineNetwork(win: Window & typeof globalThis, isOffline: () => boolean): void {
  const realFetch = win.fetch.bind(win);
  win.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    isOffline() ? Promise.reject(new TypeError("Failed to fetch")) : realFetch(input, init);

  const realSend = win.XMLHttpRequest.prototype.send;
  win.XMLHttpRequest.prototype.send = function send(
    this: XMLHttpRequest,
    body?: Document | XMLHttpRequestBodyInit | null,
  ) {
    if (!isOffline()) return realSend.call(this, body);
    setTimeout(() => {
      this.dispatchEvent(new win.ProgressEvent("error"));
      this.dispatchEvent(new win.ProgressEvent("loadend"));
    }, 0);
  };

  Object.defineProperty(win.navigator, "onLine", { configurable: true, get: () => !isOffline() });
}
