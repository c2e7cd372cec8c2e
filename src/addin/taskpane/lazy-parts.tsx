import { Component, lazy, Suspense, type ComponentProps, type ReactNode } from "react";
import { NoticeBanner } from "./notice-banner";
import { useTaskpane } from "./taskpane-context";

// The parts of the pane that are not in its first load, each a chunk of its own. Once the first view is
// on screen, `loadTheRest` fetches and runs all of them: from then on the pane needs no more code from the
// server, so it keeps working — logging to the outbox included — when the network goes away.
export const loadHistoryView = () => import("./history/history-view");
export const loadSettingsView = () => import("./settings/settings-view");
export const loadDraftsView = () => import("./drafts/drafts-view");
export const loadSegmentsView = () => import("./segments/segments-view");
export const loadContactForm = () => import("./log/contact-form");
export const loadBulkContactForm = () => import("./log/bulk-contact-form");
export const loadFixEditor = () => import("./log/fix-editor");
export const loadLogActions = () => import("./log/log-actions");
export const loadOutboxStatus = () => import("./log/outbox-status");
export const loadContactSearch = () => import("./history/contact-search");
export const loadReportsView = () => import("./reports/reports-view");
export const loadFollowUpForm = () => import("./follow-ups/follow-up-form");
export const loadSalesLinkFields = () => import("./log/sales-link-fields");
export const loadLookAlikeActions = () => import("./log/look-alike-actions");

export const HistoryView = lazy(loadHistoryView);
export const SettingsView = lazy(loadSettingsView);
export const DraftsView = lazy(loadDraftsView);
export const SegmentsView = lazy(loadSegmentsView);
export const ContactForm = lazy(loadContactForm);
export const BulkContactForm = lazy(loadBulkContactForm);
export const FixEditor = lazy(loadFixEditor);
export const ContactSearch = lazy(() =>
  loadContactSearch().then((part) => ({ default: part.ContactSearch })),
);
export const ReportsView = lazy(loadReportsView);
const LazyOutboxStatus = lazy(loadOutboxStatus);
const LazyFollowUpForm = lazy(() => loadFollowUpForm().then((m) => ({ default: m.FollowUpForm })));
const LazySalesLinkFields = lazy(() => loadSalesLinkFields().then((m) => ({ default: m.SalesLinkFields })));
const LazyLookAlikeActions = lazy(() =>
  loadLookAlikeActions().then((m) => ({ default: m.LookAlikeActions })),
);

let started = false;

/** Loads every lazy part once, after the first view (a failure here is retried by the part's own use). */
export function loadTheRest(): void {
  if (started) return;
  started = true;
  for (const load of [
    loadLogActions,
    loadOutboxStatus,
    loadContactForm,
    loadBulkContactForm,
    loadFixEditor,
    loadContactSearch,
    loadHistoryView,
    loadSettingsView,
    loadDraftsView,
    loadSegmentsView,
    loadReportsView,
    loadFollowUpForm,
    loadSalesLinkFields,
    loadLookAlikeActions,
  ])
    void load().catch(() => undefined);
}

/** The outbox's logs and their states, loaded once there is something in it to show. */
export function OutboxStatus(props: ComponentProps<typeof LazyOutboxStatus>) {
  const { t } = useTaskpane().translator;
  if (!props.snapshot || props.snapshot.pending === 0) return null;
  return (
    <LazyPartBoundary message={t("app.partUnavailable")}>
      <Suspense fallback={null}>
        <LazyOutboxStatus {...props} />
      </Suspense>
    </LazyPartBoundary>
  );
}

/** *Create follow-up* under the Log form, its code loaded after the first view. */
export function LogFollowUp(props: ComponentProps<typeof LazyFollowUpForm>) {
  const { t } = useTaskpane().translator;
  return (
    <LazyPartBoundary message={t("app.partUnavailable")}>
      <Suspense fallback={null}>
        <LazyFollowUpForm {...props} />
      </Suspense>
    </LazyPartBoundary>
  );
}

/** The Log form's opportunity and campaign section, its code loaded beside the first view. */
export function SalesLinks(props: ComponentProps<typeof LazySalesLinkFields>) {
  const { t } = useTaskpane().translator;
  return (
    <LazyPartBoundary message={t("app.partUnavailable")}>
      <Suspense fallback={null}>
        <LazySalesLinkFields {...props} />
      </Suspense>
    </LazyPartBoundary>
  );
}

/** *Add this address to …* for an unknown participant, its code (name similarity) loaded on first need. */
export function LookAlikes(props: ComponentProps<typeof LazyLookAlikeActions>) {
  const { t } = useTaskpane().translator;
  return (
    <LazyPartBoundary message={t("app.partUnavailable")}>
      <Suspense fallback={null}>
        <LazyLookAlikeActions {...props} />
      </Suspense>
    </LazyPartBoundary>
  );
}

/** Shows a note instead of the part when its code could not be loaded; the rest of the pane stays. */
export class LazyPartBoundary extends Component<
  { message: string; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? (
      <NoticeBanner tone="warning">{this.props.message}</NoticeBanner>
    ) : (
      this.props.children
    );
  }
}
