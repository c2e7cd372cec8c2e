import { randomUUID } from "node:crypto";
import type { StoreClientPort } from "../../src/addin/ports/store-client-port";
import type { CreateContactRequest, LogInteractionRequest } from "../../src/contracts";

/**
 * What the add-in's use-cases rely on from the store, asserted the same way against the in-memory fake
 * (test/unit/addin/use-cases/fakes) and the real store over HTTP (test/store): a fake that drifts from
 * the store fails here. Each test makes its own contacts under a domain of its own.
 */
export function storeClientContract(name: string, open: () => Promise<StoreClientPort>): void {
  describe(`the store client contract: ${name}`, () => {
    let store: StoreClientPort;
    let domain: string;
    beforeEach(async () => {
      store = await open();
      domain = `c${randomUUID().slice(0, 8)}.contract.example`;
    });

    const created = async (request: CreateContactRequest) => {
      const made = await store.createContact(request, randomUUID());
      if (!made.ok) throw new Error(`createContact: ${made.error.code}`);
      return made.value;
    };
    const company = () => created({ type: "company", name: `Company ${domain}`, domains: [domain] });
    const person = (local: string, extra: Partial<CreateContactRequest> = {}) =>
      created({ type: "person", name: `Person ${local}`, email: `${local}@${domain}`, ...extra });
    const match = async (address: string) => {
      const answer = await store.matchContacts([address]);
      if (!answer.ok) throw new Error(`matchContacts: ${answer.error.code}`);
      return answer.value.results[0];
    };
    const emailLog = (participants: string[]): LogInteractionRequest => ({
      source: {
        kind: "email",
        key: `<${randomUUID()}@contract.example>`,
        subject: "Contract",
        occurredAt: "2026-11-20T10:00:00.000Z",
      },
      participants: participants.map((email) => ({ email, role: "to" as const })),
    });

    it("matches a contact's primary address, case aside, as `email` with that contact", async () => {
      const anna = await person("anna");
      const found = await match(`ANNA@${domain.toUpperCase()}`);
      expect(found).toMatchObject({ kind: "email", normalized: `anna@${domain}` });
      expect(found?.contacts.map((c) => c.no)).toEqual([anna.no]);
    });

    it("matches an unknown person at a company's domain as `domain` with the company", async () => {
      const owner = await company();
      const found = await match(`someone@${domain}`);
      expect(found?.kind).toBe("domain");
      expect(found?.contacts.map((c) => c.no)).toEqual([owner.no]);
    });

    it("matches an address two contacts share as `ambiguous` with both, by number", async () => {
      const first = await person("shared");
      const second = await person("shared", { allowDuplicate: true });
      const found = await match(`shared@${domain}`);
      expect(found?.kind).toBe("ambiguous");
      expect(found?.contacts.map((c) => c.no)).toEqual([first.no, second.no].sort());
    });

    it("matches an address nobody has, at a domain nobody owns, as `none`", async () => {
      expect(await match(`nobody@${domain}`)).toMatchObject({ kind: "none", contacts: [] });
    });

    it("excludes an address on the never-log list until the entry is removed", async () => {
      const anna = await person("anna");
      const added = await store.addNeverLog({ kind: "address", value: `anna@${domain}`, scope: "user" });
      if (!added.ok || added.value.id === undefined) throw new Error("addNeverLog");
      expect(await match(`anna@${domain}`)).toMatchObject({ kind: "excluded", excludedReason: "never_log" });
      expect((await store.removeNeverLog(added.value.id)).ok).toBe(true);
      const again = await match(`anna@${domain}`);
      expect(again?.kind).toBe("email");
      expect(again?.contacts.map((c) => c.no)).toEqual([anna.no]);
    });

    it("logs by participants to exact matches only, and says why each other one was skipped", async () => {
      const anna = await person("anna");
      await company();
      const logged = await store.logInteraction(
        emailLog([`anna@${domain}`, `someone@${domain}`, `nobody@elsewhere.${domain}`]),
        randomUUID(),
      );
      if (!logged.ok) throw new Error(`logInteraction: ${logged.error.code}`);
      expect(logged.value.entries.map((e) => e.contactNo)).toEqual([anna.no]);
      expect(logged.value.skipped).toEqual([
        { address: `someone@${domain}`, reason: "domain" },
        { address: `nobody@elsewhere.${domain}`, reason: "none" },
      ]);
      expect(logged.value.unmatched).toEqual([`someone@${domain}`, `nobody@elsewhere.${domain}`]);
      expect(logged.value.excluded).toEqual([]);
    });

    it("refuses a log whose participants match nobody with STORE_NO_CONTACTS and the skipped list", async () => {
      const refused = await store.logInteraction(emailLog([`nobody@${domain}`]), randomUUID());
      expect(refused.ok).toBe(false);
      if (refused.ok) return;
      expect(refused.error).toMatchObject({
        code: "STORE_NO_CONTACTS",
        kind: "rejected",
        status: 422,
        details: { skipped: [{ address: `nobody@${domain}`, reason: "none" }] },
      });
    });

    it("cancels a logged entry through an entry action and answers it canceled", async () => {
      await person("anna");
      const logged = await store.logInteraction(emailLog([`anna@${domain}`]), randomUUID());
      const entry = logged.ok ? logged.value.entries[0] : undefined;
      if (entry === undefined) throw new Error("nothing logged");
      const canceled = await store.entryAction({ kind: "cancel", entryNo: entry.entryNo }, randomUUID());
      expect(canceled.ok ? "ok" : canceled.error).toBe("ok");
      expect(canceled.ok && canceled.value).toMatchObject({ entryNo: entry.entryNo, canceled: true });
    });
  });
}
