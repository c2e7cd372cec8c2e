import { useTheme } from "../fluent";
import type { StatisticsReport } from "../../../contracts";
import { useTaskpane } from "../taskpane-context";

const ROW = 18;
const GAP = 6;
const LABEL = 96;
const WIDTH = 300;

/**
 * Interactions per key as plain horizontal SVG bars, largest scale first, like History's month chart:
 * the drawing is for the eye (each bar has a tooltip) and hidden from screen readers, which read the
 * same figures in the table beside it.
 */
export function ReportChart({ report, byLabel }: { report: StatisticsReport; byLabel: string }) {
  const { translator } = useTaskpane();
  const theme = useTheme();
  const { t } = translator;
  const max = Math.max(1, ...report.items.map((i) => i.count));
  const height = report.items.length * (ROW + GAP);
  return (
    <figure style={{ margin: "8px 0" }} aria-labelledby="tp-report-chart">
      <figcaption id="tp-report-chart">{t("reports.chart", { by: byLabel })}</figcaption>
      <svg
        aria-hidden="true"
        focusable="false"
        width="100%"
        height={height}
        viewBox={`0 0 ${WIDTH} ${height}`}
        preserveAspectRatio="xMinYMin meet"
        style={{ maxWidth: WIDTH * 1.5 }}
      >
        {report.items.map((item, index) => {
          const y = index * (ROW + GAP);
          const width = Math.max(2, Math.round((item.count / max) * (WIDTH - LABEL - 40)));
          return (
            <g key={item.key}>
              <text x={0} y={y + ROW - 5} fontSize={11} fill={theme.palette.neutralPrimary}>
                {item.key.length > 14 ? `${item.key.slice(0, 13)}…` : item.key}
              </text>
              <rect x={LABEL} y={y} width={width} height={ROW} fill={theme.palette.themePrimary}>
                <title>
                  {t("reports.chartBar", { key: item.description ?? item.key, count: item.count })}
                </title>
              </rect>
              <text x={LABEL + width + 4} y={y + ROW - 5} fontSize={11} fill={theme.palette.neutralPrimary}>
                {translator.formatNumber(item.count)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
