import { fail, ok } from "../../../domain/result";
import type { AddinSettings, SettingsChanges, SettingsPort } from "../../ports/settings-port";

/** The one roaming-settings key Touchpoint writes; the whole settings object lives under it. */
const SETTINGS_KEY = "touchpoint";

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;

// Roaming settings are user-editable JSON from any version of the add-in: keep only well-typed fields.
function sanitize(raw: unknown): AddinSettings {
  if (typeof raw !== "object" || raw === null) return {};
  const record = raw as Record<string, unknown>;
  const settings: AddinSettings = {};
  const storeUrl = text(record.storeUrl);
  const language = text(record.language);
  if (storeUrl) settings.storeUrl = storeUrl;
  if (language) settings.language = language;
  if (typeof record.autoLog === "boolean") settings.autoLog = record.autoLog;
  if (typeof record.logReplies === "boolean") settings.logReplies = record.logReplies;
  if (typeof record.lastTemplate === "object" && record.lastTemplate !== null) {
    const last = record.lastTemplate as Record<string, unknown>;
    const kept = Object.fromEntries(
      (["email", "email_draft", "meeting"] as const).flatMap((key) => {
        const code = text(last[key]);
        return code ? [[key, code]] : [];
      }),
    );
    if (Object.keys(kept).length > 0) settings.lastTemplate = kept;
  }
  return settings;
}

/** The SettingsPort over Outlook's roaming settings, so the user's choices follow them between machines. */
export function createOfficeSettings(
  office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office,
): SettingsPort {
  const roaming = (): Office.RoamingSettings | undefined => office?.context?.roamingSettings;

  return {
    read() {
      return sanitize(roaming()?.get(SETTINGS_KEY));
    },

    save(changes) {
      const store = roaming();
      if (!office || !store)
        return Promise.resolve(
          fail({
            code: "ADDIN_SETTINGS_SAVE_FAILED" as const,
            message: "Settings need Outlook's roaming settings.",
          }),
        );
      const before = store.get(SETTINGS_KEY) as unknown;
      const current = sanitize(before);
      const next: SettingsChanges = {
        ...current,
        ...changes,
        lastTemplate: { ...current.lastTemplate, ...changes.lastTemplate },
      };
      store.set(SETTINGS_KEY, sanitize(next));
      return new Promise((resolve) => {
        const failed = (detail: string) => {
          // Put the old value back so read() keeps telling what is actually saved.
          if (before === undefined) store.remove(SETTINGS_KEY);
          else store.set(SETTINGS_KEY, before);
          resolve(fail({ code: "ADDIN_SETTINGS_SAVE_FAILED", message: `Saving settings failed: ${detail}` }));
        };
        try {
          store.saveAsync((result) => {
            if (result.status === office.AsyncResultStatus.Failed)
              failed(result.error?.message ?? "no error given");
            else resolve(ok(undefined));
          });
        } catch (error) {
          failed(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
