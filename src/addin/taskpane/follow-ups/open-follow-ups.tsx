import { ActionButton, Text } from "../fluent";
import { useEffect, useState } from "react";
import type { Todo } from "../../../contracts";
import { failureText } from "../../use-cases/failure-text";
import { loadOpenFollowUps, recordFollowUp } from "../../use-cases/follow-ups";
import { NoticeBanner } from "../notice-banner";
import { useTaskpane } from "../taskpane-context";

/** The contact card's open follow-ups, soonest due first, each with Complete. */
export function OpenFollowUps({ contactNo }: { contactNo: string }) {
  const { deps, translator, announce } = useTaskpane();
  const { t, formatDate } = translator;
  const [todos, setTodos] = useState<Todo[]>();
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    let live = true;
    void loadOpenFollowUps(deps, contactNo).then((result) => {
      if (!live) return;
      if (result.ok) setTodos(result.value.items);
      else setProblem(t("fail.load", { reason: failureText(translator, result.error) }));
    });
    return () => {
      live = false;
    };
  }, [deps, contactNo, t, translator]);

  async function complete(todo: Todo) {
    const result = await recordFollowUp(deps, { kind: "completeTodo", todoNo: todo.no }, todo.description);
    if (!result.ok) {
      const message = t("fail.completeFollowUp", { reason: failureText(translator, result.error) });
      setProblem(message);
      announce(message);
      return;
    }
    setTodos((before) => before?.filter((x) => x.no !== todo.no));
    announce(t("followUp.completed", { no: todo.no }));
  }

  return (
    <section aria-labelledby="tp-open-follow-ups">
      <Text as="h3" variant="medium" block id="tp-open-follow-ups" style={{ fontWeight: 600 }}>
        {t("followUp.open")}
      </Text>
      {todos !== undefined && todos.length === 0 && (
        <Text block variant="small">
          {t("followUp.none")}
        </Text>
      )}
      {todos !== undefined && todos.length > 0 && (
        <ul style={{ margin: 0, paddingLeft: 16 }}>
          {todos.map((todo) => (
            <li key={todo.no}>
              <Text>
                {todo.description} ·{" "}
                {t("followUp.due", { date: formatDate(todo.dueDate, { dateOnly: true }) })}
                {todo.salespersonCode ? ` · ${todo.salespersonCode}` : ""}
              </Text>
              <ActionButton
                text={t("followUp.complete")}
                ariaLabel={t("followUp.completeLabel", { no: todo.no })}
                onClick={() => void complete(todo)}
              />
            </li>
          ))}
        </ul>
      )}
      {problem && <NoticeBanner tone="warning">{problem}</NoticeBanner>}
    </section>
  );
}
