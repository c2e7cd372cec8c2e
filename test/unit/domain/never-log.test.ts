import { isNeverLogged, NO_NEVER_LOG } from "../../../src/domain/never-log";

const rules = {
  addresses: new Set(["ceo@fabrikam.example", "friend@gmail.com"]),
  domains: new Set(["newsletter.example", "family.example"]),
};

describe("never-log matching", () => {
  it.each([
    ["ceo@fabrikam.example", true],
    ["anna.petrova@fabrikam.example", false],
    ["news@newsletter.example", true],
    ["news@mail.newsletter.example", true],
    ["news@newsletter.example.evil.example", false],
    ["news@notnewsletter.example", false],
    ["friend@gmail.com", true],
    ["aunt@family.example", true],
  ])("%s never logged: %s", (address, expected) => {
    expect(isNeverLogged(address, rules)).toBe(expected);
  });

  it("has nothing on an empty list", () => {
    expect(isNeverLogged("ceo@fabrikam.example", NO_NEVER_LOG)).toBe(false);
  });
});
