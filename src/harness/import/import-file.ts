import { fail, type Result } from "../../domain/result";
import type { HarnessItem } from "../harness-item";
import type { ImportError } from "./import-error";
import { parseEml } from "./parse-eml";
import { parseIcs } from "./parse-ics";

/**
 * Reads a user-chosen file into a harness item: .ics (and a file starting BEGIN:VCALENDAR, whatever its
 * name) as iCalendar; .eml, .txt, no extension or text starting with a header line as an email. Never throws.
 */
export async function importFile(
  fileName: string,
  bytes: ArrayBuffer,
): Promise<Result<HarnessItem, ImportError>> {
  const head = new TextDecoder("utf-8")
    .decode(bytes.slice(0, 64))
    .replace(/^\uFEFF/, "")
    .trimStart();
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (
    head.toUpperCase().startsWith("BEGIN:VCALENDAR") ||
    ["ics", "ical", "ifb", "icalendar"].includes(extension)
  ) {
    return parseIcs(new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, ""), fileName);
  }
  if (extension === "eml" || extension === "txt" || extension === "" || looksLikeHeaders(head)) {
    return parseEml(bytes, fileName);
  }
  return fail({
    code: "HARNESS_UNSUPPORTED_FILE",
    message: `${fileName}: only .eml (email) and .ics (calendar) files can be opened.`,
  });
}

function looksLikeHeaders(head: string): boolean {
  return /^[A-Za-z][A-Za-z0-9-]*:/.test(head);
}
