import { DefaultButton, PrimaryButton, Dropdown, Text, TextField } from "../fluent";
import { useEffect, useState } from "react";
import type { NeverLogEntry } from "../../../contracts";
import { reasonOf } from "../../use-cases/reason-of";
import { useTaskpane } from "../taskpane-context";
import { FlexStack } from "../flex-stack";

const AUTO = "auto";

/** The Settings tab: the store's address, the user's never-log list and the UI language. */
export default function SettingsView() {
  const { deps, translator, announce, setLanguage } = useTaskpane();
  const { t } = translator;
  const current = deps.settings.read();
  const [storeUrl, setStoreUrl] = useState(current.storeUrl ?? "");
  const [entries, setEntries] = useState<NeverLogEntry[]>([]);
  const [value, setValue] = useState("");

  useEffect(() => {
    void deps.store.neverLog().then((list) => list.ok && setEntries(list.value.items));
  }, [deps]);

  const failed = (code: string) => announce(t("log.failed", { reason: reasonOf(translator, code) }));

  async function save(changes: Parameters<typeof deps.settings.save>[0]) {
    const saved = await deps.settings.save(changes);
    if (saved.ok) announce(t("settings.saved"));
    else failed(saved.error.code);
  }

  async function add() {
    const text = value.trim().replace(/^@/, "");
    if (text === "") return;
    const entry: NeverLogEntry = {
      value: text,
      kind: text.includes("@") ? "address" : "domain",
      scope: "user",
    };
    const added = await deps.store.addNeverLog(entry);
    if (!added.ok) return failed(added.error.code);
    setEntries((list) => [...list, added.value]);
    setValue("");
  }

  async function remove(entry: NeverLogEntry) {
    if (!entry.id) return;
    const removed = await deps.store.removeNeverLog(entry.id);
    if (!removed.ok) return failed(removed.error.code);
    setEntries((list) => list.filter((e) => e.id !== entry.id));
  }

  return (
    <FlexStack gap={16}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save({ storeUrl: storeUrl.trim() || undefined });
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
      </form>
      <section aria-labelledby="tp-never-log">
        <Text as="h2" id="tp-never-log" variant="mediumPlus" block>
          {t("settings.neverLog")}
        </Text>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <FlexStack horizontal gap={8} alignEnd>
            <TextField
              label={t("settings.neverLog")}
              description={t("settings.neverLogHint")}
              value={value}
              onChange={(_e, v) => setValue(v ?? "")}
            />
            <DefaultButton type="submit" text={t("settings.neverLogAdd")} />
          </FlexStack>
        </form>
        {entries.length === 0 && <Text block>{t("settings.neverLogEmpty")}</Text>}
        <ul style={{ paddingLeft: 16 }}>
          {entries.map((entry) => (
            <li key={entry.id ?? entry.value}>
              {entry.value}{" "}
              {entry.scope === "user" && entry.id && (
                <DefaultButton
                  text="×"
                  ariaLabel={t("settings.neverLogRemove", { value: entry.value })}
                  onClick={() => void remove(entry)}
                />
              )}
            </li>
          ))}
        </ul>
      </section>
      <Dropdown
        label={t("settings.language")}
        options={[
          { key: AUTO, text: t("settings.languageAuto") },
          { key: "en-US", text: "English" },
          { key: "ru-RU", text: "Русский" },
        ]}
        selectedKey={current.language ?? AUTO}
        onChange={(_e, option) => {
          const language = option?.key === AUTO || !option ? undefined : String(option.key);
          setLanguage(language);
          void save({ language });
        }}
      />
    </FlexStack>
  );
}
