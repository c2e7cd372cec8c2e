import { DefaultButton, PrimaryButton } from "@fluentui/react/lib/Button";
import { TextField } from "@fluentui/react/lib/TextField";
import { useState } from "react";
import type { ContactDraft } from "../../use-cases/create-contact-from-participant";
import { useTaskpane } from "../taskpane-context";
import { FlexStack } from "../flex-stack";

export interface ContactFormProps {
  draft: ContactDraft;
  busy: boolean;
  onSave(draft: ContactDraft): void;
  onCancel(): void;
}

/** A small form to create a person from an unknown participant; the user confirms, nothing is created silently. */
export function ContactForm({ draft, busy, onSave, onCancel }: ContactFormProps) {
  const { t } = useTaskpane().translator;
  const [name, setName] = useState(draft.name);
  const [email, setEmail] = useState(draft.email);
  return (
    <form
      aria-label={t("contact.formTitle")}
      onSubmit={(event) => {
        event.preventDefault();
        onSave({ ...draft, name, email });
      }}
    >
      <FlexStack gap={4}>
        <TextField
          label={t("contact.name")}
          value={name}
          required
          maxLength={100}
          onChange={(_e, v) => setName(v ?? "")}
        />
        <TextField
          label={t("contact.email")}
          value={email}
          required
          onChange={(_e, v) => setEmail(v ?? "")}
        />
        <TextField
          label={t("contact.company")}
          value={draft.companyName ?? t("contact.noCompany")}
          readOnly
        />
        <FlexStack horizontal gap={8}>
          <PrimaryButton
            type="submit"
            text={t("contact.save")}
            disabled={busy || name.trim() === "" || email.trim() === ""}
          />
          <DefaultButton text={t("contact.cancel")} onClick={onCancel} />
        </FlexStack>
      </FlexStack>
    </form>
  );
}
