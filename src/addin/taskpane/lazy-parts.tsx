import {
  Component,
  lazy,
  Suspense,
  useState,
  type ComponentProps,
  type ComponentType,
  type ReactNode,
} from "react";
import type { AddedContacts as AddedContactsPart } from "./log/added-contacts";
import type { LogEntryProps } from "./log/log-entry";
import { NoticeBanner } from "./notice-banner";
import type { SelectFieldProps } from "./select-field";
import { Skeleton } from "./skeleton";
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
export const loadLookAlikeActions = () => import("./log/look-alike-actions");
export const loadLogEntry = () => import("./log/log-entry");
export const loadSelectField = () => import("./select-field");

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

let started = false;

/** Loads every lazy part once, after the first view (a failure here is retried by the part's own use). */
export function loadTheRest(): void {
  if (started) return;
  started = true;
  for (const load of [
    loadLogEntry,
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
    loadLookAlikeActions,
  ])
    void load().catch(() => undefined);
}

/**
 * A part of the Log view that the participants do not wait for: once its code has arrived (fetched at
 * start by `preloadLogEntry`, or by an earlier use) it renders in the same frame as the participants,
 * with no fallback; until then `fallback` holds its place.
 */
function logViewPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: (loadingLabel: string) => ReactNode,
) {
  let arrived: ComponentType<P> | undefined;
  const fetch = () => load().then((part) => (arrived = part));
  const Lazy = lazy(() => fetch().then((part) => ({ default: part }))) as unknown as ComponentType<P>;
  function Part(props: P) {
    const { t } = useTaskpane().translator;
    // Chosen once per instance: turning from the lazy wrapper to the arrived part would remount it.
    const [Shown] = useState(() => arrived ?? Lazy);
    return (
      <LazyPartBoundary message={t("app.partUnavailable")}>
        <Suspense fallback={fallback(t("app.loading"))}>
          <Shown {...props} />
        </Suspense>
      </LazyPartBoundary>
    );
  }
  return { Part, preload: () => void fetch().catch(() => undefined) };
}

/** About the height of the entry's fields and log buttons: their place is kept until they are shown. */
export const LOG_ENTRY_HEIGHT = 330;

const logEntry = logViewPart<LogEntryProps>(
  () => loadLogEntry().then((m) => m.LogEntry),
  (label) => (
    <div style={{ minHeight: LOG_ENTRY_HEIGHT }}>
      <Skeleton label={label} lines={9} />
    </div>
  ),
);
const addedContacts = logViewPart<ComponentProps<typeof AddedContactsPart>>(
  () => loadLogEntry().then((m) => m.AddedContacts),
  // The height of its "Add contact" button.
  () => <div style={{ minHeight: 40 }} />,
);

const contactChoice = logViewPart<SelectFieldProps>(
  () => loadSelectField().then((m) => m.SelectField),
  // The height of a labelled select.
  () => <div style={{ minHeight: 57 }} />,
);

/** The Log form under the participants: fields, log buttons, the log's status and the outbox. */
export const LogEntry = logEntry.Part;
/** *Add contact* under the participants, and the contacts added through it. */
export const AddedContacts = addedContacts.Part;
/** The pick among the contacts an ambiguous address matched (a select, whose code loads with the form's). */
export const ContactChoice = contactChoice.Part;

const followUp = logViewPart(
  () => loadFollowUpForm().then((m) => m.FollowUpForm),
  () => null,
);
const lookAlikes = logViewPart(
  () => loadLookAlikeActions().then((m) => m.LookAlikeActions),
  () => null,
);

/** *Create follow-up* under the Log form. */
export const LogFollowUp = followUp.Part;
/** *Add this address to …* for an unknown participant, its code (name similarity) loaded on first need. */
export const LookAlikes = lookAlikes.Part;

/** Starts fetching the Log form's code, so it arrives while the item is read and matched. */
export function preloadLogEntry(): void {
  logEntry.preload();
  addedContacts.preload();
  contactChoice.preload();
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
