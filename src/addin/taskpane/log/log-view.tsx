import { PrimaryButton, Spinner, Text } from "../fluent";
import { Suspense, useEffect, useMemo, useState } from "react";
import type { Contact } from "../../../contracts";
import type { ItemContext, ParticipantView } from "../../use-cases/item-context";
import { reasonOf } from "../../use-cases/reason-of";
import { NoticeBanner } from "../notice-banner";
import { useTaskpane } from "../taskpane-context";
import type { ItemContextState } from "../use-item-context";
import { AlreadyLoggedBanner } from "./already-logged-banner";
import { EntryFields, fieldsFor, type EntryFieldValues } from "./entry-fields";
import { ParticipantRow, type ParticipantChoice } from "./participant-row";
import { FlexStack } from "../flex-stack";
import { ContactForm, LazyPartBoundary, loadLogActions } from "../lazy-parts";
import { OutboxStatus } from "./outbox-status";

/** Set when the participants with their match states are on screen (the first-paint budget's end). */
export const PARTICIPANTS_SHOWN_MARK = "touchpoint:participants-shown";

/** The Log tab: the item's participants and the entry to write. */
export function LogView({ item, reload }: { item: ItemContextState; reload(): void }) {
  const { translator } = useTaskpane();
  if (item.status === "loading") return <Spinner label={translator.t("app.loading")} />;
  if (item.status === "failed") {
    return (
      <NoticeBanner tone="warning">
        {item.error.code === "ADDIN_NO_ITEM"
          ? translator.t("notify.noItem")
          : translator.t("log.readFailed", { reason: reasonOf(translator, item.error.code) })}
      </NoticeBanner>
    );
  }
  // A new key per item resets every choice when the pinned pane moves to another item.
  return (
    <LogForm
      key={item.context.sourceKey ?? item.context.snapshot.itemId ?? "draft"}
      context={item.context}
      reload={reload}
    />
  );
}

function LogForm({ context, reload }: { context: ItemContext; reload(): void }) {
  const { deps, translator, announce } = useTaskpane();
  const { t } = translator;
  const [created, setCreated] = useState<Record<string, Contact>>({});
  useEffect(() => {
    // Some hosts' (and jsdom's) Performance lacks User Timing.
    if (typeof performance.mark === "function") performance.mark(PARTICIPANTS_SHOWN_MARK);
  }, [context]);
  const participants = useMemo(
    () => context.participants.map((p) => withCreated(p, created)),
    [context, created],
  );
  const [choices, setChoices] = useState<Record<string, ParticipantChoice>>(() =>
    initialChoices(participants),
  );
  /** The participant whose new-contact form is open. */
  const [creating, setCreating] = useState<string | undefined>();
  const [fields, setFields] = useState<EntryFieldValues>(() =>
    fieldsFor(context, context.defaultTemplateCode),
  );
  const [busy, setBusy] = useState(false);

  const chosen = participants.filter((p) => choices[p.email]?.include);
  const pendingAmbiguous = chosen.some((p) => p.state === "ambiguous" && !choices[p.email]?.contactNo);
  const contactNos = chosen.map((p) => choices[p.email]?.contactNo).filter((no): no is string => Boolean(no));
  const canLog = !busy && !pendingAmbiguous && contactNos.length > 0 && context.sourceKey !== undefined;

  async function submit() {
    setBusy(true);
    try {
      await logChosen();
    } finally {
      setBusy(false);
    }
  }

  async function logChosen() {
    const actions = await loadLogActions().catch(() => undefined);
    if (actions === undefined) return announce(t("app.partUnavailable"));
    const { logItem, noticeOf } = actions;
    const saved = await logItem(deps, context, {
      contactNos,
      ...(fields.templateCode ? { templateCode: fields.templateCode } : {}),
      description: fields.description,
      evaluation: fields.evaluation,
      attemptFailed: fields.attemptFailed,
      ...numberField("costLcy", fields.cost),
      ...numberField("durationMin", fields.duration),
    });
    if (!saved.ok) return announce(t("log.failed", { reason: reasonOf(translator, saved.error.code) }));
    announce(t("log.saved"));
    const outcome = await saved.value.delivered;
    // The same words as the ribbon: "Logged to 2 contacts as Emails", "Already logged by …", "Saved — …".
    const templateName = (code: string) => context.templates.find((tpl) => tpl.code === code)?.description;
    announce(noticeOf(outcome, { translator, templateName }).message);
    if (outcome.status === "logged") reload();
  }

  function contactCreated(email: string, contact: Contact) {
    setCreated((current) => ({ ...current, [email]: contact }));
    setChoices((current) => ({ ...current, [email]: { include: true, contactNo: contact.no } }));
    setCreating(undefined);
  }

  async function cancel(id: string) {
    const actions = await loadLogActions().catch(() => undefined);
    if (actions === undefined) return announce(t("app.partUnavailable"));
    const result = await actions.cancelLoggedItem(deps, id);
    announce(
      result.ok ? t("banner.canceled") : t("log.failed", { reason: reasonOf(translator, result.error.code) }),
    );
    if (result.ok) reload();
  }

  return (
    <FlexStack gap={12}>
      {context.storeProblem && (
        <NoticeBanner tone="warning">
          {t("log.storeUnavailable", { reason: reasonOf(translator, context.storeProblem.code) })}
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
        <ul style={{ padding: 0, margin: 0 }}>
          {participants.map((participant) =>
            creating === participant.email ? (
              <li key={participant.email} style={{ listStyle: "none" }}>
                <LazyPartBoundary message={t("app.partUnavailable")}>
                  <Suspense fallback={<Spinner label={t("app.loading")} />}>
                    <ContactForm
                      participant={participant}
                      onCreated={(contact) => contactCreated(participant.email, contact)}
                      onCancel={() => setCreating(undefined)}
                    />
                  </Suspense>
                </LazyPartBoundary>
              </li>
            ) : (
              <ParticipantRow
                key={participant.email}
                participant={participant}
                choice={choices[participant.email] ?? { include: false }}
                onChoice={(choice) => setChoices((current) => ({ ...current, [participant.email]: choice }))}
                onCreate={() => setCreating(participant.email)}
              />
            ),
          )}
        </ul>
      </section>
      <EntryFields context={context} values={fields} onChange={setFields} />
      {pendingAmbiguous && <Text block>{t("log.ambiguousPending")}</Text>}
      {!pendingAmbiguous && contactNos.length === 0 && participants.length > 0 && (
        <Text block>{t("log.nothingSelected")}</Text>
      )}
      <OutboxStatus />
      <PrimaryButton
        text={t("log.submit")}
        ariaLabel={t("log.submit")}
        disabled={!canLog}
        onClick={() => void submit()}
      />
    </FlexStack>
  );
}

function initialChoices(participants: ParticipantView[]): Record<string, ParticipantChoice> {
  const choices: Record<string, ParticipantChoice> = {};
  for (const p of participants) {
    if (p.state === "matched") choices[p.email] = { include: true, contactNo: p.contact.no };
    // Ambiguous addresses are included but wait for the user's pick: nothing is chosen silently.
    else if (p.state === "ambiguous") choices[p.email] = { include: true };
    else choices[p.email] = { include: false };
  }
  return choices;
}

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
    via: "email",
  };
}

function numberField<K extends string>(key: K, text: string): Partial<Record<K, number>> {
  const value = Number(text.replace(",", "."));
  return text.trim() !== "" && Number.isFinite(value) && value >= 0
    ? ({ [key]: value } as Record<K, number>)
    : {};
}
