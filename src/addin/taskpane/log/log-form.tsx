import { Text } from "../fluent";
import { startTransition, useEffect, useMemo, useState } from "react";
import type { Contact } from "../../../contracts";
import type { SyncSnapshot } from "../../ports/sync-port";
import { failureText } from "../../use-cases/failure-text";
import type { ItemContext, ParticipantView } from "../../use-cases/item-context";
import { FlexStack } from "../flex-stack";
import { AddedContacts, loadLogActions, LOG_ENTRY_HEIGHT, LogEntry } from "../lazy-parts";
import { NoticeBanner } from "../notice-banner";
import { useTaskpane } from "../taskpane-context";
import { AlreadyLoggedBanner } from "./already-logged-banner";
import { ParticipantList } from "./participant-list";
import { useLogChoices } from "./use-log-choices";

/** Set when the participants with their match states are on screen (the first-paint budget's end). */
export const PARTICIPANTS_SHOWN_MARK = "touchpoint:participants-shown";

/** The Log form of one item: who to log to, then (`LogEntry`) the entry's fields, the log's status and the outbox. */
export function LogForm({
  context,
  snapshot,
  reload,
}: {
  context: ItemContext;
  snapshot: SyncSnapshot | undefined;
  reload(): void;
}) {
  const { deps, translator, announce } = useTaskpane();
  const { t } = translator;
  const [created, setCreated] = useState<Record<string, Contact>>({});
  // Contacts not on the item, added through the search ("Add contact").
  const [added, setAdded] = useState<Contact[]>([]);
  useEffect(() => {
    // Some hosts' (and jsdom's) Performance lacks User Timing.
    if (typeof performance.mark === "function") performance.mark(PARTICIPANTS_SHOWN_MARK);
  }, [context]);
  // The entry's fields mount in the frames after the participants, which never wait for them.
  const [entryDue, setEntryDue] = useState(false);
  useEffect(() => startTransition(() => setEntryDue(true)), []);
  const participants = useMemo(
    () => context.participants.map((p) => withCreated(p, created)),
    [context, created],
  );
  const { choices, choose, chosen } = useLogChoices(participants);
  const matchLater = participants.some((p) => p.state === "pending");

  async function cancel(id: string) {
    const actions = await loadLogActions().catch(() => undefined);
    if (actions === undefined) return announce(t("app.partUnavailable"));
    const result = await actions.cancelLoggedItem(deps, id);
    announce(
      result.ok ? t("banner.canceled") : t("fail.cancel", { reason: failureText(translator, result.error) }),
    );
    if (result.ok) reload();
  }

  return (
    <FlexStack gap={12}>
      <Text as="h1" variant="large" block>
        {t(context.sourceKind === "meeting" ? "log.headingMeeting" : "log.headingEmail")}
      </Text>
      {context.draftProblem && (
        <NoticeBanner tone="warning">{failureText(translator, context.draftProblem)}</NoticeBanner>
      )}
      {matchLater && <NoticeBanner tone="info">{t("log.matchLater")}</NoticeBanner>}
      {!matchLater && context.storeProblem && (
        <NoticeBanner tone="warning">
          {t("log.storeUnavailable", { reason: failureText(translator, context.storeProblem) })}
        </NoticeBanner>
      )}
      {context.alreadyLogged && (
        <AlreadyLoggedBanner status={context.alreadyLogged} onCancel={(id) => void cancel(id)} />
      )}
      <section aria-labelledby="tp-participants" data-participants-shown="">
        <Text as="h2" id="tp-participants" variant="mediumPlus" block>
          {t("log.participants")}
        </Text>
        {context.snapshot.recipientsTruncated && <Text block>{t("log.truncated")}</Text>}
        {participants.length === 0 && <Text block>{t("log.noParticipants")}</Text>}
        <ParticipantList
          participants={participants}
          choices={choices}
          onChoice={choose}
          onCreated={(contacts) => setCreated((current) => ({ ...current, ...contacts }))}
        />
        <AddedContacts
          added={added}
          onAdd={(contact) =>
            setAdded((current) =>
              current.some((c) => c.no === contact.no) ? current : [...current, contact],
            )
          }
          onRemove={(no) => setAdded((current) => current.filter((contact) => contact.no !== no))}
        />
      </section>
      {entryDue ? (
        <LogEntry
          context={context}
          participants={participants}
          chosen={chosen}
          added={added}
          snapshot={snapshot}
          reload={reload}
        />
      ) : (
        <div style={{ minHeight: LOG_ENTRY_HEIGHT }} />
      )}
    </FlexStack>
  );
}

/** A participant the user just created a contact for reads as that contact. */
function withCreated(participant: ParticipantView, created: Record<string, Contact>): ParticipantView {
  const contact = created[participant.email];
  if (!contact) return participant;
  return {
    email: participant.email,
    name: participant.name,
    role: participant.role,
    ...(participant.normalized ? { normalized: participant.normalized } : {}),
    state: "matched",
    contact,
    via: contact.email === (participant.normalized ?? participant.email) ? "email" : "alternate",
  };
}
