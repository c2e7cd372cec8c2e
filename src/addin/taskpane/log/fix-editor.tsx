import { Checkbox, DefaultButton, PrimaryButton, Text, TextField } from "../fluent";
import { useState } from "react";
import type { InteractionGroup, InteractionTemplate, LogInteractionRequest } from "../../../contracts";
import { displayAddress } from "../../../domain/normalize-address";
import type { SyncSnapshotEntry } from "../../ports/sync-port";
import { FlexStack } from "../flex-stack";
import { FormError } from "../form-error";
import { useTaskpane } from "../taskpane-context";
import { TemplatePicker } from "./template-picker";
import { storableText } from "../../../domain/storable-text";
import { FIELD_LIMITS } from "../../../contracts/field-limits";

export interface FixEditorProps {
  /** A refused log (entry actions have nothing to fix: they are retried or discarded). */
  entry: SyncSnapshotEntry & { request: LogInteractionRequest };
  templates: InteractionTemplate[];
  groups: InteractionGroup[];
  /** Sent again, under the id it is queued as now. */
  onSent(id: string | undefined): void;
  onCancel(): void;
}

/**
 * Contact numbers the store refused: not found (details `missing` of STORE_CONTACT_NOT_FOUND), or never
 * logged (details `contacts` of STORE_CONTACT_PRIVACY_BLOCKED and STORE_CONTACT_NEVER_LOG).
 */
function missingContacts(details: unknown): Set<string> {
  const { missing, contacts } = (details ?? {}) as { missing?: unknown; contacts?: unknown };
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((no): no is string => typeof no === "string") : [];
  return new Set([...strings(missing), ...strings(contacts)]);
}

/**
 * Edits a log the store refused — its template, description and who it is logged to — and sends the
 * changed log again. A changed log goes under a new Idempotency-Key (SyncPort.retry with a request): under
 * the old key the store would refuse the changed body. Contacts the store could not find start unticked.
 * Loaded when first asked for.
 */
export default function FixEditor({ entry, templates, groups, onSent, onCancel }: FixEditorProps) {
  const { deps, translator } = useTaskpane();
  const { t } = translator;
  const request = entry.request;
  const names = entry.names ?? {};
  const missing = missingContacts(entry.lastError?.details);
  const usable = (code: string | undefined) => templates.some((template) => template.code === code);
  const [templateCode, setTemplateCode] = useState(
    usable(request.templateCode) ? request.templateCode : undefined,
  );
  const [description, setDescription] = useState(
    request.description ?? storableText(request.source.subject, FIELD_LIMITS.description),
  );
  const [contacts, setContacts] = useState(
    () => new Set((request.contacts ?? []).filter((no) => !missing.has(no))),
  );
  const [participants, setParticipants] = useState(
    () => new Set((request.participants ?? []).map((p) => p.email)),
  );
  const [problem, setProblem] = useState<string>();

  const toggle = (set: Set<string>, value: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };

  async function send() {
    if (contacts.size === 0 && participants.size === 0) {
      setProblem(t("fix.nobody"));
      return;
    }
    const { templateCode: _old, contacts: _contacts, participants: _participants, ...rest } = request;
    const fixed: LogInteractionRequest = {
      ...rest,
      description: storableText(description, FIELD_LIMITS.description),
      ...(templateCode ? { templateCode } : {}),
      ...(contacts.size > 0 ? { contacts: [...contacts] } : {}),
      ...(participants.size > 0
        ? { participants: (request.participants ?? []).filter((p) => participants.has(p.email)) }
        : {}),
    };
    onSent(await deps.sync.retry(entry.id, fixed));
  }

  return (
    <form
      aria-label={t("fix.title", { label: entry.label })}
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
      style={{ marginTop: 8 }}
    >
      <FlexStack gap={6}>
        {templates.length > 0 && (
          <TemplatePicker
            label={t("log.template")}
            templates={templates}
            groups={groups}
            selected={templateCode}
            onChange={setTemplateCode}
          />
        )}
        <TextField
          label={t("log.description")}
          value={description}
          maxLength={FIELD_LIMITS.description}
          onChange={(_e, text) => setDescription(text ?? "")}
        />
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ padding: 0 }}>
            <Text>{t("fix.recipients")}</Text>
          </legend>
          <FlexStack gap={4}>
            {(request.contacts ?? []).map((no) => (
              <Checkbox
                key={no}
                label={names[no] ? `${names[no]} (${no})` : no}
                checked={contacts.has(no)}
                onChange={(_e, on) => setContacts((set) => toggle(set, no, on === true))}
              />
            ))}
            {(request.participants ?? []).map((p) => (
              <Checkbox
                key={p.email}
                label={p.name ? `${p.name} <${displayAddress(p.email)}>` : displayAddress(p.email)}
                checked={participants.has(p.email)}
                onChange={(_e, on) => setParticipants((set) => toggle(set, p.email, on === true))}
              />
            ))}
          </FlexStack>
        </fieldset>
        <FlexStack horizontal gap={8}>
          <PrimaryButton type="submit" text={t("fix.send")} />
          <DefaultButton text={t("fix.cancel")} onClick={onCancel} />
        </FlexStack>
        <FormError message={problem} />
      </FlexStack>
    </form>
  );
}
