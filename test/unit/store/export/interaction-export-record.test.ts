import type { InteractionEntry } from "../../../../src/contracts";
import {
  INTERACTION_EXPORT_FIELDS,
  toInteractionExportRecord,
} from "../../../../src/store/export/interaction-export-record";
import { writeInteractionExport } from "../../../../src/store/export/write-interaction-export";

const entry: InteractionEntry = {
  entryNo: 42,
  loggedItemId: "li-1",
  contactNo: "CT000002",
  contactCompanyNo: "CT000001",
  templateCode: "EMAIL",
  groupCode: "SYSTEM",
  description: "Quarterly review",
  subject: 'Quarterly review, "Q4"',
  occurredAt: "2026-11-20T10:05:09.000Z",
  informationFlow: "outbound",
  initiatedBy: "us",
  costLcy: 8,
  durationMin: 1,
  evaluation: "very_positive",
  attemptFailed: false,
  correspondenceType: "email",
  userId: "alex.rivera@cronus.example",
  sourceKind: "email",
  sourceKey: "<abc@cronus.example>",
  emailLogged: true,
  postponed: false,
  canceled: true,
  createdAt: "2026-11-20T10:06:00.000Z",
};

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

async function* pages(...list: InteractionEntry[][]) {
  yield* list;
}

describe("interaction export", () => {
  it("maps an entry to Business Central's captions and option values", () => {
    expect(toInteractionExportRecord(entry)).toMatchObject({
      "Entry No.": 42,
      "Contact No.": "CT000002",
      "Contact Company No.": "CT000001",
      Date: "2026-11-20",
      "Time of Interaction": "10:05:09",
      "Information Flow": "Outbound",
      "Initiated By": "Us",
      "Cost (LCY)": 8,
      "Duration (Min.)": 1,
      "Interaction Group Code": "SYSTEM",
      "Interaction Template Code": "EMAIL",
      Evaluation: "Very Positive",
      "Correspondence Type": "Email",
      "E-Mail Logged": true,
      Canceled: true,
      "Salesperson Code": "",
      "Document No.": "",
    });
  });

  it("carries Opportunity No., Campaign No., Campaign Target and Campaign Response under Business Central's captions", () => {
    const linked = { ...entry, opportunityNo: "OP001", campaignNo: "CP1001", campaignTarget: true };
    expect(toInteractionExportRecord(linked)).toMatchObject({
      "Opportunity No.": "OP001",
      "Campaign No.": "CP1001",
      "Campaign Target": true,
      "Campaign Response": false,
    });
    expect(INTERACTION_EXPORT_FIELDS.slice(21, 25)).toEqual([
      "Opportunity No.",
      "Campaign No.",
      "Campaign Target",
      "Campaign Response",
    ]);
  });

  it("leaves blank options blank", () => {
    const record = toInteractionExportRecord({
      ...entry,
      informationFlow: "none",
      initiatedBy: "none",
      evaluation: "none",
      correspondenceType: "none",
    });
    expect([
      record["Information Flow"],
      record["Initiated By"],
      record.Evaluation,
      record["Correspondence Type"],
    ]).toEqual(["", "", "", ""]);
  });

  it("writes CSV with the header row, quoted text and Yes/No flags", async () => {
    const text = await collect(writeInteractionExport(pages([entry], [{ ...entry, entryNo: 43 }]), "csv"));
    const lines = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\n");
    expect(lines[0]).toBe(INTERACTION_EXPORT_FIELDS.map((f) => (f.includes(",") ? `"${f}"` : f)).join(","));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('"Quarterly review, ""Q4"""');
    expect(lines[1]).toMatch(/^42,CT000002,CT000001,2026-11-20,10:05:09,/);
    expect(lines[2]).toMatch(/^43,/);
    // Attempt Failed, Canceled, E-Mail Logged, Postponed, Campaign Target, Campaign Response.
    expect(lines[1]?.split(",").filter((cell) => cell === "Yes" || cell === "No")).toEqual([
      "No",
      "Yes",
      "Yes",
      "No",
      "No",
      "No",
    ]);
  });

  it("writes a JSON array of records, empty when there are no entries", async () => {
    const json = JSON.parse(await collect(writeInteractionExport(pages([entry]), "json"))) as unknown[];
    expect(json).toEqual([toInteractionExportRecord(entry)]);
    expect(JSON.parse(await collect(writeInteractionExport(pages(), "json")))).toEqual([]);
  });
});
