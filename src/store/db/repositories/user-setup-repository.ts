import type { Kysely } from "kysely";
import type { UserSetupRow } from "../../../contracts";
import type { Database, UserSetupTable } from "../database";
import { preparedQuery } from "./prepared-query";

const toRow = (r: UserSetupTable): UserSetupRow => ({
  userId: r.user_id,
  salespersonCode: r.salesperson_code,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

/** [User Setup]: each user's salesperson code, per tenant. User ids are stored lower-cased. */
const salespeopleOf = preparedQuery((db, tenantId: string, userIds: readonly string[]) =>
  db
    .selectFrom("user_setup")
    .select(["user_id", "salesperson_code"])
    .where("tenant_id", "=", tenantId)
    .where("user_id", "in", userIds),
);

export function userSetupRepository(db: Kysely<Database>) {
  return {
    async list(tenantId: string): Promise<UserSetupRow[]> {
      const rows = await db
        .selectFrom("user_setup")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .orderBy("user_id")
        .execute();
      return rows.map(toRow);
    },

    async find(tenantId: string, userId: string): Promise<UserSetupRow | undefined> {
      const row = await db
        .selectFrom("user_setup")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return row === undefined ? undefined : toRow(row);
    },

    /** The salesperson code of the first of the ids that has a row (a user's id, then their email). */
    async salespersonOf(tenantId: string, userIds: readonly string[]): Promise<string | undefined> {
      if (userIds.length === 0) return undefined;
      const rows = await salespeopleOf(db, tenantId, userIds);
      for (const id of userIds) {
        const row = rows.find((r) => r.user_id === id);
        if (row !== undefined) return row.salesperson_code;
      }
      return undefined;
    },

    async put(tenantId: string, row: Omit<UserSetupTable, "tenant_id">): Promise<void> {
      const { salesperson_code, updated_by, updated_at } = row;
      await db
        .insertInto("user_setup")
        .values({ tenant_id: tenantId, ...row })
        .onConflict((oc) =>
          oc.columns(["tenant_id", "user_id"]).doUpdateSet({ salesperson_code, updated_by, updated_at }),
        )
        .execute();
    },

    async remove(tenantId: string, userId: string): Promise<void> {
      await db
        .deleteFrom("user_setup")
        .where("tenant_id", "=", tenantId)
        .where("user_id", "=", userId)
        .execute();
    },

    async removeAll(tenantId: string): Promise<void> {
      await db.deleteFrom("user_setup").where("tenant_id", "=", tenantId).execute();
    },
  };
}
