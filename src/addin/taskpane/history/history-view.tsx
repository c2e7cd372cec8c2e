import { ActionButton, DefaultButton, Dropdown, type IDropdownOption, Spinner, Text } from "../fluent";
import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import type { Contact, ContactStatistics, InteractionEntry } from "../../../contracts";
import { loadHistory, loadStatistics } from "../../use-cases/load-history";
import { reasonOf } from "../../use-cases/reason-of";
import { useTaskpane } from "../taskpane-context";
import type { ItemContextState } from "../use-item-context";
import { FlexStack } from "../flex-stack";

const MonthChart = lazy(() => import("./month-chart"));

const ALL = "";

/** The item's known contacts: matched people and companies by domain, each once. */
export function contactsOfItem(item: ItemContextState): Contact[] {
  if (item.status !== "ready") return [];
  const byNo = new Map<string, Contact>();
  for (const p of item.context.participants) {
    if (p.state === "matched") byNo.set(p.contact.no, p.contact);
    if (p.state === "company") byNo.set(p.company.no, p.company);
  }
  return [...byNo.values()];
}

/** The History tab: a contact's interactions, newest first, paged, filtered, with statistics and a chart. */
export default function HistoryView({ item }: { item: ItemContextState }) {
  const { translator } = useTaskpane();
  const { t } = translator;
  const contacts = contactsOfItem(item);
  const [picked, setContactNo] = useState<string | undefined>();
  // The pane follows the item: a contact not on the new item falls back to the first one.
  const contactNo = contacts.some((c) => c.no === picked) ? picked : contacts[0]?.no;
  const [templateCode, setTemplateCode] = useState(ALL);
  const [groupCode, setGroupCode] = useState(ALL);

  if (item.status === "loading") return <Spinner label={t("app.loading")} />;
  if (contacts.length === 0 || contactNo === undefined) return <Text block>{t("history.noContacts")}</Text>;

  const templates = item.status === "ready" ? item.context.templates : [];
  const groups = item.status === "ready" ? item.context.groups : [];
  const all: IDropdownOption = { key: ALL, text: t("history.all") };
  return (
    <FlexStack gap={8}>
      <Dropdown
        label={t("history.contact")}
        options={contacts.map((c) => ({ key: c.no, text: `${c.name} (${c.no})` }))}
        selectedKey={contactNo}
        onChange={(_e, option) => option && setContactNo(String(option.key))}
      />
      <FlexStack horizontal gap={8}>
        <Dropdown
          label={t("history.filterTemplate")}
          options={[all, ...templates.map((tpl) => ({ key: tpl.code, text: tpl.description }))]}
          selectedKey={templateCode}
          onChange={(_e, option) => option && setTemplateCode(String(option.key))}
          styles={{ root: { flexGrow: 1 } }}
        />
        <Dropdown
          label={t("history.filterGroup")}
          options={[all, ...groups.map((g) => ({ key: g.code, text: g.description }))]}
          selectedKey={groupCode}
          onChange={(_e, option) => option && setGroupCode(String(option.key))}
          styles={{ root: { flexGrow: 1 } }}
        />
      </FlexStack>
      <Statistics key={`stats:${contactNo}`} contactNo={contactNo} />
      <Timeline
        key={`${contactNo}|${templateCode}|${groupCode}`}
        contactNo={contactNo}
        templateCode={templateCode}
        groupCode={groupCode}
      />
    </FlexStack>
  );
}

function Statistics({ contactNo }: { contactNo: string }) {
  const { deps, translator } = useTaskpane();
  const { t, formatNumber, formatCurrency, formatDate } = translator;
  const [stats, setStats] = useState<ContactStatistics | undefined>();
  useEffect(() => {
    let live = true;
    void loadStatistics(deps, contactNo).then((result) => live && result.ok && setStats(result.value));
    return () => {
      live = false;
    };
  }, [deps, contactNo]);
  if (!stats) return null;
  const rows: Array<[string, string]> = [
    [t("history.count"), formatNumber(stats.count)],
    [t("history.cost"), formatCurrency(stats.costLcy)],
    [t("history.duration"), formatNumber(stats.durationMin)],
    [t("history.last"), stats.lastInteractionAt ? formatDate(stats.lastInteractionAt) : t("history.never")],
  ];
  return (
    <section aria-label={t("history.statistics")}>
      <dl style={{ display: "grid", gridTemplateColumns: "auto 1fr", columnGap: 8, margin: 0 }}>
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: "contents" }}>
            <dt>{label}</dt>
            <dd style={{ margin: 0 }}>{value}</dd>
          </div>
        ))}
      </dl>
      {stats.byMonth.length > 0 && (
        <Suspense fallback={<Spinner />}>
          <MonthChart months={stats.byMonth} />
        </Suspense>
      )}
    </section>
  );
}

function Timeline({
  contactNo,
  templateCode,
  groupCode,
}: {
  contactNo: string;
  templateCode: string;
  groupCode: string;
}) {
  const { deps, translator, announce } = useTaskpane();
  const { t, formatDate } = translator;
  const [entries, setEntries] = useState<InteractionEntry[]>([]);
  const [cursor, setCursor] = useState<string | undefined>();
  const [loading, setLoading] = useState(true);

  const fetchPage = useCallback(
    (from: string | undefined) =>
      loadHistory(deps, contactNo, {
        ...(from ? { cursor: from } : {}),
        ...(templateCode ? { templateCode } : {}),
        ...(groupCode ? { groupCode } : {}),
      }).then((page) => {
        setLoading(false);
        if (!page.ok) {
          announce(t("log.storeUnavailable", { reason: reasonOf(translator, page.error.code) }));
          return;
        }
        setEntries((current) => (from ? [...current, ...page.value.items] : page.value.items));
        setCursor(page.value.nextCursor);
      }),
    [deps, contactNo, templateCode, groupCode, announce, t, translator],
  );

  useEffect(() => {
    void fetchPage(undefined);
  }, [fetchPage]);

  if (!loading && entries.length === 0) return <Text block>{t("history.empty")}</Text>;
  return (
    <section aria-label={t("tab.history")}>
      <ol style={{ padding: 0, margin: 0 }}>
        {entries.map((entry) => (
          <li key={entry.entryNo} style={{ listStyle: "none", marginBottom: 8 }}>
            <Text block variant="small">
              {formatDate(entry.occurredAt)} · {entry.templateCode}
              {entry.canceled ? ` · ${t("history.canceled")}` : ""}
            </Text>
            <Text block>{entry.description || entry.subject}</Text>
            {entry.userName && (
              <Text block variant="small">
                {t("history.by", { who: entry.userName })}
              </Text>
            )}
            {entry.itemId && (
              <ActionButton
                text={t("history.open")}
                onClick={() =>
                  deps.mailbox.openItem(
                    entry.itemId ?? "",
                    entry.sourceKind === "meeting" ? "appointment" : "message",
                  )
                }
              />
            )}
          </li>
        ))}
      </ol>
      {loading && <Spinner />}
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
