import { DefaultButton, PrimaryButton, TextField } from "../fluent";
import { useState } from "react";
import type { Contact } from "../../../contracts";
import { normalizeAddress } from "../../../domain/normalize-address";
import {
  createContactFromParticipant,
  draftContactFromParticipant,
} from "../../use-cases/create-contact-from-participant";
import { failureText } from "../../use-cases/failure-text";
import type { ParticipantView } from "../../use-cases/item-context";
import { useTaskpane } from "../taskpane-context";
import { FlexStack } from "../flex-stack";
import { FormError } from "../form-error";
import { FIELD_LIMITS } from "../../../contracts/field-limits";

export interface ContactFormProps {
  participant: ParticipantView;
  onCreated(contact: Contact): void;
  onCancel(): void;
}

/**
 * A small form to create a person from an unknown participant; the user confirms, nothing is created
 * silently. What is wrong is said under the field it concerns, and a refusal under the form's button.
 * Loaded when the user first asks for it, not with the pane.
 */
export default function ContactForm({ participant, onCreated, onCancel }: ContactFormProps) {
  const { deps, translator, announce } = useTaskpane();
  const { t } = translator;
  const [draft] = useState(() => draftContactFromParticipant(participant));
  // One key for this form: pressing Create again after a lost answer creates nobody twice.
  const [key] = useState(() => deps.newId());
  const [name, setName] = useState(draft.name);
  const [email, setEmail] = useState(draft.email);
  const [busy, setBusy] = useState(false);
  const [nameError, setNameError] = useState<string>();
  const [emailError, setEmailError] = useState<string>();
  const [refused, setRefused] = useState<string>();

  async function save() {
    const badName = name.trim() === "" ? t("error.ADDIN_NAME_REQUIRED") : undefined;
    const badEmail = normalizeAddress(email) === undefined ? t("error.ADDIN_INVALID_EMAIL") : undefined;
    setNameError(badName);
    setEmailError(badEmail);
    setRefused(undefined);
    if (badName !== undefined || badEmail !== undefined) return;
    setBusy(true);
    const made = await createContactFromParticipant(deps, { ...draft, name, email }, key);
    setBusy(false);
    if (!made.ok) {
      const text = t("fail.create", { reason: failureText(translator, made.error) });
      setRefused(text);
      announce(text);
      return;
    }
    onCreated(made.value);
    announce(t("contact.created", { name: made.value.name }));
  }

  return (
    <form
      aria-label={t("contact.formTitle")}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <FlexStack gap={4}>
        <TextField
          label={t("contact.name")}
          value={name}
          required
          maxLength={FIELD_LIMITS.name}
          errorMessage={nameError ?? ""}
          onChange={(_e, v) => setName(v ?? "")}
        />
        <TextField
          label={t("contact.email")}
          value={email}
          required
          errorMessage={emailError ?? ""}
          onChange={(_e, v) => setEmail(v ?? "")}
        />
        <TextField
          label={t("contact.company")}
          value={draft.companyName ?? t("contact.noCompany")}
          readOnly
        />
        <FlexStack horizontal gap={8}>
          <PrimaryButton type="submit" text={t("contact.save")} disabled={busy} />
          <DefaultButton text={t("contact.cancel")} onClick={onCancel} />
        </FlexStack>
        <FormError message={refused} />
      </FlexStack>
    </form>
  );
}
