import type {
  GroupList,
  InteractionGroup,
  InteractionTemplate,
  TemplateList,
  TemplateSetup,
  TemplateSetupRow,
} from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";

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

/** PUT /interaction-groups/{code} (admin). */
export async function putGroup(
  repos: Repositories,
  principal: Principal,
  group: InteractionGroup,
): Promise<InteractionGroup> {
  await repos.referenceData.putGroup(principal.tenantId, group);
  return group;
}

/** PUT /interaction-templates/{code} (admin): its group must exist. */
export async function putTemplate(
  repos: Repositories,
  principal: Principal,
  template: InteractionTemplate,
): Promise<Result<InteractionTemplate, ServiceFailure>> {
  if (!(await repos.referenceData.groupExists(principal.tenantId, template.groupCode))) {
    return fail({
      code: "STORE_UNKNOWN_GROUP",
      message: `Interaction group ${template.groupCode} does not exist.`,
    });
  }
  await repos.referenceData.putTemplate(principal.tenantId, template);
  return ok(template);
}

/** PUT /template-setup/{eventKind} (admin): null clears the event's template. */
export async function putTemplateSetup(
  repos: Repositories,
  principal: Principal,
  row: TemplateSetupRow,
): Promise<Result<TemplateSetupRow, ServiceFailure>> {
  if (
    row.templateCode !== null &&
    (await repos.referenceData.template(principal.tenantId, row.templateCode)) === undefined
  ) {
    return fail({
      code: "STORE_UNKNOWN_TEMPLATE",
      message: `Interaction template ${row.templateCode} does not exist.`,
    });
  }
  await repos.referenceData.putSetup(principal.tenantId, row);
  return ok(row);
}
