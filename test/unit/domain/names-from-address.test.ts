import fc from "fast-check";
import { companyNameFromDomain, personNameFromAddress } from "../../../src/domain/names-from-address";

describe("a person's name from their address", () => {
  it.each([
    ["john.smith@fabrikam.example", "John Smith"],
    ["anna_petrova@fabrikam.example", "Anna Petrova"],
    ["mary-jane.watson@x.test", "Mary Jane Watson"],
    ["john.smith+crm@fabrikam.example", "John Smith"],
    ["guest07@partners1.example", "Guest07"],
    ["jsmith@contoso.example", "Jsmith"],
    ["иван.сидоров@пример.рф", "Иван Сидоров"],
    ['"john doe"@example.org', "John Doe"],
    ["@nobody.example", ""],
  ])("%s → %s", (address, name) => {
    expect(personNameFromAddress(address)).toBe(name);
  });

  it("never throws, and gives no empty words or outer spaces", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (address) => {
        const name = personNameFromAddress(address);
        expect(name).toBe(name.trim());
        expect(name).not.toMatch(/ {2}/);
      }),
    );
  });
});

describe("a company's name from its mail domain", () => {
  it.each([
    ["fabrikam.example", "Fabrikam"],
    ["roga-kopyta.example", "Roga Kopyta"],
    ["mail.roga-kopyta.example", "Roga Kopyta"],
    ["partners1.example", "Partners1"],
    ["fabrikam.co.uk", "Fabrikam"],
    ["sales.contoso.com.au", "Contoso"],
    ["xn--e1afmkfd.xn--p1ai", "Пример"],
    ["FABRIKAM.EXAMPLE", "Fabrikam"],
  ])("%s → %s", (domain, name) => {
    expect(companyNameFromDomain(domain)).toBe(name);
  });

  it.each(["gmail.com", "yandex.ru", "mail.ru", "outlook.com", "localhost", ""])(
    "%s names no company",
    (domain) => {
      expect(companyNameFromDomain(domain)).toBeUndefined();
    },
  );

  it("never throws on any text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (domain) => void companyNameFromDomain(domain)));
  });
});
