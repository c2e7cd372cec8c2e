import { stringify } from "csv-stringify/sync";
import type { AuditRecord } from "../../contracts";
import { csvSafeCell } from "./csv-safe-cell";

const FIELDS = ["At", "Actor", "Actor Name", "Action", "Entity", "Entity Id", "Before", "After"] as const;
const json = (value: unknown) => (value === undefined ? "" : JSON.stringify(value));

/** The audit export's header or opening: CSV with a BOM (spreadsheets read UTF-8 then), or a JSON array. */
export function auditExportStart(format: "csv" | "json"): string {
  return format === "csv" ? stringify([[...FIELDS]], { bom: true }) : "[";
}

/** One page of records, after `written` records already went out. */
export function auditExportPage(format: "csv" | "json", records: AuditRecord[], written: number): string {
  if (format === "json")
    return records.map((r, i) => `${written + i === 0 ? "\n" : ",\n"}${JSON.stringify(r)}`).join("");
  return stringify(
    records.map((r) =>
      [
        r.at,
        r.actorId,
        r.actorName ?? "",
        r.action,
        r.entityType,
        r.entityId,
        json(r.before),
        json(r.after),
      ].map(csvSafeCell),
    ),
  );
}

/** The closing of the export. */
export function auditExportEnd(format: "csv" | "json", written: number): string {
  return format === "csv" ? "" : written === 0 ? "]\n" : "\n]\n";
}
