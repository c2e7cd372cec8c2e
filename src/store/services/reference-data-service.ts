import type {
  GroupList,
  InteractionGroup,
  InteractionTemplate,
  TemplateList,
  TemplateSetup,
  TemplateSetupRow,
  TenantSettings,
  TenantSettingsAnswer,
} from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";
import { adminOnly } from "./authorize";
import { recordChanges } from "./record-changes";

/** GET /interaction-groups. */
export async function listGroups(repos: Repositories, principal: Principal): Promise<GroupList> {
  return { items: await repos.referenceData.groups(principal.tenantId) };
}

/** GET /interaction-templates. */
export async function listTemplates(repos: Repositories, principal: Principal): Promise<TemplateList> {
  return { items: await repos.referenceData.templates(principal.tenantId) };
}

/** GET /template-setup. */
export async function listTemplateSetup(repos: Repositories, principal: Principal): Promise<TemplateSetup> {
  return { items: await repos.referenceData.setup(principal.tenantId) };
}

/** PUT /interaction-groups/{code} (admin): recorded with before and after. */
export async function putGroup(
  repos: Repositories,
  principal: Principal,
  group: InteractionGroup,
  now: Date = new Date(),
): Promise<Result<InteractionGroup, ServiceFailure>> {
  const allowed = adminOnly(principal, "change interaction groups");
  if (!allowed.ok) return allowed;
  const before = (await repos.referenceData.groups(principal.tenantId)).find((g) => g.code === group.code);
  await repos.referenceData.putGroup(principal.tenantId, group);
  const change = { action: "group.put" as const, entityType: "interaction_group", entityId: group.code };
  await recordChanges(repos, principal, [{ ...change, before, after: group }], now);
  return ok(group);
}

/** PUT /interaction-templates/{code} (admin): its group must exist; recorded with before and after. */
export async function putTemplate(
  repos: Repositories,
  principal: Principal,
  template: InteractionTemplate,
  now: Date = new Date(),
): Promise<Result<InteractionTemplate, ServiceFailure>> {
  const allowed = adminOnly(principal, "change interaction templates");
  if (!allowed.ok) return allowed;
  if (!(await repos.referenceData.groupExists(principal.tenantId, template.groupCode))) {
    return fail({
      code: "STORE_UNKNOWN_GROUP",
      message: `Interaction group ${template.groupCode} does not exist.`,
    });
  }
  const before = await repos.referenceData.template(principal.tenantId, template.code);
  await repos.referenceData.putTemplate(principal.tenantId, template);
  const change = {
    action: "template.put" as const,
    entityType: "interaction_template",
    entityId: template.code,
  };
  await recordChanges(repos, principal, [{ ...change, before, after: template }], now);
  return ok(template);
}

/** PUT /template-setup/{eventKind} (admin): null clears the event's template; recorded with before and after. */
export async function putTemplateSetup(
  repos: Repositories,
  principal: Principal,
  row: TemplateSetupRow,
  now: Date = new Date(),
): Promise<Result<TemplateSetupRow, ServiceFailure>> {
  const allowed = adminOnly(principal, "change template setup");
  if (!allowed.ok) return allowed;
  if (
    row.templateCode !== null &&
    (await repos.referenceData.template(principal.tenantId, row.templateCode)) === undefined
  ) {
    return fail({
      code: "STORE_UNKNOWN_TEMPLATE",
      message: `Interaction template ${row.templateCode} does not exist.`,
    });
  }
  const before = (await repos.referenceData.setup(principal.tenantId)).find(
    (s) => s.eventKind === row.eventKind,
  );
  await repos.referenceData.putSetup(principal.tenantId, row);
  const change = {
    action: "template_setup.put" as const,
    entityType: "template_setup",
    entityId: row.eventKind,
  };
  await recordChanges(repos, principal, [{ ...change, before, after: row }], now);
  return ok(row);
}

/** GET /tenant-settings: every user reads them (History shows amounts in the local currency). */
export async function readTenantSettings(
  repos: Repositories,
  principal: Principal,
): Promise<TenantSettingsAnswer> {
  return repos.referenceData.tenantSettings(principal.tenantId);
}

/**
 * PUT /tenant-settings (admin): replaces the settings (an absent policy is `suggest`); recorded with before
 * and after.
 */
export async function putTenantSettings(
  repos: Repositories,
  principal: Principal,
  settings: TenantSettings,
  now: Date = new Date(),
): Promise<Result<TenantSettingsAnswer, ServiceFailure>> {
  const allowed = adminOnly(principal, "change the tenant's settings");
  if (!allowed.ok) return allowed;
  const before = await readTenantSettings(repos, principal);
  await repos.referenceData.putTenantSettings(principal.tenantId, settings);
  const after = await readTenantSettings(repos, principal);
  await recordChanges(
    repos,
    principal,
    [{ action: "tenant_settings.put", entityType: "settings", entityId: "tenant", before, after }],
    now,
  );
  return ok(after);
}
