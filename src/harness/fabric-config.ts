// Imported first by the harness: Fluent UI reads FabricConfig when it loads, and would otherwise fetch
// Segoe UI from Microsoft's CDN. The harness stays on this machine. (A module, not an inline script:
// the pages' Content-Security-Policy allows no inline script.)
(window as Window & { FabricConfig?: { fontBaseUrl: string } }).FabricConfig = { fontBaseUrl: "" };

export {};
