import { ActionButton, Text } from "../fluent";
import { SelectField } from "../select-field";
import { useState } from "react";
import type { Evaluation, InteractionEntry } from "../../../contracts";
import type { MessageKey } from "../../i18n/en-us";
import { formatDuration } from "../../i18n/format-duration";
import type { EntryAction } from "../../ports/outbox-port";
import { actOnEntry } from "../../use-cases/act-on-entry";
import { failureText } from "../../use-cases/failure-text";
import { FlexStack } from "../flex-stack";
import { EntryComments } from "../follow-ups/entry-comments";
import { FollowUpForm } from "../follow-ups/follow-up-form";
import { NoticeBanner } from "../notice-banner";
import { EntryLinks } from "./entry-links";
import { useTaskpane } from "../taskpane-context";

const EVALUATIONS: Evaluation[] = [
  "none",
  "very_positive",
  "positive",
  "neutral",
  "negative",
  "very_negative",
];

export interface EntryRowProps {
  entry: InteractionEntry;
  templateName(code: string): string;
  groupName(code: string): string;
  /** The tenant's local currency code, when the store names one. */
  currency?: string;
  /** The store's entry after an action reached it. */
  onChanged(entry: InteractionEntry): void;
}

/** One Interaction Log Entry in History: what, when, who, its figures, and Cancel/Restore, Evaluate, Open. */
export function EntryRow({ entry, templateName, groupName, currency, onChanged }: EntryRowProps) {
  const { deps, translator, announce } = useTaskpane();
  const { t, formatDate, formatCurrency } = translator;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const what = entry.description || entry.subject || templateName(entry.templateCode);

  async function act(
    action: EntryAction,
    done: MessageKey,
    failed: MessageKey,
    optimistic: InteractionEntry,
  ) {
    setBusy(true);
    setProblem(undefined);
    const result = await actOnEntry(deps, action, what);
    setBusy(false);
    if (!result.ok) {
      const text = t(failed, { reason: failureText(translator, result.error) });
      setProblem(text);
      announce(text);
      return;
    }
    const changed = result.value.status === "done" ? result.value.entry : optimistic;
    onChanged(changed);
    announce(result.value.status === "done" ? t(done, { what }) : t("history.entryQueued", { what }));
  }

  const figures = [
    formatCurrency(entry.costLcy, currency),
    formatDuration(translator, entry.durationMin),
    t(`evaluation.${entry.evaluation}`),
  ];
  return (
    <li style={{ listStyle: "none", marginBottom: 12 }} aria-label={what}>
      <Text block variant="small">
        {formatDate(entry.occurredAt)} · {templateName(entry.templateCode)} · {groupName(entry.groupCode)}
        {entry.canceled ? ` · ${t("history.canceled")}` : ""}
      </Text>
      <Text block style={entry.canceled ? { textDecoration: "line-through" } : undefined}>
        {what}
      </Text>
      {entry.contactName && (
        <Text block variant="small">
          {entry.contactName}
        </Text>
      )}
      <Text block variant="small">
        {figures.join(" · ")}
      </Text>
      <EntryLinks entry={entry} />
      {(entry.userName || entry.salespersonCode) && (
        <Text block variant="small">
          {[
            entry.userName ? t("history.by", { who: entry.userName }) : "",
            entry.salespersonCode ? t("interaction.salesperson", { code: entry.salespersonCode }) : "",
          ]
            .filter(Boolean)
            .join(" · ")}
        </Text>
      )}
      {entry.todoNo && (
        <Text block variant="small">
          {t("followUp.linked", { no: entry.todoNo })}
        </Text>
      )}
      <div role="group" aria-label={t("history.actions", { what })}>
        <FlexStack horizontal gap={4}>
          {entry.canceled ? (
            <ActionButton
              text={t("history.restoreEntry")}
              disabled={busy}
              onClick={() =>
                void act(
                  { kind: "restore", entryNo: entry.entryNo },
                  "history.entryRestored",
                  "fail.restore",
                  { ...entry, canceled: false },
                )
              }
            />
          ) : (
            <ActionButton
              text={t("history.cancelEntry")}
              disabled={busy}
              onClick={() =>
                void act({ kind: "cancel", entryNo: entry.entryNo }, "history.entryCanceled", "fail.cancel", {
                  ...entry,
                  canceled: true,
                })
              }
            />
          )}
          <SelectField
            ariaLabel={`${t("history.evaluate")}: ${what}`}
            placeholder={t("history.evaluate")}
            disabled={busy}
            options={EVALUATIONS.map((e) => ({ key: e, text: t(`evaluation.${e}`) }))}
            selectedKey={entry.evaluation}
            minWidth={140}
            onChange={(key) => {
              const evaluation = key as Evaluation;
              if (evaluation === entry.evaluation) return;
              void act(
                { kind: "evaluate", entryNo: entry.entryNo, evaluation },
                "history.entryEvaluated",
                "fail.evaluate",
                { ...entry, evaluation },
              );
            }}
          />
          <OpenEntry entry={entry} />
        </FlexStack>
      </div>
      {!entry.webLink && entry.itemId && (
        <Text block variant="small">
          {t("history.openFromMailbox", { who: entry.userName ?? t("history.logger") })}
        </Text>
      )}
      {!entry.canceled && !entry.todoNo && (
        <FollowUpForm
          target={{ entryNo: entry.entryNo }}
          label={what}
          onSaved={(todo) => onChanged({ ...entry, todoNo: todo.no })}
        />
      )}
      <EntryComments entryNo={entry.entryNo} what={what} />
      {problem && <NoticeBanner tone="warning">{problem}</NoticeBanner>}
    </li>
  );
}

/** Open: the item's recorded web link (works for colleagues too), else its id in the logger's mailbox. */
function OpenEntry({ entry }: { entry: InteractionEntry }) {
  const { deps, translator } = useTaskpane();
  const { t } = translator;
  if (entry.webLink)
    return (
      <ActionButton
        text={t("history.openLink")}
        href={entry.webLink}
        target="_blank"
        rel="noopener noreferrer"
      />
    );
  if (!entry.itemId) return null;
  const itemId = entry.itemId;
  return (
    <ActionButton
      text={t("history.open")}
      onClick={() =>
        deps.mailbox.openItem(itemId, entry.sourceKind === "meeting" ? "appointment" : "message")
      }
    />
  );
}
