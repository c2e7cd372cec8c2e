import type {
  AddressMatch,
  Contact,
  InteractionEntry,
  LogInteractionResponse,
  SkippedParticipant,
} from "../../../../../src/contracts";
import type { StoreClientPort, StoreFailure } from "../../../../../src/addin/ports/store-client-port";
import { fail, type Result } from "../../../../../src/domain/result";
import { isLoggedMatch, skipReasonOf } from "../../../../../src/domain/skip-reason";
import { TEMPLATES } from "./fake-demo-data";

type Record = <T>(
  method: keyof StoreClientPort,
  args: unknown[],
  answer: () => T,
) => Promise<Result<T, StoreFailure>>;

type EntryOperations =
  | "logInteraction"
  | "cancelEntry"
  | "restoreEntry"
  | "entryAction"
  | "entries"
  | "drafts"
  | "resumeDraft"
  | "deleteDraft"
  | "history"
  | "statistics";

/** Interaction log entries held in memory: logged, acted on, postponed and resumed, read back. */
export function fakeEntries(
  record: Record,
  calls: Array<{ method: keyof StoreClientPort; args: unknown[] }>,
  contacts: readonly Contact[],
  matchOne: (address: string) => AddressMatch,
  failing: () => boolean,
) {
  const entries: InteractionEntry[] = [];
  let nextEntry = 1;

  /** A logged item of the fake's entries, as GET /drafts and resume answer it. */
  const draftOf = (id: string) => {
    const mine = entries.filter((e) => e.loggedItemId === id);
    const first = mine[0];
    return {
      item: {
        id,
        sourceKind: first?.sourceKind ?? "email",
        sourceKey: first?.sourceKey ?? id,
        subject: first?.subject ?? "",
        occurredAt: first?.occurredAt ?? "2026-11-24T09:00:00Z",
        createdBy: "alex",
        createdAt: "2026-11-24T09:00:00Z",
        canceled: false,
      },
      entries: mine,
    };
  };

  const operations: Pick<StoreClientPort, EntryOperations> = {
    logInteraction: (request, key) => {
      // Participants mode: the store's rule, single exact address matches only; why each other one was skipped.
      const matches = (request.participants ?? []).map((p) => matchOne(p.email));
      const matched = matches.filter((m) => isLoggedMatch(m.kind)).map((m) => m.contacts[0]?.no ?? "");
      const missed = matches.filter((m) => !isLoggedMatch(m.kind) && m.kind !== "internal");
      const skipped: SkippedParticipant[] = missed.map((m) => ({
        address: m.address,
        reason: skipReasonOf(m),
      }));
      const nos = [...new Set([...(request.contacts ?? []), ...matched])];
      if (!failing() && nos.length === 0) {
        calls.push({ method: "logInteraction", args: [request, key] });
        return Promise.resolve(
          fail<StoreFailure>({
            code: "STORE_NO_CONTACTS",
            kind: "rejected",
            status: 422,
            message: "No contact to log this interaction for.",
            details: { skipped },
          }),
        );
      }
      return record("logInteraction", [request, key], (): LogInteractionResponse => {
        const made = nos.map((no): InteractionEntry => {
          const contact = contacts.find((c) => c.no === no);
          return {
            entryNo: nextEntry++,
            loggedItemId: `LI-${request.source.key}`,
            contactNo: no,
            ...(contact ? { contactName: contact.name } : {}),
            templateCode: request.templateCode ?? "EMAIL",
            groupCode: "SYSTEM",
            description: request.description ?? request.source.subject,
            subject: request.source.subject,
            occurredAt: request.source.occurredAt,
            informationFlow: request.informationFlow ?? "outbound",
            initiatedBy: request.initiatedBy ?? "us",
            costLcy: request.costLcy ?? 8,
            durationMin: request.durationMin ?? 1,
            evaluation: request.evaluation ?? "none",
            attemptFailed: request.attemptFailed ?? false,
            correspondenceType: "email",
            userId: "alex",
            sourceKind: request.source.kind,
            sourceKey: request.source.key,
            emailLogged: true,
            postponed: request.postponed ?? false,
            canceled: false,
            createdAt: "2026-11-24T09:00:00Z",
          };
        });
        entries.unshift(...made);
        const template = TEMPLATES.find((tpl) => tpl.code === (request.templateCode ?? "EMAIL"));
        return {
          entries: made,
          alreadyLogged: [],
          unmatched: missed.filter((m) => m.kind !== "excluded").map((m) => m.address),
          excluded: missed.filter((m) => m.kind === "excluded").map((m) => m.address),
          skipped,
          ...(template ? { template: { code: template.code, description: template.description } } : {}),
        };
      });
    },
    cancelEntry: (no) =>
      record("cancelEntry", [no], () => {
        const at = entries.findIndex((e) => e.entryNo === no);
        const entry = entries[at];
        if (entry) entries[at] = { ...entry, canceled: true };
      }),
    restoreEntry: (no) =>
      record("restoreEntry", [no], () => {
        const at = entries.findIndex((e) => e.entryNo === no);
        const entry = entries[at];
        if (entry) entries[at] = { ...entry, canceled: false };
      }),
    entryAction: (action, key) =>
      record("entryAction", [action, key], () => {
        const at = entries.findIndex((e) => e.entryNo === action.entryNo);
        const entry = entries[at];
        if (entry === undefined) throw new Error(`no entry ${action.entryNo}`);
        const changed =
          action.kind === "evaluate"
            ? { ...entry, evaluation: action.evaluation }
            : { ...entry, canceled: action.kind === "cancel" };
        entries[at] = changed;
        return changed;
      }),
    entries: (query) =>
      record("entries", [query], () => ({
        entries: entries.filter(
          (e) =>
            (!query.contact || e.contactNo === query.contact) &&
            (!query.company || e.contactCompanyNo === query.company),
        ),
      })),
    drafts: () =>
      record("drafts", [], () => {
        const ids = [...new Set(entries.filter((e) => e.postponed).map((e) => e.loggedItemId))];
        return { items: ids.map((id) => draftOf(id)) };
      }),
    resumeDraft: (id, request, key) =>
      record("resumeDraft", [id, request, key], () => {
        for (const [i, e] of entries.entries())
          if (e.loggedItemId === id) entries[i] = { ...e, ...request, postponed: false };
        return draftOf(id);
      }),
    deleteDraft: (id, key) =>
      record("deleteDraft", [id, key], () => {
        for (let i = entries.length - 1; i >= 0; i--)
          if (entries[i]?.loggedItemId === id) entries.splice(i, 1);
      }),
    history: (contactNo, query) =>
      record("history", [contactNo, query], () => {
        const mine = entries.filter(
          (e) =>
            e.contactNo === contactNo &&
            !e.postponed &&
            (!query.templateCode || e.templateCode === query.templateCode) &&
            (!query.groupCode || e.groupCode === query.groupCode) &&
            (!query.opportunityNo || e.opportunityNo === query.opportunityNo) &&
            (!query.campaignNo || e.campaignNo === query.campaignNo),
        );
        const start = Number(query.cursor ?? 0);
        const limit = query.limit ?? 20;
        const items = mine.slice(start, start + limit);
        return start + limit < mine.length ? { items, nextCursor: String(start + limit) } : { items };
      }),
    statistics: (contactNo, query = {}) =>
      record("statistics", [contactNo, query], () => {
        const mine = entries.filter(
          (e) =>
            e.contactNo === contactNo &&
            !e.canceled &&
            (!query.templateCode || e.templateCode === query.templateCode) &&
            (!query.groupCode || e.groupCode === query.groupCode),
        );
        return {
          contactNo,
          scope: "contact" as const,
          count: mine.length,
          failed: mine.filter((e) => e.attemptFailed).length,
          costLcy: mine.reduce((sum, e) => sum + e.costLcy, 0),
          durationMin: mine.reduce((sum, e) => sum + e.durationMin, 0),
          ...(mine[0] ? { lastInteractionAt: mine[0].occurredAt } : {}),
          byTemplate: [],
          byGroup: [],
          byMonth:
            mine.length > 0
              ? [{ month: "2026-11", count: mine.length, failed: 0, costLcy: 0, durationMin: 0 }]
              : [],
        };
      }),
  };
  return { entries, operations };
}
