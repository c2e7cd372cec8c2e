import { mkdirSync } from "node:fs";
import type { Contact, InteractionPage, MatchResponse, SourceStatus } from "../../src/contracts";
import {
  ALEX,
  harnessPerTest,
  openFile,
  readApi,
  runRibbonLog,
  type HarnessSession,
} from "./harness-browser";
import { callApi, paneViolations, uniqueEmail } from "./pane-checks";

jest.setTimeout(120_000);

const harness = harnessPerTest();
const SHOTS = process.env.TOUCHPOINT_SCREENSHOT_DIR;
const DELIVERED = /Logged to .+ as |Already logged by /;
const LISA = "lisa.chen@contoso.example";

async function shot(session: HarnessSession, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await session.page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function contactByQuery(q: string): Promise<Contact> {
  const found = (await readApi<{ items: Contact[] }>(`/contacts?q=${encodeURIComponent(q)}`)).body.items[0];
  if (!found) throw new Error(`no contact for ${q}`);
  return found;
}

/** A contact's entries with this subject, as the store lists them. */
async function entriesWithSubject(contactNo: string, subject: string) {
  const page = (await readApi<InteractionPage>(`/contacts/${contactNo}/interactions?limit=100`)).body;
  return page.items.filter((entry) => entry.subject === subject);
}

/** Opens the harness on a file of this test's own. */
async function openOwn(file: string): Promise<HarnessSession> {
  const session = await harness.open({ item: "received-anna" });
  await session.pane.getByRole("button", { name: "Log interaction" }).waitFor({ timeout: 30_000 });
  await openFile(session.page, file);
  return session;
}

describe("logging while composing", () => {
  it("the pane logs a draft with the email draft template, and the ribbon then finds that same logged item", async () => {
    const draft = uniqueEmail(
      "compose-pane",
      { from: `Alex Rivera <${ALEX}>`, to: [`Lisa Chen <${LISA}>`] },
      { draft: true },
    );
    const session = await openOwn(draft.file);
    const { pane } = session;
    await pane.getByRole("heading", { name: "Log this email" }).waitFor({ timeout: 30_000 });
    await pane
      .getByRole("combobox", { name: "Interaction template" })
      .locator("option:checked", { hasText: "Email draft" })
      .waitFor({ state: "attached", timeout: 30_000 });
    await shot(session, "compose-log");
    expect(await paneViolations(session)).toEqual([]);

    await pane.getByRole("button", { name: "Log interaction" }).click();
    await pane
      .getByRole("status")
      .filter({ hasText: /Logged to Lisa Chen as Email draft/ })
      .waitFor({ timeout: 30_000 });
    expect(await runRibbonLog(session.page)).toMatch(/Log command completed/);
    const bar = session.page.getByRole("region", { name: "Notification bar" });
    await bar.getByText(/Already logged by /).waitFor({ timeout: 30_000 });

    const lisa = await contactByQuery(LISA);
    const entries = await entriesWithSubject(lisa.no, draft.subject);
    expect(entries.map((entry) => entry.templateCode)).toEqual(["EMAIL_D"]);
    expect(session.pageErrors).toEqual([]);
  });

  it("the ribbon logs a draft with the email draft template, and a log from the pane then is that same logged item", async () => {
    const draft = uniqueEmail(
      "compose-ribbon",
      { from: `Alex Rivera <${ALEX}>`, to: [`Lisa Chen <${LISA}>`] },
      { draft: true },
    );
    const session = await openOwn(draft.file);
    await session.pane.getByRole("heading", { name: "Log this email" }).waitFor({ timeout: 30_000 });
    expect(await runRibbonLog(session.page)).toMatch(/Log command completed/);
    const bar = session.page.getByRole("region", { name: "Notification bar" });
    await bar.getByText(/Logged to Lisa Chen as Email draft/).waitFor({ timeout: 30_000 });
    // The pane, opened before the ribbon marked the draft, logs it under the ribbon's mark: the same item.
    await session.pane.getByRole("button", { name: "Log interaction" }).click();
    await session.pane
      .getByRole("status")
      .filter({ hasText: /Already logged by / })
      .waitFor({ timeout: 30_000 });

    const lisa = await contactByQuery(LISA);
    const entries = await entriesWithSubject(lisa.no, draft.subject);
    expect(entries.map((entry) => entry.templateCode)).toEqual(["EMAIL_D"]);
    const status = (
      await readApi<SourceStatus>(`/logged-items?source=${encodeURIComponent(entries[0]?.sourceKey ?? "")}`)
    ).body;
    expect(status.loggedItems).toHaveLength(1);
    expect(session.pageErrors).toEqual([]);
  });
});

describe("logging to anyone", () => {
  it("adds an unknown address to the existing contact its name resembles, and the participant is matched", async () => {
    const address = `anna.p.${Date.now().toString(36)}@gmail.example`;
    const mail = uniqueEmail("look-alike", {
      from: `Anna Petrova <${address}>`,
      to: [`Alex Rivera <${ALEX}>`],
    });
    const session = await openOwn(mail.file);
    const { pane } = session;
    const adopt = pane.getByRole("button", { name: /^Add this address to Анна Петрова/ });
    await adopt.waitFor({ timeout: 30_000 });
    await pane.getByRole("button", { name: "Create contact: Anna Petrova" }).waitFor();
    await shot(session, "look-alike-offer");
    await adopt.click();
    await pane.getByRole("listitem", { name: "Anna Petrova — Contact" }).waitFor({ timeout: 30_000 });
    await pane.getByRole("checkbox", { name: "Log to Анна Петрова" }).waitFor();
    await shot(session, "look-alike-added");
    expect(await paneViolations(session)).toEqual([]);

    const anna = await contactByQuery("anna.petrova@fabrikam.example");
    expect(anna.alternateEmails).toContain(address);
    const match = await callApi<MatchResponse>("POST", "/contacts/match", { addresses: [address] });
    expect(match.body.results[0]).toMatchObject({ kind: "alternate", contacts: [{ no: anna.no }] });

    await pane.getByRole("button", { name: "Log interaction" }).click();
    await pane.getByRole("status").filter({ hasText: DELIVERED }).waitFor({ timeout: 30_000 });
    const status = (await readApi<SourceStatus>(`/logged-items?source=${encodeURIComponent(mail.key)}`)).body;
    expect(status.loggedItems.flatMap((l) => l.entries.map((e) => e.contactNo))).toEqual([anna.no]);
    expect(session.pageErrors).toEqual([]);
  });

  it("Add contact logs to a contact who is not on the message, beside the one who is", async () => {
    const mail = uniqueEmail("add-contact");
    const session = await openOwn(mail.file);
    const { pane } = session;
    await pane.getByRole("checkbox", { name: "Log to Анна Петрова" }).waitFor({ timeout: 30_000 });
    await pane.getByRole("button", { name: "Add contact" }).click();
    const box = pane.getByRole("searchbox", { name: "Find a contact" });
    await box.waitFor({ timeout: 30_000 });
    await box.fill("ИВАН");
    await pane
      .getByRole("list", { name: "Contacts found" })
      .getByRole("button", { name: /^Иван Сидоров/ })
      .click({ timeout: 30_000 });
    await pane
      .getByRole("list", { name: "Also log to" })
      .getByText("Иван Сидоров")
      .waitFor({ timeout: 30_000 });
    await shot(session, "added-contact");
    expect(await paneViolations(session)).toEqual([]);
    await pane.getByRole("button", { name: "Log interaction" }).click();
    await pane.getByRole("status").filter({ hasText: DELIVERED }).waitFor({ timeout: 30_000 });

    const status = (await readApi<SourceStatus>(`/logged-items?source=${encodeURIComponent(mail.key)}`)).body;
    const names = status.loggedItems.flatMap((l) => l.entries.map((e) => e.contactName));
    expect(new Set(names)).toEqual(new Set(["Анна Петрова", "Иван Сидоров"]));
    expect(session.pageErrors).toEqual([]);
  });

  it("a contact created in the pane is found by the search and shown in History at once, without a reload", async () => {
    const suffix = Array.from({ length: 6 }, () =>
      String.fromCharCode(97 + Math.floor(Math.random() * 26)),
    ).join("");
    const name = `Quentin Zz${suffix}`;
    const mail = uniqueEmail("created-contact", {
      from: `${name} <quentin@${suffix}.example>`,
      to: [`Alex Rivera <${ALEX}>`],
    });
    const session = await openOwn(mail.file);
    const { pane } = session;
    await pane.getByRole("button", { name: `Create contact: ${name}` }).click({ timeout: 30_000 });
    const form = pane.getByRole("form", { name: "New contact" });
    await form.getByRole("button", { name: "Create" }).click({ timeout: 30_000 });
    await pane.getByRole("checkbox", { name: `Log to ${name}` }).waitFor({ timeout: 30_000 });

    await pane.getByRole("tab", { name: "History" }).click();
    await pane
      .getByRole("combobox", { name: "Contact" })
      .locator("option:checked", { hasText: name })
      .waitFor({ state: "attached", timeout: 30_000 });
    await pane
      .getByText(`No interactions with ${name} yet. Log this item to start the history.`)
      .waitFor({ timeout: 30_000 });
    await shot(session, "created-contact-history");
    const box = pane.getByRole("searchbox", { name: "Find a contact" });
    await box.fill(`zz${suffix}`);
    await pane
      .getByRole("list", { name: "Contacts found" })
      .getByRole("button", { name: new RegExp(`^${name}`) })
      .waitFor({ timeout: 30_000 });
    expect(session.pageErrors).toEqual([]);
  });
});
