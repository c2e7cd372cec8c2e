import { DefaultButton, Text } from "../fluent";
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import type { ContactStatistics, InteractionEntry } from "../../../contracts";
import { formatDuration } from "../../i18n/format-duration";
import { loadHistory, loadStatistics } from "../../use-cases/load-history";
import { failureText } from "../../use-cases/failure-text";
import { NoticeBanner } from "../notice-banner";
import { Skeleton } from "../skeleton";
import { useTaskpane } from "../taskpane-context";
import { EntryRow } from "./entry-row";

const MonthChart = lazy(() => import("./month-chart"));

export interface BodyProps {
  contactNo: string;
  contactName: string;
  templateCode: string;
  groupCode: string;
  /** Opportunity No. and Campaign No. filters ('' for all): the timeline only; statistics are not kept per link. */
  opportunityNo?: string;
  campaignNo?: string;
  templateName(code: string): string;
  groupName(code: string): string;
  currency?: string;
  /** What to do about an empty history, after the sentence saying it is empty (the item's History: log it). */
  emptyHint?: string;
}

/** Statistics and timeline under the same filters; an entry action reloads the statistics. */
export function HistoryBody(props: BodyProps) {
  const [version, setVersion] = useState(0);
  return (
    <>
      {!props.opportunityNo && !props.campaignNo && <Statistics key={version} {...props} />}
      <Timeline {...props} onEntryChanged={() => setVersion((v) => v + 1)} />
    </>
  );
}

function Statistics({ contactNo, templateCode, groupCode, currency }: BodyProps) {
  const { deps, translator } = useTaskpane();
  const { t, formatNumber, formatCurrency, formatDate } = translator;
  const [stats, setStats] = useState<ContactStatistics | "failed" | undefined>();
  useEffect(() => {
    let live = true;
    void loadStatistics(deps, contactNo, {
      ...(templateCode ? { templateCode } : {}),
      ...(groupCode ? { groupCode } : {}),
    }).then((result) => live && setStats(result.ok ? result.value : "failed"));
    return () => {
      live = false;
    };
  }, [deps, contactNo, templateCode, groupCode]);
  // A failure is said once, by the timeline below, which fails the same way.
  if (stats === "failed") return null;
  if (stats === undefined) return <Skeleton label={t("app.loading")} lines={2} />;
  // Nothing to count: the timeline below says so in a sentence, rather than a table of zeros and "Never".
  if (stats.count === 0 && stats.byMonth.length === 0) return null;
  const rows: Array<[string, string]> = [
    [t("history.count"), formatNumber(stats.count)],
    [t("history.cost"), formatCurrency(stats.costLcy, currency)],
    [t("history.duration"), formatDuration(translator, stats.durationMin)],
    [t("history.last"), stats.lastInteractionAt ? formatDate(stats.lastInteractionAt) : t("history.never")],
    [t("history.lastAttempt"), stats.lastAttemptAt ? formatDate(stats.lastAttemptAt) : t("history.never")],
  ];
  return (
    <section aria-label={t("history.statistics")} data-history-statistics>
      <dl style={{ display: "grid", gridTemplateColumns: "auto 1fr", columnGap: 8, margin: 0 }}>
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: "contents" }}>
            <dt>{label}</dt>
            <dd style={{ margin: 0 }}>{value}</dd>
          </div>
        ))}
      </dl>
      {stats.byMonth.length > 0 && (
        <Suspense fallback={<Skeleton label={t("app.loading")} lines={2} />}>
          <MonthChart months={stats.byMonth} />
        </Suspense>
      )}
    </section>
  );
}

function Timeline({
  contactNo,
  contactName,
  templateCode,
  groupCode,
  opportunityNo,
  campaignNo,
  templateName,
  groupName,
  currency,
  emptyHint,
  onEntryChanged,
}: BodyProps & { onEntryChanged(): void }) {
  const { deps, translator, announce } = useTaskpane();
  const { t } = translator;
  const [entries, setEntries] = useState<InteractionEntry[]>([]);
  const [cursor, setCursor] = useState<string | undefined>();
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<string>();

  const fetchPage = useCallback(
    (from: string | undefined) =>
      loadHistory(deps, contactNo, {
        ...(from ? { cursor: from } : {}),
        ...(templateCode ? { templateCode } : {}),
        ...(groupCode ? { groupCode } : {}),
        ...(opportunityNo ? { opportunityNo } : {}),
        ...(campaignNo ? { campaignNo } : {}),
      }).then((page) => {
        setLoading(false);
        if (!page.ok) {
          const text = t("fail.load", { reason: failureText(translator, page.error) });
          setProblem(text);
          announce(text);
          return;
        }
        setProblem(undefined);
        setEntries((current) => (from ? [...current, ...page.value.items] : page.value.items));
        setCursor(page.value.nextCursor);
      }),
    [deps, contactNo, templateCode, groupCode, opportunityNo, campaignNo, announce, t, translator],
  );

  useEffect(() => {
    void fetchPage(undefined);
  }, [fetchPage]);

  if (!loading && entries.length === 0 && problem !== undefined)
    return <NoticeBanner tone="warning">{problem}</NoticeBanner>;
  if (!loading && entries.length === 0)
    return (
      <Text block>
        {templateCode || groupCode || opportunityNo || campaignNo
          ? t("history.emptyFiltered")
          : `${t("history.empty", { name: contactName })}${emptyHint ? ` ${emptyHint}` : ""}`}
      </Text>
    );
  return (
    <section aria-label={t("tab.history")} data-history-entries>
      <ol style={{ padding: 0, margin: 0 }}>
        {entries.map((entry) => (
          <EntryRow
            key={entry.entryNo}
            entry={entry}
            templateName={templateName}
            groupName={groupName}
            {...(currency === undefined ? {} : { currency })}
            onChanged={(changed) => {
              setEntries((current) => current.map((e) => (e.entryNo === changed.entryNo ? changed : e)));
              onEntryChanged();
            }}
          />
        ))}
      </ol>
      {loading && <Skeleton label={t("app.loading")} lines={3} />}
      {cursor && !loading && (
        <DefaultButton
          text={t("history.loadMore")}
          onClick={() => {
            setLoading(true);
            void fetchPage(cursor);
          }}
        />
      )}
    </section>
  );
}
