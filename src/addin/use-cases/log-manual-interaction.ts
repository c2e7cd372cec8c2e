import type {
  CorrespondenceType,
  Evaluation,
  InformationFlow,
  InitiatedBy,
  InteractionTemplate,
  LogInteractionRequest,
} from "../../contracts";
import { FIELD_LIMITS } from "../../contracts/field-limits";
import { fail, ok, type Result } from "../../domain/result";
import { storableText } from "../../domain/storable-text";
import type { AddinDeps, UseCaseError } from "./addin-deps";
import { deliver, outboxCode, type SavedLog } from "./log-item";

/** Business Central's Create Interaction for one contact: a call, a letter, a visit, any template. */
export interface ManualInteraction {
  contactNo: string;
  contactName: string;
  templateCode: string | undefined;
  /** When it happened, as an ISO date-time (the form's local date and time, converted). */
  occurredAt: string;
  description: string;
  informationFlow: InformationFlow;
  initiatedBy: InitiatedBy;
  correspondenceType: CorrespondenceType;
  /** Undefined: the template's; NaN: not a number of zero or more (refused). */
  costLcy: number | undefined;
  durationMin: number | undefined;
  evaluation: Evaluation;
  attemptFailed: boolean;
}

/** The fields a template sets when chosen (Business Central copies them into the wizard). */
export interface TemplateDefaults {
  informationFlow: InformationFlow;
  initiatedBy: InitiatedBy;
  correspondenceType: CorrespondenceType;
  costLcy: number;
  durationMin: number;
}

export const templateDefaults = (template: InteractionTemplate): TemplateDefaults => ({
  informationFlow: template.informationFlow,
  initiatedBy: template.initiatedBy,
  correspondenceType: template.correspondenceType,
  costLcy: template.unitCostLcy,
  durationMin: template.unitDurationMin,
});

/** The longest a manual entry may last, as the store takes it: a year in minutes. */
const MAX_DURATION_MIN = 525_600;
const MAX_COST = 1e9;

function refuse(interaction: ManualInteraction): UseCaseError | undefined {
  if (!interaction.templateCode) return { code: "ADDIN_TEMPLATE_REQUIRED", message: "no template chosen" };
  if (!Number.isFinite(Date.parse(interaction.occurredAt)))
    return { code: "ADDIN_INVALID_DATE", message: `not a date: ${interaction.occurredAt}` };
  const bad = (value: number | undefined, max: number) =>
    value !== undefined && (!Number.isFinite(value) || value < 0 || value > max);
  if (bad(interaction.costLcy, MAX_COST) || bad(interaction.durationMin, MAX_DURATION_MIN))
    return { code: "ADDIN_INVALID_NUMBER", message: "cost or duration is not a number in range" };
  return undefined;
}

/**
 * Logs a manual interaction for one contact as every log goes: one request (`source.kind = "manual"`, keyed
 * `manual:<outbox id>`) written to the outbox first, so it survives a closed pane and goes out when the
 * store is reachable, under its Idempotency-Key on every attempt; then one drain reports the outcome.
 */
export async function logManualInteraction(
  deps: Pick<AddinDeps, "sync" | "newId">,
  interaction: ManualInteraction,
  templates: readonly InteractionTemplate[],
): Promise<Result<SavedLog, UseCaseError>> {
  const refused = refuse(interaction);
  if (refused !== undefined) return fail(refused);
  const template = templates.find((candidate) => candidate.code === interaction.templateCode);
  const id = deps.newId();
  const description = storableText(interaction.description.trim(), FIELD_LIMITS.description);
  const subject = description || template?.description || interaction.templateCode || "";
  const request: LogInteractionRequest = {
    source: {
      kind: "manual",
      key: `manual:${id}`,
      subject: storableText(subject, FIELD_LIMITS.sourceText),
      occurredAt: new Date(interaction.occurredAt).toISOString(),
    },
    ...(interaction.templateCode ? { templateCode: interaction.templateCode } : {}),
    contacts: [interaction.contactNo],
    description: storableText(subject, FIELD_LIMITS.description),
    informationFlow: interaction.informationFlow,
    initiatedBy: interaction.initiatedBy,
    correspondenceType: interaction.correspondenceType,
    evaluation: interaction.evaluation,
    attemptFailed: interaction.attemptFailed,
    ...(interaction.costLcy === undefined ? {} : { costLcy: interaction.costLcy }),
    ...(interaction.durationMin === undefined ? {} : { durationMin: interaction.durationMin }),
  };
  const label = `${template?.description ?? interaction.templateCode ?? ""} · ${interaction.contactName}`;
  try {
    await deps.sync.enqueue({ id, request, origin: "taskpane", label });
  } catch (error) {
    return fail({ code: outboxCode(error), message: error instanceof Error ? error.message : String(error) });
  }
  return ok({ id, delivered: deliver(deps, id) });
}
