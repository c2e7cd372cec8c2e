import type {
  Campaign,
  Contact,
  Me,
  NeverLogEntry,
  Opportunity,
  SourceStatus,
} from "../../../../../src/contracts";
import type { StoreClientPort, StoreFailure } from "../../../../../src/addin/ports/store-client-port";
import { fail, ok } from "../../../../../src/domain/result";
import { searchFold } from "../../../../../src/domain/search-fold";
import { DEMO, GROUPS, TEMPLATES, template } from "./fake-demo-data";
import { fakeEntries } from "./fake-entries";
import { fakeMatching } from "./fake-matching";
import { fakeFollowUps } from "./fake-follow-ups";
import { fakeSegments } from "./fake-segments";

export { DEMO } from "./fake-demo-data";

/** An in-memory store with the demo data that records every call; `failWith` makes every call fail. */
export function createFakeStore() {
  const calls: Array<{ method: keyof StoreClientPort; args: unknown[] }> = [];
  const statuses = new Map<string, SourceStatus>();
  const contacts: Contact[] = Object.values(DEMO);
  let failure: StoreFailure | undefined;
  let autoLogPolicy: "off" | "suggest" | "on" = "suggest";
  /** Template setup's email draft template (with its template), once `setDraftTemplate` names one. */
  let draftTemplate: string | undefined;
  const templates = () =>
    draftTemplate === undefined
      ? TEMPLATES
      : [...TEMPLATES, template(draftTemplate, "SYSTEM", "Email draft", 8, 1)];

  const record = <T>(method: keyof StoreClientPort, args: unknown[], answer: () => T) => {
    calls.push({ method, args });
    return Promise.resolve(failure ? fail(failure) : ok(answer()));
  };

  const neverLog: NeverLogEntry[] = [];
  const salesLinks: { opportunities: Opportunity[]; campaigns: Campaign[] } = {
    opportunities: [],
    campaigns: [],
  };
  const refreshListeners = new Set<(key: string) => void>();
  let nextNeverLog = 1;

  const matchOne = fakeMatching(contacts, neverLog);
  const { entries, operations } = fakeEntries(record, calls, contacts, matchOne, () => failure !== undefined);

  const access: { roles: Me["roles"] } = { roles: ["user"] };
  const store: StoreClientPort = {
    ...fakeSegments(record, contacts, matchOne),
    ...operations,
    ...fakeFollowUps(record, entries, access),
    matchContacts: (addresses) =>
      record("matchContacts", [addresses], () => ({ results: addresses.map(matchOne) })),
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
    tenantSettings: () => record("tenantSettings", [], () => ({ localCurrencyCode: "USD", autoLogPolicy })),
    contact: (no) =>
      record("contact", [no], () => {
        const found = contacts.find((c) => c.no === no);
        if (found === undefined) throw new Error(`no contact ${no}`);
        return found;
      }),
    searchContacts: (q) =>
      record("searchContacts", [q], () =>
        contacts.filter((c) =>
          [c.name, c.email ?? "", ...c.alternateEmails].some((text) =>
            searchFold(text).includes(searchFold(q)),
          ),
        ),
      ),
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
    updateContact: (no, request, idempotencyKey) =>
      record("updateContact", [no, request, idempotencyKey], () => {
        const index = contacts.findIndex((c) => c.no === no);
        const found = contacts[index];
        if (found === undefined) throw new Error(`no contact ${no}`);
        const changed: Contact = {
          ...found,
          ...(request.alternateEmails
            ? { alternateEmails: request.alternateEmails.map((a) => a.toLowerCase()) }
            : {}),
        };
        contacts[index] = changed;
        return changed;
      }),
    groups: (etag) =>
      record("groups", [etag], () => ({ notModified: false as const, body: { items: GROUPS } })),
    templates: (etag) =>
      record("templates", [etag], () => ({ notModified: false as const, body: { items: templates() } })),
    templateSetup: (etag) =>
      record("templateSetup", [etag], () => ({
        notModified: false as const,
        body: {
          items: [
            { eventKind: "email" as const, templateCode: "EMAIL" },
            { eventKind: "meeting_invitation" as const, templateCode: "MEETINV" },
            ...(draftTemplate === undefined
              ? []
              : [{ eventKind: "email_draft" as const, templateCode: draftTemplate }]),
          ],
        },
      })),
    opportunities: (query) =>
      record("opportunities", [query], () => ({
        items: salesLinks.opportunities.filter(
          (o) =>
            (query.contact === undefined ||
              query.contact.includes(o.contactNo) ||
              (o.contactCompanyNo !== undefined &&
                query.contact.some(
                  (no) => contacts.find((c) => c.no === no)?.companyNo === o.contactCompanyNo,
                ))) &&
            (query.open !== true || o.status === "not_started" || o.status === "in_progress"),
        ),
      })),
    campaigns: (query) => record("campaigns", [query], () => ({ items: [...salesLinks.campaigns] })),
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
    /** Template setup names `code` (a template of its own) for drafts, as the demo data does with EMAIL_D. */
    setDraftTemplate(code: string) {
      draftTemplate = code;
    },
    /** The tenant's automatic-logging policy, as an administrator set it. */
    setAutoLogPolicy(next: "off" | "suggest" | "on") {
      autoLogPolicy = next;
    },
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
    /** Opportunities and campaigns the store holds (tests add their own). */
    salesLinks,
    /** HTTP requests the store would have received (every port call is one). */
    requestCount: () => calls.length,
  };
}
