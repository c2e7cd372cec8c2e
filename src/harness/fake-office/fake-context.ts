import type { HarnessHost } from "../host/harness-host";
import { failWith, succeed, type AsyncArgs } from "./async-result";
import type { FakeContext, FakeMailbox } from "./create-fake-office";
import { notSupported, notSupportedAsync, notSupportedMethod } from "./not-supported";

/** The highest Mailbox requirement set the fake implements (Outlook on the web today). */
const MAILBOX_VERSION = "1.14";

const THEMES = {
  light: {
    bodyBackgroundColor: "#ffffff",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#f5f5f5",
    controlForegroundColor: "#242424",
    isDarkTheme: false,
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#ffffff",
    controlBackgroundColor: "#1f1f1f",
    controlForegroundColor: "#ffffff",
    isDarkTheme: true,
  },
} as const;

/** Office's ThemeId is numeric in office.js too: Colorful (0) for light, Black (2) for dark. */
const THEME_ID: Record<keyof typeof THEMES, Office.ThemeId> = { light: 0, dark: 2 };

/** `Office.context`: language, theme, requirement sets, roaming settings and the dialog API, from the host. */
export function fakeContext(
  host: HarnessHost,
  mailbox: FakeMailbox,
  ready: { host: Office.HostType; platform: Office.PlatformType },
): FakeContext {
  return {
    host: ready.host,
    platform: ready.platform,
    diagnostics: { ...ready, version: "16.0.0.0" },
    commerceAllowed: false,
    touchEnabled: false,
    get displayLanguage() {
      return host.language;
    },
    get contentLanguage() {
      return host.language;
    },
    get officeTheme() {
      return { ...THEMES[host.theme], themeId: THEME_ID[host.theme] };
    },
    requirements: {
      isSetSupported: (name: string, version?: string | number) => isSetSupported(name, version),
    },
    roamingSettings: fakeRoamingSettings(host),
    mailbox,
    ui: {
      displayDialogAsync(_url: string, ...args: unknown[]) {
        failWith(args, "DialogNotSupported", "The harness cannot open Office dialogs.", 12009);
      },
      // Only a dialog page messages its parent; the harness opens none, so there is no one to tell.
      messageParent: () => undefined,
      addHandlerAsync: notSupportedAsync("context.ui.addHandlerAsync"),
      closeContainer: notSupportedMethod("context.ui.closeContainer"),
      openBrowserWindow: notSupportedMethod("context.ui.openBrowserWindow"),
    },
    get document(): never {
      return notSupported("context.document (Outlook has no document)");
    },
    get license(): never {
      return notSupported("context.license");
    },
    get partitionKey(): never {
      return notSupported("context.partitionKey");
    },
    get sensitivityLabelsCatalog(): never {
      return notSupported("context.sensitivityLabelsCatalog");
    },
    get urls(): never {
      return notSupported("context.urls");
    },
  } satisfies FakeContext;
}

/** `Office.context.roamingSettings`: the harness keeps them per mailbox user in the browser. */
function fakeRoamingSettings(host: HarnessHost): Office.RoamingSettings {
  return {
    get: (name: string): unknown => host.roamingSettings[name],
    set: (name: string, value: unknown) => void (host.roamingSettings[name] = value),
    remove: (name: string) => void delete host.roamingSettings[name],
    saveAsync: (...args: AsyncArgs<void>) => {
      host.saveRoamingSettings(host.roamingSettings);
      succeed(args, undefined);
    },
  } satisfies Office.RoamingSettings;
}

function isSetSupported(name: string, version?: string | number): boolean {
  if (name.toLowerCase() !== "mailbox") return false;
  const [major = 0, minor = 0] = String(version ?? "1.1")
    .split(".")
    .map(Number);
  const [maxMajor = 0, maxMinor = 0] = MAILBOX_VERSION.split(".").map(Number);
  return major < maxMajor || (major === maxMajor && minor <= maxMinor);
}
