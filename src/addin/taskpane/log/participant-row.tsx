import { ActionButton, Checkbox, Text } from "../fluent";
import { displayAddress } from "../../../domain/normalize-address";
import type { Contact } from "../../../contracts";
import type { MessageKey } from "../../i18n/en-us";
import type { ParticipantView } from "../../use-cases/item-context";
import { ContactChoice, LookAlikes } from "../lazy-parts";
import { useTaskpane } from "../taskpane-context";
import { FlexStack } from "../flex-stack";
import type { ParticipantChoice } from "./use-log-choices";

export interface ParticipantRowProps {
  participant: ParticipantView;
  choice: ParticipantChoice;
  onChoice(choice: ParticipantChoice): void;
  onCreate(): void;
  /** An unknown participant's address became an existing contact's alternate address. */
  onAdopted(contact: Contact): void;
}

export const BADGE: Record<ParticipantView["state"], MessageKey> = {
  matched: "state.matched",
  ambiguous: "state.ambiguous",
  company: "state.company",
  colleague: "state.colleague",
  excluded: "state.excluded",
  unknown: "state.unknown",
  invalid: "state.invalid",
  pending: "state.pending",
};

/** A row's action sits under the text it belongs to, not centred across the pane. */
const START = { root: { alignSelf: "flex-start", paddingLeft: 0 } } as const;

/** The participant's name, else the address as a person reads it (an internationalised domain in Unicode). */
export const nameOf = (participant: ParticipantView): string =>
  participant.name || displayAddress(participant.email);

/** One participant: who, their state, and what can be done about it. */
export function ParticipantRow(props: ParticipantRowProps) {
  const { participant } = props;
  const { t } = useTaskpane().translator;
  const who = nameOf(participant);
  return (
    <li aria-label={`${who} — ${t(BADGE[participant.state])}`} style={{ listStyle: "none", marginBottom: 8 }}>
      <FlexStack gap={2}>
        <Text variant="medium" block>
          <strong>{who}</strong>{" "}
          <span>{participant.name ? `<${displayAddress(participant.email)}>` : ""}</span>
        </Text>
        <Text variant="small" block data-state={participant.state}>
          {t(BADGE[participant.state])}
          {participant.state === "matched"
            ? ` · ${participant.contact.name} (${participant.contact.no})`
            : ""}
          {participant.state === "colleague" ? ` · ${t("state.colleagueHint")}` : ""}
          {participant.state === "excluded" ? ` · ${t(`excluded.${participant.reason}`)}` : ""}
        </Text>
        <RowActions {...props} />
      </FlexStack>
    </li>
  );
}

function RowActions({ participant, choice, onChoice, onCreate, onAdopted }: ParticipantRowProps) {
  const { t } = useTaskpane().translator;
  const who = nameOf(participant);
  switch (participant.state) {
    case "matched":
      return (
        <Checkbox
          label={t("log.include", { name: participant.contact.name })}
          checked={choice.include}
          onChange={(_e, checked) => onChoice({ ...choice, include: checked === true })}
        />
      );
    case "pending":
      return (
        <Checkbox
          label={t("log.includePending", { name: who })}
          checked={choice.include}
          onChange={(_e, checked) => onChoice({ include: checked === true })}
        />
      );
    case "ambiguous":
      return (
        <ContactChoice
          label={t("log.chooseContact", { address: displayAddress(participant.email) })}
          placeholder={t("log.chooseContactPlaceholder")}
          options={participant.candidates.map((c) => ({
            key: c.no,
            text: c.companyName ? `${c.name} — ${c.companyName} (${c.no})` : `${c.name} (${c.no})`,
          }))}
          selectedKey={choice.contactNo}
          onChange={(contactNo) => onChoice({ include: true, contactNo })}
        />
      );
    case "company":
      return (
        <FlexStack gap={2}>
          <Checkbox
            label={t("log.logToCompany", { company: participant.company.name })}
            checked={choice.include}
            onChange={(_e, checked) =>
              onChoice({ include: checked === true, contactNo: participant.company.no })
            }
          />
          <ActionButton
            onClick={onCreate}
            styles={START}
            ariaLabel={`${t("log.createPersonUnder", { company: participant.company.name })}: ${who}`}
          >
            {t("log.createPersonUnder", { company: participant.company.name })}
          </ActionButton>
        </FlexStack>
      );
    case "unknown":
      return (
        <FlexStack gap={2}>
          <LookAlikes participant={participant} onAdopted={onAdopted} />
          <ActionButton onClick={onCreate} styles={START} ariaLabel={`${t("log.createContact")}: ${who}`}>
            {t("log.createContact")}
          </ActionButton>
        </FlexStack>
      );
    default:
      return null;
  }
}
