import type { InteractionTemplate, TemplateSetupRow } from "../../../src/contracts/reference-data";
import {
  defaultTemplate,
  eventKindOf,
  lastTemplateKeyOf,
  meetingDurationMin,
  templateForItem,
} from "../../../src/domain/template-choice";
import { buildSnapshot } from "./build-snapshot";

const template = (code: string, over: Partial<InteractionTemplate> = {}): InteractionTemplate => ({
  code,
  groupCode: "SYSTEM",
  description: `${code} description`,
  unitCostLcy: 8,
  unitDurationMin: 1,
  informationFlow: "outbound",
  initiatedBy: "us",
  correspondenceType: "email",
  blocked: false,
  ...over,
});
const templates = [
  template("EMAIL"),
  template("EMAIL_D"),
  template("MEETINV"),
  template("BUS"),
  template("GOLF", { blocked: true }),
];
const setup: TemplateSetupRow[] = [
  { eventKind: "email", templateCode: "EMAIL" },
  { eventKind: "email_draft", templateCode: "EMAIL_D" },
  { eventKind: "meeting_invitation", templateCode: "MEETINV" },
  { eventKind: "outgoing_call", templateCode: null },
];
const codeOf = (result: ReturnType<typeof defaultTemplate>) =>
  result.ok ? result.value.code : result.error.code;

describe("defaultTemplate", () => {
  it.each([
    ["template setup gives the email default", "email", {}, "EMAIL"],
    ["template setup gives the draft default", "email_draft", {}, "EMAIL_D"],
    ["template setup gives the meeting default", "meeting_invitation", {}, "MEETINV"],
    ["the user's last choice overrides setup", "email", { email: "BUS" }, "BUS"],
    ["a last choice for another kind does not leak", "meeting_invitation", { email: "BUS" }, "MEETINV"],
    ["a blocked last choice falls back to setup", "email", { email: "GOLF" }, "EMAIL"],
    ["an unknown last choice falls back to setup", "email", { email: "GONE" }, "EMAIL"],
    ["an empty setup row has no template", "outgoing_call", {}, "DOMAIN_NO_TEMPLATE"],
    ["a kind missing from setup has no template", "sales_quote", {}, "DOMAIN_NO_TEMPLATE"],
  ] as const)("%s", (_name, kind, last, expected) => {
    expect(codeOf(defaultTemplate(kind, setup, last, templates))).toBe(expected);
  });

  it("never chooses a blocked template from setup either", () => {
    const blockedSetup: TemplateSetupRow[] = [{ eventKind: "email", templateCode: "GOLF" }];
    expect(defaultTemplate("email", blockedSetup, {}, templates)).toEqual({
      ok: false,
      error: { code: "DOMAIN_NO_TEMPLATE", kind: "email" },
    });
  });
});

describe("eventKindOf", () => {
  it("maps messages and meetings to their setup events", () => {
    expect(eventKindOf(buildSnapshot())).toBe("email");
    expect(eventKindOf(buildSnapshot({ mode: "compose" }))).toBe("email_draft");
    expect(eventKindOf(buildSnapshot({ kind: "appointment" }))).toBe("meeting_invitation");
    expect(eventKindOf(buildSnapshot({ kind: "appointment", mode: "compose" }))).toBe("meeting_invitation");
  });
});

describe("meetingDurationMin", () => {
  it.each([
    ["2026-11-24T09:00:00Z", "2026-11-24T10:30:00Z", 90],
    ["2026-11-24T12:00:00+03:00", "2026-11-24T10:00:00Z", 60],
    ["2026-11-24T09:00:00Z", "2026-11-24T09:00:29Z", 0],
    ["2026-11-24T09:00:00Z", "2026-11-25T09:00:00Z", 1440],
  ])("%s → %s is %i minutes", (start, end, minutes) => {
    expect(meetingDurationMin(start, end)).toEqual({ ok: true, value: minutes });
  });

  it.each([
    [undefined, "2026-11-24T10:00:00Z"],
    ["2026-11-24T10:00:00Z", undefined],
    ["soon", "2026-11-24T10:00:00Z"],
    ["2026-11-24T10:00:00Z", "2026-11-24T09:00:00Z"],
  ])("%s → %s is not a duration", (start, end) => {
    expect(meetingDurationMin(start, end)).toEqual({
      ok: false,
      error: { code: "DOMAIN_INVALID_TIME_RANGE" },
    });
  });
});

describe("templateForItem: the one rule of the pane and the ribbon", () => {
  const templates = [template("EMAIL"), template("EMAIL_D"), template("MEETINV")];
  const setup: TemplateSetupRow[] = [
    { eventKind: "email", templateCode: "EMAIL" },
    { eventKind: "email_draft", templateCode: "EMAIL_D" },
    { eventKind: "meeting_invitation", templateCode: "MEETINV" },
  ];
  const draft = buildSnapshot({ kind: "message", mode: "compose" });

  it("a draft takes template setup's email draft template; a received email the email one", () => {
    expect(templateForItem(draft, setup, undefined, templates)?.code).toBe("EMAIL_D");
    expect(
      templateForItem(buildSnapshot({ kind: "message", mode: "read" }), setup, undefined, templates)?.code,
    ).toBe("EMAIL");
  });

  it("a draft with no usable draft template falls back to the email template", () => {
    const blocked = [template("EMAIL"), template("EMAIL_D", { blocked: true })];
    expect(templateForItem(draft, setup, undefined, blocked)?.code).toBe("EMAIL");
  });

  it("the user's last choice for drafts wins over template setup", () => {
    expect(templateForItem(draft, setup, "MEETINV", templates)?.code).toBe("MEETINV");
  });

  it("keeps a draft's last choice apart from a received email's", () => {
    expect(lastTemplateKeyOf(draft)).toBe("email_draft");
    expect(lastTemplateKeyOf(buildSnapshot({ kind: "message", mode: "read" }))).toBe("email");
  });
});
