import { preloadCacheStorage, preloadStoreConnection } from "../composition";
import { loadTranslator } from "../i18n/load-translator";
import { preloadHttpLibrary } from "../platform/http/preload-http-library";

// The taskpane entry's first import, so what its first view waits for starts before React and Fluent are
// evaluated (the rest of the bundle takes the main thread ~100 ms at start): the HTTP library's and the
// store connection's chunks are loaded (taskpane.html preloads them, webpack.config.js), and the cache's
// database opens (a first opening creates it, which takes a browser another ~100 ms). The browser's
// language is almost always Office's: its catalogue downloads meanwhile too (a chunk load is made once,
// so the translator built later reuses it).
preloadHttpLibrary();
preloadStoreConnection();
preloadCacheStorage();
void loadTranslator(navigator.language);
