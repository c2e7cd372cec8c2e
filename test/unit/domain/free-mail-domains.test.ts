import { isFreeMailDomain } from "../../../src/domain/free-mail-domains";

describe("isFreeMailDomain", () => {
  it.each([
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "hotmail.co.uk",
    "hotmail.fr",
    "live.com",
    "live.de",
    "yahoo.com",
    "yahoo.co.jp",
    "yahoo.com.au",
    "icloud.com",
    "me.com",
    "mail.ru",
    "yandex.ru",
    "yandex.com",
    "ya.ru",
    "bk.ru",
    "inbox.ru",
    "list.ru",
    "rambler.ru",
    "gmx.de",
    "gmx.net",
    "gmx.at",
    "web.de",
    "proton.me",
    "protonmail.com",
    "aol.com",
    "zoho.com",
    "qq.com",
    "163.com",
  ])("%s is free-mail", (domain) => {
    expect(isFreeMailDomain(domain)).toBe(true);
  });

  it.each([
    "cronus.example",
    "fabrikam.example",
    "contoso.example",
    "yahoo.example",
    "live.events.example",
    "gmailcom.example",
    "mygmail.com",
    "gmail.com.evil.example",
    "com",
    "",
  ])("%s is not free-mail", (domain) => {
    expect(isFreeMailDomain(domain)).toBe(false);
  });
});
