import { Checkbox, TextField } from "../fluent";
import { SelectField } from "../select-field";
import type { Evaluation } from "../../../contracts";
import { storableText } from "../../../domain/storable-text";
import type { ItemContext } from "../../use-cases/item-context";
import { useTaskpane } from "../taskpane-context";
import { TemplatePicker } from "./template-picker";
import { FlexStack } from "../flex-stack";
import { FIELD_LIMITS } from "../../../contracts/field-limits";

/** Cost and duration side by side, as a pair. */
const HALF = { root: { flex: "1 1 0", minWidth: 0 } } as const;

/** The entry's fields as the user edits them (numbers stay text until logged). */
export interface EntryFieldValues {
  templateCode?: string;
  description: string;
  evaluation: Evaluation;
  cost: string;
  duration: string;
  attemptFailed: boolean;
}

const EVALUATIONS: Evaluation[] = [
  "none",
  "very_positive",
  "positive",
  "neutral",
  "negative",
  "very_negative",
];

/** Starting values: description = subject; cost and duration from the template, a meeting's duration from its times. */
export function fieldsFor(
  context: ItemContext,
  templateCode: string | undefined,
  previous?: EntryFieldValues,
): EntryFieldValues {
  const template = context.templates.find((candidate) => candidate.code === templateCode);
  const duration = context.meetingDurationMin ?? template?.unitDurationMin;
  return {
    ...(templateCode ? { templateCode } : {}),
    description: previous?.description ?? storableText(context.snapshot.subject, FIELD_LIMITS.description),
    evaluation: previous?.evaluation ?? "none",
    cost: template ? String(template.unitCostLcy) : "",
    duration: duration === undefined ? "" : String(duration),
    attemptFailed: previous?.attemptFailed ?? false,
  };
}

/** A number field's value: undefined when empty, NaN when it is not a number of zero or more. */
export function numberOf(text: string): number | undefined {
  if (text.trim() === "") return undefined;
  const value = Number(text.trim().replace(",", "."));
  return Number.isFinite(value) && value >= 0 ? value : Number.NaN;
}

/** The entry's fields; a number that is not one says so under its field. */
export function EntryFields({
  context,
  values,
  onChange,
}: {
  context: ItemContext;
  values: EntryFieldValues;
  onChange(values: EntryFieldValues): void;
}) {
  const { t } = useTaskpane().translator;
  const numberError = (text: string) =>
    Number.isNaN(numberOf(text) ?? 0) ? t("error.ADDIN_INVALID_NUMBER") : undefined;
  return (
    <FlexStack gap={6}>
      <TemplatePicker
        label={t("log.template")}
        templates={context.templates}
        groups={context.groups}
        selected={values.templateCode}
        onChange={(code) => onChange(fieldsFor(context, code, values))}
      />
      <TextField
        label={t("log.description")}
        value={values.description}
        maxLength={FIELD_LIMITS.description}
        onChange={(_e, description) => onChange({ ...values, description: description ?? "" })}
      />
      <SelectField
        label={t("log.evaluation")}
        options={EVALUATIONS.map((key) => ({ key, text: t(`evaluation.${key}`) }))}
        selectedKey={values.evaluation}
        onChange={(key) => onChange({ ...values, evaluation: key as Evaluation })}
      />
      <FlexStack horizontal gap={8}>
        <TextField
          styles={HALF}
          label={t("log.cost")}
          inputMode="decimal"
          value={values.cost}
          errorMessage={numberError(values.cost) ?? ""}
          onChange={(_e, cost) => onChange({ ...values, cost: cost ?? "" })}
        />
        <TextField
          styles={HALF}
          label={t("log.duration")}
          inputMode="numeric"
          value={values.duration}
          errorMessage={numberError(values.duration) ?? ""}
          onChange={(_e, duration) => onChange({ ...values, duration: duration ?? "" })}
        />
      </FlexStack>
      <Checkbox
        label={t("log.attemptFailed")}
        checked={values.attemptFailed}
        onChange={(_e, checked) => onChange({ ...values, attemptFailed: checked === true })}
      />
    </FlexStack>
  );
}
