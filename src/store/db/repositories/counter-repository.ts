import { sql, type Kysely } from "kysely";
import type { Database, DialectName } from "../database";
import { preparedQuery } from "./prepared-query";

const takeNumbers = preparedQuery((db, tenantId: string, name: string, count: number) =>
  db
    .insertInto("counters")
    .values({ tenant_id: tenantId, name, value: count })
    .onConflict((oc) =>
      oc.columns(["tenant_id", "name"]).doUpdateSet({ value: sql<number>`counters.value + ${count}` }),
    )
    .returning("value"),
);

/** Per-tenant counters: each call hands out numbers no other call ever gets, whatever happens later. */
export function counterRepository(db: Kysely<Database>, dialect: DialectName) {
  return {
    /**
     * Takes `count` numbers and answers the last; the ones taken are (last - count, last]. One upsert:
     * on PostgreSQL the row lock makes a concurrent taker wait for this transaction, so two takers
     * never see the same value, and a rolled-back take leaves a gap, never a repeat.
     */
    async take(tenantId: string, name: string, count = 1): Promise<number> {
      const [row] = await takeNumbers(db, tenantId, name, count);
      if (row === undefined) throw new Error(`counter ${name} answered no value`);
      return Number(row.value);
    },

    /** Raises the counter to at least `value` (numbers written by other means, e.g. an import's own). */
    async raiseTo(tenantId: string, name: string, value: number): Promise<void> {
      const larger = dialect === "postgres" ? sql`greatest` : sql`max`;
      await db
        .insertInto("counters")
        .values({ tenant_id: tenantId, name, value })
        .onConflict((oc) =>
          oc
            .columns(["tenant_id", "name"])
            .doUpdateSet({ value: sql<number>`${larger}(counters.value, excluded.value)` }),
        )
        .execute();
    },
  };
}
