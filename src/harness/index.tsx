import "./fabric-config";
import { createRoot } from "react-dom/client";
import type { HarnessItem } from "./harness-item";
import { HarnessHost, HOST_GLOBAL } from "./host/harness-host";
import { mailboxUser } from "./samples/mailbox-users";
import { ownCopy } from "./samples/own-copy";
import { findSample, sampleItems } from "./samples/sample-items";
import { HarnessApp } from "./ui/harness-app";

// harness.html?item=NAME&lang=ru-RU&theme=dark&user=maria&pane=closed (&owner=alex: a shared mailbox;
// &commandTimeout=MS: how long the ribbon waits for event.completed() before warning; &device=phone: the
// pane at a phone's 360 px, as Outlook mobile shows it; &run=RUN: the sample as an item of that run's own)
const params = new URLSearchParams(window.location.search);
const sample = findSample(params.get("item")) ?? (sampleItems[0] as HarnessItem);
const run = params.get("run");
const host = new HarnessHost({
  item: run === null || run === "" ? sample : ownCopy(sample, run),
  user: mailboxUser(params.get("user")),
  sharedOwner: params.has("owner") ? mailboxUser(params.get("owner")) : undefined,
  language: params.get("lang") === "ru-RU" ? "ru-RU" : "en-US",
  theme: params.get("theme") === "dark" ? "dark" : "light",
  device: params.get("device") === "phone" ? "phone" : "desktop",
});
// Roaming settings live per mailbox user in this browser, as Outlook keeps them per mailbox.
const roamingKey = () => `touchpoint-harness-roaming:${host.user.address}`;
let roamingUser = "";
const loadRoaming = () => {
  if (roamingUser === host.user.address) return;
  roamingUser = host.user.address;
  host.roamingSettings = readRoaming(roamingKey());
};
loadRoaming();
host.subscribe(loadRoaming);
host.saveRoamingSettings = (settings) => window.localStorage.setItem(roamingKey(), JSON.stringify(settings));

// The fake Office in the taskpane and commands frames reads this (same origin, window.parent).
Object.assign(window, { [HOST_GLOBAL]: host });

const container = document.getElementById("harness");
if (container === null) throw new Error("harness.html lacks its #harness element");
createRoot(container).render(
  <HarnessApp
    host={host}
    samples={sampleItems}
    paneInitiallyOpen={params.get("pane") !== "closed"}
    commandTimeoutMs={Number(params.get("commandTimeout")) || undefined}
  />,
);

function readRoaming(key: string): Record<string, unknown> {
  try {
    const saved: unknown = JSON.parse(window.localStorage.getItem(key) ?? "{}");
    return typeof saved === "object" && saved !== null ? (saved as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
