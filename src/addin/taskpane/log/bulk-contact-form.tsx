import { Checkbox, DefaultButton, PrimaryButton, TextField } from "../fluent";
import { useRef, useState } from "react";
import type { Contact } from "../../../contracts";
import { displayAddress } from "../../../domain/normalize-address";
import { createPeople, draftPeople, type PersonDraft } from "../../use-cases/create-contacts";
import { failureText } from "../../use-cases/failure-text";
import type { ParticipantView } from "../../use-cases/item-context";
import { FlexStack } from "../flex-stack";
import { FormError } from "../form-error";
import { useTaskpane } from "../taskpane-context";
import { FIELD_LIMITS } from "../../../contracts/field-limits";

/** Name and company side by side, so a long list stays a list. */
const HALF = { root: { flex: "1 1 0", minWidth: 0 } } as const;

export interface BulkContactFormProps {
  people: ParticipantView[];
  onDone(created: Record<string, Contact>): void;
  onCancel(): void;
}

/**
 * Creates the unknown people of a large meeting in one go: each row starts with a name and company
 * made from the address, which the user can change or untick. Only what the user confirms is created
 * (no junk contacts), each creation under its own Idempotency-Key, so pressing again after a partial
 * failure creates only the rest. Loaded when first asked for.
 */
export default function BulkContactForm({ people, onDone, onCancel }: BulkContactFormProps) {
  const { deps, translator, announce } = useTaskpane();
  const { t } = translator;
  const [drafts, setDrafts] = useState<PersonDraft[]>(() => draftPeople(people, deps.newId));
  const companyKeys = useRef(new Map<string, string>());
  const created = useRef<Record<string, Contact>>({});
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<string>();
  const count = drafts.filter((draft) => draft.include && draft.name.trim() !== "").length;

  const change = (email: string, fields: Partial<PersonDraft>) =>
    setDrafts((all) => all.map((draft) => (draft.email === email ? { ...draft, ...fields } : draft)));

  async function save() {
    setBusy(true);
    setRefused(undefined);
    const outcome = await createPeople(deps, drafts, companyKeys.current);
    setBusy(false);
    Object.assign(created.current, outcome.created);
    const made = Object.keys(outcome.created).length;
    const [first] = outcome.failed;
    if (first === undefined) {
      announce(t("bulk.created", { count: Object.keys(created.current).length }));
      onDone(created.current);
      return;
    }
    // What was made stays made; the form keeps only the people still to create.
    setDrafts((all) => all.filter((draft) => outcome.created[draft.email] === undefined));
    const text = t("bulk.partly", {
      created: made,
      failed: outcome.failed.length,
      reason: failureText(translator, first.failure),
    });
    setRefused(text);
    announce(text);
  }

  return (
    <form
      aria-label={t("bulk.title")}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <FlexStack gap={8}>
        {/* Column heads for the eye; each field carries its own label for screen readers. */}
        <div aria-hidden="true" style={{ display: "flex", gap: 8, fontWeight: 600 }}>
          <span style={{ flex: "1 1 0" }}>{t("contact.name")}</span>
          <span style={{ flex: "1 1 0" }}>{t("contact.company")}</span>
        </div>
        <ul style={{ padding: 0, margin: 0 }}>
          {drafts.map((draft) => {
            const address = displayAddress(draft.email);
            return (
              <li key={draft.email} style={{ listStyle: "none", marginBottom: 10 }}>
                <FlexStack gap={2}>
                  <Checkbox
                    label={t("bulk.include", { name: address })}
                    checked={draft.include}
                    onChange={(_e, checked) => change(draft.email, { include: checked === true })}
                  />
                  <FlexStack horizontal gap={8}>
                    <TextField
                      styles={HALF}
                      ariaLabel={t("bulk.name", { address })}
                      placeholder={t("contact.name")}
                      value={draft.name}
                      maxLength={FIELD_LIMITS.name}
                      disabled={!draft.include}
                      errorMessage={
                        draft.include && draft.name.trim() === "" ? t("error.ADDIN_NAME_REQUIRED") : ""
                      }
                      onChange={(_e, name) => change(draft.email, { name: name ?? "" })}
                    />
                    <TextField
                      styles={HALF}
                      ariaLabel={t("bulk.company", { address })}
                      placeholder={t("contact.noCompany")}
                      value={draft.company}
                      maxLength={FIELD_LIMITS.name}
                      disabled={!draft.include}
                      onChange={(_e, company) => change(draft.email, { company: company ?? "" })}
                    />
                  </FlexStack>
                </FlexStack>
              </li>
            );
          })}
        </ul>
        <FlexStack horizontal gap={8}>
          <PrimaryButton type="submit" text={t("bulk.save", { count })} disabled={busy || count === 0} />
          <DefaultButton
            text={t("contact.cancel")}
            onClick={() => (Object.keys(created.current).length > 0 ? onDone(created.current) : onCancel())}
          />
        </FlexStack>
        <FormError message={refused} />
      </FlexStack>
    </form>
  );
}
