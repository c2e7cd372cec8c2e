import { useTheme } from "../fluent";
import type { ContactStatistics } from "../../../contracts";
import { useTaskpane } from "../taskpane-context";

const BAR = 18;
const GAP = 6;
const HEIGHT = 80;

/** Interactions per month as plain SVG bars, oldest left; each bar is labelled for screen readers. */
export default function MonthChart({ months }: { months: ContactStatistics["byMonth"] }) {
  const { translator } = useTaskpane();
  const theme = useTheme();
  const { t, formatMonth } = translator;
  const ordered = [...months].sort((a, b) => a.month.localeCompare(b.month)).slice(-12);
  const max = Math.max(1, ...ordered.map((m) => m.count));
  const width = ordered.length * (BAR + GAP);
  return (
    <figure style={{ margin: "8px 0" }}>
      <figcaption>{t("history.chart")}</figcaption>
      <svg
        role="img"
        aria-label={t("history.chart")}
        width={width}
        height={HEIGHT + 16}
        viewBox={`0 0 ${width} ${HEIGHT + 16}`}
      >
        {ordered.map((m, index) => {
          const height = Math.max(2, Math.round((m.count / max) * HEIGHT));
          const label = t("history.chartBar", { month: formatMonth(m.month), count: m.count });
          return (
            <g key={m.month}>
              <rect
                x={index * (BAR + GAP)}
                y={HEIGHT - height}
                width={BAR}
                height={height}
                fill={theme.palette.themePrimary}
                aria-label={label}
              >
                <title>{label}</title>
              </rect>
              <text
                x={index * (BAR + GAP) + BAR / 2}
                y={HEIGHT + 12}
                fontSize={9}
                textAnchor="middle"
                fill={theme.palette.neutralPrimary}
              >
                {m.month.slice(5)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
