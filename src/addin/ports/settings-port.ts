import type { AddinErrorCode } from "../../contracts";
import type { Result } from "../../domain/result";

/** What the user set for Touchpoint; roaming settings in Outlook, so it follows them between machines. */
export interface AddinSettings {
  /** Store origin when it is not the origin the pane was loaded from. */
  storeUrl?: string;
  /** UI language override ("en-US" | "ru-RU"); absent follows Office's display language. */
  language?: string;
  /** The template the user last chose per kind of item (a draft apart); it overrides template setup's default. */
  lastTemplate?: { email?: string; email_draft?: string; meeting?: string };
  /**
   * The user's *Log sent mail automatically* switch (on-send); undefined: never chosen, so the tenant's
   * policy decides (autoLogSwitch in src/domain/auto-log-policy.ts).
   */
  autoLog?: boolean;
  /** Log a reply in a conversation that is already logged (default off). */
  logReplies?: boolean;
}

/** Changes to save: a setting given as undefined is cleared (back to its default). */
export type SettingsChanges = { [K in keyof AddinSettings]?: AddinSettings[K] | undefined };

/** Reads and saves the add-in's settings. */
export interface SettingsPort {
  read(): AddinSettings;
  /** Merges the changes and persists them. */
  save(
    changes: SettingsChanges,
  ): Promise<Result<void, { code: Extract<AddinErrorCode, "ADDIN_SETTINGS_SAVE_FAILED">; message: string }>>;
}
