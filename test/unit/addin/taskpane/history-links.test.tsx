/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { InteractionEntry } from "../../../../src/contracts";
import { DEMO } from "../use-cases/fakes/fake-store";
import { receivedEmail } from "../use-cases/fakes/sample-snapshots";
import { renderApp } from "./render-app";

const entry = (n: number, links: Partial<InteractionEntry>): InteractionEntry => ({
  entryNo: 100 + n,
  loggedItemId: `LI${n}`,
  contactNo: DEMO.anna.no,
  templateCode: "EMAIL",
  groupCode: "SYSTEM",
  description: `Linked email ${n}`,
  subject: `Linked email ${n}`,
  occurredAt: `2026-10-0${n}T10:00:00Z`,
  informationFlow: "inbound",
  initiatedBy: "them",
  costLcy: 8,
  durationMin: 1,
  evaluation: "none",
  attemptFailed: false,
  correspondenceType: "email",
  userId: "alex",
  sourceKind: "email",
  sourceKey: `msgid:link-${n}@x`,
  emailLogged: true,
  postponed: false,
  canceled: false,
  createdAt: "2026-10-01T10:00:00Z",
  ...links,
});

describe("History: opportunity and campaign", () => {
  it("shows each entry's opportunity and campaign, and the Opportunity No. filter asks the store for that opportunity's entries only", async () => {
    const app = renderApp(receivedEmail);
    app.store.salesLinks.opportunities.push({
      no: "OP000001",
      description: "Fleet renewal",
      contactNo: DEMO.anna.no,
      status: "won",
    });
    app.store.entries.push(
      entry(1, { opportunityNo: "OP000001", campaignNo: "CP1001", campaignTarget: true }),
      entry(2, {}),
    );
    await screen.findByRole("listitem", { name: /Анна Петрова/ });
    await userEvent.click(screen.getByRole("tab", { name: "History" }));
    const linked = await screen.findByRole("listitem", { name: "Linked email 1" });
    expect(
      within(linked).getByText("Opportunity OP000001 · Campaign CP1001 · Campaign Target"),
    ).toBeInTheDocument();
    // A won opportunity is still one History can filter by.
    await userEvent.selectOptions(
      screen.getByRole("combobox", { name: /^Opportunity No\./ }),
      "OP000001 · Fleet renewal",
    );
    await screen.findByRole("listitem", { name: "Linked email 1" });
    expect(screen.queryByRole("listitem", { name: "Linked email 2" })).not.toBeInTheDocument();
    const asked = app.store.calls.filter((c) => c.method === "history").at(-1)?.args[1];
    expect(asked).toMatchObject({ opportunityNo: "OP000001" });
  });
});
