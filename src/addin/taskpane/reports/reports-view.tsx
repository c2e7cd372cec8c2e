import { DefaultButton, PrimaryButton, Text, TextField } from "../fluent";
import { SelectField } from "../select-field";
import { useEffect, useState } from "react";
import type { ReportDimension, StatisticsReport } from "../../../contracts";
import type { MessageKey } from "../../i18n/en-us";
import { failureText } from "../../use-cases/failure-text";
import { dayAfter, loadReport, reportCsv } from "../../use-cases/follow-ups";
import { FlexStack } from "../flex-stack";
import { NoticeBanner } from "../notice-banner";
import { Skeleton } from "../skeleton";
import { useTaskpane } from "../taskpane-context";
import { ReportChart } from "./report-chart";

const DIMENSIONS: ReportDimension[] = ["template", "group", "salesperson"];
/** The table's columns (a code's description sits under it, so a narrow pane keeps every figure). */
const COLUMNS: MessageKey[] = [
  "reports.key",
  "reports.count",
  "reports.failed",
  "reports.cost",
  "reports.duration",
  "reports.successRate",
];

/** Saves text as a file through a temporary link (the pane's browser runtime, and the harness). */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Reports, for managers: interaction statistics per template, group or salesperson over a date range
 * (count, failed attempts, cost, duration, success rate) from the store's maintained statistics, as a
 * chart and a table, and as CSV.
 */
export default function ReportsView() {
  const { deps, translator, announce } = useTaskpane();
  const { t, formatNumber, formatCurrency } = translator;
  const [by, setBy] = useState<ReportDimension>("template");
  const [from, setFrom] = useState(() => `${new Date().toISOString().slice(0, 4)}-01-01`);
  const [to, setTo] = useState(() => dayAfter(new Date(), 0));
  // What is shown: set on opening and by Show; the report (or why there is none) follows it.
  const [shown, setShown] = useState({ by, from, to });
  const [report, setReport] = useState<StatisticsReport | string>();

  useEffect(() => {
    let live = true;
    const range = { ...(shown.from ? { from: shown.from } : {}), ...(shown.to ? { to: shown.to } : {}) };
    void loadReport(deps, shown.by, range).then((result) => {
      if (!live) return;
      setReport(result.ok ? result.value : t("fail.load", { reason: failureText(translator, result.error) }));
    });
    return () => {
      live = false;
    };
  }, [deps, shown, t, translator]);

  function show() {
    if (from && to && from > to) return setReport(t("reports.badRange"));
    setReport(undefined);
    setShown({ by, from, to });
  }

  const byLabel = t(`reports.by.${typeof report === "object" ? report.by : shown.by}`);
  const percent = new Intl.NumberFormat(translator.locale, { style: "percent", maximumFractionDigits: 1 });
  const cells = (f: StatisticsReport["totals"]) => [
    formatNumber(f.count),
    formatNumber(f.failed),
    formatCurrency(f.costLcy),
    formatNumber(f.durationMin),
    percent.format(f.successRate),
  ];
  return (
    <FlexStack gap={8}>
      <Text as="h1" variant="large" block>
        {t("reports.title")}
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          show();
        }}
      >
        <FlexStack horizontal gap={8} alignEnd>
          <SelectField
            label={t("reports.by")}
            selectedKey={by}
            options={DIMENSIONS.map((d) => ({ key: d, text: t(`reports.by.${d}`) }))}
            onChange={(key) => setBy(key as ReportDimension)}
            minWidth={160}
          />
          <TextField
            label={t("reports.from")}
            type="date"
            value={from}
            onChange={(_e, v) => setFrom(v ?? "")}
          />
          <TextField label={t("reports.to")} type="date" value={to} onChange={(_e, v) => setTo(v ?? "")} />
          <PrimaryButton type="submit" text={t("reports.show")} />
        </FlexStack>
      </form>
      {report === undefined && <Skeleton label={t("app.loading")} lines={4} />}
      {typeof report === "string" && <NoticeBanner tone="warning">{report}</NoticeBanner>}
      {typeof report === "object" && report.items.length === 0 && <Text block>{t("reports.empty")}</Text>}
      {typeof report === "object" && report.items.length > 0 && (
        <>
          <ReportChart report={report} byLabel={t(`reports.by.${report.by}`)} />
          {/* Scrolls sideways when the pane is narrower still; focusable, so a keyboard can scroll it. */}
          <div
            role="region"
            aria-label={t("reports.table", { by: byLabel })}
            tabIndex={0}
            style={{ overflowX: "auto" }}
          >
            <table style={{ borderCollapse: "collapse", width: "100%", fontSize: 13 }}>
              <caption style={{ textAlign: "start" }}>{t("reports.table", { by: byLabel })}</caption>
              <thead>
                <tr>
                  {COLUMNS.map((c) => (
                    <th
                      key={c}
                      scope="col"
                      style={{
                        textAlign: c === "reports.key" ? "start" : "end",
                        padding: "2px 4px",
                        verticalAlign: "bottom",
                      }}
                    >
                      {t(c)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.items.map((item) => (
                  <tr key={item.key}>
                    <th scope="row" style={{ textAlign: "start", padding: "2px 4px", verticalAlign: "top" }}>
                      {item.key}
                      {item.description && (
                        <span style={{ display: "block", fontWeight: 400, fontSize: 12 }}>
                          {item.description}
                        </span>
                      )}
                    </th>
                    {cells(item).map((cell, i) => (
                      <td key={COLUMNS[i + 1]} style={{ textAlign: "end", padding: "2px 4px" }}>
                        {cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" style={{ textAlign: "start", padding: "2px 4px" }}>
                    {t("reports.total")}
                  </th>
                  {cells(report.totals).map((cell, i) => (
                    <td key={COLUMNS[i + 1]} style={{ textAlign: "end", padding: "2px 4px" }}>
                      {cell}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
          <DefaultButton
            styles={{ root: { alignSelf: "flex-start" } }}
            text={t("reports.export")}
            onClick={() => {
              const file = `interaction-statistics-${report.by}.csv`;
              download(
                file,
                reportCsv(report, [
                  t("reports.key"),
                  t("reports.description"),
                  ...COLUMNS.slice(1).map((c) => t(c)),
                ]),
              );
              announce(t("reports.exported", { file }));
            }}
          />
        </>
      )}
    </FlexStack>
  );
}
