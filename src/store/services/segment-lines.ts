import { parse } from "csv-parse/sync";
import type { AddSegmentLinesRequest, UnmatchedLine } from "../../contracts";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import { classifyAddresses } from "./match-contacts";

const NUMBER_COLUMNS = ["Contact No.", "No.", "contact_no", "contactNo"];
const ADDRESS_COLUMNS = ["E-Mail", "Email", "email", "E-mail"];

/** The contact numbers and addresses of a CSV file: a `Contact No.` or an `E-Mail` column per row. */
function csvRows(text: string): { nos: string[]; addresses: string[]; unmatched: UnmatchedLine[] } {
  const rows = parse(text, { bom: true, columns: true, skip_empty_lines: true, trim: true }) as Array<
    Record<string, string | undefined>
  >;
  const nos: string[] = [];
  const addresses: string[] = [];
  const unmatched: UnmatchedLine[] = [];
  for (const [i, row] of rows.entries()) {
    const no = NUMBER_COLUMNS.map((c) => row[c]).find((v) => v !== undefined && v !== "");
    const address = ADDRESS_COLUMNS.map((c) => row[c]).find((v) => v !== undefined && v !== "");
    if (no !== undefined) nos.push(no);
    else if (address !== undefined) addresses.push(address);
    else unmatched.push({ value: `row ${i + 2}`, reason: "no_contact_column" });
  }
  return { nos, addresses, unmatched };
}

/**
 * The contacts a request's line sources name, in order and once each: numbers (unknown ones reported),
 * a company's people, a CSV file's rows, and addresses matched exactly as a log matches participants
 * (an address that is ambiguous, only a company's domain, excluded or unknown is reported with its kind).
 */
export async function resolveLineSources(
  repos: Repositories,
  principal: Principal,
  sources: AddSegmentLinesRequest,
): Promise<{ contactNos: string[]; unmatched: UnmatchedLine[] } | { invalidCsv: string }> {
  let csv: ReturnType<typeof csvRows> = { nos: [], addresses: [], unmatched: [] };
  if (sources.csv !== undefined) {
    try {
      csv = csvRows(sources.csv);
    } catch (error) {
      return { invalidCsv: error instanceof Error ? error.message : String(error) };
    }
  }
  const given = [...(sources.contacts ?? []), ...csv.nos];
  const addresses = [...(sources.addresses ?? []), ...csv.addresses];
  const [found, people, outcomes] = await Promise.all([
    repos.contacts.findForLogging(principal.tenantId, given),
    sources.companyNo === undefined ? [] : repos.segments.peopleOf(principal.tenantId, sources.companyNo),
    addresses.length === 0 ? [] : classifyAddresses(repos, principal, addresses),
  ]);
  const known = new Set(found.map((c) => c.no));
  const unmatched: UnmatchedLine[] = [
    ...csv.unmatched,
    ...given.filter((no) => !known.has(no)).map((value) => ({ value, reason: "not_found" })),
  ];
  if (sources.companyNo !== undefined && people.length === 0)
    unmatched.push({ value: sources.companyNo, reason: "no_people" });
  const matched: string[] = [];
  for (const o of outcomes) {
    if ((o.kind === "email" || o.kind === "alternate") && o.contactNos.length === 1)
      matched.push(...o.contactNos);
    else if (o.kind !== "internal") unmatched.push({ value: o.address, reason: o.excludedReason ?? o.kind });
  }
  const contactNos = [...new Set([...given.filter((no) => known.has(no)), ...people, ...matched])];
  return { contactNos, unmatched };
}
