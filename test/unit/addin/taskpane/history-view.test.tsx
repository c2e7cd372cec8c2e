/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { InteractionEntry } from "../../../../src/contracts";
import { DEMO } from "../use-cases/fakes/fake-store";
import { receivedEmail } from "../use-cases/fakes/sample-snapshots";
import { renderApp } from "./render-app";

function entry(n: number, overrides: Partial<InteractionEntry> = {}): InteractionEntry {
  const day = String(28 - (n % 28)).padStart(2, "0");
  return {
    entryNo: 1000 - n,
    loggedItemId: `LI${n}`,
    contactNo: DEMO.anna.no,
    templateCode: "EMAIL",
    groupCode: "SYSTEM",
    description: `Email number ${n}`,
    subject: `Email number ${n}`,
    occurredAt: `2026-10-${day}T10:00:00Z`,
    informationFlow: "inbound",
    initiatedBy: "them",
    costLcy: 8,
    durationMin: 1,
    evaluation: "none",
    attemptFailed: false,
    correspondenceType: "email",
    userId: "alex",
    sourceKind: "email",
    sourceKey: `msgid:${n}@x`,
    emailLogged: true,
    postponed: false,
    canceled: false,
    createdAt: "2026-10-01T10:00:00Z",
    ...overrides,
  };
}

async function openHistory(entries: InteractionEntry[]) {
  const app = renderApp(receivedEmail);
  app.store.entries.push(...entries);
  await screen.findByRole("listitem", { name: /Анна Петрова/ });
  await userEvent.click(screen.getByRole("tab", { name: "History" }));
  return app;
}

describe("History view", () => {
  it("lists the contact's entries newest first, a page at a time, with Load more", async () => {
    await openHistory(Array.from({ length: 25 }, (_, n) => entry(n)));
    const timeline = await screen.findByRole("region", { name: "History" });
    expect(await within(timeline).findByText("Email number 0")).toBeInTheDocument();
    expect(within(timeline).getAllByRole("listitem")).toHaveLength(20);
    await userEvent.click(screen.getByRole("button", { name: "Load more" }));
    expect(await within(timeline).findByText("Email number 24")).toBeInTheDocument();
    expect(within(timeline).getAllByRole("listitem")).toHaveLength(25);
    expect(screen.queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();
    // 25 rows, each with its actions, rendered twice in jsdom: more than the default on a loaded machine.
  }, 30_000);

  it("filters by template", async () => {
    const { store } = await openHistory([
      entry(1),
      entry(2, { templateCode: "INHOUSE", groupCode: "MEETING", description: "Visit" }),
    ]);
    await screen.findByText("Email number 1");
    await userEvent.selectOptions(
      screen.getByRole("combobox", { name: /^Template/ }),
      "Meeting held at our office",
    );
    expect(await screen.findByText("Visit")).toBeInTheDocument();
    expect(screen.queryByText("Email number 1")).not.toBeInTheDocument();
    expect(store.calls.filter((c) => c.method === "history").at(-1)?.args[1]).toMatchObject({
      templateCode: "INHOUSE",
    });
  });

  it("filters by group", async () => {
    await openHistory([
      entry(1),
      entry(2, { templateCode: "INHOUSE", groupCode: "MEETING", description: "Visit" }),
    ]);
    await screen.findByText("Visit");
    await userEvent.selectOptions(
      screen.getByRole("combobox", { name: /^Group/ }),
      "System generated entries",
    );
    expect(await screen.findByText("Email number 1")).toBeInTheDocument();
    expect(screen.queryByText("Visit")).not.toBeInTheDocument();
  });

  it("shows statistics and the per-month chart, whose figures a screen reader reads once, as a table", async () => {
    await openHistory([entry(1), entry(2)]);
    const stats = await screen.findByRole("region", { name: "Statistics" });
    expect((await within(stats).findAllByRole("term"))[0]).toHaveTextContent("Interactions");
    expect(within(stats).getByText("$16.00")).toBeInTheDocument();
    expect(within(stats).getByText("2 min")).toBeInTheDocument();
    const chart = await screen.findByRole("figure", { name: "Interactions per month" });
    const bars = chart.querySelector("svg");
    expect(bars).toHaveAttribute("aria-hidden", "true");
    expect(bars?.querySelectorAll("rect")).toHaveLength(1);
    expect(bars?.querySelector("text")).toHaveTextContent("11/26");
    const table = within(chart).getByRole("table");
    expect(within(table).getByRole("rowheader", { name: "Nov 2026" })).toBeInTheDocument();
    expect(within(table).getByRole("cell", { name: "2" })).toBeInTheDocument();
    expect(within(chart).queryAllByRole("img")).toHaveLength(0);
  });

  it("shows each entry with its template and group descriptions, cost in the tenant's currency and duration in hours and minutes", async () => {
    await openHistory([
      entry(1, { templateCode: "INHOUSE", groupCode: "MEETING", costLcy: 25, durationMin: 90 }),
    ]);
    const row = await screen.findByRole("listitem", { name: "Email number 1" });
    expect(within(row).getByText(/Meeting held at our office · Meetings/)).toBeInTheDocument();
    expect(within(row).getByText("$25.00 · 1 h 30 min · None")).toBeInTheDocument();
    expect(within(row).queryByText(/INHOUSE|MEETING/)).not.toBeInTheDocument();
  });

  it("cancels and restores an entry through the outbox, each under its own Idempotency-Key, and reloads the statistics", async () => {
    const { store } = await openHistory([entry(1)]);
    const row = await screen.findByRole("listitem", { name: "Email number 1" });
    await userEvent.click(within(row).getByRole("button", { name: "Cancel entry" }));
    expect(await within(row).findByRole("button", { name: "Restore" })).toBeInTheDocument();
    expect(within(row).getByText(/Canceled/)).toBeInTheDocument();
    await userEvent.click(within(row).getByRole("button", { name: "Restore" }));
    expect(await within(row).findByRole("button", { name: "Cancel entry" })).toBeInTheDocument();
    const actions = store.calls.filter((c) => c.method === "entryAction").map((c) => c.args);
    expect(actions.map(([action]) => action)).toEqual([
      { kind: "cancel", entryNo: 999 },
      { kind: "restore", entryNo: 999 },
    ]);
    expect(new Set(actions.map(([, key]) => key)).size).toBe(2);
    expect(store.calls.filter((c) => c.method === "statistics").length).toBeGreaterThanOrEqual(3);
  });

  it("evaluates an entry from History", async () => {
    const { store } = await openHistory([entry(1)]);
    const row = await screen.findByRole("listitem", { name: "Email number 1" });
    await userEvent.selectOptions(
      within(row).getByRole("combobox", { name: "Evaluation: Email number 1" }),
      "Positive",
    );
    expect(await within(row).findByText("$8.00 · 1 min · Positive")).toBeInTheDocument();
    expect(store.calls.find((c) => c.method === "entryAction")?.args[0]).toEqual({
      kind: "evaluate",
      entryNo: 999,
      evaluation: "positive",
    });
  });

  it("opens an entry by its recorded web link when there is one, else from the logger's mailbox, saying so", async () => {
    await openHistory([
      entry(1, { webLink: "https://outlook.office.com/owa/?ItemID=abc", itemId: "AAMk-1" }),
      entry(2, { itemId: "AAMk-2", userName: "Maria Ivanova" }),
    ]);
    const linked = await screen.findByRole("listitem", { name: "Email number 1" });
    expect(within(linked).getByRole("link", { name: "Open" })).toHaveAttribute(
      "href",
      "https://outlook.office.com/owa/?ItemID=abc",
    );
    const fallback = screen.getByRole("listitem", { name: "Email number 2" });
    expect(within(fallback).getByRole("button", { name: "Open in Outlook" })).toBeInTheDocument();
    expect(within(fallback).getByText(/Opens the copy in Maria Ivanova's mailbox/)).toBeInTheDocument();
  });

  it("finds a contact who is not on the item and opens the card, whose company opens the company's card", async () => {
    const { store } = await openHistory([entry(1, { contactNo: DEMO.lisa.no, description: "Lisa's call" })]);
    await userEvent.type(screen.getByRole("searchbox", { name: "Find a contact" }), "Lisa");
    const results = await screen.findByRole("list", { name: "Contacts found" });
    await userEvent.click(within(results).getByRole("button", { name: /^Lisa Chen/ }));
    const card = await screen.findByRole("region", { name: "Contact card: Lisa Chen" });
    expect(within(card).getByText("lisa.chen@contoso.example")).toBeInTheDocument();
    expect(await screen.findByText("Lisa's call")).toBeInTheDocument();
    expect(store.calls.find((c) => c.method === "searchContacts")?.args).toEqual(["Lisa"]);
    await userEvent.click(within(card).getByRole("button", { name: DEMO.lisa.companyNo ?? "" }));
    expect(await screen.findByRole("region", { name: "Contact card: Contoso" })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Back to this item's contacts" }));
    expect(await screen.findByRole("combobox", { name: /^Contact/ })).toBeInTheDocument();
  });

  it("an empty contact card reads as a sentence: no table of zeros, no hint to log an item it is not about", async () => {
    await openHistory([]);
    await userEvent.type(screen.getByRole("searchbox", { name: "Find a contact" }), "Lisa");
    const results = await screen.findByRole("list", { name: "Contacts found" });
    await userEvent.click(within(results).getByRole("button", { name: /^Lisa Chen/ }));
    await screen.findByRole("region", { name: "Contact card: Lisa Chen" });
    expect(await screen.findByText("No interactions with Lisa Chen yet.")).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Statistics" })).toBeNull();
    expect(screen.queryByText("Never")).toBeNull();
  });

  it("opens an entry logged from Outlook in the mailbox", async () => {
    const { mailbox } = await openHistory([
      entry(1, { itemId: "AAMk-1" }),
      entry(2, { itemId: "AAMk-2", sourceKind: "meeting" }),
    ]);
    const links = await screen.findAllByRole("button", { name: "Open in Outlook" });
    await userEvent.click(links[1]!);
    expect(mailbox.opened).toEqual([{ itemId: "AAMk-2", kind: "appointment" }]);
  });

  it("says so when the contact has no interactions, and what to do", async () => {
    await openHistory([]);
    expect(
      await screen.findByText("No interactions with Анна Петрова yet. Log this item to start the history."),
    ).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "History" })).toBeInTheDocument();
  });

  it("a history the store cannot give says so, and never that there is none", async () => {
    const app = await openHistory([entry(1)]);
    app.store.failWith({ code: "STORE_UNAVAILABLE", kind: "server", status: 503, message: "down" });
    await userEvent.selectOptions(screen.getByRole("combobox", { name: /^Group/ }), "Meetings");
    expect(
      await screen.findByText(
        "Could not load it. The store is unavailable right now. Touchpoint tries again by itself.",
        { selector: "[role=note] *" },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/No interactions/)).not.toBeInTheDocument();
  });
});
