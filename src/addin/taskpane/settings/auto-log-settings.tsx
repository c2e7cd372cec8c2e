import { Checkbox, Text } from "../fluent";
import { useEffect, useState } from "react";
import type { AutoLogPolicy } from "../../../contracts";
import { autoLogSwitch, DEFAULT_AUTO_LOG_POLICY } from "../../../domain/auto-log-policy";
import type { SettingsChanges } from "../../ports/settings-port";
import { useTaskpane } from "../taskpane-context";
import { FlexStack } from "../flex-stack";
import { FormError } from "../form-error";

/**
 * *Log sent mail automatically* and *Log replies in logged conversations*, kept in roaming settings. The
 * tenant's policy decides what the switch starts as and whether it can be changed (autoLogSwitch); until
 * the store answers, the default policy applies.
 */
export function AutoLogSettings({
  save,
}: {
  save: (changes: SettingsChanges, onProblem: (text?: string) => void) => Promise<void>;
}) {
  const { deps, translator } = useTaskpane();
  const { t } = translator;
  const current = deps.settings.read();
  const [policy, setPolicy] = useState<AutoLogPolicy>(DEFAULT_AUTO_LOG_POLICY);
  const [choice, setChoice] = useState(current.autoLog);
  const [logReplies, setLogReplies] = useState(current.logReplies === true);
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    void deps.store.tenantSettings().then((settings) => {
      if (settings.ok) setPolicy(settings.value.autoLogPolicy);
    });
  }, [deps]);

  const state = autoLogSwitch(policy, choice);
  const hint =
    policy === "off"
      ? t("settings.autoLogPolicyOff")
      : policy === "on"
        ? t("settings.autoLogPolicyOn")
        : t("settings.autoLogHint");
  return (
    <section aria-labelledby="tp-auto-log">
      <Text as="h2" id="tp-auto-log" variant="mediumPlus" block>
        {t("settings.autoLogHeading")}
      </Text>
      <FlexStack gap={8}>
        <Checkbox
          label={t("settings.autoLog")}
          checked={state.on}
          disabled={!state.changeable}
          ariaDescribedBy="tp-auto-log-hint"
          onChange={(_e, checked) => {
            setChoice(checked === true);
            void save({ autoLog: checked === true }, setProblem);
          }}
        />
        <Text id="tp-auto-log-hint" variant="small" block>
          {hint}
        </Text>
        <Checkbox
          label={t("settings.logReplies")}
          checked={logReplies}
          disabled={!state.on}
          onChange={(_e, checked) => {
            setLogReplies(checked === true);
            void save({ logReplies: checked === true }, setProblem);
          }}
        />
        <FormError message={problem} />
      </FlexStack>
    </section>
  );
}
