import { addAddressToContact, lookAlikeContacts } from "../../../../src/addin/use-cases/log-to-anyone";
import { createFakeStore, DEMO } from "./fakes/fake-store";

describe("lookAlikeContacts", () => {
  it("finds Анна Петрова for a Latin-script display name, through the store's search", async () => {
    const { store, calls } = createFakeStore();
    const found = await lookAlikeContacts({ store }, "Anna Petrova");
    expect(found.ok && found.value.map((c) => c.no)).toEqual([DEMO.anna.no]);
    expect(calls.every((call) => call.method === "searchContacts")).toBe(true);
  });

  it("is accent- and word-order-blind: 'Petrová, Anna' resembles Анна Петрова", async () => {
    const { store } = createFakeStore();
    const found = await lookAlikeContacts({ store }, "Petrová, Anna");
    expect(found.ok && found.value.map((c) => c.name)).toEqual(["Анна Петрова"]);
  });

  it("a Cyrillic display name finds a Latin-script contact", async () => {
    const { store } = createFakeStore();
    const found = await lookAlikeContacts({ store }, "Лиза Чен");
    expect(found.ok && found.value.map((c) => c.no)).toEqual([DEMO.lisa.no]);
  });

  it("offers nobody for a name like no contact's, and never a company", async () => {
    const { store } = createFakeStore();
    expect(await lookAlikeContacts({ store }, "Zebulon Quartermaine")).toEqual({ ok: true, value: [] });
    expect(await lookAlikeContacts({ store }, "Contoso")).toEqual({ ok: true, value: [] });
  });

  it("a display name with no word to search asks the store nothing", async () => {
    const { store, calls } = createFakeStore();
    expect(await lookAlikeContacts({ store }, "  ")).toEqual({ ok: true, value: [] });
    expect(calls).toEqual([]);
  });

  it("the store out of reach is the store's coded failure", async () => {
    const fake = createFakeStore();
    fake.failWith({ code: "ADDIN_OFFLINE", kind: "network", message: "offline" });
    const found = await lookAlikeContacts({ store: fake.store }, "Anna Petrova");
    expect(!found.ok && found.error.code).toBe("ADDIN_OFFLINE");
  });
});

describe("addAddressToContact", () => {
  it("adds the address as the contact's alternate address, keeping the ones it had, with the form's key", async () => {
    const { store, calls } = createFakeStore();
    await addAddressToContact({ store }, DEMO.anna.no, "anna.p@gmail.example", "key-1");
    const changed = await addAddressToContact({ store }, DEMO.anna.no, "Anna.Petrova@Mail.example", "key-2");
    expect(changed.ok && changed.value.alternateEmails).toEqual([
      "anna.p@gmail.example",
      "anna.petrova@mail.example",
    ]);
    const updates = calls.filter((call) => call.method === "updateContact");
    expect(updates.map((call) => call.args[2])).toEqual(["key-1", "key-2"]);
  });

  it("the address now matches her: the participant is matched through the alternate address", async () => {
    const { store } = createFakeStore();
    await addAddressToContact({ store }, DEMO.anna.no, "anna.p@gmail.example", "key-1");
    const match = await store.matchContacts(["anna.p@gmail.example"]);
    expect(match.ok && match.value.results[0]).toMatchObject({
      kind: "alternate",
      contacts: [{ no: DEMO.anna.no }],
    });
  });

  it("an address the contact already has changes nothing", async () => {
    const { store, calls } = createFakeStore();
    const same = await addAddressToContact({ store }, DEMO.anna.no, "ANNA.PETROVA@fabrikam.example", "key-1");
    expect(same.ok && same.value.no).toBe(DEMO.anna.no);
    expect(calls.some((call) => call.method === "updateContact")).toBe(false);
  });

  it("refuses what is not an address, asking the store nothing", async () => {
    const { store, calls } = createFakeStore();
    const result = await addAddressToContact({ store }, DEMO.anna.no, "not an address", "key-1");
    expect(!result.ok && result.error.code).toBe("ADDIN_INVALID_EMAIL");
    expect(calls).toEqual([]);
  });
});
