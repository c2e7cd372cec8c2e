import type { Contact, InteractionGroup, InteractionTemplate } from "../../../../../src/contracts";

const person = (no: string, name: string, email: string, companyNo?: string): Contact => ({
  no,
  type: "person",
  name,
  email,
  alternateEmails: [],
  domains: [],
  privacyBlocked: false,
  ...(companyNo ? { companyNo } : {}),
});
const company = (no: string, name: string, domain: string): Contact => ({
  no,
  type: "company",
  name,
  alternateEmails: [],
  domains: [domain],
  privacyBlocked: false,
});

/** The demo anchors, as the store's seed writes them. */
export const DEMO = {
  fabrikam: company("CT000010", "Fabrikam", "fabrikam.example"),
  anna: person("CT000011", "Анна Петрова", "anna.petrova@fabrikam.example", "CT000010"),
  john: person("CT000012", "John Smith", "john.smith@fabrikam.example", "CT000010"),
  contoso: company("CT000020", "Contoso", "contoso.example"),
  lisa: person("CT000021", "Lisa Chen", "lisa.chen@contoso.example", "CT000020"),
  salesA: person("CT000022", "Contoso Sales (East)", "sales@contoso.example", "CT000020"),
  salesB: person("CT000023", "Contoso Sales (West)", "sales@contoso.example", "CT000020"),
  adatum: company("CT000040", "Adatum", "adatum.example"),
};

export const GROUPS: InteractionGroup[] = [
  { code: "MEETING", description: "Meetings" },
  { code: "SYSTEM", description: "System generated entries" },
];

export const template = (code: string, groupCode: string, description: string, cost: number, min: number) =>
  ({
    code,
    groupCode,
    description,
    unitCostLcy: cost,
    unitDurationMin: min,
    informationFlow: "outbound",
    initiatedBy: "us",
    correspondenceType: "email",
    blocked: false,
  }) satisfies InteractionTemplate;

export const TEMPLATES: InteractionTemplate[] = [
  template("INHOUSE", "MEETING", "Meeting held at our office", 25, 120),
  template("EMAIL", "SYSTEM", "Emails", 8, 1),
  template("MEETINV", "SYSTEM", "Meeting invitation", 8, 1),
];
