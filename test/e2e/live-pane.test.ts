import type { SourceStatus } from "../../src/contracts";
import {
  ALEX,
  harnessPerTest,
  openFile,
  readApi,
  runRibbonLog,
  type HarnessSession,
} from "./harness-browser";
import { callApi, CODE_TEXT, uniqueEmail, visibleTouchpointText } from "./pane-checks";

jest.setTimeout(120_000);

const harness = harnessPerTest();
let session: HarnessSession | undefined;
const ANNA = "Anna Petrova <anna.petrova@fabrikam.example>";

async function loggedItems(key: string): Promise<SourceStatus["loggedItems"]> {
  const { status, body } = await readApi<SourceStatus>(`/logged-items?source=${encodeURIComponent(key)}`);
  if (status !== 200) throw new Error(`source status answered ${status}`);
  return body.loggedItems;
}

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

describe("a pane that applies what changed at once", () => {
  it("a never-log change applies to the open item at once: the person is no longer ticked, nor logged", async () => {
    // A contact of this test's own, so no other test sees the never-log entry.
    const address = `never-${Date.now()}@fabrikam.example`;
    const contact = await callApi<{ no: string }>("POST", "/contacts", {
      type: "person",
      name: "Nora Never",
      email: address,
    });
    expect(contact.status).toBe(201);
    const mail = uniqueEmail("never-log", {
      from: ANNA,
      to: [`Alex Rivera <${ALEX}>`],
      cc: [`Nora Never <${address}>`],
    });
    session = await harness.open({ item: "received-anna" });
    await openFile(session.page, mail.file);
    const pane = session.pane;
    await pane.getByRole("checkbox", { name: "Log to Nora Never" }).waitFor({ timeout: 20_000 });

    await pane.getByRole("tab", { name: "Settings" }).click();
    const field = pane.getByRole("textbox", { name: "Never log" });
    await field.fill(address);
    await field.press("Enter");
    await pane.getByRole("button", { name: `Remove ${address}` }).waitFor({ timeout: 20_000 });
    await pane.getByRole("tab", { name: "Log" }).click();
    await pane.getByRole("listitem", { name: /Nora Never — Excluded/ }).waitFor({ timeout: 20_000 });
    expect(await pane.getByRole("checkbox", { name: "Log to Nora Never" }).count()).toBe(0);

    await pane.getByRole("button", { name: "Log interaction" }).click();
    await pane
      .getByRole("status")
      .filter({ hasText: /Logged to .+ as / })
      .waitFor({ timeout: 20_000 });
    const items = await loggedItems(mail.key);
    expect(items.flatMap((item) => item.entries.map((entry) => entry.contactNo))).not.toContain(
      contact.body.no,
    );
    expect(items.flatMap((item) => item.entries.map((entry) => entry.contactName))).toEqual(["Анна Петрова"]);

    // Cleaning up this user's own list: the entry is this test's alone.
    await pane.getByRole("tab", { name: "Settings" }).click();
    await pane.getByRole("button", { name: `Remove ${address}` }).click();
    await pane.getByRole("button", { name: `Remove ${address}` }).waitFor({ state: "detached" });
  });

  it("a log made offline on an item never opened before arrives exactly once, and the pane recovers by itself", async () => {
    // People the pane has no cached match for (the sample it opens on has Anna and John).
    const mail = uniqueEmail("offline-new", {
      from: ANNA,
      to: [`Alex Rivera <${ALEX}>`],
      cc: ["Lisa Chen <lisa.chen@contoso.example>"],
    });
    session = await harness.open({ item: "received-anna" });
    const pane = session.pane;
    await pane.getByRole("button", { name: "Log interaction" }).waitFor({ timeout: 20_000 });
    const offline = session.page.getByRole("switch", { name: "Go offline" });
    await offline.click();
    await openFile(session.page, mail.file);
    await pane
      .getByRole("listitem", { name: /Anna Petrova — Will be matched when online/ })
      .waitFor({ timeout: 20_000 });
    await pane.getByRole("button", { name: "Log interaction" }).click();
    await pane
      .getByRole("status")
      .filter({ hasText: "Saved — will sync when online" })
      .waitFor({ timeout: 20_000 });
    expect(await loggedItems(mail.key)).toEqual([]);

    await offline.click();
    const items = await eventually(
      () => loggedItems(mail.key),
      (found) => found.length > 0,
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.entries.map((entry) => entry.contactName).sort()).toEqual(["Lisa Chen", "Анна Петрова"]);
    // Matched again without reopening the item, and the log's one state is "logged".
    await pane.getByRole("listitem", { name: /Anna Petrova — Contact/ }).waitFor({ timeout: 20_000 });
    await pane
      .getByRole("status")
      .filter({ hasText: /^Logged to .+ as Emails/ })
      .waitFor({ timeout: 20_000 });
    await pane.getByText(/^Already logged by Alex Rivera/).waitFor({ timeout: 20_000 });
    expect(await visibleTouchpointText(session)).not.toMatch(/Saved —|will sync/);
    // Exactly once, whatever drains happen later.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await loggedItems(mail.key)).toHaveLength(1);
  });

  it("a refused log shows the store's reason in words, and Fix sends a changed log that lands", async () => {
    const mail = uniqueEmail("fix", { from: ANNA, to: [`Alex Rivera <${ALEX}>`] });
    session = await harness.open({ item: "received-anna" });
    const pane = session.pane;
    await openFile(session.page, mail.file);
    await pane.getByRole("checkbox", { name: "Log to Анна Петрова" }).waitFor({ timeout: 20_000 });
    // The template is blocked between the pane's reading and the log's arrival.
    await session.context.route("**/api/v1/interactions", (route) =>
      route.request().method() === "POST"
        ? route.fulfill({
            status: 422,
            contentType: "application/json",
            body: JSON.stringify({
              error: { code: "STORE_TEMPLATE_BLOCKED", message: "Interaction template EMAIL is blocked." },
            }),
          })
        : route.continue(),
    );
    await pane.getByRole("button", { name: "Log interaction" }).click();
    const dead = pane.getByRole("listitem", { name: `Not logged: ${mail.subject}` });
    await dead.waitFor({ timeout: 20_000 });
    expect(await dead.innerText()).toContain(
      "The interaction template is blocked. Use Fix to choose another one.",
    );
    expect(await visibleTouchpointText(session)).not.toMatch(CODE_TEXT);

    await session.context.unroute("**/api/v1/interactions");
    await dead.getByRole("button", { name: `Fix: ${mail.subject}` }).click();
    const editor = pane.getByRole("form", { name: `Fix the log of ${mail.subject}` });
    await editor.getByRole("textbox", { name: "Description" }).fill("Prices, as fixed");
    await editor.getByRole("button", { name: "Send again" }).click();
    const items = await eventually(
      () => loggedItems(mail.key),
      (found) => found.length > 0,
    );
    expect(items).toHaveLength(1);
    expect(items[0]?.entries[0]?.description).toBe("Prices, as fixed");
    await pane
      .getByRole("status")
      .filter({ hasText: /^Logged to Анна Петрова as Emails/ })
      .waitFor({ timeout: 20_000 });
    expect(await dead.count()).toBe(0);
  });
});

describe("an honest ribbon", () => {
  it("says whom it logged to, as what, and who still needs a choice — on a cold cache", async () => {
    const mail = uniqueEmail("ribbon", {
      from: `Alex Rivera <${ALEX}>`,
      to: ["Lisa Chen <lisa.chen@contoso.example>", "Contoso Sales <sales@contoso.example>"],
    });
    session = await harness.open({ item: "received-anna", paneClosed: true });
    await openFile(session.page, mail.file);
    expect(await runRibbonLog(session.page)).toMatch(/Log command completed/);
    await session.page
      .getByRole("region", { name: "Notification bar" })
      .getByText("Logged to Lisa Chen as Emails; sales@contoso.example needs a choice — open Touchpoint")
      .waitFor({ timeout: 15_000 });
  });

  it("logs an email without a Message-ID under one key, whoever logs it", async () => {
    const mail = uniqueEmail(
      "no-message-id",
      { from: ANNA, to: [`Alex Rivera <${ALEX}>`, "Мария <maria.ivanova@cronus.example>"] },
      { withoutMessageId: true },
    );
    session = await harness.open({ item: "received-anna", paneClosed: true });
    await openFile(session.page, mail.file);
    expect(await runRibbonLog(session.page)).toMatch(/Log command completed/);
    const bar = session.page.getByRole("region", { name: "Notification bar" });
    await bar.getByText(/^Logged to Анна Петрова as Emails/).waitFor({ timeout: 15_000 });
    await session.close();
    session = await harness.open({ item: "received-anna", paneClosed: true, user: "maria" });
    await openFile(session.page, mail.file);
    expect(await runRibbonLog(session.page)).toMatch(/Log command completed/);
    await session.page
      .getByRole("region", { name: "Notification bar" })
      .getByText(/^Already logged by Alex Rivera/)
      .waitFor({ timeout: 15_000 });
  });
});
