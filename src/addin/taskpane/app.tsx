import { Pivot, PivotItem, ThemeProvider } from "./fluent";
import { Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { loadTranslator } from "../i18n/load-translator";
import type { Translator } from "../i18n/translator-for";
import type { AddinDeps } from "../use-cases/addin-deps";
import {
  DraftsView,
  HistoryView,
  LazyPartBoundary,
  loadTheRest,
  ReportsView,
  SegmentsView,
  SettingsView,
} from "./lazy-parts";
import { LogView } from "./log/log-view";
import { Skeleton } from "./skeleton";
import { TaskpaneContext, type TaskpaneServices } from "./taskpane-context";
import { touchpointTheme } from "./touchpoint-theme";
import type { ItemHeadStart } from "./item-head-start";
import { useItemContext } from "./use-item-context";
import { useLiveItem } from "./use-live-item";

type Tab = "log" | "history" | "drafts" | "segments" | "reports" | "settings";

/** The taskpane: Log, History, Drafts, Segments and Settings tabs over one item context, in Office's language and theme. */
export function App({
  deps,
  translator: initial,
  head,
}: {
  deps: AddinDeps;
  translator: Translator;
  /** The item's first load and its change subscription, begun before the first render. */
  head: ItemHeadStart;
}) {
  const [translator, setTranslator] = useState(initial);
  const [status, setStatus] = useState("");
  const [tab, setTab] = useState<Tab>("log");
  // "Find a contact" in Log opens History with its search box focused.
  const [searchFirst, setSearchFirst] = useState(false);
  const item = useItemContext(deps, head);
  const { reload } = item;
  // What changes how the open item reads (never-log list, contacts, the network coming back) re-reads it.
  useLiveItem(deps, reload);
  const setLanguage = useCallback(
    (language: string | undefined) =>
      void loadTranslator(language ?? deps.mailbox.displayLanguage()).then((next) => {
        setTranslator(next);
        reload();
      }),
    [deps.mailbox, reload],
  );
  const firstViewShown = item.state.status !== "loading";
  // Reports are for those the store authorizes to read them (managers, administrators): asked once.
  const [manager, setManager] = useState(false);
  useEffect(() => {
    if (!firstViewShown) return;
    loadTheRest();
    void deps.store.me().then((me) => {
      if (me.ok) setManager(me.value.roles.some((role) => role === "manager" || role === "admin"));
    });
  }, [firstViewShown, deps.store]);
  const announce = useCallback((message: string) => setStatus(message), []);
  const services = useMemo<TaskpaneServices>(
    () => ({ deps, translator, announce, setLanguage, itemChanged: reload }),
    [deps, translator, announce, setLanguage, reload],
  );
  const { t } = translator;

  return (
    <TaskpaneContext.Provider value={services}>
      <ThemeProvider theme={touchpointTheme(deps.mailbox.theme())} style={{ minHeight: "100vh", padding: 8 }}>
        <main lang={translator.locale} aria-label={t("app.title")}>
          <Pivot
            selectedKey={tab}
            onLinkClick={(link) => {
              setSearchFirst(false);
              setTab((link?.props.itemKey as Tab | undefined) ?? "log");
            }}
            headersOnly
            // Five tabs outgrow a narrow pane (and Russian labels are longer): they wrap, never clip.
            styles={{ root: { display: "flex", flexWrap: "wrap" } }}
          >
            <PivotItem itemKey="log" headerText={t("tab.log")} />
            <PivotItem itemKey="history" headerText={t("tab.history")} />
            <PivotItem itemKey="drafts" headerText={t("tab.drafts")} />
            <PivotItem itemKey="segments" headerText={t("tab.segments")} />
            {manager && <PivotItem itemKey="reports" headerText={t("tab.reports")} />}
            <PivotItem itemKey="settings" headerText={t("tab.settings")} />
          </Pivot>
          <div role="tabpanel" aria-label={t(`tab.${tab}`)} style={{ paddingTop: 8 }}>
            {tab === "log" && (
              <LogView
                item={item.state}
                reload={reload}
                onFindContact={() => {
                  setSearchFirst(true);
                  setTab("history");
                }}
              />
            )}
            <LazyPartBoundary key={tab} message={t("app.partUnavailable")}>
              <Suspense fallback={<Skeleton label={t("app.loading")} />}>
                {tab === "history" && <HistoryView item={item.state} searchFirst={searchFirst} />}
                {tab === "drafts" && <DraftsView />}
                {tab === "segments" && <SegmentsView item={item.state} />}
                {tab === "reports" && <ReportsView />}
                {tab === "settings" && <SettingsView />}
              </Suspense>
            </LazyPartBoundary>
          </div>
          <div role="status" aria-live="polite" style={{ marginTop: 8, minHeight: "1.5em" }}>
            {status}
          </div>
        </main>
      </ThemeProvider>
    </TaskpaneContext.Provider>
  );
}
