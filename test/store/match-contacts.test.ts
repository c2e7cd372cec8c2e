import { ok } from "../../src/domain/result";
import { dialects } from "./dialects";
import { useStore } from "./store-harness";

describe.each(dialects())("POST /contacts/match on %s", (_name, dialect) => {
  const store = useStore(dialect);

  const match = async (addresses: string[], as?: "second-user") => {
    const t = await store.tenant();
    const who = as === "second-user" ? await t.as("maria.ivanova@cronus.example") : t.user;
    const res = await store.call(who, {
      method: "POST",
      url: "/api/v1/contacts/match",
      payload: { addresses },
    });
    expect(res.statusCode).toBe(200);
    return res.json().results as Array<{
      address: string;
      kind: string;
      contacts: Array<{ no: string }>;
      excludedReason?: string;
    }>;
  };

  it.each([
    ["anna.petrova@fabrikam.example", "email", ["CT101"]],
    ["  Anna.Petrova@FABRIKAM.example ", "email", ["CT101"]],
    ["Anna Petrova <anna.petrova@fabrikam.example>", "email", ["CT101"]],
    ["ivan.sidorov@gmail.com", "alternate", ["CT301"]],
    ["IVAN.SIDOROV@GMAIL.COM", "alternate", ["CT301"]],
    ["pyotr@пример.example", "email", ["CT500"]],
    ["someone@adatum.example", "domain", ["CT400"]],
    ["new.person@fabrikam.example", "domain", ["CT100"]],
    ["somebody.else@gmail.com", "none", []],
    ["sales@contoso.example", "ambiguous", ["CT202", "CT203"]],
    ["alex.rivera@cronus.example", "internal", []],
    ["someone@eu.cronus.example", "internal", []],
    ["news@newsletter.example", "excluded", []],
    ["news@mail.newsletter.example", "excluded", []],
    ["private.person@contoso.example", "excluded", ["CT204"]],
    ["new.person@northwind.example", "none", []],
    ["not an address", "none", []],
  ])("%s matches as %s", async (address, kind, nos) => {
    const [result] = await match([address]);
    expect(result?.kind).toBe(kind);
    expect(result?.contacts.map((c) => c.no)).toEqual(nos);
  });

  it("answers every address of a batch in order, each with its own kind", async () => {
    const results = await match([
      "lisa.chen@contoso.example",
      "x@newsletter.example",
      "sales@contoso.example",
    ]);
    expect(results.map((r) => r.kind)).toEqual(["email", "excluded", "ambiguous"]);
    expect(results[1]?.excludedReason).toBe("never_log");
  });

  it("a free-mail domain never matches a company, even if a company claims it", async () => {
    const t = await store.tenant();
    await store.db.transaction(async (repos) =>
      ok(
        await repos.contacts.insert(t.tenant, {
          no: "CT900",
          type: "company",
          name: "Gmail Lovers",
          alternateEmails: [],
          domains: ["gmail.com"],
          privacyBlocked: false,
        }),
      ),
    );
    const res = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts/match",
      payload: { addresses: ["who@gmail.com"] },
    });
    expect(res.json().results[0].kind).toBe("none");
  });

  it("a user's own never-log entry excludes only for that user", async () => {
    const t = await store.tenant();
    const added = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/never-log",
      payload: { value: "John.Smith@Fabrikam.example", kind: "address", scope: "user" },
    });
    expect(added.statusCode).toBe(201);
    const mine = await store.call(t.user, {
      method: "POST",
      url: "/api/v1/contacts/match",
      payload: { addresses: ["john.smith@fabrikam.example"] },
    });
    expect(mine.json().results[0].kind).toBe("excluded");
    const maria = await t.as("maria.ivanova@cronus.example");
    const theirs = await store.call(maria, {
      method: "POST",
      url: "/api/v1/contacts/match",
      payload: { addresses: ["john.smith@fabrikam.example"] },
    });
    expect(theirs.json().results[0].kind).toBe("email");
  });
});
