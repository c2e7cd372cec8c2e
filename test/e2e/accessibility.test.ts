import type { Route } from "playwright-core";
import { ALEX, harnessPerTest, openFile, type HarnessSession } from "./harness-browser";
import { paneViolations, uniqueEmail } from "./pane-checks";

jest.setTimeout(180_000);

const harness = harnessPerTest();

/** What each view of the pane is called in each language (the pane's own words). */
const WORDS = {
  "en-US": {
    log: "Log",
    history: "History",
    settings: "Settings",
    submit: "Log interaction",
    createContact: /^Create contact/,
    cancel: "Cancel",
    fix: /^Fix: /,
    showThem: "Show them",
    createAll: /^Create \d+ contacts$/,
    cancelLogging: "Cancel logging",
    neverLog: "Never log",
    attention: /needs attention/,
  },
  "ru-RU": {
    log: "Запись",
    history: "История",
    settings: "Настройки",
    submit: "Записать взаимодействие",
    createContact: /^Создать контакт/,
    cancel: "Отмена",
    fix: /^Исправить: /,
    showThem: "Показать",
    createAll: /^Создать \d+ контакт/,
    cancelLogging: "Отменить запись",
    neverLog: "Не записывать",
    attention: /требует внимания/,
  },
} as const;

/** Answers every log with a refusal, as a store would a template blocked meanwhile. */
const refuse = (route: Route) =>
  route.request().method() === "POST"
    ? route.fulfill({
        status: 422,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "STORE_TEMPLATE_BLOCKED", message: "blocked" } }),
      })
    : route.continue();

describe.each([
  ["en-US", "light"],
  ["en-US", "dark"],
  ["ru-RU", "light"],
  ["ru-RU", "dark"],
] as const)("axe finds nothing in the pane (%s, %s theme)", (lang, theme) => {
  const words = WORDS[lang];
  let session: HarnessSession;
  const seen: Record<string, string[]> = {};
  /** Runs axe on the pane as it is now, under a name for the report. */
  const check = async (state: string) => {
    seen[state] = await paneViolations(session);
  };

  it("on every view: the Log form and its states, its forms and lists, History and Settings", async () => {
    session = await harness.open({ item: "meeting-40", lang, theme });
    const pane = session.pane;
    const button = (name: string | RegExp) => pane.getByRole("button", { name }).first();

    // A large meeting: contacts, a company, colleagues and the folded group of unknown guests.
    await button(words.submit).waitFor({ timeout: 20_000 });
    await check("large meeting");
    await button(words.showThem).click();
    await check("unknown guests shown");
    await button(words.createAll).click();
    await pane.getByRole("form").first().waitFor();
    await check("bulk contact form");

    // An email of its own: a contact, an ambiguous address, a stranger.
    const mail = uniqueEmail(`a11y-${lang}-${theme}`, {
      from: `Alex Rivera <${ALEX}>`,
      to: ["Anna Petrova <anna.petrova@fabrikam.example>", "Contoso Sales <sales@contoso.example>"],
      cc: ["A Stranger <a.stranger@northwind.example>"],
    });
    await openFile(session.page, mail.file);
    await pane.getByRole("combobox", { name: /sales@contoso\.example/ }).waitFor({ timeout: 20_000 });
    await check("ambiguous and unknown participants");
    await button(words.createContact).click();
    await pane.getByRole("form").first().waitFor();
    await check("new contact form");
    await button(words.cancel).click();

    // Refused by the store: a dead letter, then its Fix editor.
    await pane.getByRole("combobox", { name: /sales@contoso\.example/ }).selectOption({ index: 1 });
    await session.context.route("**/api/v1/interactions", refuse);
    await button(words.submit).click();
    await pane.getByRole("status").filter({ hasText: words.attention }).waitFor({ timeout: 20_000 });
    await check("a log that needs attention");
    await button(words.fix).click();
    await pane.getByRole("form").first().waitFor();
    await check("fix editor");

    // Sent again, now accepted: the already-logged banner and its confirmation.
    await session.context.unroute("**/api/v1/interactions", refuse);
    await pane.getByRole("form").first().getByRole("button").first().click();
    await button(words.cancelLogging).waitFor({ timeout: 20_000 });
    await check("already logged");
    await button(words.cancelLogging).click();
    await check("cancel confirmation");

    await pane.getByRole("tab", { name: words.history }).click();
    await pane.getByRole("figure").waitFor({ timeout: 20_000 });
    await check("history");

    await pane.getByRole("tab", { name: words.settings }).click();
    const field = pane.getByRole("textbox", { name: words.neverLog });
    await field.fill("not a domain");
    await field.press("Enter");
    await check("settings with a field error");

    expect(seen).toEqual(Object.fromEntries(Object.keys(seen).map((state) => [state, []])));
    expect(session.pageErrors).toEqual([]);
  });
});
