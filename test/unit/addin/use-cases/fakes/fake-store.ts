import type {
  AddressMatch,
  Contact,
  InteractionEntry,
  InteractionGroup,
  InteractionTemplate,
  Me,
  LogInteractionResponse,
  NeverLogEntry,
  SkippedParticipant,
  SourceStatus,
} from "../../../../../src/contracts";
import type { StoreClientPort, StoreFailure } from "../../../../../src/addin/ports/store-client-port";
import { fail, ok } from "../../../../../src/domain/result";
import { fakeFollowUps } from "./fake-follow-ups";
import { fakeSegments } from "./fake-segments";

const person = (no: string, name: string, email: string, companyNo?: string): Contact => ({
  no,
  type: "person",
  name,
  email,
  alternateEmails: [],
  domains: [],
  privacyBlocked: false,
  ...(companyNo ? { companyNo } : {}),
});
const company = (no: string, name: string, domain: string): Contact => ({
  no,
  type: "company",
  name,
  alternateEmails: [],
  domains: [domain],
  privacyBlocked: false,
});

/** The demo anchors, as the store's seed writes them. */
export const DEMO = {
  fabrikam: company("CT000010", "Fabrikam", "fabrikam.example"),
  anna: person("CT000011", "Анна Петрова", "anna.petrova@fabrikam.example", "CT000010"),
  john: person("CT000012", "John Smith", "john.smith@fabrikam.example", "CT000010"),
  contoso: company("CT000020", "Contoso", "contoso.example"),
  lisa: person("CT000021", "Lisa Chen", "lisa.chen@contoso.example", "CT000020"),
  salesA: person("CT000022", "Contoso Sales (East)", "sales@contoso.example", "CT000020"),
  salesB: person("CT000023", "Contoso Sales (West)", "sales@contoso.example", "CT000020"),
  adatum: company("CT000040", "Adatum", "adatum.example"),
};

export const GROUPS: InteractionGroup[] = [
  { code: "MEETING", description: "Meetings" },
  { code: "SYSTEM", description: "System generated entries" },
];

const template = (code: string, groupCode: string, description: string, cost: number, min: number) =>
  ({
    code,
    groupCode,
    description,
    unitCostLcy: cost,
    unitDurationMin: min,
    informationFlow: "outbound",
    initiatedBy: "us",
    correspondenceType: "email",
    blocked: false,
  }) satisfies InteractionTemplate;

export const TEMPLATES: InteractionTemplate[] = [
  template("INHOUSE", "MEETING", "Meeting held at our office", 25, 120),
  template("EMAIL", "SYSTEM", "Emails", 8, 1),
  template("MEETINV", "SYSTEM", "Meeting invitation", 8, 1),
];

/** An in-memory store with the demo data that records every call; `failWith` makes every call fail. */
export function createFakeStore() {
  const calls: Array<{ method: keyof StoreClientPort; args: unknown[] }> = [];
  const entries: InteractionEntry[] = [];
  const statuses = new Map<string, SourceStatus>();
  const contacts: Contact[] = Object.values(DEMO);
  let failure: StoreFailure | undefined;
  let nextEntry = 1;

  const record = <T>(method: keyof StoreClientPort, args: unknown[], answer: () => T) => {
    calls.push({ method, args });
    return Promise.resolve(failure ? fail(failure) : ok(answer()));
  };

  const neverLog: NeverLogEntry[] = [];
  const refreshListeners = new Set<(key: string) => void>();
  let nextNeverLog = 1;

  const matchOne = (address: string): AddressMatch => {
    const normalized = address.toLowerCase();
    const domainOf = normalized.split("@")[1] ?? "";
    const never = neverLog.some(
      (entry) => entry.value === (entry.kind === "address" ? normalized : domainOf),
    );
    if (normalized.endsWith("@newsletter.example") || never) {
      return { address, normalized, kind: "excluded", contacts: [], excludedReason: "never_log" };
    }
    const exact = contacts.filter((c) => c.type === "person" && c.email === normalized);
    if (exact.some((c) => c.privacyBlocked))
      return { address, normalized, kind: "excluded", contacts: [], excludedReason: "privacy_blocked" };
    if (exact.length > 1) return { address, normalized, kind: "ambiguous", contacts: exact };
    if (exact.length === 1) return { address, normalized, kind: "email", contacts: exact };
    const domain = normalized.split("@")[1] ?? "";
    const companies = contacts.filter((c) => c.domains.includes(domain));
    if (companies.length > 0) return { address, normalized, kind: "domain", contacts: companies };
    return { address, normalized, kind: "none", contacts: [] };
  };

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

  const access: { roles: Me["roles"] } = { roles: ["user"] };
  const store: StoreClientPort = {
    ...fakeSegments(record, contacts, matchOne),
    ...fakeFollowUps(record, entries, access),
    matchContacts: (addresses) =>
      record("matchContacts", [addresses], () => ({ results: addresses.map(matchOne) })),
    logInteraction: (request, key) => {
      // Participants mode: like the store, exact (single) address matches only; why each other one was skipped.
      const matches = (request.participants ?? []).map((p) => matchOne(p.email));
      const matched = matches.filter((m) => m.kind === "email").map((m) => m.contacts[0]?.no ?? "");
      const skipped: SkippedParticipant[] = matches
        .filter((m) => m.kind !== "email" && m.kind !== "internal")
        .map((m) => ({
          address: m.address,
          reason:
            m.kind === "excluded"
              ? (m.excludedReason ?? "never_log")
              : m.kind === "ambiguous" || m.kind === "domain"
                ? m.kind
                : "none",
        }));
      const nos = [...(request.contacts ?? []), ...matched];
      if (!failure && nos.length === 0) {
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
          unmatched: skipped.filter((s) => !s.reason.includes("_")).map((s) => s.address),
          excluded: skipped.filter((s) => s.reason.includes("_")).map((s) => s.address),
          skipped,
          ...(template ? { template: { code: template.code, description: template.description } } : {}),
        };
      });
    },
    sourceStatus: (key) =>
      record(
        "sourceStatus",
        [key],
        () => statuses.get(key) ?? { sourceKey: key, logged: false, loggedItems: [] },
      ),
    cancelLoggedItem: (id) =>
      record("cancelLoggedItem", [id], () => {
        for (const [key, status] of statuses) {
          statuses.set(key, {
            ...status,
            loggedItems: status.loggedItems.map((l) =>
              l.item.id === id ? { ...l, item: { ...l.item, canceled: true } } : l,
            ),
          });
        }
      }),
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
    tenantSettings: () => record("tenantSettings", [], () => ({ localCurrencyCode: "USD" })),
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
            (!query.groupCode || e.groupCode === query.groupCode),
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
    contact: (no) =>
      record("contact", [no], () => {
        const found = contacts.find((c) => c.no === no);
        if (found === undefined) throw new Error(`no contact ${no}`);
        return found;
      }),
    searchContacts: (q) => record("searchContacts", [q], () => contacts.filter((c) => c.name.includes(q))),
    createContact: (request, idempotencyKey) =>
      record("createContact", [request, idempotencyKey], () => {
        const made: Contact = {
          no: `CT9${String(contacts.length).padStart(5, "0")}`,
          type: request.type,
          name: request.name,
          alternateEmails: [],
          domains: [],
          privacyBlocked: false,
          ...(request.email ? { email: request.email.toLowerCase() } : {}),
          ...(request.companyNo ? { companyNo: request.companyNo } : {}),
          ...(request.domains ? { domains: request.domains } : {}),
        };
        contacts.push(made);
        return made;
      }),
    groups: (etag) =>
      record("groups", [etag], () => ({ notModified: false as const, body: { items: GROUPS } })),
    templates: (etag) =>
      record("templates", [etag], () => ({ notModified: false as const, body: { items: TEMPLATES } })),
    templateSetup: (etag) =>
      record("templateSetup", [etag], () => ({
        notModified: false as const,
        body: {
          items: [
            { eventKind: "email" as const, templateCode: "EMAIL" },
            { eventKind: "meeting_invitation" as const, templateCode: "MEETINV" },
          ],
        },
      })),
    neverLog: () => record("neverLog", [], () => ({ items: [...neverLog] })),
    addNeverLog: (entry) =>
      record("addNeverLog", [entry], () => {
        const added = { ...entry, value: entry.value.toLowerCase(), id: `NL${nextNeverLog++}` };
        neverLog.push(added);
        return added;
      }),
    onRefresh: (listener) => {
      refreshListeners.add(listener);
      return () => refreshListeners.delete(listener);
    },
    removeNeverLog: (id) =>
      record("removeNeverLog", [id], () => {
        const at = neverLog.findIndex((entry) => entry.id === id);
        if (at >= 0) neverLog.splice(at, 1);
      }),
  };

  return {
    store,
    calls,
    entries,
    /** The roles the store authorizes the user by (GET /me). */
    access,
    statuses,
    failWith(next: StoreFailure | undefined) {
      failure = next;
    },
    /** What a caching client does when a background refresh found newer data under `key`. */
    refreshed(key: string) {
      for (const listener of [...refreshListeners]) listener(key);
    },
    /** A contact made private (or public again) behind the pane's back, as an administrator would. */
    setPrivacy(no: string, privacyBlocked: boolean) {
      const at = contacts.findIndex((c) => c.no === no);
      const contact = contacts[at];
      if (contact) contacts[at] = { ...contact, privacyBlocked };
    },
    /** HTTP requests the store would have received (every port call is one). */
    requestCount: () => calls.length,
  };
}
