import type { Change } from "./idempotency-changes";

/** The administrators' changes of user setup and sales reference data (see CHANGES). */
export const ADMIN_CHANGES: Change[] = [
  [
    "PUT /user-setup",
    async (t) => ({
      who: t.admin,
      request: {
        method: "PUT",
        url: "/api/v1/user-setup",
        payload: { items: [{ userId: "alex.rivera@cronus.example", salespersonCode: "AR" }] },
      },
    }),
  ],
  [
    "PUT /user-setup/:userId",
    async (t) => ({
      who: t.admin,
      request: {
        method: "PUT",
        url: "/api/v1/user-setup/alex.rivera@cronus.example",
        payload: { salespersonCode: "AR" },
      },
    }),
  ],
  [
    "DELETE /user-setup/:userId",
    async (t, store) => {
      await store.call(t.admin, {
        method: "PUT",
        url: "/api/v1/user-setup/alex.rivera@cronus.example",
        payload: { salespersonCode: "AR" },
      });
      return {
        who: t.admin,
        request: { method: "DELETE", url: "/api/v1/user-setup/alex.rivera@cronus.example" },
      };
    },
  ],
  [
    "POST /opportunities/import",
    async (t) => ({
      who: t.admin,
      request: {
        method: "POST",
        url: "/api/v1/opportunities/import",
        payload: "No.,Description,Contact No.,Status\nOP1,Once,CT101,In Progress\n",
        headers: { "content-type": "text/csv" },
      },
    }),
  ],
  [
    "POST /campaigns/import",
    async (t) => ({
      who: t.admin,
      request: {
        method: "POST",
        url: "/api/v1/campaigns/import",
        payload: { campaigns: [{ no: "CP1", description: "Once" }] },
      },
    }),
  ],
];
