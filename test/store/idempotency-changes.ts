import { randomUUID } from "node:crypto";
import type { InjectOptions } from "fastify";
import { ADMIN_CHANGES } from "./idempotency-admin-changes";
import { emailLog, type Caller, type StoreHarness } from "./store-harness";

export type Tenant = Awaited<ReturnType<StoreHarness["tenant"]>>;

/** One change: its route, and a first request that succeeds in a fresh demo tenant. */
export type Change = [
  string,
  (t: Tenant, store: StoreHarness) => Promise<{ who: Caller; request: InjectOptions }>,
];

/** Every change the store takes, as a first request that succeeds in a fresh demo tenant. */
export const CHANGES: Change[] = [
  [
    "POST /interactions",
    async (t) => ({
      who: t.user,
      request: {
        method: "POST",
        url: "/api/v1/interactions",
        payload: emailLog("<once@x>", { contacts: ["CT101"] }),
      },
    }),
  ],
  [
    "POST /contacts",
    async (t) => ({
      who: t.user,
      request: {
        method: "POST",
        url: "/api/v1/contacts",
        payload: { type: "person", name: "Once", email: "once@northwind.example" },
      },
    }),
  ],
  [
    "PATCH /contacts/:no",
    async (t) => ({
      who: t.user,
      request: { method: "PATCH", url: "/api/v1/contacts/CT102", payload: { jobTitle: "Buyer" } },
    }),
  ],
  [
    "POST /document-events",
    async (t) => ({
      who: t.user,
      request: {
        method: "POST",
        url: "/api/v1/document-events",
        payload: {
          eventKind: "sales_quote",
          documentType: "sales_quote",
          documentNo: "SQ9",
          contactNo: "CT201",
          occurredAt: "2026-11-02T09:00:00.000Z",
        },
      },
    }),
  ],
  [
    "POST /interactions/:entryNo/cancel",
    async (t, store) => ({
      who: t.user,
      request: { method: "POST", url: `/api/v1/interactions/${await entryOf(t, store)}/cancel` },
    }),
  ],
  [
    "POST /interactions/:entryNo/evaluate",
    async (t, store) => ({
      who: t.user,
      request: {
        method: "POST",
        url: `/api/v1/interactions/${await entryOf(t, store)}/evaluate`,
        payload: { evaluation: "positive" },
      },
    }),
  ],
  [
    "POST /interactions/:entryNo/restore",
    async (t, store) => {
      const entryNo = await entryOf(t, store);
      await store.call(t.user, { method: "POST", url: `/api/v1/interactions/${entryNo}/cancel` });
      return { who: t.user, request: { method: "POST", url: `/api/v1/interactions/${entryNo}/restore` } };
    },
  ],
  [
    "PUT /tenant-settings",
    async (t) => ({
      who: t.admin,
      request: { method: "PUT", url: "/api/v1/tenant-settings", payload: { localCurrencyCode: "EUR" } },
    }),
  ],
  [
    "POST /logged-items/:id/cancel",
    async (t, store) => ({
      who: t.user,
      request: { method: "POST", url: `/api/v1/logged-items/${await itemOf(t, store)}/cancel` },
    }),
  ],
  [
    "DELETE /interactions/canceled",
    async (t) => ({
      who: t.admin,
      request: { method: "DELETE", url: "/api/v1/interactions/canceled" },
    }),
  ],
  [
    "PUT /interaction-groups/:code",
    async (t) => ({
      who: t.admin,
      request: { method: "PUT", url: "/api/v1/interaction-groups/VISIT", payload: { description: "Visits" } },
    }),
  ],
  [
    "PUT /interaction-templates/:code",
    async (t) => ({
      who: t.admin,
      request: {
        method: "PUT",
        url: "/api/v1/interaction-templates/VISIT",
        payload: {
          groupCode: "PHONE",
          description: "Visit",
          unitCostLcy: 1,
          unitDurationMin: 60,
          informationFlow: "outbound",
          initiatedBy: "us",
          correspondenceType: "none",
          blocked: false,
        },
      },
    }),
  ],
  [
    "PUT /template-setup/:eventKind",
    async (t) => ({
      who: t.admin,
      request: {
        method: "PUT",
        url: "/api/v1/template-setup/outgoing_call",
        payload: { templateCode: "OUTGOING" },
      },
    }),
  ],
  [
    "POST /never-log",
    async (t) => ({
      who: t.user,
      request: {
        method: "POST",
        url: "/api/v1/never-log",
        payload: { value: "spam.example", kind: "domain", scope: "user" },
      },
    }),
  ],
  [
    "DELETE /never-log/:id",
    async (t) => ({
      who: t.admin,
      request: { method: "DELETE", url: `/api/v1/never-log/nl-${t.tenant}` },
    }),
  ],
  [
    "PUT /internal-domains",
    async (t) => ({
      who: t.admin,
      request: {
        method: "PUT",
        url: "/api/v1/internal-domains",
        payload: { items: ["cronus.example", "cronus-int.example"] },
      },
    }),
  ],
  [
    "POST /import/contacts",
    async (t) => ({
      who: t.admin,
      request: {
        method: "POST",
        url: "/api/v1/import/contacts",
        payload: "Name,E-Mail\nImported Once,imported@northwind.example\n",
        headers: { "content-type": "text/csv" },
      },
    }),
  ],
  [
    "POST /logged-items/:id/resume",
    async (t, store) => {
      const draft = await store.log(
        t.user,
        emailLog(`<d-${randomUUID()}@x>`, { contacts: ["CT101"], postponed: true }),
      );
      const id = draft.json().loggedItem.id as string;
      return {
        who: t.user,
        request: { method: "POST", url: `/api/v1/logged-items/${id}/resume`, payload: {} },
      };
    },
  ],
  [
    "DELETE /logged-items/:id",
    async (t, store) => {
      const draft = await store.log(
        t.user,
        emailLog(`<d-${randomUUID()}@x>`, { contacts: ["CT101"], postponed: true }),
      );
      const id = draft.json().loggedItem.id as string;
      return { who: t.user, request: { method: "DELETE", url: `/api/v1/logged-items/${id}` } };
    },
  ],
  [
    "POST /contacts/:no/erase",
    async (t) => ({ who: t.admin, request: { method: "POST", url: "/api/v1/contacts/CT102/erase" } }),
  ],
  [
    "POST /segments",
    async (t) => ({
      who: t.user,
      request: {
        method: "POST",
        url: "/api/v1/segments",
        payload: { no: "SM1", description: "S", contacts: ["CT101"] },
      },
    }),
  ],
  [
    "POST /segments/:no/log",
    async (t, store) => {
      await store.call(t.user, {
        method: "POST",
        url: "/api/v1/segments",
        payload: { no: "SM2", description: "S", contacts: ["CT101", "CT102"] },
      });
      return {
        who: t.user,
        request: {
          method: "POST",
          url: "/api/v1/segments/SM2/log",
          payload: { templateCode: "BUS", description: "L" },
        },
      };
    },
  ],
  [
    "POST /logged-segments/:id/cancel",
    async (t, store) => {
      await store.call(t.user, {
        method: "POST",
        url: "/api/v1/segments",
        payload: { no: "SM3", description: "S", contacts: ["CT101"] },
      });
      const logged = await store.call(t.user, {
        method: "POST",
        url: "/api/v1/segments/SM3/log",
        payload: { templateCode: "BUS", description: "L" },
        headers: { "idempotency-key": randomUUID() },
      });
      const id = logged.json().loggedSegment.id as string;
      return { who: t.user, request: { method: "POST", url: `/api/v1/logged-segments/${id}/cancel` } };
    },
  ],
  ...ADMIN_CHANGES,
];

export async function entryOf(t: Tenant, store: StoreHarness): Promise<number> {
  return (await store.log(t.user, emailLog(`<e-${randomUUID()}@x>`, { contacts: ["CT101"] }))).json()
    .entries[0].entryNo;
}
export async function itemOf(t: Tenant, store: StoreHarness): Promise<string> {
  return (await store.log(t.user, emailLog(`<i-${randomUUID()}@x>`, { contacts: ["CT101"] }))).json()
    .loggedItem.id;
}
