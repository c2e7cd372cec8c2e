import { parse } from "csv-parse/sync";
import type { UserSetupList } from "../../contracts";
import { FIELD_LIMITS } from "../../contracts/field-limits";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { StoreDatabase } from "../db/create-database";
import type { ServiceFailure } from "../errors";
import { putUserSetup } from "../services/user-setup-service";

const CODE = /^[A-Z0-9_.-]{1,20}$/;
const USER_COLUMNS = ["user id", "user"];
const CODE_COLUMNS = ["salespers./purch. code", "salesperson code", "salesperson"];

const header = (cell: string) =>
  cell
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase();

/**
 * Business Central's User Setup as a CSV (User ID, Salespers./Purch. Code), the file the contact import's
 * administrator keeps beside the contacts. Every line is checked before anything is written: a file with
 * any bad line is refused whole, each bad line named.
 */
/** Why a User Setup file is refused: one sentence per bad line (or for the whole file). */
export interface RefusedFile {
  code: "STORE_IMPORT_INVALID";
  problems: string[];
}

const refused = (problems: string[]) => fail<RefusedFile>({ code: "STORE_IMPORT_INVALID", problems });

export function parseUserSetupCsv(text: string): Result<UserSetupList, RefusedFile> {
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true, relax_column_count: true, bom: true }) as string[][];
  } catch (error) {
    return refused([`not readable as CSV: ${(error as Error).message}`]);
  }
  const [head, ...rows] = records;
  const columns = (head ?? []).map(header);
  const userAt = columns.findIndex((c) => USER_COLUMNS.includes(c));
  const codeAt = columns.findIndex((c) => CODE_COLUMNS.includes(c));
  if (userAt < 0 || codeAt < 0)
    return refused(['the header needs "User ID" and "Salespers./Purch. Code" columns']);
  const problems: string[] = [];
  const seen = new Set<string>();
  const items: UserSetupList["items"] = [];
  rows.forEach((row, i) => {
    const line = i + 2;
    const userId = (row[userAt] ?? "").trim().toLowerCase();
    const code = (row[codeAt] ?? "").trim().toUpperCase();
    if (userId === "" || /\s/.test(userId) || userId.length > FIELD_LIMITS.userId)
      problems.push(`line ${line}: User ID "${row[userAt] ?? ""}" is not a user id`);
    else if (!CODE.test(code))
      problems.push(`line ${line}: Salespers./Purch. Code "${row[codeAt] ?? ""}" is not a code`);
    else if (seen.has(userId)) problems.push(`line ${line}: ${userId} is listed twice`);
    else {
      seen.add(userId);
      items.push({ userId, salespersonCode: code });
    }
  });
  return problems.length > 0 ? refused(problems) : ok({ items });
}

/** Sets each listed user's code (users not listed keep theirs), audited per user, in one transaction. */
export async function importUserSetup(
  db: StoreDatabase,
  principal: Principal,
  list: UserSetupList,
  now: Date = new Date(),
): Promise<Result<number, ServiceFailure>> {
  return db.transaction(async (repos) => {
    for (const item of list.items) {
      const put = await putUserSetup(repos, principal, item.userId, item.salespersonCode, now);
      if (!put.ok) return put;
    }
    return ok(list.items.length);
  });
}
