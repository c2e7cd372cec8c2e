import { DefaultButton, PrimaryButton, Text, TextField } from "../fluent";
import { useCallback, useEffect, useState } from "react";
import type { Draft } from "../../../contracts";
import { deleteDraft, loadDrafts, resumeDraft } from "../../use-cases/drafts";
import { failureText } from "../../use-cases/failure-text";
import { FlexStack } from "../flex-stack";
import { FormError } from "../form-error";
import { Skeleton } from "../skeleton";
import { useTaskpane } from "../taskpane-context";
import { storableText } from "../../../domain/storable-text";
import { FIELD_LIMITS } from "../../../contracts/field-limits";

/**
 * The Drafts tab: the user's postponed interactions. Resume fills in the description and logs the draft
 * in place (the same entries, now counted); Delete removes it. Each action keeps one Idempotency-Key
 * for its retries, so a double click never resumes twice.
 */
export default function DraftsView() {
  const { deps, translator, announce, itemChanged } = useTaskpane();
  const { t } = translator;
  const [drafts, setDrafts] = useState<Draft[] | undefined>();
  const [problem, setProblem] = useState<string>();
  const load = useCallback(() => {
    void loadDrafts(deps).then((list) => {
      setDrafts(list.ok ? list.value : []);
      setProblem(list.ok ? undefined : t("fail.load", { reason: failureText(translator, list.error) }));
    });
  }, [deps, t, translator]);
  useEffect(load, [load]);

  const done = (id: string, message: string) => {
    setDrafts((list) => (list ?? []).filter((d) => d.item.id !== id));
    announce(message);
    itemChanged();
  };

  return (
    <FlexStack gap={12}>
      <Text as="h1" variant="large" block>
        {t("drafts.heading")}
      </Text>
      {drafts === undefined && <Skeleton label={t("app.loading")} lines={3} />}
      {drafts?.length === 0 && problem === undefined && <Text block>{t("drafts.empty")}</Text>}
      <FormError message={problem} />
      {drafts !== undefined && drafts.length > 0 && (
        <ul aria-label={t("drafts.heading")} style={{ listStyle: "none", margin: 0, padding: 0 }}>
          {drafts.map((draft) => (
            <DraftRow
              key={draft.item.id}
              draft={draft}
              onResumed={() => done(draft.item.id, t("drafts.resumed", { subject: subjectOf(draft) }))}
              onDeleted={() => done(draft.item.id, t("drafts.deleted", { subject: subjectOf(draft) }))}
            />
          ))}
        </ul>
      )}
    </FlexStack>
  );
}

const subjectOf = (draft: Draft) => draft.item.subject || draft.entries[0]?.subject || "—";

function DraftRow({ draft, onResumed, onDeleted }: { draft: Draft; onResumed(): void; onDeleted(): void }) {
  const { deps, translator } = useTaskpane();
  const { t, formatDate } = translator;
  const first = draft.entries[0];
  const [description, setDescription] = useState(first?.description ?? "");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  // One key per action for all its retries: the store replays instead of acting twice.
  const [keys] = useState(() => ({ resume: deps.newId(), remove: deps.newId() }));
  const names = draft.entries.map((e) => e.contactName ?? e.contactNo).join(", ");

  async function act(kind: "resume" | "remove") {
    setBusy(true);
    const result =
      kind === "resume"
        ? await resumeDraft(
            deps,
            draft.item.id,
            { description: storableText(description, FIELD_LIMITS.description) },
            keys.resume,
          )
        : await deleteDraft(deps, draft.item.id, keys.remove);
    setBusy(false);
    if (!result.ok)
      return setProblem(
        t(kind === "resume" ? "fail.resume" : "fail.remove", {
          reason: failureText(translator, result.error),
        }),
      );
    if (kind === "resume") onResumed();
    else onDeleted();
  }

  return (
    <li style={{ borderBottom: "1px solid rgba(128,128,128,0.35)", padding: "8px 0" }}>
      <FlexStack gap={6}>
        <Text as="h2" variant="mediumPlus" block>
          {subjectOf(draft)}
        </Text>
        <Text block>
          {formatDate(draft.item.occurredAt)} · {t("drafts.to", { names })}
        </Text>
        <TextField
          label={t("log.description")}
          value={description}
          maxLength={FIELD_LIMITS.description}
          onChange={(_e, v) => setDescription(v ?? "")}
        />
        <FlexStack horizontal gap={8}>
          <PrimaryButton
            text={t("drafts.resume")}
            ariaLabel={t("drafts.resumeNamed", { subject: subjectOf(draft) })}
            disabled={busy}
            onClick={() => void act("resume")}
          />
          <DefaultButton
            text={t("drafts.delete")}
            ariaLabel={t("drafts.deleteNamed", { subject: subjectOf(draft) })}
            disabled={busy}
            onClick={() => void act("remove")}
          />
        </FlexStack>
        <FormError message={problem} />
      </FlexStack>
    </li>
  );
}
