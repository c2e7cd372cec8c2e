import type { Principal } from "../../../src/store/auth/principal";
import { DOCUMENT_EVENT_KINDS, EVENT_KINDS } from "../../../src/contracts";
import { recordDocumentEvent } from "../../../src/store/services/document-events";
import { matchContacts } from "../../../src/store/services/match-contacts";
import { demoContacts, seedDemo } from "../../../src/store/seed/seed-demo";
import { dialects, useMigratedDatabase } from "../dialects";

const alex: Principal = {
  tenantId: "dev",
  userId: "alex.rivera@cronus.example",
  userName: "Alex Rivera",
  roles: ["user"],
};

describe.each(dialects())("demo seed on %s", (_name, makeDialect) => {
  const store = useMigratedDatabase(makeDialect);

  it("writes the demo data once; a second run changes nothing", async () => {
    const first = await seedDemo(store.db);
    expect(first).toEqual({
      ok: true,
      value: {
        tenantId: "dev",
        groups: 7,
        templates: 36,
        templateSetup: 30,
        internalDomains: 1,
        neverLog: 1,
        userSetup: 2,
        contacts: demoContacts().length,
        opportunities: 6,
        campaigns: 3,
        existingContacts: 0,
      },
    });
    const second = await seedDemo(store.db);
    expect(second).toEqual({
      ok: true,
      value: {
        tenantId: "dev",
        groups: 0,
        templates: 0,
        templateSetup: 0,
        internalDomains: 0,
        neverLog: 0,
        userSetup: 0,
        contacts: 0,
        opportunities: 0,
        campaigns: 0,
        existingContacts: demoContacts().length,
      },
    });
  }, 60_000);

  it("has a few hundred contacts with unique numbers", () => {
    const nos = demoContacts().map((c) => c.no);
    expect(nos.length).toBeGreaterThanOrEqual(200);
    expect(new Set(nos).size).toBe(nos.length);
  });

  it("seeds Business Central's templates with their exact defaults", async () => {
    const templates = await store.db.repositories.referenceData.templates("dev");
    const byCode = new Map(templates.map((t) => [t.code, t]));
    expect(byCode.get("ONSITE")).toMatchObject({
      groupCode: "MEETING",
      unitCostLcy: 45,
      unitDurationMin: 180,
    });
    expect(byCode.get("INCOME")).toMatchObject({
      informationFlow: "inbound",
      initiatedBy: "them",
      unitCostLcy: 0,
    });
    expect(byCode.get("ABSTRACT")).toMatchObject({ unitDurationMin: 90, initiatedBy: "none" });
    expect(await store.db.repositories.referenceData.templateCodeForEvent("dev", "meeting_invitation")).toBe(
      "MEETINV",
    );
    expect(
      await store.db.repositories.referenceData.templateCodeForEvent("dev", "purchase_return_shipment"),
    ).toBe("P_RT_SHIP");
  });

  it("template setup names a seeded, unblocked template for every event kind, service documents too", async () => {
    const [setup, templates] = await Promise.all([
      store.db.repositories.referenceData.setup("dev"),
      store.db.repositories.referenceData.templates("dev"),
    ]);
    const byCode = new Map(templates.map((t) => [t.code, t]));
    expect(setup.map((row) => row.eventKind).sort()).toEqual([...EVENT_KINDS].sort());
    for (const row of setup) {
      expect(row.templateCode === null ? undefined : byCode.get(row.templateCode)?.blocked).toBe(false);
    }
    expect(byCode.get("SV_QUOTE")).toMatchObject({ groupCode: "SERVICE", description: "Service Quote" });
  });

  it.each(DOCUMENT_EVENT_KINDS)(
    "a %s document event on the seeded tenant records an entry",
    async (eventKind) => {
      const recorded = await store.db.transaction((repos) =>
        recordDocumentEvent(
          repos,
          { ...alex, tenantId: "dev" },
          {
            eventKind,
            documentType: eventKind,
            documentNo: "D-1",
            contactNo: "CT000001",
            occurredAt: "2026-09-01T12:00:00.000Z",
          },
        ),
      );
      expect(recorded.ok && recorded.value.entries[0]?.occurredAt).toBe("2026-09-01T12:00:00.000Z");
    },
  );

  it.each([
    ["anna.petrova@fabrikam.example", "email", ["Анна Петрова"]],
    ["john.smith@fabrikam.example", "email", ["John Smith"]],
    ["lisa.chen@contoso.example", "email", ["Lisa Chen"]],
    ["sales@contoso.example", "ambiguous", ["Mark Jensen", "Sofia Rossi"]],
    ["private.person@contoso.example", "excluded", ["Private Person"]],
    ["ivan.sidorov@gmail.com", "alternate", ["Иван Сидоров"]],
    ["someone@adatum.example", "domain", ["Adatum"]],
    ["news@newsletter.example", "excluded", []],
    ["maria.ivanova@cronus.example", "internal", []],
    ["new.person@northwind.example", "none", []],
  ])("the demo anchor %s matches as %s", async (address, kind, names) => {
    const { results } = await matchContacts(store.db.repositories, alex, [address]);
    expect(results[0]?.kind).toBe(kind);
    expect(results[0]?.contacts.map((c) => c.name).sort()).toEqual(names);
  });
});
