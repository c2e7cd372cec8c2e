import { DefaultButton, PrimaryButton, Text, TextField } from "../fluent";
import { SelectField } from "../select-field";
import { useEffect, useState } from "react";
import type { NeverLogEntry } from "../../../contracts";
import { displayAddress, normalizeAddress, normalizeDomain } from "../../../domain/normalize-address";
import { failureText } from "../../use-cases/failure-text";
import { useTaskpane } from "../taskpane-context";
import { FlexStack } from "../flex-stack";
import { FormError } from "../form-error";
import { Skeleton } from "../skeleton";
import { AutoLogSettings } from "./auto-log-settings";
import { refreshAutoLogContext } from "../../use-cases/auto-log-context";

const AUTO = "auto";

/** An address or a domain as the never-log list takes it; undefined when it is neither. */
function neverLogEntry(text: string): NeverLogEntry | undefined {
  const value = text.trim().replace(/^@/, "");
  if (value.includes("@"))
    return normalizeAddress(value) === undefined ? undefined : { value, kind: "address", scope: "user" };
  return normalizeDomain(value) === undefined ? undefined : { value, kind: "domain", scope: "user" };
}

/** A never-log value as a person reads it: an internationalised domain in Unicode. */
const shown = (entry: NeverLogEntry): string =>
  entry.kind === "address" ? displayAddress(entry.value) : displayAddress(`x@${entry.value}`).slice(2);

/**
 * The Settings tab: the store's address, automatic logging, the user's never-log list and the UI language. A change to the
 * never-log list or the language applies to the open item at once; what goes wrong is said where it
 * happened: under the field, or under the list.
 */
export default function SettingsView() {
  const { deps, translator, announce, setLanguage, itemChanged } = useTaskpane();
  const { t } = translator;
  const current = deps.settings.read();
  const [storeUrl, setStoreUrl] = useState(current.storeUrl ?? "");
  const [entries, setEntries] = useState<NeverLogEntry[] | undefined>();
  const [listProblem, setListProblem] = useState<string>();
  const [value, setValue] = useState("");
  const [valueProblem, setValueProblem] = useState<string>();
  const [saveProblem, setSaveProblem] = useState<string>();
  const [languageProblem, setLanguageProblem] = useState<string>();

  useEffect(() => {
    void deps.store.neverLog().then((list) => {
      if (list.ok) setEntries(list.value.items);
      else {
        setEntries([]);
        setListProblem(t("fail.load", { reason: failureText(translator, list.error) }));
      }
    });
    // The list is read once per visit; the language switching must not read it again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deps]);

  async function save(changes: Parameters<typeof deps.settings.save>[0], onProblem: (text?: string) => void) {
    const saved = await deps.settings.save(changes);
    onProblem(saved.ok ? undefined : t("fail.save", { reason: failureText(translator, saved.error) }));
    if (saved.ok) announce(t("settings.saved"));
  }

  /** The open item is read again, and the on-send runtime gets the new list at once. */
  function neverLogChanged() {
    itemChanged();
    if (deps.autoLogContext !== undefined)
      void refreshAutoLogContext(deps.autoLogContext, deps.store, (deps.now ?? Date.now)(), true);
  }

  async function add() {
    if (value.trim() === "") return;
    const entry = neverLogEntry(value);
    if (entry === undefined) return setValueProblem(t("error.ADDIN_INVALID_NEVER_LOG_VALUE"));
    const added = await deps.store.addNeverLog(entry);
    if (!added.ok) return setValueProblem(t("fail.add", { reason: failureText(translator, added.error) }));
    setValueProblem(undefined);
    setEntries((list) => [...(list ?? []), added.value]);
    setValue("");
    announce(t("settings.neverLogAdded", { value: shown(added.value) }));
    neverLogChanged();
  }

  async function remove(entry: NeverLogEntry) {
    if (!entry.id) return;
    const removed = await deps.store.removeNeverLog(entry.id);
    if (!removed.ok)
      return setListProblem(t("fail.remove", { reason: failureText(translator, removed.error) }));
    setListProblem(undefined);
    setEntries((list) => (list ?? []).filter((e) => e.id !== entry.id));
    announce(t("settings.neverLogRemoved", { value: shown(entry) }));
    neverLogChanged();
  }

  return (
    <FlexStack gap={16}>
      <Text as="h1" variant="large" block>
        {t("settings.heading")}
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save({ storeUrl: storeUrl.trim() || undefined }, setSaveProblem);
        }}
      >
        <TextField
          label={t("settings.store")}
          description={t("settings.storeHint")}
          type="url"
          value={storeUrl}
          onChange={(_e, v) => setStoreUrl(v ?? "")}
        />
        <PrimaryButton type="submit" text={t("settings.save")} styles={{ root: { marginTop: 8 } }} />
        <FormError message={saveProblem} />
      </form>
      <AutoLogSettings save={save} />
      <section aria-labelledby="tp-never-log">
        <Text as="h2" id="tp-never-log" variant="mediumPlus" block>
          {t("settings.neverLog")}
        </Text>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <FlexStack horizontal gap={8}>
            <TextField
              styles={{ root: { flex: "1 1 0", minWidth: 0 } }}
              label={t("settings.neverLog")}
              description={valueProblem === undefined ? t("settings.neverLogHint") : ""}
              errorMessage={valueProblem ?? ""}
              value={value}
              onChange={(_e, v) => {
                setValue(v ?? "");
                setValueProblem(undefined);
              }}
            />
            {/* Level with the field, whatever is said under it: below its label's line. */}
            <DefaultButton
              type="submit"
              text={t("settings.neverLogAdd")}
              styles={{ root: { marginTop: 29, alignSelf: "flex-start" } }}
            />
          </FlexStack>
        </form>
        {entries === undefined && <Skeleton label={t("app.loading")} lines={2} />}
        {entries?.length === 0 && listProblem === undefined && (
          <Text block>{t("settings.neverLogEmpty")}</Text>
        )}
        <FormError message={listProblem} />
        {entries !== undefined && entries.length > 0 && (
          <ul style={{ paddingLeft: 16 }}>
            {entries.map((entry) => (
              <li key={entry.id ?? entry.value}>
                {shown(entry)}{" "}
                {entry.scope === "user" && entry.id && (
                  <DefaultButton
                    text="×"
                    ariaLabel={t("settings.neverLogRemove", { value: shown(entry) })}
                    onClick={() => void remove(entry)}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div>
        <SelectField
          label={t("settings.language")}
          options={[
            { key: AUTO, text: t("settings.languageAuto") },
            { key: "en-US", text: "English" },
            { key: "ru-RU", text: "Русский" },
          ]}
          selectedKey={current.language ?? AUTO}
          onChange={(key) => {
            const language = key === AUTO ? undefined : key;
            setLanguage(language);
            void save({ language }, setLanguageProblem);
          }}
        />
        <FormError message={languageProblem} />
      </div>
    </FlexStack>
  );
}
