import type { CreateContactRequest } from "../../contracts";

/** The tenant, company and users every demo, harness sample and end-to-end test relies on. */
export const DEMO_TENANT = "dev";
export const DEMO_INTERNAL_DOMAIN = "cronus.example";
export const DEMO_NEVER_LOG_DOMAIN = "newsletter.example";
/** The demo users, each a salesperson of their own in user setup (their entries carry the code). */
export const DEMO_USERS = [
  { email: "alex.rivera@cronus.example", name: "Alex Rivera", salespersonCode: "AR" },
  { email: "maria.ivanova@cronus.example", name: "Мария Иванова", salespersonCode: "MI" },
  // The sales manager: dev sign-in gives her the manager role, so the harness shows the Reports view.
  { email: "olga.sokolova@cronus.example", name: "Olga Sokolova", role: "manager" },
] as const;

/**
 * The anchor contacts, with fixed numbers so samples can name them: one of each match kind the
 * taskpane shows (exact, alternate, domain, ambiguous, privacy-blocked).
 */
export const DEMO_ANCHOR_CONTACTS: readonly CreateContactRequest[] = [
  { no: "CT000001", type: "company", name: "Fabrikam", domains: ["fabrikam.example"], salespersonCode: "JR" },
  {
    no: "CT000002",
    type: "person",
    name: "Анна Петрова",
    companyNo: "CT000001",
    email: "anna.petrova@fabrikam.example",
    jobTitle: "Purchasing Manager",
    language: "RUS",
    salespersonCode: "JR",
  },
  {
    no: "CT000003",
    type: "person",
    name: "John Smith",
    companyNo: "CT000001",
    email: "john.smith@fabrikam.example",
    jobTitle: "CFO",
    salespersonCode: "JR",
  },
  { no: "CT000004", type: "company", name: "Contoso", domains: ["contoso.example"], salespersonCode: "OF" },
  {
    no: "CT000005",
    type: "person",
    name: "Lisa Chen",
    companyNo: "CT000004",
    email: "lisa.chen@contoso.example",
    jobTitle: "Head of Procurement",
    salespersonCode: "OF",
  },
  {
    no: "CT000006",
    type: "person",
    name: "Mark Jensen",
    companyNo: "CT000004",
    email: "sales@contoso.example",
    alternateEmails: ["mark.jensen@contoso.example"],
    jobTitle: "Sales Director",
  },
  {
    no: "CT000007",
    type: "person",
    name: "Sofia Rossi",
    companyNo: "CT000004",
    email: "sofia.rossi@contoso.example",
    alternateEmails: ["sales@contoso.example"],
    jobTitle: "Sales Assistant",
  },
  {
    no: "CT000008",
    type: "person",
    name: "Private Person",
    companyNo: "CT000004",
    email: "private.person@contoso.example",
    privacyBlocked: true,
  },
  {
    no: "CT000009",
    type: "company",
    name: "Рога и копыта",
    domains: ["roga-kopyta.example"],
    language: "RUS",
  },
  {
    no: "CT000010",
    type: "person",
    name: "Иван Сидоров",
    companyNo: "CT000009",
    email: "ivan.sidorov@roga-kopyta.example",
    alternateEmails: ["ivan.sidorov@gmail.com"],
    jobTitle: "Генеральный директор",
    language: "RUS",
  },
  { no: "CT000011", type: "company", name: "Adatum", domains: ["adatum.example"], salespersonCode: "PS" },
];
