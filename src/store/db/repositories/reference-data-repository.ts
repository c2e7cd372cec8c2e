import type { Kysely } from "kysely";
import type {
  AutoLogPolicy,
  CorrespondenceType,
  EventKind,
  InformationFlow,
  InitiatedBy,
  InteractionGroup,
  InteractionTemplate,
  TemplateSetupRow,
  TenantSettings,
  TenantSettingsAnswer,
} from "../../../contracts";
import { DEFAULT_AUTO_LOG_POLICY } from "../../../domain/auto-log-policy";
import type { Database, InteractionTemplatesTable } from "../database";
import { preparedQuery } from "./prepared-query";

const toTemplate = (r: InteractionTemplatesTable): InteractionTemplate => ({
  code: r.code,
  groupCode: r.group_code,
  description: r.description,
  unitCostLcy: Number(r.unit_cost_lcy),
  unitDurationMin: Number(r.unit_duration_min),
  informationFlow: r.information_flow as InformationFlow,
  initiatedBy: r.initiated_by as InitiatedBy,
  correspondenceType: r.correspondence_type as CorrespondenceType,
  blocked: r.blocked === 1,
});

const templateByCode = preparedQuery((db, tenantId: string, code: string) =>
  db
    .selectFrom("interaction_templates")
    .selectAll()
    .where("tenant_id", "=", tenantId)
    .where("code", "=", code),
);

export function referenceDataRepository(db: Kysely<Database>) {
  return {
    async tenantSettings(tenantId: string): Promise<TenantSettingsAnswer> {
      const row = await db
        .selectFrom("tenant_settings")
        .select(["local_currency_code", "auto_log_policy"])
        .where("tenant_id", "=", tenantId)
        .executeTakeFirst();
      return {
        ...(row?.local_currency_code ? { localCurrencyCode: row.local_currency_code } : {}),
        autoLogPolicy: (row?.auto_log_policy as AutoLogPolicy | undefined) ?? DEFAULT_AUTO_LOG_POLICY,
      };
    },

    /** Replaces the tenant's settings: an absent currency is cleared, an absent policy is the default. */
    async putTenantSettings(tenantId: string, settings: TenantSettings): Promise<void> {
      const local_currency_code = settings.localCurrencyCode ?? null;
      const auto_log_policy = settings.autoLogPolicy ?? DEFAULT_AUTO_LOG_POLICY;
      await db
        .insertInto("tenant_settings")
        .values({ tenant_id: tenantId, local_currency_code, auto_log_policy })
        .onConflict((oc) => oc.column("tenant_id").doUpdateSet({ local_currency_code, auto_log_policy }))
        .execute();
    },

    async groups(tenantId: string): Promise<InteractionGroup[]> {
      return db
        .selectFrom("interaction_groups")
        .select(["code", "description"])
        .where("tenant_id", "=", tenantId)
        .orderBy("code")
        .execute();
    },

    async templates(tenantId: string): Promise<InteractionTemplate[]> {
      const rows = await db
        .selectFrom("interaction_templates")
        .selectAll()
        .where("tenant_id", "=", tenantId)
        .orderBy("code")
        .execute();
      return rows.map(toTemplate);
    },

    async template(tenantId: string, code: string): Promise<InteractionTemplate | undefined> {
      const [r] = await templateByCode(db, tenantId, code);
      return r === undefined ? undefined : toTemplate(r);
    },

    async setup(tenantId: string): Promise<TemplateSetupRow[]> {
      const rows = await db
        .selectFrom("template_setup")
        .select(["event_kind", "template_code"])
        .where("tenant_id", "=", tenantId)
        .orderBy("event_kind")
        .execute();
      return rows.map((r) => ({ eventKind: r.event_kind as EventKind, templateCode: r.template_code }));
    },

    async templateCodeForEvent(tenantId: string, eventKind: string): Promise<string | undefined> {
      const r = await db
        .selectFrom("template_setup")
        .select("template_code")
        .where("tenant_id", "=", tenantId)
        .where("event_kind", "=", eventKind)
        .executeTakeFirst();
      return r?.template_code ?? undefined;
    },

    async groupExists(tenantId: string, code: string): Promise<boolean> {
      const r = await db
        .selectFrom("interaction_groups")
        .select("code")
        .where("tenant_id", "=", tenantId)
        .where("code", "=", code)
        .executeTakeFirst();
      return r !== undefined;
    },

    async putGroup(tenantId: string, group: InteractionGroup): Promise<void> {
      await db
        .insertInto("interaction_groups")
        .values({ tenant_id: tenantId, code: group.code, description: group.description })
        .onConflict((oc) => oc.columns(["tenant_id", "code"]).doUpdateSet({ description: group.description }))
        .execute();
    },

    async putTemplate(tenantId: string, t: InteractionTemplate): Promise<void> {
      const fields = {
        group_code: t.groupCode,
        description: t.description,
        unit_cost_lcy: t.unitCostLcy,
        unit_duration_min: t.unitDurationMin,
        information_flow: t.informationFlow,
        initiated_by: t.initiatedBy,
        correspondence_type: t.correspondenceType,
        blocked: t.blocked ? (1 as const) : (0 as const),
      };
      await db
        .insertInto("interaction_templates")
        .values({ tenant_id: tenantId, code: t.code, ...fields })
        .onConflict((oc) => oc.columns(["tenant_id", "code"]).doUpdateSet(fields))
        .execute();
    },

    async putSetup(tenantId: string, row: TemplateSetupRow): Promise<void> {
      await db
        .insertInto("template_setup")
        .values({ tenant_id: tenantId, event_kind: row.eventKind, template_code: row.templateCode })
        .onConflict((oc) =>
          oc.columns(["tenant_id", "event_kind"]).doUpdateSet({ template_code: row.templateCode }),
        )
        .execute();
    },
  };
}
