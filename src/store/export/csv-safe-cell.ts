/** Characters a spreadsheet reads as the start of a formula (or a DDE call) when they open a cell. */
const FORMULA_START = /^[=+\-@\t\r|]/;

/**
 * A text cell that a spreadsheet shows as text: one that would start a formula gets a leading
 * apostrophe, as OWASP's "CSV Injection" page recommends (`=HYPERLINK(…)` stays visible, never runs).
 * Numbers and booleans are left alone; JSON exports never go through this.
 */
export function csvSafeCell<T>(value: T): T | string {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}
