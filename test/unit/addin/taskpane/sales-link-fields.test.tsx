/** @jest-environment jsdom */
import { setIconOptions } from "@fluentui/react/lib/Styling";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createTranslator } from "../../../../src/addin/i18n/create-translator";
import { App } from "../../../../src/addin/taskpane/app";
import { startItemLoad } from "../../../../src/addin/taskpane/item-head-start";
import { createFakeDeps } from "../use-cases/fakes/fake-ports";
import { DEMO } from "../use-cases/fakes/fake-store";
import { receivedEmail } from "../use-cases/fakes/sample-snapshots";

setIconOptions({ disableWarnings: true });

/** The pane over fake ports whose store holds Fabrikam's opportunities and two campaigns. */
function renderWithLinks(language = "en-US") {
  const fakes = createFakeDeps({ ...receivedEmail, conversationId: "conv-prices" });
  fakes.store.salesLinks.opportunities.push(
    {
      no: "OP000001",
      description: "Fleet renewal",
      contactNo: DEMO.anna.no,
      contactCompanyNo: DEMO.fabrikam.no,
      status: "in_progress",
      salesCycleStage: 2,
      salesCycleStageDescription: "Qualification",
      lastInteractionAt: "2026-11-01T10:00:00.000Z",
    },
    {
      no: "OP000002",
      description: "Service contract",
      contactNo: DEMO.fabrikam.no,
      contactCompanyNo: DEMO.fabrikam.no,
      status: "not_started",
      lastInteractionAt: "2026-11-20T10:00:00.000Z",
    },
    { no: "OP000003", description: "Chairs 2025", contactNo: DEMO.john.no, status: "won" },
  );
  fakes.store.salesLinks.campaigns.push({ no: "CP1001", description: "Autumn fair" });
  render(<App deps={fakes.deps} translator={createTranslator(language)} head={startItemLoad(fakes.deps)} />);
  return fakes;
}

const sentLog = (store: ReturnType<typeof renderWithLinks>["store"]) =>
  store.calls.find((c) => c.method === "logInteraction")?.args[0] as Record<string, unknown>;

describe("Log view: opportunity and campaign", () => {
  it("preselects the most recently active open opportunity, shows its status and stage, and logs to it", async () => {
    const { store } = renderWithLinks();
    const picker = await screen.findByRole("combobox", { name: /^Opportunity/ });
    await waitFor(() => expect(picker).toHaveDisplayValue("OP000002 · Service contract"));
    const info = screen.getByRole("group", { name: "Key sales info" });
    expect(info).toHaveTextContent("Not Started");
    expect(info).toHaveTextContent("Chosen as the most recently active open opportunity of these contacts.");
    expect(within(picker).queryByRole("option", { name: /OP000003/ })).not.toBeInTheDocument();
    await userEvent.selectOptions(picker, "OP000001 · Fleet renewal");
    expect(screen.getByRole("group", { name: "Key sales info" })).toHaveTextContent(
      "In Progress · Stage 2: Qualification",
    );
    await userEvent.click(screen.getByRole("button", { name: "Log interaction" }));
    await screen.findByText(/^Logged to/);
    expect(sentLog(store)).toMatchObject({
      opportunityNo: "OP000001",
      source: { conversationId: "conv-prices" },
    });
    expect(store.calls.find((c) => c.method === "opportunities")?.args[0]).toMatchObject({
      open: true,
      conversation: "conv-prices",
    });
  });

  it("sends a campaign with Campaign Response ticked, and no opportunity when None is chosen", async () => {
    const { store } = renderWithLinks();
    const response = await screen.findByRole("checkbox", { name: "Campaign Response" });
    expect(response).toBeDisabled();
    await userEvent.selectOptions(
      await screen.findByRole("combobox", { name: /^Campaign/ }),
      "CP1001 · Autumn fair",
    );
    await userEvent.click(screen.getByRole("checkbox", { name: "Campaign Response" }));
    await userEvent.selectOptions(screen.getByRole("combobox", { name: /^Opportunity/ }), "None");
    await userEvent.click(screen.getByRole("button", { name: "Log interaction" }));
    await screen.findByText(/^Logged to/);
    const sent = sentLog(store);
    expect(sent).toMatchObject({ campaignNo: "CP1001", campaignResponse: true });
    expect(sent).not.toHaveProperty("opportunityNo");
    expect(sent).not.toHaveProperty("campaignTarget");
  });

  it("speaks Russian: the captions and the stage", async () => {
    renderWithLinks("ru-RU");
    expect(await screen.findByRole("combobox", { name: /^Сделка/ })).toBeInTheDocument();
    expect(await screen.findByRole("group", { name: "Главное о продаже" })).toHaveTextContent("Не начата");
    expect(screen.getByRole("checkbox", { name: "Цель кампании" })).toBeInTheDocument();
  });
});
