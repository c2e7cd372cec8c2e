import {
  logManualInteraction,
  templateDefaults,
  type ManualInteraction,
} from "../../../../src/addin/use-cases/log-manual-interaction";
import type { InteractionTemplate } from "../../../../src/contracts";
import { createFakeDeps } from "./fakes/fake-ports";
import { DEMO, TEMPLATES } from "./fakes/fake-demo-data";
import { receivedEmail } from "./fakes/sample-snapshots";

const OUTGOING: InteractionTemplate = {
  code: "OUTGOING",
  groupCode: "PHONE",
  description: "Outgoing phone call",
  unitCostLcy: 1,
  unitDurationMin: 15,
  informationFlow: "outbound",
  initiatedBy: "us",
  correspondenceType: "none",
  blocked: false,
};
const templates = [...TEMPLATES, OUTGOING];

/** Fake deps once the drain the pane starts on opening has finished (as it has by the time a user logs). */
async function openPane() {
  const fakes = createFakeDeps(receivedEmail);
  await fakes.sync.sync.drainNow();
  return fakes;
}

const call = (extra: Partial<ManualInteraction> = {}): ManualInteraction => ({
  contactNo: DEMO.lisa.no,
  contactName: DEMO.lisa.name,
  templateCode: "OUTGOING",
  occurredAt: "2026-11-24T09:15:00.000Z",
  description: "  Renewal: wants a quote  ",
  informationFlow: "outbound",
  initiatedBy: "us",
  correspondenceType: "none",
  costLcy: 2.5,
  durationMin: 20,
  evaluation: "positive",
  attemptFailed: false,
  ...extra,
});

describe("logManualInteraction", () => {
  it("writes one manual log for the contact to the outbox, keyed by its outbox id, then delivers it", async () => {
    const { deps, sync, store } = await openPane();
    const saved = await logManualInteraction(deps, call(), templates);
    if (!saved.ok) throw new Error(saved.error.code);
    expect(sync.enqueued).toHaveLength(1);
    expect(sync.enqueued[0]).toMatchObject({
      id: saved.value.id,
      origin: "taskpane",
      label: "Outgoing phone call · Lisa Chen",
      request: {
        source: {
          kind: "manual",
          key: `manual:${saved.value.id}`,
          subject: "Renewal: wants a quote",
          occurredAt: "2026-11-24T09:15:00.000Z",
        },
        templateCode: "OUTGOING",
        contacts: [DEMO.lisa.no],
        description: "Renewal: wants a quote",
        informationFlow: "outbound",
        initiatedBy: "us",
        correspondenceType: "none",
        costLcy: 2.5,
        durationMin: 20,
        evaluation: "positive",
        attemptFailed: false,
      },
    });
    const delivered = await saved.value.delivered;
    expect(delivered.status).toBe("logged");
    const sent = store.calls.filter((c) => c.method === "logInteraction");
    expect(sent.map((c) => c.args[1])).toEqual([saved.value.id]);
  });

  it("leaves cost and duration to the template when the form leaves them empty, and names the template without a description", async () => {
    const { deps, sync } = await openPane();
    await logManualInteraction(
      deps,
      call({ costLcy: undefined, durationMin: undefined, description: "" }),
      templates,
    );
    const request = sync.enqueued[0]?.request;
    expect(request).not.toHaveProperty("costLcy");
    expect(request).not.toHaveProperty("durationMin");
    expect(request?.source.subject).toBe("Outgoing phone call");
    expect(request?.description).toBe("Outgoing phone call");
  });

  it("offline: the log stays in the outbox and the outcome says it is queued", async () => {
    const { deps, sync, store } = await openPane();
    store.failWith({ code: "ADDIN_OFFLINE", kind: "network", message: "offline" });
    const saved = await logManualInteraction(deps, call(), templates);
    expect(saved.ok && (await saved.value.delivered)).toEqual({ status: "queued", why: "offline" });
    expect(sync.queue).toHaveLength(1);
  });

  it.each([
    ["no template", "ADDIN_TEMPLATE_REQUIRED", call({ templateCode: undefined })],
    ["a date that is not one", "ADDIN_INVALID_DATE", call({ occurredAt: "" })],
    ["a cost that is not a number", "ADDIN_INVALID_NUMBER", call({ costLcy: Number.NaN })],
    ["a negative duration", "ADDIN_INVALID_NUMBER", call({ durationMin: -5 })],
    ["a duration over a year", "ADDIN_INVALID_NUMBER", call({ durationMin: 525_601 })],
  ])("refuses %s with %s and queues nothing", async (_what, code, interaction) => {
    const { deps, sync } = await openPane();
    const saved = await logManualInteraction(deps, interaction, templates);
    expect(saved.ok ? "ok" : saved.error.code).toBe(code);
    expect(sync.enqueued).toEqual([]);
  });

  it("takes flow, initiator, correspondence type, cost and duration from the chosen template", () => {
    expect(templateDefaults(OUTGOING)).toEqual({
      informationFlow: "outbound",
      initiatedBy: "us",
      correspondenceType: "none",
      costLcy: 1,
      durationMin: 15,
    });
  });
});
