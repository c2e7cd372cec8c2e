import type { HarnessItem } from "../harness-item";

/** An internet message id with the run in its local part: `<a.b@host>` → `<a.b.RUN@host>`. */
export const ownMessageId = (id: string, run: string): string => id.replace(/@/, `.${run}@`);

/** A meeting's subject with the run: Outlook gives add-ins no UID, so the subject is part of its key. */
export const ownSubject = (subject: string, run: string): string => `${subject} [${run}]`;

/**
 * `harness.html?item=NAME&run=RUN`: the sample as an item of its own, one no other run has logged: its
 * ids carry the run, and so does a meeting's subject. An e2e test opens its samples under a run of its
 * own, so no test passes on another's data.
 */
export function ownCopy(item: HarnessItem, run: string): HarnessItem {
  const suffix = (value: string | undefined) => (value === undefined ? undefined : `${value}.${run}`);
  return {
    ...item,
    subject: item.kind === "appointment" ? ownSubject(item.subject, run) : item.subject,
    itemId: suffix(item.itemId),
    internetMessageId:
      item.internetMessageId === undefined ? undefined : ownMessageId(item.internetMessageId, run),
    iCalUId: suffix(item.iCalUId),
    seriesId: suffix(item.seriesId),
  };
}
