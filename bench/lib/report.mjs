// Figures, percentiles, and the one table + JSON file every benchmark run ends with.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const resultsFile = join(dirname(fileURLToPath(import.meta.url)), "..", "results", "latest.json");

export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export const median = (values) => percentile(values, 50);

/** One measured figure: `budget` is "<= 10" / ">= 0.5" / undefined (reported only). */
export function metric(name, value, unit, budget) {
  let ok = true;
  if (budget !== undefined) {
    const [op, limit] = budget.split(" ");
    ok = Number.isFinite(value) && (op === "<=" ? value <= Number(limit) : value >= Number(limit));
  }
  return {
    name,
    value: Number.isFinite(value) ? Math.round(value * 1000) / 1000 : value,
    unit,
    budget: budget ?? null,
    ok,
  };
}

export function printTable(rows) {
  const head = ["metric", "value", "unit", "budget", "verdict"];
  const cells = rows.map((r) => [
    r.name,
    String(r.value),
    r.unit,
    r.budget ?? "—",
    r.budget ? (r.ok ? "ok" : "OVER") : "info",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((v, i) => (i === 1 ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join("  ");
  console.log(line(head));
  console.log(widths.map((w) => "─".repeat(w)).join("  "));
  for (const c of cells) console.log(line(c));
}

export function writeResults(rows) {
  mkdirSync(dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, JSON.stringify(rows, null, 2) + "\n");
}
