import { DefaultButton, PrimaryButton, TextField } from "../fluent";
import { useState } from "react";
import type { Contact } from "../../../contracts";
import {
  createContactFromParticipant,
  draftContactFromParticipant,
} from "../../use-cases/create-contact-from-participant";
import type { ParticipantView } from "../../use-cases/item-context";
import { reasonOf } from "../../use-cases/reason-of";
import { useTaskpane } from "../taskpane-context";
import { FlexStack } from "../flex-stack";

export interface ContactFormProps {
  participant: ParticipantView;
  onCreated(contact: Contact): void;
  onCancel(): void;
}

/**
 * A small form to create a person from an unknown participant; the user confirms, nothing is created
 * silently. Loaded when the user first asks for it, not with the pane.
 */
export default function ContactForm({ participant, onCreated, onCancel }: ContactFormProps) {
  const { deps, translator, announce } = useTaskpane();
  const { t } = translator;
  const [draft] = useState(() => draftContactFromParticipant(participant));
  const [name, setName] = useState(draft.name);
  const [email, setEmail] = useState(draft.email);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    const made = await createContactFromParticipant(deps, { ...draft, name, email });
    setBusy(false);
    if (!made.ok) {
      announce(t("log.failed", { reason: reasonOf(translator, made.error.code) }));
      return;
    }
    onCreated(made.value);
    announce(t("contact.created", { name: made.value.name }));
  }

  return (
    <form
      aria-label={t("contact.formTitle")}
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
