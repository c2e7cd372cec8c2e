// The on-send bundle (webpack entry `launchevent`): runs in Outlook's JavaScript-only event runtime, so it
// imports no React, Fluent, MSAL or axios; the log goes to the OfficeRuntime.storage outbox only.
import { createOfficeMailbox } from "../platform/office/create-office-mailbox";
import { createOfficeSettings } from "../platform/office/create-office-settings";
import { registerAction } from "../platform/office/register-action";
import { createSharedAutoLogContext } from "../platform/storage/office-runtime-auto-log-context";
import { createOfficeRuntimeOutbox } from "../platform/storage/office-runtime-outbox";
import { createOnItemSend } from "./on-item-send";

/** A v4 UUID; the event runtime of some Outlook builds has getRandomValues but no randomUUID. */
function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const onItemSend = createOnItemSend({
  mailbox: createOfficeMailbox(),
  settings: createOfficeSettings(),
  outbox: {
    // Created on first use: OfficeRuntime may be defined only once the runtime has loaded.
    add: (entry) => createOfficeRuntimeOutbox().add(entry),
    get: (id) => createOfficeRuntimeOutbox().get(id),
    list: () => createOfficeRuntimeOutbox().list(),
    update: (entry) => createOfficeRuntimeOutbox().update(entry),
    remove: (id) => createOfficeRuntimeOutbox().remove(id),
  },
  context: createSharedAutoLogContext(),
  newId,
  now: Date.now,
  report: (outcome, detail) => console.log(`touchpoint on-send: ${outcome}${detail ? `: ${detail}` : ""}`),
});

registerAction("onItemSend", onItemSend);
