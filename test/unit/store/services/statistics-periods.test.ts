import fc from "fast-check";
import { statisticsPeriods, type PeriodRun } from "../../../../src/store/services/statistics-periods";

const DAY = 86_400_000;
const WINDOW_START = Date.parse("2024-11-01T00:00:00Z");
const WINDOW_DAYS = 900;
const dayOf = (i: number) => new Date(WINDOW_START + i * DAY).toISOString().slice(0, 10);
const WINDOW = Array.from({ length: WINDOW_DAYS }, (_, i) => dayOf(i));

/** The window's days a run covers: a month run each day of its months, a day run its days. */
const daysOf = (runs: PeriodRun[]): string[] =>
  WINDOW.filter((day) =>
    runs.some((run) => {
      const period = run.grain === "month" ? day.slice(0, 7) : day;
      return period >= run.first && period <= run.last;
    }),
  );

describe("statisticsPeriods", () => {
  it("covers exactly the days from `from` to `to`, each once, whichever bound is open", () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 30, max: WINDOW_DAYS - 31 }), { nil: undefined }),
        fc.option(fc.integer({ min: 30, max: WINDOW_DAYS - 31 }), { nil: undefined }),
        (a, b) => {
          const from = a === undefined ? undefined : dayOf(a);
          const to = b === undefined ? undefined : dayOf(b);
          const runs = statisticsPeriods(from, to);
          const expected = WINDOW.filter(
            (d) => (from === undefined || d >= from) && (to === undefined || d <= to),
          );
          expect(daysOf(runs)).toEqual(expected);
          // Each day in exactly one run: the runs never overlap.
          const hits = WINDOW.map(
            (day) =>
              runs.filter((run) => {
                const period = run.grain === "month" ? day.slice(0, 7) : day;
                return period >= run.first && period <= run.last;
              }).length,
          );
          expect(Math.max(0, ...hits)).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["2026-01-01", "2026-03-31", [{ grain: "month", first: "2026-01", last: "2026-03" }]],
    [
      "2026-01-15",
      "2026-03-10",
      [
        { grain: "day", first: "2026-01-15", last: "2026-01-31" },
        { grain: "month", first: "2026-02", last: "2026-02" },
        { grain: "day", first: "2026-03-01", last: "2026-03-10" },
      ],
    ],
    ["2026-02-03", "2026-02-20", [{ grain: "day", first: "2026-02-03", last: "2026-02-20" }]],
    ["2024-02-01", "2024-02-29", [{ grain: "month", first: "2024-02", last: "2024-02" }]],
    ["2026-03-01", "2026-02-01", []],
  ])("from %s to %s reads the fewest buckets", (from, to, runs) => {
    expect(statisticsPeriods(from, to)).toEqual(runs);
  });

  it("with no bounds reads every month", () => {
    expect(statisticsPeriods()).toEqual([{ grain: "month", first: "0000-01", last: "9999-12" }]);
  });
});
