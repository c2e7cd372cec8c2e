// The add-in only XML manifest (MailApp, VersionOverrides 1.0 with 1.1 inside), from touchpoint-addin.mjs.
import { addin, urlsFor } from "./touchpoint-addin.mjs";
import { commandIcon, desktopSurface, mobileIcon, mobileSurface } from "./xml-ribbon.mjs";
import { comment, el, xmlDocument } from "./xml-writer.mjs";

const OVERRIDES_1_0 = "http://schemas.microsoft.com/office/mailappversionoverrides";
const OVERRIDES_1_1 = "http://schemas.microsoft.com/office/mailappversionoverrides/1.1";

/** `<Name DefaultValue="en"><Override Locale="ru-RU" Value="ru" /></Name>` (prefix "bt:" for resources). */
function localized(name, text, prefix = "", attrs = {}) {
  return el(
    name,
    { ...attrs, DefaultValue: text.en },
    addin.otherLocales.map((locale) => el(`${prefix}Override`, { Locale: locale, Value: text.ru })),
  );
}

const { commands, icons } = addin;
const shortStrings = {
  "Group.Label": addin.groupLabel,
  "PaneButton.Label": commands.openPane.label,
  "PaneButton.Title": commands.openPane.title,
  "LogButton.Label": commands.log.label,
  "LogButton.Title": commands.log.title,
};
const longStrings = {
  "App.Description": addin.description.full,
  "PaneButton.Tooltip": commands.openPane.tooltip,
  "LogButton.Tooltip": commands.log.tooltip,
};
function resources(urls, { mobile, launchEvent }) {
  // A mobile icon at scale 1 is the command icon of its size when there is one: one resource, two uses.
  const images = new Map(icons.command.map((size) => [commandIcon(size), size]));
  if (mobile)
    for (const size of icons.mobile)
      for (const scale of icons.mobileScales) images.set(mobileIcon(size, scale), size * scale);
  const url = (id, page) => el("bt:Url", { id, DefaultValue: urls.page(page) });
  return el(
    "Resources",
    {},
    el(
      "bt:Images",
      {},
      [...images].map(([id, pixels]) => el("bt:Image", { id, DefaultValue: urls.icon(pixels) })),
    ),
    el(
      "bt:Urls",
      {},
      url("Commands.Url", addin.pages.commands),
      url("Taskpane.Url", addin.pages.taskpane),
      launchEvent && url("LaunchEvent.Url", addin.pages.launchEvent),
      launchEvent && url("LaunchEventJs.Url", addin.pages.launchEventScript),
    ),
    el(
      "bt:ShortStrings",
      {},
      Object.entries(shortStrings).map(([id, text]) => localized("bt:String", text, "bt:", { id })),
    ),
    el(
      "bt:LongStrings",
      {},
      Object.entries(longStrings)
        .filter(([id]) => launchEvent || id !== "App.Description")
        .map(([id, text]) => localized("bt:String", text, "bt:", { id })),
    ),
  );
}

const requirementSets = (version) =>
  el("Requirements", {}, el("bt:Sets", { DefaultMinVersion: version }, el("bt:Set", { Name: "Mailbox" })));

function overrides1_1(urls) {
  const events = addin.launchEvents;
  return el(
    "VersionOverrides",
    { xmlns: OVERRIDES_1_1, "xsi:type": "VersionOverridesV1_1" },
    el("Description", { resid: "App.Description" }),
    requirementSets(addin.requirements.launchEvents),
    el(
      "Hosts",
      {},
      el(
        "Host",
        { "xsi:type": "MailHost" },
        el(
          "Runtimes",
          {},
          comment(
            "The event runtime: an HTML page on the web and new Outlook, the bare script in classic Outlook on Windows.",
          ),
          el(
            "Runtime",
            { resid: "LaunchEvent.Url" },
            el("Override", { type: "javascript", resid: "LaunchEventJs.Url" }),
          ),
        ),
        el(
          "DesktopFormFactor",
          {},
          el("SupportsSharedFolders", {}, "true"),
          el("FunctionFile", { resid: "Commands.Url" }),
          addin.surfaces.map((surface) => desktopSurface(surface, true)),
          el(
            "ExtensionPoint",
            { "xsi:type": "LaunchEvent" },
            el(
              "LaunchEvents",
              {},
              events.events.map((event) =>
                el("LaunchEvent", {
                  Type: event.xml,
                  FunctionName: events.functionName,
                  SendMode: events.sendMode.xml,
                }),
              ),
            ),
            el("SourceLocation", { resid: "LaunchEvent.Url" }),
          ),
        ),
        comment("Outlook on iOS and Android: a button on a read message opens the pane."),
        el(
          "MobileFormFactor",
          {},
          el("FunctionFile", { resid: "Commands.Url" }),
          addin.mobileSurfaces.map(mobileSurface),
        ),
      ),
    ),
    resources(urls, { mobile: true, launchEvent: true }),
  );
}

/** manifest.xml for the add-in served from `base` (https://host[:port][/path]). */
export function xmlManifest(base, overrides = {}) {
  const urls = urlsFor(base, overrides);
  const pane = urls.page(addin.pages.taskpane);
  const root = el(
    "OfficeApp",
    {
      xmlns: "http://schemas.microsoft.com/office/appforoffice/1.1",
      "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
      "xmlns:bt": "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
      "xsi:type": "MailApp",
    },
    el("Id", {}, addin.id),
    el("Version", {}, `${addin.version}.0`),
    el("ProviderName", {}, addin.provider),
    el("DefaultLocale", {}, addin.defaultLocale),
    localized("DisplayName", addin.name.short),
    localized("Description", addin.description.full),
    el("IconUrl", { DefaultValue: urls.icon(icons.app) }),
    el("HighResolutionIconUrl", { DefaultValue: urls.icon(icons.appHighResolution) }),
    el("SupportUrl", { DefaultValue: urls.website }),
    el(
      "AppDomains",
      {},
      addin.appDomains.map((domain) => el("AppDomain", {}, domain)),
    ),
    el("Hosts", {}, el("Host", { Name: "Mailbox" })),
    el(
      "Requirements",
      {},
      el("Sets", {}, el("Set", { Name: "Mailbox", MinVersion: addin.requirements.base })),
    ),
    el(
      "FormSettings",
      {},
      el(
        "Form",
        { "xsi:type": "ItemRead" },
        el(
          "DesktopSettings",
          {},
          el("SourceLocation", { DefaultValue: pane }),
          el("RequestedHeight", {}, "250"),
        ),
      ),
      el(
        "Form",
        { "xsi:type": "ItemEdit" },
        el("DesktopSettings", {}, el("SourceLocation", { DefaultValue: pane })),
      ),
    ),
    el("Permissions", {}, addin.permission.xml),
    el(
      "Rule",
      { "xsi:type": "RuleCollection", Mode: "Or" },
      ["Message", "Appointment"].flatMap((type) =>
        ["Read", "Edit"].map((form) => el("Rule", { "xsi:type": "ItemIs", ItemType: type, FormType: form })),
      ),
    ),
    el("DisableEntityHighlighting", {}, "true"),
    comment(
      `1.0: add-in commands (Mailbox ${addin.requirements.commands}) for clients without the 1.1 features below.`,
    ),
    el(
      "VersionOverrides",
      { xmlns: OVERRIDES_1_0, "xsi:type": "VersionOverridesV1_0" },
      requirementSets(addin.requirements.commands),
      el(
        "Hosts",
        {},
        el(
          "Host",
          { "xsi:type": "MailHost" },
          el(
            "DesktopFormFactor",
            {},
            el("FunctionFile", { resid: "Commands.Url" }),
            addin.surfaces.map((surface) => desktopSurface(surface, false)),
          ),
        ),
      ),
      resources(urls, { mobile: false, launchEvent: false }),
      comment(
        `1.1: pinnable pane, shared folders, the send events (Mailbox ${addin.requirements.launchEvents}, as Smart Alerts require) and Outlook mobile.`,
      ),
      overrides1_1(urls),
    ),
  );
  return xmlDocument(
    [
      comment(
        "Generated by scripts/make-manifest.mjs from scripts/manifest/touchpoint-addin.mjs, as is manifest.json: change that file, not this one.",
      ),
    ],
    root,
  );
}
