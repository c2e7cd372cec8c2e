import { DefaultButton, PrimaryButton, Text } from "../fluent";
import { useCallback, useState } from "react";
import type { Contact } from "../../../contracts";
import type { SyncSnapshot } from "../../ports/sync-port";
import { failureText } from "../../use-cases/failure-text";
import type { EntryLinkChoices } from "../../use-cases/log-item";
import type { ItemContext, ParticipantView } from "../../use-cases/item-context";
import { FlexStack } from "../flex-stack";
import { FormError } from "../form-error";
import { loadLogActions, OutboxStatus } from "../lazy-parts";
import { useTaskpane } from "../taskpane-context";
import { EntryFields, fieldsFor, numberOf, type EntryFieldValues } from "./entry-fields";
// In this chunk, not one of its own: the section sits above the log buttons, and arriving later it pushed
// them down under the user's finger.
import { SalesLinkFields } from "./sales-link-fields";
import type { ChosenRecipients } from "./use-log-choices";
import { useLogStatus } from "./use-log-status";

export { AddedContacts } from "./added-contacts";

/** No opportunity, no campaign: what a log links to until the user (or the key sales info) chooses. */
const NO_LINKS: EntryLinkChoices = { campaignTarget: false, campaignResponse: false };

export interface LogEntryProps {
  context: ItemContext;
  participants: ParticipantView[];
  chosen: ChosenRecipients;
  /** Contacts not on the item, added through the search. */
  added: Contact[];
  snapshot: SyncSnapshot | undefined;
  reload(): void;
}

/**
 * Under the participants: the entry's fields, what it links to, the log buttons, the log's status and
 * the outbox. Its code loads beside the first view, which shows the participants without it.
 */
export function LogEntry({ context, participants, chosen, added, snapshot, reload }: LogEntryProps) {
  const { deps, translator, announce } = useTaskpane();
  const { t } = translator;
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

  return (
    <>
      <EntryFields context={context} values={fields} onChange={setFields} />
      <SalesLinkFields
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
    </>
  );
}
