import type { StoreClientPort } from "../../../../src/addin/ports/store-client-port";
import { loadSalesLinks } from "../../../../src/addin/use-cases/sales-links";
import type { Opportunity, Todo } from "../../../../src/contracts";
import { fail, ok } from "../../../../src/domain/result";
import { createFakeStore } from "./fakes/fake-store";

const opportunity: Opportunity = {
  no: "OP000001",
  description: "Fleet renewal",
  contactNo: "CT000011",
  status: "in_progress",
  lastInteractionAt: "2026-11-01T10:00:00.000Z",
};

const todo = (no: string, dueDate: string): Todo => ({
  no,
  description: `Call back ${no}`,
  dueDate,
  contactNo: "CT000011",
  assignedTo: "alex",
  createdBy: "alex",
  createdAt: "2026-11-20T09:00:00.000Z",
  open: true,
});

/** The fake store holding one opportunity, with GET /todos answered by `todos`. */
function storeWith(todos: StoreClientPort["todos"]) {
  const asked: unknown[] = [];
  const fake = createFakeStore();
  fake.salesLinks.opportunities.push(opportunity);
  const store: StoreClientPort = {
    ...fake.store,
    todos: (query) => {
      asked.push(query);
      return todos(query);
    },
  };
  return { store, asked };
}

describe("the key sales info's next follow-up", () => {
  it("is the user's open follow-up with the preselected opportunity's contact that is due first", async () => {
    const { store, asked } = storeWith(async () =>
      ok({ items: [todo("TD000002", "2026-12-09"), todo("TD000001", "2026-12-03")] }),
    );
    const links = await loadSalesLinks({ store }, ["CT000011"], undefined);
    expect(links.ok && links.value.preselected?.nextFollowUp).toEqual({
      description: "Call back TD000001",
      dueDate: "2026-12-03",
    });
    expect(asked).toEqual([{ assignedTo: "me", contact: "CT000011", open: true }]);
  });

  it("is left out, and the opportunity still preselected, when the store cannot list follow-ups", async () => {
    const { store } = storeWith(async () =>
      fail({ code: "ADDIN_OFFLINE" as const, kind: "network" as const, message: "offline" }),
    );
    const links = await loadSalesLinks({ store }, ["CT000011"], undefined);
    expect(links.ok && links.value.preselected?.opportunity.no).toBe("OP000001");
    expect(links.ok && links.value.preselected).not.toHaveProperty("nextFollowUp");
  });
});
