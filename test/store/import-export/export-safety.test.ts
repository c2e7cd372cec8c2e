import { parse } from "csv-parse/sync";
import { exportInteractions } from "../../../src/store/export/export-interactions";
import { dialects } from "../dialects";
import { useStore } from "../store-harness";

const at = "2026-11-20T10:00:00.000Z";
const logWith = (key: string, subject: string, extra: Record<string, unknown> = {}) => ({
  source: { kind: "email", key, subject, occurredAt: at },
  contacts: ["CT101"],
  ...extra,
});

describe.each(dialects())("a safe, consistent, resumable export on %s", (_name, dialect) => {
  const store = useStore(dialect);

  it("neutralises CSV cells that would start a formula, and leaves JSON as it was written", async () => {
    const t = await store.tenant();
    const hostile = ['=HYPERLINK("http://x","y")', "+1+2", "-2+3", "@SUM(A1)", "|calc", "\t=1", "\r=1"];
    for (const [i, subject] of hostile.entries()) {
      const res = await store.log(t.user, logWith(`<csv${i}@x>`, subject, { description: subject }));
      expect(res.statusCode).toBe(201);
    }
    const doc = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/document-events",
      payload: {
        eventKind: "sales_quote",
        documentType: "=cmd",
        documentNo: "@1",
        contactNo: "CT101",
        occurredAt: "2026-11-02T09:00:00.000Z",
      },
    });
    expect(doc.statusCode).toBe(201);
    const csv = (await store.call(t.admin, { method: "GET", url: "/api/v1/export?format=csv" })).body;
    const rows = parse(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    const json = JSON.parse(
      (await store.call(t.admin, { method: "GET", url: "/api/v1/export?format=json" })).body,
    ) as Array<Record<string, unknown>>;
    for (const cell of hostile) {
      expect(rows.some((r) => r.Subject === `'${cell}` && r.Description === `'${cell}`)).toBe(true);
      expect(json.some((r) => r.Subject === cell && r.Description === cell)).toBe(true);
    }
    const document = rows.find((r) => r["Document Type"] === "'=cmd");
    expect(document?.["Document No."]).toBe("'@1");
    expect(json.find((r) => r["Document Type"] === "=cmd")?.["Document No."]).toBe("@1");
    // No text cell of the CSV opens with a character a spreadsheet reads as a formula.
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@|\t\r]/);
  });

  it("is one snapshot: what commits while it runs is not in it, even on the pages it has not read yet", async () => {
    const t = await store.tenant();
    const entries: number[] = [];
    for (let i = 0; i < 5; i += 1)
      entries.push(
        (await store.log(t.user, logWith(`<snap${i}@x>`, `Snapshot ${i}`))).json().entries[0].entryNo,
      );
    const principal = {
      tenantId: t.tenant,
      userId: "admin@cronus.example",
      userName: "admin",
      roles: ["user" as const, "admin" as const],
    };
    let changed = false;
    let text = "";
    await exportInteractions(
      store.db,
      principal,
      { format: "json", after: 0, pageSize: 2 },
      async (chunk) => {
        text += chunk;
        if (!changed && chunk.includes("Snapshot 0")) {
          changed = true;
          // While the export is between pages: a new entry, and a change to one it has not reached.
          expect((await store.log(t.user, logWith("<late@x>", "Late"))).statusCode).toBe(201);
          expect(
            (await store.call(t.user, { method: "POST", url: `/api/v1/interactions/${entries[4]}/cancel` }))
              .statusCode,
          ).toBe(200);
        }
        return true;
      },
    );
    expect(changed).toBe(true);
    const rows = JSON.parse(text) as Array<Record<string, unknown>>;
    expect(rows.map((r) => r["Entry No."])).toEqual(entries);
    expect(rows.every((r) => r.Canceled === false)).toBe(true);
    expect(rows.map((r) => r.Subject)).not.toContain("Late");
  });

  it("resumes after the last entry number a broken download received", async () => {
    const t = await store.tenant();
    const entries: number[] = [];
    for (let i = 0; i < 4; i += 1)
      entries.push(
        (await store.log(t.user, logWith(`<res${i}@x>`, `Resume ${i}`))).json().entries[0].entryNo,
      );
    const rest = await store.call(t.admin, {
      method: "GET",
      url: `/api/v1/export?format=json&cursor=${entries[1]}`,
    });
    expect((JSON.parse(rest.body) as Array<Record<string, unknown>>).map((r) => r["Entry No."])).toEqual(
      entries.slice(2),
    );
    const csv = await store.call(t.admin, {
      method: "GET",
      url: `/api/v1/export?format=csv&cursor=${entries[3]}`,
    });
    expect(
      csv.body
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\n"),
    ).toHaveLength(1); // the header alone
    const bad = await store.call(t.admin, { method: "GET", url: "/api/v1/export?cursor=-1" });
    expect(bad.statusCode).toBe(400);
  });
});
