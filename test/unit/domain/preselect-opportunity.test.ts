import type { Opportunity } from "../../../src/contracts";
import { preselectOpportunity } from "../../../src/domain/preselect-opportunity";

const opp = (no: string, extra: Partial<Opportunity> = {}): Opportunity => ({
  no,
  description: `Opportunity ${no}`,
  contactNo: "CT000002",
  status: "in_progress",
  ...extra,
});

describe("preselectOpportunity", () => {
  it("takes the open opportunity the item's conversation was last logged to over a more recently active one", () => {
    const chosen = preselectOpportunity([
      opp("OP1", { lastInteractionAt: "2026-11-20T10:00:00.000Z" }),
      opp("OP2", {
        lastInteractionAt: "2026-11-01T10:00:00.000Z",
        conversationLoggedAt: "2026-11-01T10:00:00.000Z",
      }),
      opp("OP3", {
        lastInteractionAt: "2026-10-01T10:00:00.000Z",
        conversationLoggedAt: "2026-10-01T10:00:00.000Z",
      }),
    ]);
    expect(chosen?.no).toBe("OP2");
  });

  it("without a conversation link takes the most recently active open opportunity", () => {
    const chosen = preselectOpportunity([
      opp("OP1", { lastInteractionAt: "2026-11-02T10:00:00.000Z" }),
      opp("OP2", { lastInteractionAt: "2026-11-20T10:00:00.000Z", status: "not_started" }),
      opp("OP3"),
    ]);
    expect(chosen?.no).toBe("OP2");
  });

  it("never preselects a won or lost opportunity, even the conversation's own", () => {
    const chosen = preselectOpportunity([
      opp("OP1", { status: "won", conversationLoggedAt: "2026-11-20T10:00:00.000Z" }),
      opp("OP2", { lastInteractionAt: "2026-11-01T10:00:00.000Z" }),
    ]);
    expect(chosen?.no).toBe("OP2");
    expect(preselectOpportunity([opp("OP1", { status: "lost" })])).toBeUndefined();
  });

  it("with no activity anywhere falls back to the newest Creation Date, then to the lowest number", () => {
    expect(
      preselectOpportunity([
        opp("OP1", { creationDate: "2026-09-01" }),
        opp("OP2", { creationDate: "2026-10-01" }),
      ])?.no,
    ).toBe("OP2");
    expect(preselectOpportunity([opp("OP9"), opp("OP3")])?.no).toBe("OP3");
    expect(preselectOpportunity([])).toBeUndefined();
  });

  it("compares one opportunity's last logged entry with another's Creation Date and takes the later", () => {
    const chosen = preselectOpportunity([
      opp("OP1", { lastInteractionAt: "2026-11-01T09:00:00.000Z" }),
      opp("OP2", { creationDate: "2026-10-15" }),
    ]);
    expect(chosen?.no).toBe("OP1");
  });
});
