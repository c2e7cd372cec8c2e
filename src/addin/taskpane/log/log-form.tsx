import { DefaultButton, PrimaryButton, Text } from "../fluent";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Contact } from "../../../contracts";
import type { SyncSnapshot } from "../../ports/sync-port";
import { failureText } from "../../use-cases/failure-text";
import type { EntryLinkChoices } from "../../use-cases/log-item";
import type { ItemContext, ParticipantView } from "../../use-cases/item-context";
import { FlexStack } from "../flex-stack";
import { FormError } from "../form-error";
import { loadLogActions, OutboxStatus, SalesLinks } from "../lazy-parts";
import { NoticeBanner } from "../notice-banner";
import { useTaskpane } from "../taskpane-context";
import { AddedContacts } from "./added-contacts";
import { AlreadyLoggedBanner } from "./already-logged-banner";
import { EntryFields, fieldsFor, numberOf, type EntryFieldValues } from "./entry-fields";
import { ParticipantList } from "./participant-list";
import { useLogChoices } from "./use-log-choices";
import { useLogStatus } from "./use-log-status";

/** No opportunity, no campaign: what a log links to until the user (or the key sales info) chooses. */
const NO_LINKS: EntryLinkChoices = { campaignTarget: false, campaignResponse: false };

/** Set when the participants with their match states are on screen (the first-paint budget's end). */
export const PARTICIPANTS_SHOWN_MARK = "touchpoint:participants-shown";

/** The Log form of one item: who to log to, the entry's fields, the log's status and the outbox. */
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
  const participants = useMemo(
    () => context.participants.map((p) => withCreated(p, created)),
    [context, created],
  );
  const { choices, choose, chosen } = useLogChoices(participants);
  const [fields, setFields] = useState<EntryFieldValues>(() =>
    fieldsFor(context, context.defaultTemplateCode),
  );
  const [links, setLinks] = useState<EntryLinkChoices>(NO_LINKS);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<string>();
  const [tracked, setTracked] = useState<string>();
  const templateName = useCallback(
    (code: string) => context.templates.find((tpl) => tpl.code === code)?.description,
    [context.templates],
  );
  useLogStatus(tracked, snapshot, templateName, reload);

  const cost = numberOf(fields.cost);
  const duration = numberOf(fields.duration);
  const badNumber = Number.isNaN(cost ?? 0) || Number.isNaN(duration ?? 0);
  const contactNos = [...new Set([...chosen.contactNos, ...added.map((contact) => contact.no)])];
  const nobody = contactNos.length === 0 && chosen.participants.length === 0;
  const canLog = !busy && !chosen.pendingChoice && !nobody && !badNumber && !context.draftProblem;
  const matchLater = participants.some((p) => p.state === "pending");

  async function submit(postponed: boolean) {
    setBusy(true);
    setRefused(undefined);
    try {
      await logChosen(postponed);
    } finally {
      setBusy(false);
    }
  }

  async function logChosen(postponed: boolean) {
    const actions = await loadLogActions().catch(() => undefined);
    if (actions === undefined) return announce(t("app.partUnavailable"));
    const saved = await actions.logItem(deps, context, {
      contactNos,
      participants: chosen.participants,
      names: { ...chosen.names, ...Object.fromEntries(added.map((contact) => [contact.no, contact.name])) },
      ...(fields.templateCode ? { templateCode: fields.templateCode } : {}),
      description: fields.description,
      evaluation: fields.evaluation,
      attemptFailed: fields.attemptFailed,
      ...(cost === undefined ? {} : { costLcy: cost }),
      ...(duration === undefined ? {} : { durationMin: duration }),
      ...(postponed ? { postponed } : {}),
      links,
    });
    if (!saved.ok) {
      const text = t("fail.log", { reason: failureText(translator, saved.error) });
      setRefused(text);
      return announce(text);
    }
    // From here the log's one state comes from the outbox (useLogStatus): saved, sending, logged, refused.
    setTracked(saved.value.id);
  }

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
      <EntryFields context={context} values={fields} onChange={setFields} />
      <SalesLinks
        contactNos={chosen.contactNos}
        conversationId={context.snapshot.conversationId}
        value={links}
        onChange={setLinks}
      />
      {chosen.pendingChoice && <Text block>{t("log.ambiguousPending")}</Text>}
      {!chosen.pendingChoice && nobody && participants.length > 0 && (
        <Text block>{t("log.nothingSelected")}</Text>
      )}
      <FlexStack horizontal gap={8}>
        <PrimaryButton
          text={t("log.submit")}
          ariaLabel={t("log.submit")}
          disabled={!canLog}
          onClick={() => void submit(false)}
        />
        <DefaultButton
          text={t("log.saveForLater")}
          ariaLabel={t("log.saveForLater")}
          disabled={!canLog}
          onClick={() => void submit(true)}
        />
      </FlexStack>
      <FormError message={refused} />
      <OutboxStatus
        snapshot={snapshot}
        templates={context.templates}
        groups={context.groups}
        onResent={setTracked}
      />
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
