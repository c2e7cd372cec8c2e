import type { Page } from "playwright-core";
import type { SourceStatus } from "../../src/contracts";
import { harnessPerTest, openFile, readApi, runRibbonLog, type HarnessSession } from "./harness-browser";
import { uniqueEmail } from "./pane-checks";

jest.setTimeout(120_000);

const harness = harnessPerTest();
let session: HarnessSession | undefined;

async function loggedItems(key: string): Promise<SourceStatus["loggedItems"]> {
  const { status, body } = await readApi<SourceStatus>(`/logged-items?source=${encodeURIComponent(key)}`);
  if (status !== 200) throw new Error(`source status answered ${status}`);
  return body.loggedItems;
}

/** Waits until every key is logged; then each must be exactly one logged item with one entry for Anna. */
async function expectLoggedOnce(keys: string[], timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const counts = await Promise.all(keys.map(async (key) => (await loggedItems(key)).length));
    if (counts.every((count) => count > 0) || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  for (const key of keys) {
    const items = await loggedItems(key);
    expect({ key, items: items.length, entries: items.flatMap((item) => item.entries).length }).toEqual({
      key,
      items: 1,
      entries: 1,
    });
  }
}

const offlineSwitch = (page: Page) => page.getByRole("switch", { name: "Go offline" });

async function logThreeWithRibbon(page: Page, label: string): Promise<string[]> {
  const keys: string[] = [];
  for (let n = 1; n <= 3; n += 1) {
    const email = uniqueEmail(`offline-${label}-${n}`);
    await openFile(page, email.file);
    expect(await runRibbonLog(page)).toMatch(/Log command completed/);
    keys.push(email.key);
  }
  return keys;
}

describe("offline logging through the harness", () => {
  it("three items logged offline arrive exactly once when the network returns", async () => {
    session = await harness.open({ item: "received-anna" });
    await offlineSwitch(session.page).click();
    const keys = await logThreeWithRibbon(session.page, "three");
    for (const key of keys) expect(await loggedItems(key)).toEqual([]);
    await offlineSwitch(session.page).click();
    await expectLoggedOnce(keys);
    expect(session.pageErrors).toEqual([]);
  });

  it("once the pane is on screen it needs no more code from the server: it logs with the whole network gone", async () => {
    const email = uniqueEmail("offline-pane-cut-off");
    session = await harness.open({ item: "received-anna" });
    await openFile(session.page, email.file);
    const logButton = session.pane.getByRole("button", { name: "Log interaction" });
    await logButton.waitFor({ timeout: 20_000 });
    // The lazily loaded parts are fetched after the first view; then the cable is pulled for everything,
    // scripts included (the harness's own switch only fails the pane's API calls).
    await session.page.waitForLoadState("networkidle");
    await session.context.setOffline(true);
    await session.pane.getByRole("tab", { name: "History" }).click();
    await session.pane.getByRole("tab", { name: "Log" }).click();
    await logButton.click();
    await session.pane
      .getByRole("status")
      .filter({ hasText: "Saved — will sync when online" })
      .waitFor({ timeout: 20_000 });
    expect(await loggedItems(email.key)).toEqual([]);
    await session.context.setOffline(false);
    await expectLoggedOnce([email.key]);
    expect(await session.pane.getByText(/could not be loaded/).count()).toBe(0);
    expect(session.pageErrors).toEqual([]);
  });

  it("logs queued with the pane closed are sent when the pane is opened again", async () => {
    session = await harness.open({ item: "received-anna", paneClosed: true });
    await offlineSwitch(session.page).click();
    const keys = await logThreeWithRibbon(session.page, "reopen");
    await offlineSwitch(session.page).click();
    // Back online but no pane and no ribbon run: nothing drains yet.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const key of keys) expect(await loggedItems(key)).toEqual([]);
    await session.page.getByRole("button", { name: "Touchpoint", exact: true }).click();
    await expectLoggedOnce(keys);
  });

  it("a 401 in the middle of a drain fetches a fresh sign-in and every log still arrives once", async () => {
    session = await harness.open({ item: "received-anna" });
    await offlineSwitch(session.page).click();
    const keys = await logThreeWithRibbon(session.page, "expired");
    let refused = 0;
    await session.context.route("**/api/v1/interactions", async (route) => {
      // The second log of the drain meets an expired token.
      if (route.request().method() === "POST" && ++refused === 2) {
        await route.fulfill({
          status: 401,
          contentType: "application/json",
          body: JSON.stringify({ error: { code: "STORE_TOKEN_EXPIRED", message: "expired" } }),
        });
        return;
      }
      await route.continue();
    });
    const tokenRequests: string[] = [];
    session.page.on("request", (request) => {
      if (request.url().endsWith("/api/v1/dev/token")) tokenRequests.push(request.url());
    });
    await offlineSwitch(session.page).click();
    await expectLoggedOnce(keys);
    expect(refused).toBeGreaterThanOrEqual(4);
    expect(tokenRequests.length).toBeGreaterThanOrEqual(1);
  });
});
