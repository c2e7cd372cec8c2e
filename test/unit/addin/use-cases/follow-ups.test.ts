import type { StatisticsReport } from "../../../../src/contracts";
import {
  dayAfter,
  loadOpenFollowUps,
  recordFollowUp,
  reportCsv,
} from "../../../../src/addin/use-cases/follow-ups";
import { createFakeDeps } from "./fakes/fake-ports";
import { receivedEmail } from "./fakes/sample-snapshots";

const todo = {
  kind: "todo" as const,
  request: { description: "Call back", dueDate: "2026-12-01", sourceKey: "k" },
};

describe("follow-up use-cases", () => {
  it("records a follow-up through the outbox under the outbox id as its Idempotency-Key and empties the outbox", async () => {
    const { deps, store, sync } = createFakeDeps(receivedEmail);
    await sync.sync.drainNow(); // the drain the engine starts with
    const result = await recordFollowUp(deps, todo, "Re: prices");
    expect(result).toMatchObject({ ok: true, value: { status: "recorded", value: { no: "TD000001" } } });
    const call = store.calls.find((c) => c.method === "followUp");
    expect(call?.args).toEqual([todo, "00000000-0000-4000-8000-000000000001"]);
    expect((await sync.sync.snapshot()).pending).toBe(0);
  });

  it("keeps a follow-up queued while the store cannot be reached, and answers queued", async () => {
    const { deps, store, sync } = createFakeDeps(receivedEmail);
    store.failWith({ code: "ADDIN_OFFLINE", kind: "network", message: "Network Error" });
    sync.setOnline(false);
    const result = await recordFollowUp(
      deps,
      { kind: "comment", entryNo: 7, comment: "Noted" },
      "Re: prices",
    );
    expect(result).toEqual({ ok: true, value: { status: "queued" } });
    const snapshot = await sync.sync.snapshot();
    expect(snapshot.entries.map((e) => e.followUp)).toEqual([
      { kind: "comment", entryNo: 7, comment: "Noted" },
    ]);
  });

  it("answers the store's code when it refuses a follow-up, leaving it in the outbox to retry or discard", async () => {
    const { deps, store, sync } = createFakeDeps(receivedEmail);
    await sync.sync.drainNow(); // the drain the engine starts with
    store.failWith({ code: "STORE_TODO_CLOSED", kind: "rejected", status: 409, message: "closed" });
    const result = await recordFollowUp(deps, { kind: "completeTodo", todoNo: "TD000001" }, "Call back");
    expect(result).toMatchObject({ ok: false, error: { code: "STORE_TODO_CLOSED" } });
    expect((await sync.sync.snapshot()).entries.map((e) => e.state)).toEqual(["dead"]);
  });

  it("reads a contact's open follow-ups only", async () => {
    const { deps, store } = createFakeDeps(receivedEmail);
    await loadOpenFollowUps(deps, "CT000002");
    expect(store.calls.find((c) => c.method === "todos")?.args).toEqual([
      { contact: "CT000002", open: true },
    ]);
  });

  it("writes the report as CSV under the given captions, success rate in percent, formula cells made text", () => {
    const report: StatisticsReport = {
      by: "salesperson",
      items: [
        {
          key: "=SUM(A1)",
          description: 'Ann, "the" rep',
          count: 3,
          failed: 1,
          costLcy: 2.5,
          durationMin: 30,
          successRate: 2 / 3,
        },
      ],
      totals: { count: 3, failed: 1, costLcy: 2.5, durationMin: 30, successRate: 2 / 3 },
    };
    expect(reportCsv(report, ["Code", "Description", "N", "F", "C", "D", "S"])).toBe(
      '\uFEFFCode,Description,N,F,C,D,S\r\n\'=SUM(A1),"Ann, ""the"" rep",3,1,2.5,30,66.7\r\n',
    );
  });

  it("dates a default due date days after today in UTC", () => {
    expect(dayAfter(new Date("2026-12-30T23:30:00Z"), 7)).toBe("2027-01-06");
  });
});
