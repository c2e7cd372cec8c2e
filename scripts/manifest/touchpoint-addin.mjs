// The one description of the Touchpoint add-in. Both manifests are generated from it:
// manifest.xml (the add-in only XML manifest) by xml-manifest.mjs, and manifest.json with its ru-RU
// localization (the unified app manifest for Microsoft 365) by unified-manifest.mjs. Change the add-in
// here, then run `node scripts/make-manifest.mjs` to rewrite the committed files.
import { readFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));

/** Where the committed manifests point: the https dev server (`npm run start:https`), as sideloading needs. */
export const DEV_BASE_URL = "https://localhost:3000";
/** What `npm run package` uses without `--base`: the example domain of the README, to be replaced. */
export const EXAMPLE_BASE_URL = "https://touchpoint.example.com";

/** A string in every language the add-in speaks; `en` is the default (en-US). */
const t = (en, ru) => ({ en, ru });

export const addin = {
  id: "6b1f3c2e-8d4a-4f7b-9c35-2e7a1d90b4c8",
  /** package.json's version: a release changes both manifests. */
  version: pkg.version,
  provider: "Touchpoint",
  defaultLocale: "en-US",
  otherLocales: ["ru-RU"],
  accentColor: "#0F6CBD",
  name: { short: t("Touchpoint", "Touchpoint"), full: t("Touchpoint for Outlook", "Touchpoint для Outlook") },
  description: {
    short: t(
      "Log emails and meetings as interactions with your contacts.",
      "Записывайте письма и встречи как взаимодействия с контактами.",
    ),
    full: t(
      "Log emails and meetings as interactions with your contacts and see each contact's interaction history.",
      "Регистрируйте письма и встречи как взаимодействия с контактами и смотрите историю взаимодействий каждого контакта.",
    ),
  },
  /** Pages of the built add-in (dist/), relative to the base URL. */
  pages: {
    taskpane: "taskpane.html",
    commands: "commands.html",
    launchEvent: "launchevent.html",
    /** Classic Outlook on Windows runs the event handler as bare JavaScript. */
    launchEventScript: "launchevent.js",
    about: "about.html",
    privacy: "about.html#privacy",
    terms: "about.html#terms",
  },
  /** Domains the sign-in may navigate to inside Outlook's window. */
  appDomains: ["https://login.microsoftonline.com"],
  /** The item permission (XML) and its resource-specific permission (unified). */
  permission: { xml: "ReadWriteItem", unified: "MailboxItem.ReadWrite.User" },
  sharedFolders: { unified: "Mailbox.AccessSharedFolders.User" },
  requirements: {
    /** Loading the add-in at all (Mailbox 1.1), add-in commands (1.3), and send events (1.12, Smart Alerts). */
    base: "1.1",
    commands: "1.3",
    launchEvents: "1.12",
  },
  /** Desktop command surfaces: the same group on each, the ids the XML manifest has always used. */
  surfaces: [
    { xml: "MessageReadCommandSurface", unified: "mailRead", id: "msgRead" },
    { xml: "MessageComposeCommandSurface", unified: "mailCompose", id: "msgCompose" },
    { xml: "AppointmentAttendeeCommandSurface", unified: "meetingDetailsAttendee", id: "apptAttendee" },
    { xml: "AppointmentOrganizerCommandSurface", unified: "meetingDetailsOrganizer", id: "apptOrganizer" },
  ],
  /** Outlook on iOS and Android: reading a message, where a button opens the pane. */
  mobileSurfaces: [{ xml: "MobileMessageReadCommandSurface", unified: "mailRead", id: "mobileMsgRead" }],
  /** The two commands of each surface. */
  commands: {
    openPane: {
      id: "OpenPaneButton",
      label: t("Touchpoint", "Touchpoint"),
      title: t("Open Touchpoint", "Открыть Touchpoint"),
      tooltip: t(
        "See which participants are contacts, log this item against an interaction template and view their history.",
        "Узнайте, кто из участников является контактом, запишите элемент по шаблону взаимодействия и посмотрите историю.",
      ),
    },
    log: {
      id: "LogButton",
      functionName: "logItem",
      label: t("Log", "Записать"),
      title: t("Log this item", "Записать этот элемент"),
      tooltip: t(
        "Log this item in one click to every participant who is a known contact, with the default template.",
        "Одним щелчком запишите элемент всем участникам, которые являются известными контактами, с шаблоном по умолчанию.",
      ),
    },
  },
  groupLabel: t("Touchpoint", "Touchpoint"),
  /** The send events, handled by one function that always lets the item go (a logger never blocks mail). */
  launchEvents: {
    functionName: "onItemSend",
    sendMode: { xml: "PromptUser", unified: "promptUser" },
    events: [
      { xml: "OnMessageSend", unified: "messageSending" },
      { xml: "OnAppointmentSend", unified: "appointmentSending" },
    ],
  },
  icons: {
    /** XML IconUrl and HighResolutionIconUrl; the unified manifest's alternate icons. */
    app: 64,
    appHighResolution: 128,
    /** Ribbon buttons. */
    command: [16, 32, 80],
    /** Mobile buttons: each size at scales 1–3, each its own file of size × scale pixels. */
    mobile: [25, 32, 48],
    mobileScales: [1, 2, 3],
    /** The unified manifest's package icons. */
    color: { file: "assets/color.png", size: 192 },
    outline: { file: "assets/outline.png", size: 32 },
  },
};

/** The file of an icon of `pixels` × `pixels` under assets/ (scripts/make-icons.mjs draws them). */
export const iconFile = (pixels) => `assets/icon-${pixels}.png`;

/** Every URL the manifests name, for one deployment. */
export function urlsFor(base, overrides = {}) {
  const root = base.replace(/\/+$/, "");
  const page = (path) => `${root}/${path}`;
  return {
    root,
    page,
    icon: (pixels) => page(iconFile(pixels)),
    website: overrides.website ?? page(addin.pages.about),
    privacy: overrides.privacy ?? page(addin.pages.privacy),
    terms: overrides.terms ?? page(addin.pages.terms),
  };
}
