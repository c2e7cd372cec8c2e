import { PrimaryButton, TextField } from "../fluent";
import { useState } from "react";
import { failureText } from "../../use-cases/failure-text";
import type { ItemContext } from "../../use-cases/item-context";
import { logToSegment } from "../../use-cases/segments";
import { FlexStack } from "../flex-stack";
import { FormError } from "../form-error";
import { TemplatePicker } from "../log/template-picker";
import { useTaskpane } from "../taskpane-context";
import { FIELD_LIMITS } from "../../../contracts/field-limits";

/** Log to segment: one template and a description for every line; one key for the action's retries. */
export function LogToSegment({
  segmentNo,
  context,
  defaultDescription,
  onLogged,
}: {
  segmentNo: string;
  context: ItemContext | undefined;
  defaultDescription: string;
  onLogged(): void;
}) {
  const { deps, translator, announce } = useTaskpane();
  const { t } = translator;
  const [templateCode, setTemplateCode] = useState<string | undefined>(context?.defaultTemplateCode);
  const [description, setDescription] = useState(defaultDescription);
  const [key, setKey] = useState(() => deps.newId());
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function log() {
    if (templateCode === undefined) return;
    setBusy(true);
    const done = await logToSegment(deps, segmentNo, templateCode, description, key);
    setBusy(false);
    if (!done.ok) return setProblem(t("fail.log", { reason: failureText(translator, done.error) }));
    setProblem(undefined);
    setKey(deps.newId());
    announce(
      t("segments.loggedTo", {
        no: segmentNo,
        count: done.value.entries.length,
        skipped: done.value.skipped.length,
      }),
    );
    onLogged();
  }

  return (
    <FlexStack gap={6}>
      {context !== undefined && (
        <TemplatePicker
          label={t("log.template")}
          templates={context.templates}
          groups={context.groups}
          selected={templateCode}
          onChange={setTemplateCode}
        />
      )}
      <TextField
        label={t("log.description")}
        value={description}
        maxLength={FIELD_LIMITS.description}
        onChange={(_e, v) => setDescription(v ?? "")}
      />
      <FlexStack horizontal gap={8}>
        <PrimaryButton
          text={t("segments.log")}
          ariaLabel={t("segments.logNamed", { no: segmentNo })}
          disabled={busy || templateCode === undefined}
          onClick={() => void log()}
        />
      </FlexStack>
      <FormError message={problem} />
    </FlexStack>
  );
}
