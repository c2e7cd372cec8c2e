import type { BrowserContext } from "playwright-core";
import { e2eStore } from "./e2e-store";
import { harnessPerTest } from "./harness-browser";

jest.setTimeout(90_000);

const harness = harnessPerTest();

/** The scripts `taskpane.html` asks the browser to preload, by file name. */
async function preloadedScripts(): Promise<string[]> {
  const html = await (await fetch(`${e2eStore().url}/taskpane.html`)).text();
  return [...html.matchAll(/<link\b[^>]*\brel="?preload"?[^>]*>/g)].map((tag) => {
    expect(tag[0]).toMatch(/\bas="?script"?/);
    return /\bhref="?([^"\s>]+)/.exec(tag[0])?.[1] ?? "";
  });
}

describe("the taskpane's first load", () => {
  it("preloads exactly the chunks of the HTTP library, the store connection and the cache, each downloaded once", async () => {
    const files = await preloadedScripts();
    const texts = await Promise.all(
      files.map(async (file) => (await fetch(`${e2eStore().url}/${file}`)).text()),
    );
    // axios's XHR adapter, the store connection with its dev sign-in, and the cache's IndexedDB store.
    const holding = (marker: string) => texts.filter((text) => text.includes(marker)).length;
    expect(files).toHaveLength(3);
    expect(holding("XMLHttpRequest")).toBe(1);
    expect(holding("createStoreConnection")).toBe(1);
    expect(holding('"caches"')).toBe(1);

    const requested: string[] = [];
    const session = await harness.open({
      item: "received-anna",
      prepare: async (context: BrowserContext) =>
        context.on("request", (request) => requested.push(new URL(request.url()).pathname)),
    });
    await session.pane.locator("[data-participants-shown]").first().waitFor({ timeout: 30_000 });
    // A preload the page's own chunk loading did not reuse would be fetched a second time.
    for (const file of files) expect(requested.filter((path) => path === `/${file}`)).toHaveLength(1);
    expect(session.pageErrors).toEqual([]);
  });
});
