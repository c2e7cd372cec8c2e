// The unified app manifest for Microsoft 365 (manifest.json, schema 1.30) and its ru-RU localization file,
// from touchpoint-addin.mjs.
import { addin, urlsFor } from "./touchpoint-addin.mjs";

/** The schema version emitted; @microsoft/app-manifest ships it, and validate-unified.mjs checks against it. */
export const MANIFEST_VERSION = "1.30";
export const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
export const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;
/** The localization file beside manifest.json, by language tag. */
export const localizationFile = (languageTag) => `manifest.${languageTag}.json`;

const ACTIONS = { openPane: "openTouchpoint", log: addin.commands.log.functionName };
const { commands, icons } = addin;

/** A localizable string: replaced by its en-US text, its ru-RU text goes to the localization file. */
const text = (value) => ({ localized: value });

const mailbox = (minVersion) => ({ capabilities: [{ name: "Mailbox", minVersion }] });

function desktopRibbon(urls) {
  const button = (command, actionId) => ({
    id: command.id,
    type: "button",
    label: text(command.label),
    icons: icons.command.map((size) => ({ size, url: urls.icon(size) })),
    supertip: { title: text(command.title), description: text(command.tooltip) },
    actionId,
  });
  return {
    requirements: { formFactors: ["desktop"] },
    contexts: addin.surfaces.map((surface) => surface.unified),
    tabs: [
      {
        builtInTabId: "TabDefault",
        groups: [
          {
            id: "TouchpointGroup",
            label: text(addin.groupLabel),
            controls: [button(commands.openPane, ACTIONS.openPane), button(commands.log, ACTIONS.log)],
          },
        ],
      },
    ],
  };
}

function mobileRibbon(urls) {
  return {
    requirements: { formFactors: ["mobile"] },
    contexts: addin.mobileSurfaces.map((surface) => surface.unified),
    tabs: [
      {
        builtInTabId: "TabDefault",
        customMobileRibbonGroups: addin.mobileSurfaces.map((surface) => ({
          id: `${surface.id}Group`,
          label: text(addin.groupLabel),
          controls: [
            {
              id: `${surface.id}${commands.openPane.id}`,
              type: "mobileButton",
              label: text(commands.openPane.label),
              icons: icons.mobile.flatMap((size) =>
                icons.mobileScales.map((scale) => ({ size, scale, url: urls.icon(size * scale) })),
              ),
              actionId: ACTIONS.openPane,
            },
          ],
        })),
      },
    ],
  };
}

function extension(urls) {
  const events = addin.launchEvents;
  return {
    requirements: { scopes: ["mail"], ...mailbox(addin.requirements.commands) },
    runtimes: [
      {
        id: "TaskpaneRuntime",
        type: "general",
        code: { page: urls.page(addin.pages.taskpane) },
        lifetime: "short",
        actions: [{ id: ACTIONS.openPane, type: "openPage", pinnable: true }],
      },
      {
        id: "CommandsRuntime",
        type: "general",
        code: { page: urls.page(addin.pages.commands) },
        lifetime: "short",
        actions: [{ id: ACTIONS.log, type: "executeFunction" }],
      },
      {
        requirements: mailbox(addin.requirements.launchEvents),
        id: "LaunchEventRuntime",
        type: "general",
        code: { page: urls.page(addin.pages.launchEvent), script: urls.page(addin.pages.launchEventScript) },
        lifetime: "short",
        actions: [{ id: events.functionName, type: "executeFunction" }],
      },
    ],
    ribbons: [desktopRibbon(urls), mobileRibbon(urls)],
    autoRunEvents: [
      {
        requirements: mailbox(addin.requirements.launchEvents),
        events: events.events.map((event) => ({
          type: event.unified,
          actionId: events.functionName,
          options: { sendMode: events.sendMode.unified },
        })),
      },
    ],
    alternates: [
      {
        alternateIcons: {
          icon: { size: icons.app, url: urls.icon(icons.app) },
          // The schema's sizes stop at 80: the 128 px file is the 2× image of the 64 px icon, as Microsoft's
          // manifest converter writes HighResolutionIconUrl.
          highResolutionIcon: { size: icons.app, url: urls.icon(icons.appHighResolution) },
        },
      },
    ],
  };
}

/** Replaces each localizable string by `language`'s text and lists where each one sits (`a.b[0].c`). */
function localize(node, language, path = "", found = {}) {
  if (Array.isArray(node)) return node.map((item, i) => localize(item, language, `${path}[${i}]`, found));
  if (node === null || typeof node !== "object") return node;
  if ("localized" in node) {
    found[path] = node.localized;
    return node.localized[language];
  }
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      localize(value, language, path ? `${path}.${key}` : key, found),
    ]),
  );
}

function describe(base, overrides) {
  const urls = urlsFor(base, overrides);
  const languageTags = addin.otherLocales.map((locale) => locale.toLowerCase());
  return {
    $schema: SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: addin.version,
    id: addin.id,
    localizationInfo: {
      defaultLanguageTag: addin.defaultLocale.toLowerCase(),
      additionalLanguages: languageTags.map((languageTag) => ({
        languageTag,
        file: localizationFile(languageTag),
      })),
    },
    developer: {
      name: addin.provider,
      websiteUrl: urls.website,
      privacyUrl: urls.privacy,
      termsOfUseUrl: urls.terms,
    },
    name: { short: text(addin.name.short), full: text(addin.name.full) },
    description: { short: text(addin.description.short), full: text(addin.description.full) },
    icons: { outline: icons.outline.file, color: icons.color.file },
    accentColor: addin.accentColor,
    validDomains: [new URL(urls.root).host, ...addin.appDomains.map((domain) => new URL(domain).host)],
    authorization: {
      permissions: {
        resourceSpecific: [addin.permission.unified, addin.sharedFolders.unified].map((name) => ({
          name,
          type: "Delegated",
        })),
      },
    },
    extensions: [extension(urls)],
  };
}

/**
 * manifest.json for the add-in served from `base`, and one localization file per other language:
 * `{ manifest, localizations: [{ file, languageTag, content }], inLanguage(language) }`. `inLanguage("ru")`
 * is the manifest with every string in that language, so the schema's length limits check the translation.
 */
export function unifiedManifest(base, overrides = {}) {
  const described = describe(base, overrides);
  const where = {};
  const manifest = localize(described, "en", "", where);
  const localizations = addin.otherLocales.map((locale) => {
    const languageTag = locale.toLowerCase();
    const strings = Object.fromEntries(Object.entries(where).map(([path, value]) => [path, value.ru]));
    return {
      file: localizationFile(languageTag),
      languageTag,
      content: { $schema: LOCALIZATION_SCHEMA_URL, ...strings },
    };
  });
  return { manifest, localizations, inLanguage: (language) => localize(described, language) };
}
