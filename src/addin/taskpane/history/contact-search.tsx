import { ActionButton, Text, TextField } from "../fluent";
import { useEffect, useState } from "react";
import type { Contact } from "../../../contracts";
import { failureText } from "../../use-cases/failure-text";
import { useTaskpane } from "../taskpane-context";

/** Keystrokes this close together make one search. */
const DEBOUNCE_MS = 250;

/** A search box for any contact (name, any address, company name); choosing a result opens its card. */
export function ContactSearch({
  autoFocus,
  onChoose,
}: {
  autoFocus: boolean;
  onChoose(contact: Contact): void;
}) {
  const { deps, translator, announce } = useTaskpane();
  const { t } = translator;
  const [text, setText] = useState("");
  // The answer with the text it answers: a stale answer (the text changed since) is not shown.
  const [answer, setAnswer] = useState<{ q: string; contacts: Contact[] }>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    const q = text.trim();
    if (q.length < 2) return;
    let live = true;
    const timer = setTimeout(() => {
      void deps.store.searchContacts(q).then((found) => {
        if (!live) return;
        if (!found.ok) {
          setProblem(t("fail.load", { reason: failureText(translator, found.error) }));
          return;
        }
        setProblem(undefined);
        setAnswer({ q, contacts: found.value });
        announce(t("search.found", { count: found.value.length }));
      });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [deps, text, t, translator, announce]);

  const results = answer !== undefined && answer.q === text.trim() ? answer.contacts : undefined;
  return (
    <section aria-label={t("search.label")}>
      <TextField
        label={t("search.label")}
        placeholder={t("search.placeholder")}
        type="search"
        autoFocus={autoFocus}
        value={text}
        onChange={(_e, value) => setText(value ?? "")}
        {...(problem === undefined ? {} : { errorMessage: problem })}
      />
      {results !== undefined && results.length === 0 && <Text block>{t("search.none")}</Text>}
      {results !== undefined && results.length > 0 && (
        <ul style={{ padding: 0, margin: 0 }} aria-label={t("search.results")}>
          {results.map((c) => (
            <li key={c.no} style={{ listStyle: "none" }}>
              <ActionButton
                text={describe(c)}
                onClick={() => {
                  setText("");
                  onChoose(c);
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const describe = (c: Contact): string =>
  [c.name, c.companyName, c.email].filter((part): part is string => Boolean(part)).join(" · ");
