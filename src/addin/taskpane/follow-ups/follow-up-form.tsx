import { ActionButton, DefaultButton, PrimaryButton, TextField } from "../fluent";
import { useState } from "react";
import type { Todo } from "../../../contracts";
import { FIELD_LIMITS } from "../../../contracts/field-limits";
import { failureText } from "../../use-cases/failure-text";
import { dayAfter, recordFollowUp } from "../../use-cases/follow-ups";
import { FlexStack } from "../flex-stack";
import { NoticeBanner } from "../notice-banner";
import { useTaskpane } from "../taskpane-context";

export interface FollowUpFormProps {
  /** The entry it follows up: by number (History), or the item's source key while its log is on its way. */
  target: { entryNo: number } | { sourceKey: string };
  /** What the follow-up is about, for the outbox list. */
  label: string;
  /** The store's to-do once it has it. */
  onSaved?(todo: Todo): void;
}

/**
 * *Create follow-up* (Business Central's To-do): a description, a due date (a week from today unless
 * changed) and an optional salesperson, linked to the entry; queued in the outbox like a log.
 */
export function FollowUpForm({ target, label, onSaved }: FollowUpFormProps) {
  const { deps, translator, announce } = useTaskpane();
  const { t, formatDate } = translator;
  const [open, setOpen] = useState(false);
  const [description, setDescription] = useState("");
  const [dueDate, setDueDate] = useState(() => dayAfter(new Date(), 7));
  const [salesperson, setSalesperson] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  if (!open) return <ActionButton text={t("followUp.create")} onClick={() => setOpen(true)} />;

  async function save() {
    const text = description.trim();
    if (text.length === 0) return setProblem(t("followUp.needsDescription"));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) return setProblem(t("followUp.needsDate"));
    setBusy(true);
    setProblem(undefined);
    const code = salesperson.trim().toUpperCase();
    const request = { description: text, dueDate, ...target, ...(code ? { salespersonCode: code } : {}) };
    const result = await recordFollowUp(deps, { kind: "todo", request }, label);
    setBusy(false);
    if (!result.ok) {
      const message = t("fail.followUp", { reason: failureText(translator, result.error) });
      setProblem(message);
      announce(message);
      return;
    }
    if (result.value.status === "recorded" && "no" in result.value.value) {
      const todo = result.value.value;
      announce(t("followUp.saved", { no: todo.no, date: formatDate(todo.dueDate, { dateOnly: true }) }));
      onSaved?.(todo);
    } else announce(t("followUp.queued"));
    setOpen(false);
    setDescription("");
  }

  return (
    <form
      aria-label={t("followUp.form")}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <FlexStack gap={4}>
        <TextField
          label={t("followUp.description")}
          value={description}
          maxLength={FIELD_LIMITS.description}
          required
          onChange={(_e, value) => setDescription(value ?? "")}
        />
        <TextField
          label={t("followUp.dueDate")}
          type="date"
          value={dueDate}
          required
          onChange={(_e, value) => setDueDate(value ?? "")}
        />
        <TextField
          label={t("followUp.salesperson")}
          value={salesperson}
          maxLength={20}
          onChange={(_e, value) => setSalesperson(value ?? "")}
        />
        {problem && <NoticeBanner tone="warning">{problem}</NoticeBanner>}
        <FlexStack horizontal gap={8}>
          <PrimaryButton type="submit" text={t("followUp.save")} disabled={busy} />
          <DefaultButton text={t("followUp.cancel")} disabled={busy} onClick={() => setOpen(false)} />
        </FlexStack>
      </FlexStack>
    </form>
  );
}
