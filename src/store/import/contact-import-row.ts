/**
 * One contact read from an import file, before it is written: Business Central's Contact fields. An
 * optional field is absent or undefined when the file left it empty.
 */
export interface ContactImportRow {
  /** 1-based line (CSV) or the line of BEGIN:VCARD, for the rejects report. */
  line: number;
  no?: string | undefined;
  type: "person" | "company";
  name: string;
  /** The company by number (CSV `Company No.`) … */
  companyNo?: string | undefined;
  /** … or by name (vCard ORG, CSV `Company Name`): created, or reused when one by that name exists. */
  companyName?: string | undefined;
  email?: string | undefined;
  alternateEmails: string[];
  domains: string[];
  phone?: string | undefined;
  jobTitle?: string | undefined;
  salespersonCode?: string | undefined;
  language?: string | undefined;
}

/** A line of the file that could not become a contact, and why. */
export interface ImportReject {
  line: number;
  reason: string;
}

/** What a parser read: the rows to write and the lines it refused. */
export interface ParsedContacts {
  rows: ContactImportRow[];
  rejects: ImportReject[];
  /** Set when the file as a whole is unreadable (no header, no card): nothing in it can be imported. */
  invalidFile?: string;
}
