import { randomUUID } from "node:crypto";
import fc from "fast-check";
import type { LoggedSegment, LogSegmentResponse, Segment, SegmentLinesResponse } from "../../src/contracts";
import { dialects } from "./dialects";
import { emailLog, useStore, type Caller } from "./store-harness";

describe.each(dialects())("segments on %s", (_name, dialect) => {
  /**
   * Armed with n, the n-th data statement from then on fails: a fault in the middle of a write. Only
   * statements that read or change data count: a fault "in" begin or commit (reported after the statement
   * ran) would say a committed transaction failed, which is not a fault a database makes.
   */
  let faultIn: number | undefined;
  const store = useStore(dialect, {
    database: {
      onQuery: (text) => {
        if (faultIn === undefined || !/^\s*(select|insert|update|delete)\b/i.test(text)) return;
        faultIn -= 1;
        if (faultIn === 0) {
          faultIn = undefined;
          throw new Error("injected fault");
        }
      },
    },
  });

  const api = (who: Caller, method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
    store.call(who, { method, url: `/api/v1${url}`, ...(payload === undefined ? {} : { payload }) });
  const create = async (who: Caller, body: object) => {
    const res = await api(who, "POST", "/segments", body);
    expect(res.statusCode).toBe(201);
    return res.json() as SegmentLinesResponse;
  };
  const logTo = (who: Caller, no: string, body: object, key = randomUUID()) =>
    store.call(who, {
      method: "POST",
      url: `/api/v1/segments/${no}/log`,
      payload: body,
      headers: { "idempotency-key": key },
    });
  const count = async (who: Caller, no: string) =>
    (await api(who, "GET", `/contacts/${no}/statistics`)).json().count as number;
  const lineContacts = (segment: Segment) => segment.lines.map((l) => l.contactNo);

  it("creates a segment from contacts, a company's people, a CSV file and an item's participants, reporting what matched nobody", async () => {
    const t = await store.tenant();
    const made = await create(t.user, {
      no: "SM001",
      description: "Autumn mailing",
      contacts: ["CT201", "CT999"],
      companyNo: "CT300",
      csv: "Contact No.,Name\nCT102,John\n",
      addresses: ["anna.petrova@fabrikam.example", "sales@contoso.example", "maria.ivanova@cronus.example"],
    });
    expect(lineContacts(made.segment)).toEqual(["CT201", "CT102", "CT301", "CT101"]);
    expect(made.segment.lines.map((l) => l.lineNo)).toEqual([10000, 20000, 30000, 40000]);
    expect(made.unmatched).toEqual([
      { value: "CT999", reason: "not_found" },
      { value: "sales@contoso.example", reason: "ambiguous" },
    ]);
    const fromCsv = await create(t.user, {
      no: "SM002",
      description: "From a file",
      csv: "E-Mail\nlisa.chen@contoso.example\nivan.sidorov@gmail.com\n",
    });
    expect(lineContacts(fromCsv.segment)).toEqual(["CT201", "CT301"]);
    const taken = await api(t.user, "POST", "/segments", { no: "SM001", description: "again" });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe("STORE_SEGMENT_EXISTS");
  });

  it("reads, updates, adds and deletes lines, and deletes a segment; only its creator or a manager changes it", async () => {
    const t = await store.tenant();
    await create(t.user, { no: "SM010", description: "Team", contacts: ["CT101"] });
    const added = await api(t.user, "POST", "/segments/SM010/lines", { contacts: ["CT102", "CT101"] });
    expect(added.json().added.map((l: { contactNo: string }) => l.contactNo)).toEqual(["CT102"]);
    const patched = await api(t.user, "PATCH", "/segments/SM010", { description: "Fabrikam team" });
    expect(patched.json()).toMatchObject({ description: "Fabrikam team" });
    const colleague = await t.as("maria.ivanova@cronus.example");
    expect((await api(colleague, "DELETE", "/segments/SM010")).json().error.code).toBe(
      "STORE_NOT_ENTRY_OWNER",
    );
    expect((await api(t.user, "DELETE", "/segments/SM010/lines/10000")).statusCode).toBe(204);
    const lines = (await api(t.user, "GET", "/segments/SM010/lines")).json().items;
    expect(lines.map((l: { contactNo: string }) => l.contactNo)).toEqual(["CT102"]);
    expect((await api(t.user, "GET", "/segments")).json().items.map((s: { no: string }) => s.no)).toEqual([
      "SM010",
    ]);
    expect((await api(t.user, "DELETE", "/segments/SM010")).statusCode).toBe(204);
    expect((await api(t.user, "GET", "/segments/SM010")).statusCode).toBe(404);
  });

  it("logging to a segment writes one logged segment and one entry per line, skipping privacy-blocked and already-logged contacts and reporting each", async () => {
    const t = await store.tenant();
    await create(t.user, {
      no: "SM020",
      description: "Mailing",
      contacts: ["CT101", "CT102", "CT201", "CT204"],
    });
    await store.log(t.user, emailLog("<mailing@x>", { contacts: ["CT201"] }));
    const res = await logTo(t.user, "SM020", {
      templateCode: "BUS",
      description: "Autumn letter",
      source: {
        kind: "email",
        key: "<mailing@x>",
        subject: "Autumn letter",
        occurredAt: "2026-10-01T09:00:00.000Z",
      },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json() as LogSegmentResponse;
    expect(body.entries.map((e) => [e.contactNo, e.segmentNo, e.templateCode])).toEqual([
      ["CT101", "SM020", "BUS"],
      ["CT102", "SM020", "BUS"],
    ]);
    expect(body.skipped).toEqual([
      { contactNo: "CT201", reason: "already_logged" },
      { contactNo: "CT204", reason: "privacy_blocked" },
    ]);
    expect(body.loggedSegment).toMatchObject({ segmentNo: "SM020", entries: 2, canceled: false });
    const listed = (await api(t.user, "GET", "/logged-segments")).json().items as LoggedSegment[];
    expect(listed.map((l) => [l.id, l.entries])).toEqual([[body.loggedSegment?.id, 2]]);
    expect(await count(t.user, "CT101")).toBe(1);
  });

  it("a segment log needs an Idempotency-Key, and the same key replays instead of logging twice", async () => {
    const t = await store.tenant();
    await create(t.user, { no: "SM030", description: "Calls", contacts: ["CT101"] });
    const noKey = await api(t.user, "POST", "/segments/SM030/log", {
      templateCode: "OUTGOING",
      description: "Call",
    });
    expect(noKey.json().error.code).toBe("STORE_IDEMPOTENCY_KEY_REQUIRED");
    const key = randomUUID();
    const first = await logTo(t.user, "SM030", { templateCode: "OUTGOING", description: "Call" }, key);
    const again = await logTo(t.user, "SM030", { templateCode: "OUTGOING", description: "Call" }, key);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json()).toEqual(first.json());
    expect(await count(t.user, "CT101")).toBe(1);
  });

  it("canceling a logged segment cancels every entry of it, once", async () => {
    const t = await store.tenant();
    await create(t.user, { no: "SM040", description: "Visit", contacts: ["CT101", "CT102"] });
    const logged = (await logTo(t.user, "SM040", { templateCode: "BUS", description: "Letter" })).json();
    const url = `/logged-segments/${logged.loggedSegment.id}/cancel`;
    const res = await api(t.user, "POST", url);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ canceled: true, entries: 0 });
    expect(await count(t.user, "CT101")).toBe(0);
    expect(await count(t.user, "CT102")).toBe(0);
    expect((await api(t.user, "POST", url)).json().error.code).toBe("STORE_ALREADY_CANCELED");
  });

  it("a segment log is all or nothing under faults: a statement failing anywhere leaves no entry, logged item or logged segment", async () => {
    const t = await store.tenant();
    await create(t.user, {
      no: "SM050",
      description: "Faults",
      contacts: ["CT101", "CT102", "CT201", "CT301"],
    });
    let faulted = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 40 }), async (n) => {
        const before = (await api(t.user, "GET", "/logged-segments?segment=SM050")).json().items.length;
        faultIn = n;
        const res = await logTo(t.user, "SM050", { templateCode: "BUS", description: `Letter ${n}` });
        faultIn = undefined;
        const after = (await api(t.user, "GET", "/logged-segments?segment=SM050")).json()
          .items as LoggedSegment[];
        if (res.statusCode === 500) {
          faulted += 1;
          expect(after).toHaveLength(before);
        } else {
          expect(res.statusCode).toBe(201);
          expect(after).toHaveLength(before + 1);
          expect(after[0]?.entries).toBe(4);
        }
        // Every entry that exists belongs to a logged segment that exists: nothing half-written.
        const entries = after.reduce((sum, l) => sum + l.entries, 0);
        expect(await count(t.user, "CT101")).toBe(entries / 4);
      }),
      { numRuns: 15 },
    );
    expect(faulted).toBeGreaterThan(0);
  }, 120_000);

  it("canceling a logged segment leaves no active entry of it, whatever was logged and canceled before", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(["CT101", "CT102", "CT201", "CT301", "CT204"], { minLength: 1 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
        async (contacts, cancels) => {
          const t = await store.tenant();
          await create(t.user, { no: "SM060", description: "P", contacts });
          const ids: string[] = [];
          for (const [i, cancel] of cancels.entries()) {
            const res = await logTo(t.user, "SM060", { templateCode: "BUS", description: `L${i}` });
            const id = (res.json() as LogSegmentResponse).loggedSegment?.id;
            if (id !== undefined) ids.push(id);
            if (cancel && id !== undefined)
              expect((await api(t.user, "POST", `/logged-segments/${id}/cancel`)).statusCode).toBe(200);
          }
          const listed = (await api(t.user, "GET", "/logged-segments")).json().items as LoggedSegment[];
          for (const l of listed) if (l.canceled) expect(l.entries).toBe(0);
          const active = listed.filter((l) => !l.canceled).length;
          for (const no of contacts.filter((c) => c !== "CT204"))
            expect(await count(t.user, no)).toBe(active);
        },
      ),
      { numRuns: 8 },
    );
  }, 120_000);
});
