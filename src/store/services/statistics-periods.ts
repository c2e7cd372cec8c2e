/** A run of maintained-statistics buckets: months `2026-01`…`2026-03`, or days `2026-04-01`…`2026-04-12`. */
export interface PeriodRun {
  grain: "month" | "day";
  first: string;
  last: string;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string): number => Date.parse(`${day}T00:00:00.000Z`);

/** The first day of the month after `day`'s. */
function nextMonthStart(day: string): string {
  const d = new Date(dayMs(day));
  return isoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
}

/**
 * The fewest bucket runs that cover exactly the UTC days from `from` to `to` (inclusive; either may be
 * open): whole months from month buckets, the partial months at either end from day buckets. No bound at
 * all is every month.
 */
export function statisticsPeriods(from?: string, to?: string): PeriodRun[] {
  if (from === undefined && to === undefined) return [{ grain: "month", first: "0000-01", last: "9999-12" }];
  if (from !== undefined && to !== undefined && from > to) return [];
  // Whole months run from the first month that starts on or after `from` to the last that ends on or before `to`.
  const firstWhole = from === undefined || from.endsWith("-01") ? from : nextMonthStart(from);
  const afterLastWhole = to === undefined ? undefined : isoDay(dayMs(to) + DAY_MS);
  const lastWholeEnd =
    afterLastWhole === undefined ? undefined : afterLastWhole.endsWith("-01") ? afterLastWhole : undefined;
  const lastWholeMonth =
    to === undefined
      ? "9999-12"
      : lastWholeEnd !== undefined
        ? to.slice(0, 7)
        : previousMonth(to.slice(0, 7));
  const firstWholeMonth = firstWhole === undefined ? "0000-01" : firstWhole.slice(0, 7);
  if (firstWholeMonth > lastWholeMonth)
    return [{ grain: "day", first: from ?? "0000-01-01", last: to ?? "9999-12-31" }];
  const runs: PeriodRun[] = [];
  if (from !== undefined && firstWhole !== from) {
    runs.push({ grain: "day", first: from, last: isoDay(dayMs(firstWhole as string) - DAY_MS) });
  }
  runs.push({ grain: "month", first: firstWholeMonth, last: lastWholeMonth });
  if (to !== undefined && lastWholeEnd === undefined) {
    runs.push({ grain: "day", first: `${to.slice(0, 7)}-01`, last: to });
  }
  return runs;
}

function previousMonth(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return m === 1
    ? `${String(year - 1).padStart(4, "0")}-12`
    : `${month.slice(0, 5)}${String(m - 1).padStart(2, "0")}`;
}
