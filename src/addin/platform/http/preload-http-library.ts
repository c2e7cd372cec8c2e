/**
 * Starts fetching the HTTP library (a chunk of its own) before anything asks for it: the pane calls this
 * first thing, so the chunk arrives while Office gets ready instead of delaying the first request.
 */
export function preloadHttpLibrary(): void {
  void import("axios").catch(() => undefined);
}
