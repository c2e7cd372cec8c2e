import { DefaultButton, Text } from "../fluent";
import { Suspense, useState } from "react";
import type { InteractionGroup, InteractionTemplate } from "../../../contracts";
import type { SyncSnapshot, SyncSnapshotEntry } from "../../ports/sync-port";
import { entryStatus, refusalReason } from "../../use-cases/log-status";
import { FlexStack } from "../flex-stack";
import { FixEditor, LazyPartBoundary } from "../lazy-parts";
import { NoticeBanner } from "../notice-banner";
import { Skeleton } from "../skeleton";
import { useTaskpane } from "../taskpane-context";

export interface OutboxStatusProps {
  snapshot: SyncSnapshot | undefined;
  /** Reference data for the Fix editor's template picker (the open item's, when there is one). */
  templates: InteractionTemplate[];
  groups: InteractionGroup[];
  /** A refused log is sent again (retried, or fixed under a new id): follow it under that id. */
  onResent?(id: string): void;
}

/**
 * What is still in the outbox (a chunk of its own: a pane with an empty outbox needs none of it), each
 * log in its one state: how many wait (and for what), whether sign-in
 * is needed, and each log the store refused, with the store's reason in the user's words and Retry, Fix
 * and Discard. Nothing is dropped without the user seeing it.
 */
export default function OutboxStatus({ snapshot, templates, groups, onResent }: OutboxStatusProps) {
  const { t } = useTaskpane().translator;
  if (!snapshot || snapshot.pending === 0) return null;
  const states = snapshot.entries.map((entry) => ({ entry, status: entryStatus(entry, snapshot) }));
  const count = (test: (state: (typeof states)[number]["status"]) => boolean) =>
    states.filter(({ status }) => test(status)).length;
  const offline = count((s) => s.state === "waiting" && s.why === "offline");
  const waiting = count((s) => s.state === "waiting" && s.why !== "offline");
  const sending = count((s) => s.state === "sending");
  const dead = states.filter(({ status }) => status.state === "attention").map(({ entry }) => entry);
  return (
    <FlexStack gap={4}>
      {sending > 0 && <Text block>{t("outbox.sending", { count: sending })}</Text>}
      {offline > 0 && <Text block>{t("outbox.waitingOffline", { count: offline })}</Text>}
      {waiting > 0 && <Text block>{t("outbox.pending", { count: waiting })}</Text>}
      {snapshot.waitingForSignIn && <Text block>{t("outbox.signIn")}</Text>}
      {dead.length > 0 && (
        <section aria-labelledby="tp-dead-letters">
          <Text as="h2" id="tp-dead-letters" variant="mediumPlus" block>
            {t("outbox.heading")}
          </Text>
          <ul style={{ padding: 0, margin: 0 }}>
            {dead.map((entry) => (
              <DeadLetter
                key={entry.id}
                entry={entry}
                templates={templates}
                groups={groups}
                onResent={(id) => onResent?.(id)}
              />
            ))}
          </ul>
        </section>
      )}
    </FlexStack>
  );
}

function DeadLetter({
  entry,
  templates,
  groups,
  onResent,
}: {
  entry: SyncSnapshotEntry;
  templates: InteractionTemplate[];
  groups: InteractionGroup[];
  onResent(id: string): void;
}) {
  const { deps, translator, announce } = useTaskpane();
  const { t } = translator;
  const [fixing, setFixing] = useState(false);
  const reason = refusalReason(entry.lastError ?? { code: "ADDIN_UNEXPECTED" }, translator, Infinity, false);
  return (
    <li style={{ listStyle: "none", marginTop: 8 }} aria-label={t("outbox.dead", { label: entry.label })}>
      <NoticeBanner
        tone="error"
        actions={
          !fixing && (
            <FlexStack horizontal gap={8}>
              <DefaultButton
                text={t("outbox.retry")}
                ariaLabel={`${t("outbox.retry")}: ${entry.label}`}
                onClick={() => void deps.sync.retry(entry.id).then((id) => id && onResent(id))}
              />
              {entry.request !== undefined && (
                <DefaultButton
                  text={t("outbox.fix")}
                  ariaLabel={`${t("outbox.fix")}: ${entry.label}`}
                  onClick={() => setFixing(true)}
                />
              )}
              <DefaultButton
                text={t("outbox.discard")}
                ariaLabel={`${t("outbox.discard")}: ${entry.label}`}
                onClick={() =>
                  void deps.sync
                    .discard(entry.id)
                    .then(() => announce(t("outbox.discarded", { label: entry.label })))
                }
              />
            </FlexStack>
          )
        }
      >
        <strong>{t("outbox.dead", { label: entry.label })}</strong>
        <br />
        {reason}
      </NoticeBanner>
      {fixing && entry.request !== undefined && (
        <LazyPartBoundary message={t("app.partUnavailable")}>
          <Suspense fallback={<Skeleton label={t("app.loading")} />}>
            <FixEditor
              entry={{ ...entry, request: entry.request }}
              templates={templates}
              groups={groups}
              onSent={(id) => {
                setFixing(false);
                announce(t("fix.sent", { label: entry.label }));
                if (id !== undefined) onResent(id);
              }}
              onCancel={() => setFixing(false)}
            />
          </Suspense>
        </LazyPartBoundary>
      )}
    </li>
  );
}
