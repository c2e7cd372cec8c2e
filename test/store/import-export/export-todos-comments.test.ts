import { randomUUID } from "node:crypto";
import { parse } from "csv-parse/sync";
import type { InteractionEntry } from "../../../src/contracts";
import { dialects } from "../dialects";
import { emailLog, useStore, type Caller } from "../store-harness";

describe.each(dialects())("the export of to-do numbers and comment lines on %s", (_name, dialect) => {
  const store = useStore(dialect, { now: () => new Date("2026-11-20T10:00:00.000Z") });
  const post = (who: Caller, url: string, payload: object) =>
    store.call(who, {
      method: "POST",
      url: `/api/v1${url}`,
      payload,
      headers: { "idempotency-key": randomUUID() },
    });
  const download = async (who: Caller, query: string) =>
    (await store.call(who, { method: "GET", url: `/api/v1/export?${query}` })).body;

  it("exports each entry's To-do No. under Business Central's caption, and its comment lines in a file of their own, formula-safe", async () => {
    const t = await store.tenant();
    const [a, b] = (await store.log(t.user, emailLog("<x1@x>", { contacts: ["CT101", "CT102"] }))).json()
      .entries as InteractionEntry[];
    await post(t.user, "/todos", { description: "Quote", dueDate: "2026-11-30", entryNo: a!.entryNo });
    await post(t.user, `/interactions/${b!.entryNo}/comments`, { comment: "=HYPERLINK(1)" });
    await post(t.user, `/interactions/${a!.entryNo}/comments`, { comment: "First", date: "2026-11-19" });
    await post(t.user, `/interactions/${a!.entryNo}/comments`, { comment: "Second" });

    const entries = parse(await download(t.admin, "format=csv"), { bom: true, columns: true }) as Array<
      Record<string, string>
    >;
    expect(entries.map((r) => [r["Entry No."], r["To-do No."]])).toEqual([
      [String(a!.entryNo), "TD000001"],
      [String(b!.entryNo), ""],
    ]);

    const csv = parse(await download(t.admin, "format=csv&part=comments"), { bom: true, columns: true });
    expect(csv).toEqual([
      {
        "Entry No.": String(a!.entryNo),
        "Line No.": "10000",
        Date: "2026-11-19",
        Comment: "First",
        "User ID": t.user.user,
      },
      {
        "Entry No.": String(a!.entryNo),
        "Line No.": "20000",
        Date: "2026-11-20",
        Comment: "Second",
        "User ID": t.user.user,
      },
      {
        "Entry No.": String(b!.entryNo),
        "Line No.": "10000",
        Date: "2026-11-20",
        Comment: "'=HYPERLINK(1)",
        "User ID": t.user.user,
      },
    ]);
    const json = JSON.parse(await download(t.admin, "format=json&part=comments")) as Array<
      Record<string, unknown>
    >;
    expect(json.map((r) => r.Comment)).toEqual(["First", "Second", "=HYPERLINK(1)"]);
    const resumed = JSON.parse(await download(t.admin, `format=json&part=comments&cursor=${a!.entryNo}`));
    expect(resumed).toHaveLength(1);
    const asUser = await store.call(t.user, { method: "GET", url: "/api/v1/export?part=comments" });
    expect(asUser.statusCode).toBe(403);
  });
});
