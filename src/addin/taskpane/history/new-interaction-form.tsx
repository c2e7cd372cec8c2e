import { Checkbox, DefaultButton, PrimaryButton, Text, TextField, useTheme } from "../fluent";
import { SelectField } from "../select-field";
import { useState } from "react";
import type {
  CorrespondenceType,
  Evaluation,
  InformationFlow,
  InitiatedBy,
  InteractionGroup,
  InteractionTemplate,
} from "../../../contracts";
import { FIELD_LIMITS } from "../../../contracts/field-limits";
import { failureText } from "../../use-cases/failure-text";
import type { DeliveryOutcome } from "../../use-cases/log-item";
import { logManualInteraction, templateDefaults } from "../../use-cases/log-manual-interaction";
import { FlexStack } from "../flex-stack";
import { numberOf } from "../log/entry-fields";
import { TemplatePicker } from "../log/template-picker";
import { NoticeBanner } from "../notice-banner";
import { useTaskpane } from "../taskpane-context";

const HALF = { root: { flex: "1 1 0", minWidth: 0 } } as const;
const FLOWS: InformationFlow[] = ["outbound", "inbound", "none"];
const INITIATORS: InitiatedBy[] = ["us", "them", "none"];
const CORRESPONDENCE: CorrespondenceType[] = ["none", "hard_copy", "email"];
const EVALUATIONS: Evaluation[] = [
  "none",
  "very_positive",
  "positive",
  "neutral",
  "negative",
  "very_negative",
];

/** A time as a datetime-local field shows it: the user's own clock, to the minute. */
export function localDateTime(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

interface Values {
  templateCode: string | undefined;
  when: string;
  description: string;
  informationFlow: InformationFlow;
  initiatedBy: InitiatedBy;
  correspondenceType: CorrespondenceType;
  cost: string;
  duration: string;
  evaluation: Evaluation;
  attemptFailed: boolean;
}

export interface NewInteractionFormProps {
  contactNo: string;
  contactName: string;
  templates: InteractionTemplate[];
  groups: InteractionGroup[];
  /** The tenant's local currency code, named in the cost's label. */
  currency?: string;
  /** The log is in the outbox; `delivered` says what became of its first attempt. */
  onSaved(outcome: DeliveryOutcome, what: string): void;
  onClose(): void;
}

/**
 * Business Central's Create Interaction for one contact: the template (a call, a letter, a visit, …) sets
 * the flow, the initiator, the correspondence type, cost and duration, which the user may change; the date
 * and time start at now. Logged through the outbox like every log.
 */
export function NewInteractionForm(props: NewInteractionFormProps) {
  const { deps, translator, announce } = useTaskpane();
  const { t } = translator;
  const { palette } = useTheme();
  const [values, setValues] = useState<Values>(() => ({
    templateCode: undefined,
    when: localDateTime(new Date()),
    description: "",
    informationFlow: "outbound",
    initiatedBy: "us",
    correspondenceType: "none",
    cost: "",
    duration: "",
    evaluation: "none",
    attemptFailed: false,
  }));
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (change: Partial<Values>) => setValues((current) => ({ ...current, ...change }));
  const numberError = (text: string) =>
    Number.isNaN(numberOf(text) ?? 0) ? t("error.ADDIN_INVALID_NUMBER") : "";

  const choose = (code: string) => {
    const template = props.templates.find((candidate) => candidate.code === code);
    if (template === undefined) return;
    const d = templateDefaults(template);
    set({
      templateCode: code,
      informationFlow: d.informationFlow,
      initiatedBy: d.initiatedBy,
      correspondenceType: d.correspondenceType,
      cost: String(d.costLcy),
      duration: String(d.durationMin),
    });
  };

  const submit = async () => {
    setBusy(true);
    const at = new Date(values.when);
    const saved = await logManualInteraction(
      deps,
      {
        contactNo: props.contactNo,
        contactName: props.contactName,
        templateCode: values.templateCode,
        occurredAt: Number.isNaN(at.getTime()) ? values.when : at.toISOString(),
        description: values.description,
        informationFlow: values.informationFlow,
        initiatedBy: values.initiatedBy,
        correspondenceType: values.correspondenceType,
        costLcy: numberOf(values.cost),
        durationMin: numberOf(values.duration),
        evaluation: values.evaluation,
        attemptFailed: values.attemptFailed,
      },
      props.templates,
    );
    if (!saved.ok) {
      setBusy(false);
      const text = failureText(translator, saved.error);
      setProblem(text);
      announce(text);
      return;
    }
    const outcome = await saved.value.delivered;
    setBusy(false);
    if (outcome.status === "failed") {
      const text = t("interaction.failed", { reason: failureText(translator, outcome) });
      setProblem(text);
      announce(text);
      return;
    }
    const template = props.templates.find((candidate) => candidate.code === values.templateCode);
    props.onSaved(outcome, template?.description ?? values.templateCode ?? "");
  };

  return (
    <form
      aria-label={t("interaction.heading", { name: props.contactName })}
      noValidate
      style={{ border: `1px solid ${palette.neutralQuaternary}`, borderRadius: 4, padding: 8 }}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <FlexStack gap={6}>
        <Text as="h3" variant="medium" block styles={{ root: { fontWeight: 600 } }}>
          {t("interaction.heading", { name: props.contactName })}
        </Text>
        <TemplatePicker
          label={t("log.template")}
          templates={props.templates}
          groups={props.groups}
          selected={values.templateCode}
          placeholder={t("interaction.chooseTemplate")}
          onChange={choose}
        />
        <TextField
          label={t("interaction.when")}
          type="datetime-local"
          value={values.when}
          onChange={(_e, when) => set({ when: when ?? "" })}
        />
        <TextField
          label={t("log.description")}
          value={values.description}
          maxLength={FIELD_LIMITS.description}
          onChange={(_e, description) => set({ description: description ?? "" })}
        />
        <FlexStack horizontal gap={8}>
          <SelectField
            grow
            label={t("interaction.informationFlow")}
            options={FLOWS.map((key) => ({ key, text: t(`flow.${key}`) }))}
            selectedKey={values.informationFlow}
            onChange={(key) => set({ informationFlow: key as InformationFlow })}
          />
          <SelectField
            grow
            label={t("interaction.initiatedBy")}
            options={INITIATORS.map((key) => ({ key, text: t(`initiated.${key}`) }))}
            selectedKey={values.initiatedBy}
            onChange={(key) => set({ initiatedBy: key as InitiatedBy })}
          />
        </FlexStack>
        <SelectField
          label={t("interaction.correspondenceType")}
          options={CORRESPONDENCE.map((key) => ({ key, text: t(`correspondence.${key}`) }))}
          selectedKey={values.correspondenceType}
          onChange={(key) => set({ correspondenceType: key as CorrespondenceType })}
        />
        <FlexStack horizontal gap={8}>
          <TextField
            styles={HALF}
            label={props.currency ? t("interaction.costIn", { currency: props.currency }) : t("log.cost")}
            inputMode="decimal"
            value={values.cost}
            errorMessage={numberError(values.cost)}
            onChange={(_e, cost) => set({ cost: cost ?? "" })}
          />
          <TextField
            styles={HALF}
            label={t("log.duration")}
            inputMode="numeric"
            value={values.duration}
            errorMessage={numberError(values.duration)}
            onChange={(_e, duration) => set({ duration: duration ?? "" })}
          />
        </FlexStack>
        <SelectField
          label={t("log.evaluation")}
          options={EVALUATIONS.map((key) => ({ key, text: t(`evaluation.${key}`) }))}
          selectedKey={values.evaluation}
          onChange={(key) => set({ evaluation: key as Evaluation })}
        />
        <Checkbox
          label={t("log.attemptFailed")}
          checked={values.attemptFailed}
          onChange={(_e, checked) => set({ attemptFailed: checked === true })}
        />
        {problem !== undefined && <NoticeBanner tone="error">{problem}</NoticeBanner>}
        <FlexStack horizontal gap={8}>
          <PrimaryButton type="submit" text={t("interaction.submit")} disabled={busy} />
          <DefaultButton text={t("interaction.close")} onClick={props.onClose} />
        </FlexStack>
      </FlexStack>
    </form>
  );
}
