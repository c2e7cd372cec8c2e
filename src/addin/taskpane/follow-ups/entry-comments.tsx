import { ActionButton, DefaultButton, Text, TextField } from "../fluent";
import { useEffect, useState } from "react";
import type { CommentLine } from "../../../contracts";
import { FIELD_LIMITS } from "../../../contracts/field-limits";
import { failureText } from "../../use-cases/failure-text";
import { loadComments, recordFollowUp } from "../../use-cases/follow-ups";
import { FlexStack } from "../flex-stack";
import { NoticeBanner } from "../notice-banner";
import { useTaskpane } from "../taskpane-context";

/**
 * An entry's comment lines [Inter. Log Entry Comment Line] under its History row, read when opened, and a
 * field to add one (queued in the outbox like every change).
 */
export function EntryComments({ entryNo, what }: { entryNo: number; what: string }) {
  const { deps, translator, announce } = useTaskpane();
  const { t, formatDate } = translator;
  const [open, setOpen] = useState(false);
  const [lines, setLines] = useState<CommentLine[]>();
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    if (!open) return;
    let live = true;
    void loadComments(deps, entryNo).then((result) => {
      if (!live) return;
      if (result.ok) setLines(result.value.items);
      else setProblem(t("fail.load", { reason: failureText(translator, result.error) }));
    });
    return () => {
      live = false;
    };
  }, [open, deps, entryNo, t, translator]);

  if (!open)
    return (
      <ActionButton
        text={t("comments.show")}
        ariaLabel={t("comments.label", { what })}
        onClick={() => setOpen(true)}
      />
    );

  async function add() {
    const comment = text.trim();
    if (comment.length === 0) return;
    setBusy(true);
    setProblem(undefined);
    const result = await recordFollowUp(deps, { kind: "comment", entryNo, comment }, what);
    setBusy(false);
    if (!result.ok) {
      const message = t("fail.comment", { reason: failureText(translator, result.error) });
      setProblem(message);
      announce(message);
      return;
    }
    const recorded = result.value.status === "recorded" ? result.value.value : undefined;
    if (recorded !== undefined && "lineNo" in recorded) setLines((before) => [...(before ?? []), recorded]);
    announce(t(recorded === undefined ? "comments.queued" : "comments.added"));
    setText("");
  }

  return (
    <section aria-label={t("comments.label", { what })} style={{ marginTop: 4 }}>
      {lines !== undefined && lines.length === 0 && (
        <Text block variant="small">
          {t("comments.none")}
        </Text>
      )}
      {lines !== undefined && lines.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: 16 }}>
          {lines.map((line) => (
            <li key={line.lineNo}>
              <Text block>{line.comment}</Text>
              <Text block variant="small">
                {t("comments.by", {
                  date: formatDate(line.date, { dateOnly: true }),
                  who: line.userName ?? line.userId,
                })}
              </Text>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <FlexStack horizontal gap={4} alignEnd>
          <TextField
            label={t("comments.text")}
            value={text}
            maxLength={FIELD_LIMITS.comment}
            onChange={(_e, value) => setText(value ?? "")}
          />
          <DefaultButton type="submit" text={t("comments.add")} disabled={busy || text.trim().length === 0} />
        </FlexStack>
      </form>
      {problem && <NoticeBanner tone="warning">{problem}</NoticeBanner>}
    </section>
  );
}
