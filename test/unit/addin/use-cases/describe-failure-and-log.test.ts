import type { LogInteractionResponse } from "../../../../src/contracts";
import { createTranslator } from "../../../../src/addin/i18n/create-translator";
import { describeLog, nobodyLoggedReason, NOTICE_MAX } from "../../../../src/addin/use-cases/describe-log";
import { failureText } from "../../../../src/addin/use-cases/failure-text";
import { logStatusText, refusalText } from "../../../../src/addin/use-cases/log-status";

const en = createTranslator("en-US");
const ru = createTranslator("ru-RU");
const CODE_TEXT = /\b(ADDIN|STORE)_[A-Z_]+\b/;

const entry = (contactNo: string, contactName?: string) =>
  ({ contactNo, ...(contactName ? { contactName } : {}), templateCode: "EMAIL" }) as never;
const answer = (over: Partial<LogInteractionResponse>): LogInteractionResponse => ({
  entries: [],
  alreadyLogged: [],
  unmatched: [],
  excluded: [],
  ...over,
});

describe("failureText", () => {
  it.each([
    [
      "a known code: its sentence",
      { code: "STORE_TEMPLATE_BLOCKED" },
      "The interaction template is blocked. Use Fix to choose another one.",
    ],
    [
      "an unknown code with the store's words: those words",
      { code: "ADDIN_HTTP_ERROR", storeMessage: "The contact belongs to another salesperson." },
      "The contact belongs to another salesperson.",
    ],
    [
      "ADDIN_HTTP_ERROR without the store's words: its own sentence",
      { code: "ADDIN_HTTP_ERROR" },
      "The store gave an answer Touchpoint does not understand. Try again later, or tell your administrator.",
    ],
    [
      "a code from nowhere: that something unexpected went wrong",
      { code: "STORE_FROM_A_NEWER_STORE" },
      "Something unexpected went wrong. Try again; if it keeps happening, reopen Outlook.",
    ],
    [
      "the store's words that carry a code: never shown",
      { code: "ADDIN_HTTP_ERROR", storeMessage: "error STORE_OVERLOADED" },
      "The store gave an answer Touchpoint does not understand. Try again later, or tell your administrator.",
    ],
  ])("%s", (_name, failure, text) => {
    expect(failureText(en, failure)).toBe(text);
  });
});

describe("describeLog", () => {
  it("names who it logged to, with the template the store names, and who needs a choice", () => {
    const text = describeLog(
      answer({
        entries: [entry("CT21", "Lisa Chen")],
        unmatched: ["sales@contoso.example"],
        skipped: [{ address: "sales@contoso.example", reason: "ambiguous" }],
        template: { code: "EMAIL", description: "Emails" },
      }),
      en,
    );
    expect(text).toBe(
      "Logged to Lisa Chen as Emails; sales@contoso.example needs a choice — open Touchpoint",
    );
  });

  it("says why each skipped person was skipped, in Russian too, with an internationalised domain in Unicode", () => {
    const response = answer({
      entries: [entry("CT11", "Анна Петрова")],
      skipped: [
        { address: "ivan@xn--e1afmkfd.xn--p1ai", reason: "none" },
        { address: "digest@newsletter.example", reason: "never_log" },
      ],
      template: { code: "EMAIL", description: "Электронная почта" },
    });
    expect(describeLog(response, ru)).toBe(
      "Записано для: Анна Петрова, как «Электронная почта»; ivan@пример.рф — не контакт; digest@newsletter.example — не записывается — откройте Touchpoint",
    );
  });

  it("says who had it already, when some were logged before", () => {
    const text = describeLog(
      answer({
        entries: [entry("CT12", "John Smith")],
        alreadyLogged: [
          {
            contactNo: "Анна Петрова",
            entryNo: 3,
            loggedBy: "maria",
            loggedByName: "Мария Иванова",
            loggedAt: "2026-11-20T11:00:00Z",
          },
        ],
        template: { code: "EMAIL", description: "Emails" },
      }),
      en,
    );
    expect(text).toBe("Logged to John Smith as Emails; already logged for Анна Петрова by Мария Иванова");
  });

  it("an answer stored before reasons existed still says what it skipped", () => {
    const text = describeLog(answer({ entries: [entry("CT1", "Anna")], unmatched: ["x@y.example"] }), en, {
      templateName: () => "Emails",
    });
    expect(text).toBe("Logged to Anna as Emails; x@y.example is not a contact — open Touchpoint");
  });

  it("never passes Outlook's limit, and never shows a code", () => {
    const many = answer({
      entries: Array.from({ length: 40 }, (_, n) => entry(`CT${n}`, `Партнёр с очень длинным именем ${n}`)),
      skipped: Array.from({ length: 30 }, (_, n) => ({
        address: `guest${n}@partners.example`,
        reason: "ambiguous" as const,
      })),
      template: { code: "EMAIL", description: "Emails" },
    });
    for (const translator of [en, ru]) {
      const text = describeLog(many, translator);
      expect(text.length).toBeLessThanOrEqual(NOTICE_MAX);
      expect(text).not.toMatch(CODE_TEXT);
    }
  });
});

describe("a refusal for nobody to log to", () => {
  it("says who was skipped and why, from the refusal's details", () => {
    const details = {
      skipped: [
        { address: "sales@contoso.example", reason: "ambiguous" },
        { address: "new.person@northwind.example", reason: "none" },
      ],
    };
    expect(refusalText({ code: "STORE_NO_CONTACTS", details }, en)).toBe(
      "Not logged. sales@contoso.example needs a choice; new.person@northwind.example is not a contact — open Touchpoint",
    );
    expect(nobodyLoggedReason({ skipped: "garbage" }, en)).toBeUndefined();
    expect(refusalText({ code: "STORE_NO_CONTACTS" }, en)).toBe(
      "Not logged. Nobody on it is a contact yet. Open Touchpoint to choose or create the contacts.",
    );
  });
});

describe("the pane's status line", () => {
  it("does not send the user to the pane they are in", () => {
    const response = answer({
      entries: [entry("CT21", "Lisa Chen")],
      skipped: [{ address: "sales@contoso.example", reason: "ambiguous" }],
      template: { code: "EMAIL", description: "Emails" },
    });
    expect(logStatusText({ state: "logged", response }, en)).toBe(
      "Logged to Lisa Chen as Emails; sales@contoso.example needs a choice",
    );
  });
});
