import { useTheme } from "../fluent";
import type { ContactStatistics } from "../../../contracts";
import { useTaskpane } from "../taskpane-context";
import { visuallyHidden } from "../visually-hidden";

const BAR = 22;
const GAP = 8;
const HEIGHT = 80;

/**
 * Interactions per month as plain SVG bars, oldest left. The drawing is for the eye (each bar has a
 * tooltip); screen readers get the same figures once, as a table, not the bars and their labels twice.
 */
export default function MonthChart({ months }: { months: ContactStatistics["byMonth"] }) {
  const { translator } = useTaskpane();
  const theme = useTheme();
  const { t, formatMonth, formatNumber } = translator;
  // Under each bar its month and year, short enough for twelve bars in a narrow pane: 11/26, 11.26.
  const barLabel = new Intl.DateTimeFormat(translator.locale, {
    month: "2-digit",
    year: "2-digit",
    timeZone: "UTC",
  });
  const ordered = [...months].sort((a, b) => a.month.localeCompare(b.month)).slice(-12);
  const max = Math.max(1, ...ordered.map((m) => m.count));
  const width = ordered.length * (BAR + GAP);
  return (
    <figure style={{ margin: "8px 0" }} aria-labelledby="tp-month-chart">
      <figcaption id="tp-month-chart">{t("history.chart")}</figcaption>
      <svg
        aria-hidden="true"
        focusable="false"
        width={width}
        height={HEIGHT + 16}
        viewBox={`0 0 ${width} ${HEIGHT + 16}`}
      >
        {ordered.map((m, index) => {
          const height = Math.max(2, Math.round((m.count / max) * HEIGHT));
          return (
            <g key={m.month}>
              <rect
                x={index * (BAR + GAP)}
                y={HEIGHT - height}
                width={BAR}
                height={height}
                fill={theme.palette.themePrimary}
              >
                <title>{t("history.chartBar", { month: formatMonth(m.month), count: m.count })}</title>
              </rect>
              <text
                x={index * (BAR + GAP) + BAR / 2}
                y={HEIGHT + 12}
                fontSize={8}
                textAnchor="middle"
                fill={theme.palette.neutralPrimary}
              >
                {barLabel.format(new Date(`${m.month}-01T00:00:00Z`))}
              </text>
            </g>
          );
        })}
      </svg>
      <table style={visuallyHidden}>
        <thead>
          <tr>
            <th scope="col">{t("history.month")}</th>
            <th scope="col">{t("history.count")}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((m) => (
            <tr key={m.month}>
              <th scope="row">{formatMonth(m.month)}</th>
              <td>{formatNumber(m.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
