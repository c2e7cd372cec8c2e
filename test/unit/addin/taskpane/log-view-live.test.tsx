/** @jest-environment jsdom */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ItemSnapshot } from "../../../../src/domain/item-snapshot";
import { DEMO } from "../use-cases/fakes/fake-store";
import { organisedMeeting, receivedEmail } from "../use-cases/fakes/sample-snapshots";
import { renderApp } from "./render-app";

const logButton = () => screen.findByRole("button", { name: "Log interaction" });
const CODE_TEXT = /\b(ADDIN|STORE)_[A-Z_]+\b/;

/** A meeting Alex organises with Anna, a room, and `guests` people nobody knows yet. */
function meetingWithGuests(guests: number): ItemSnapshot {
  return {
    ...organisedMeeting,
    requiredAttendees: [
      ...organisedMeeting.requiredAttendees,
      { name: "Conference Room Everest", address: "room.everest@cronus.example" },
      ...Array.from({ length: guests }, (_, n) => ({
        name: "",
        address: `guest.number${n + 1}@partners1.example`,
      })),
    ],
    rooms: ["room.everest@cronus.example"],
  };
}

describe("Log view: offline for any item", () => {
  it("logs an item it could not match, for the store to match, and matches again by itself when back online", async () => {
    const { store, sync } = renderApp(receivedEmail, { offline: true });
    const anna = await screen.findByRole("listitem", { name: /Анна Петрова — Will be matched when online/ });
    expect(within(anna).getByRole("checkbox", { name: "Log to Анна Петрова once matched" })).toBeChecked();
    expect(screen.getByText(/will be matched when Touchpoint is back online/)).toBeInTheDocument();
    await userEvent.click(await logButton());
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent("Saved — will sync when online"),
    );
    expect(await screen.findByText("1 log will sync when you are back online")).toBeInTheDocument();
    expect(sync.queue[0]?.request).toMatchObject({
      participants: [
        { email: "anna.petrova@fabrikam.example", role: "from", name: "Анна Петрова" },
        { email: "john.smith@fabrikam.example", role: "cc", name: "John Smith" },
      ],
    });
    expect(sync.queue[0]?.request?.contacts).toBeUndefined();

    store.failWith(undefined);
    act(() => sync.setOnline(true));
    expect(await screen.findByRole("listitem", { name: /Анна Петрова — Contact/ })).toBeInTheDocument();
    await act(() => sync.sync.drainNow());
    await waitFor(() =>
      expect(screen.getByRole("status")).toHaveTextContent("Logged to Анна Петрова and John Smith as Emails"),
    );
    expect(store.calls.filter((c) => c.method === "logInteraction")).toHaveLength(1);
    expect(document.body.textContent).not.toMatch(CODE_TEXT);
  });

  it("says one state per log: never saved and not logged at once", async () => {
    const { store } = renderApp(receivedEmail);
    await screen.findByRole("listitem", { name: /Анна Петрова — Contact/ });
    store.failWith({ code: "STORE_CONTACT_NOT_FOUND", kind: "rejected", status: 422, message: "x" });
    await userEvent.click(await logButton());
    await screen.findByRole("listitem", { name: "Not logged: Prices for 2027" });
    expect(screen.queryByText(/Saved —/)).not.toBeInTheDocument();
    expect(screen.queryByText(/will sync|waiting to sync/)).not.toBeInTheDocument();
  });
});

describe("Log view: logs another runtime queued", () => {
  it("a log the ribbon's runtime put in the shared outbox shows when the user comes back to the pane", async () => {
    const { sync } = renderApp(receivedEmail);
    await screen.findByRole("listitem", { name: /Анна Петрова — Contact/ });
    // Written by another runtime: this pane's engine publishes nothing about it.
    await sync.outbox.add({
      id: "from-the-ribbon",
      request: { source: { kind: "email", key: "k", subject: "Hello", occurredAt: "2026-11-21T08:00:00Z" } },
      origin: "ribbon",
      label: "Hello",
      createdAt: "2026-11-21T08:00:00Z",
      state: "dead",
      attempts: 1,
      notBefore: 0,
      lastError: {
        code: "STORE_NO_CONTACTS",
        message: "x",
        details: { skipped: [{ address: "new.person@northwind.example", reason: "none" }] },
      },
    });
    act(() => void window.dispatchEvent(new Event("focus")));
    const dead = await screen.findByRole("listitem", { name: "Not logged: Hello" });
    expect(dead).toHaveTextContent("new.person@northwind.example is not a contact");
    expect(dead).not.toHaveTextContent("open Touchpoint");
  });
});

describe("Log view: a refused log can be fixed and sent again", () => {
  it("Fix opens the log for editing; the fixed log goes under a new key and lands", async () => {
    const { store, sync } = renderApp(receivedEmail);
    await screen.findByRole("listitem", { name: /Анна Петрова — Contact/ });
    store.failWith({
      code: "STORE_CONTACT_NOT_FOUND",
      kind: "rejected",
      status: 422,
      message: "Unknown contact(s): CT000012.",
      details: { missing: [DEMO.john.no] },
    });
    await userEvent.click(await logButton());
    const dead = await screen.findByRole("listitem", { name: "Not logged: Prices for 2027" });
    expect(dead).toHaveTextContent(
      "A chosen contact no longer exists. Use Fix to remove it or choose another.",
    );
    const oldId = sync.queue[0]?.id;
    await userEvent.click(within(dead).getByRole("button", { name: "Fix: Prices for 2027" }));
    const editor = await screen.findByRole("form", { name: "Fix the log of Prices for 2027" });
    expect(within(editor).getByRole("checkbox", { name: `Анна Петрова (${DEMO.anna.no})` })).toBeChecked();
    expect(within(editor).getByRole("checkbox", { name: `John Smith (${DEMO.john.no})` })).not.toBeChecked();
    await userEvent.clear(within(editor).getByRole("textbox", { name: "Description" }));
    await userEvent.type(within(editor).getByRole("textbox", { name: "Description" }), "Prices, fixed");

    store.failWith(undefined);
    await userEvent.click(within(editor).getByRole("button", { name: "Send again" }));
    await act(() => sync.sync.drainNow());
    await waitFor(() => expect(sync.queue).toHaveLength(0));
    const sent = store.calls.filter((c) => c.method === "logInteraction").at(-1)?.args;
    expect(sent?.[0]).toMatchObject({ contacts: [DEMO.anna.no], description: "Prices, fixed" });
    expect(sent?.[1]).not.toBe(oldId);
    expect(screen.queryByRole("listitem", { name: "Not logged: Prices for 2027" })).not.toBeInTheDocument();
  });

  it("Fix will not send a log to nobody, and says so under the form", async () => {
    const { store } = renderApp(receivedEmail);
    await screen.findByRole("listitem", { name: /Анна Петрова — Contact/ });
    store.failWith({ code: "STORE_TEMPLATE_BLOCKED", kind: "rejected", status: 422, message: "blocked" });
    await userEvent.click(await logButton());
    await userEvent.click(await screen.findByRole("button", { name: "Fix: Prices for 2027" }));
    const editor = await screen.findByRole("form", { name: "Fix the log of Prices for 2027" });
    for (const box of within(editor).getAllByRole("checkbox")) await userEvent.click(box);
    await userEvent.click(within(editor).getByRole("button", { name: "Send again" }));
    expect(within(editor).getByRole("alert")).toHaveTextContent("Keep at least one contact to log to.");
  });
});

describe("Log view: live settings", () => {
  it("a contact made private elsewhere is excluded as soon as a refresh brings it, without reopening", async () => {
    const { store } = renderApp(receivedEmail);
    await screen.findByRole("listitem", { name: /John Smith — Contact/ });
    store.setPrivacy(DEMO.john.no, true);
    act(() => store.refreshed("match:anna.petrova@fabrikam.example,john.smith@fabrikam.example"));
    const john = await screen.findByRole("listitem", { name: /John Smith — Excluded/ });
    expect(john).toHaveTextContent("Privacy blocked");
    await userEvent.click(await logButton());
    await screen.findByText("Logged to Анна Петрова as Emails");
  });

  it("a number that is not one is said under its field, and nothing is logged", async () => {
    const { store } = renderApp(receivedEmail);
    const cost = await screen.findByRole("textbox", { name: "Cost" });
    await userEvent.clear(cost);
    await userEvent.type(cost, "12,5,0");
    expect(cost).toHaveAccessibleDescription("Enter a number of zero or more, such as 12.5.");
    expect(await logButton()).toBeDisabled();
    expect(store.calls.some((c) => c.method === "logInteraction")).toBe(false);
  });
});

describe("Log view: large meetings", () => {
  it("known contacts come first, rooms are left out, and unknown guests fold into one group", async () => {
    renderApp(meetingWithGuests(12));
    const group = await screen.findByRole("region", { name: "12 people not in your contacts" });
    const rows = screen.getAllByRole("listitem").map((row) => row.getAttribute("aria-label"));
    expect(rows[0]).toMatch(/Анна Петрова — Contact/);
    expect(rows.some((row) => row?.includes("guest.number1@"))).toBe(false);
    expect(screen.queryByText(/Conference Room Everest|room\.everest/)).not.toBeInTheDocument();
    await userEvent.click(within(group).getByRole("button", { name: "Show them" }));
    expect(within(group).getAllByRole("listitem")).toHaveLength(12);
  });

  it("creates the unknown guests in bulk, each named from the address and filed under a company, once", async () => {
    const { store } = renderApp(meetingWithGuests(12));
    const group = await screen.findByRole("region", { name: "12 people not in your contacts" });
    await userEvent.click(within(group).getByRole("button", { name: "Create 12 contacts" }));
    const form = await screen.findByRole("form", { name: "New contacts" });
    expect(
      within(form).getByRole("textbox", { name: "Name of guest.number3@partners1.example" }),
    ).toHaveValue("Guest Number3");
    expect(
      within(form).getByRole("textbox", { name: "Company of guest.number3@partners1.example" }),
    ).toHaveValue("Partners1");
    await userEvent.click(
      within(form).getByRole("checkbox", { name: "Create guest.number12@partners1.example" }),
    );
    await userEvent.click(within(form).getByRole("button", { name: "Create 11 contacts" }));
    await screen.findByText("11 contacts created");
    const creations = store.calls.filter((c) => c.method === "createContact");
    expect(creations).toHaveLength(12);
    expect(creations[0]?.args[0]).toEqual({
      type: "company",
      name: "Partners1",
      domains: ["partners1.example"],
    });
    const keys = creations.map((c) => c.args[1]);
    expect(new Set(keys).size).toBe(12);
    expect(
      await screen.findByRole("listitem", { name: /guest\.number3@partners1\.example — Contact/ }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("region", { name: /not in your contacts/ })).not.toBeInTheDocument();
  });
});
