import { useMemo, useState } from "react";
import type { Participant } from "../../../contracts";
import type { ParticipantView } from "../../use-cases/item-context";

/** What the user decided for one participant: log to them or not, and which contact. */
export interface ParticipantChoice {
  include: boolean;
  contactNo?: string;
}

/** A choice and the participant state it was made for: a changed state makes the choice void. */
interface Made extends ParticipantChoice {
  basis: string;
}

/** What the Log form sends: contacts by number, participants for the store to match, names for the Fix editor. */
export interface ChosenRecipients {
  contactNos: string[];
  participants: Participant[];
  names: Record<string, string>;
  /** An ambiguous address included without a contact chosen for it yet. */
  pendingChoice: boolean;
}

/** The state a choice depends on: who the participant is taken to be. */
function basisOf(p: ParticipantView): string {
  switch (p.state) {
    case "matched":
      return `matched:${p.contact.no}`;
    case "ambiguous":
      return `ambiguous:${p.candidates.map((c) => c.no).join(",")}`;
    case "company":
      return `company:${p.company.no}`;
    default:
      return p.state;
  }
}

/** What a participant starts as: a contact and one waiting to be matched are in; an ambiguous address is in, with no contact picked. */
function initialChoice(p: ParticipantView): ParticipantChoice {
  if (p.state === "matched") return { include: true, contactNo: p.contact.no };
  // Ambiguous addresses are included but wait for the user's pick: nothing is chosen silently.
  if (p.state === "ambiguous") return { include: true };
  // Not matched yet (offline): the store matches it on delivery, exact addresses only, as the ribbon does.
  if (p.state === "pending") return { include: true };
  return { include: false };
}

/**
 * The user's choices per participant, kept while the participant stays what it was; when it changes
 * (added to the never-log list, made private, matched after reconnecting) its choice starts over from
 * the new state, so an excluded person is never still ticked.
 */
export function useLogChoices(participants: ParticipantView[]) {
  const [made, setMade] = useState<Record<string, Made>>({});
  const choices = useMemo(() => {
    const current: Record<string, ParticipantChoice> = {};
    for (const p of participants) {
      const mine = made[p.email];
      current[p.email] = mine !== undefined && mine.basis === basisOf(p) ? mine : initialChoice(p);
    }
    return current;
  }, [participants, made]);

  const choose = (participant: ParticipantView, choice: ParticipantChoice) =>
    setMade((all) => ({ ...all, [participant.email]: { ...choice, basis: basisOf(participant) } }));

  const chosen = useMemo(() => recipientsOf(participants, choices), [participants, choices]);
  return { choices, choose, chosen };
}

function recipientsOf(
  participants: ParticipantView[],
  choices: Record<string, ParticipantChoice>,
): ChosenRecipients {
  const contactNos: string[] = [];
  const pending: Participant[] = [];
  const names: Record<string, string> = {};
  let pendingChoice = false;
  for (const p of participants) {
    const choice = choices[p.email];
    if (!choice?.include) continue;
    if (p.state === "pending") {
      pending.push({ email: p.normalized ?? p.email, role: p.role, ...(p.name ? { name: p.name } : {}) });
      if (p.name) names[p.normalized ?? p.email] = p.name;
    } else if (p.state === "matched" || p.state === "ambiguous" || p.state === "company") {
      if (choice.contactNo === undefined) {
        pendingChoice ||= p.state === "ambiguous";
        continue;
      }
      contactNos.push(choice.contactNo);
      const contact =
        p.state === "matched"
          ? p.contact
          : p.state === "company"
            ? p.company
            : p.candidates.find((c) => c.no === choice.contactNo);
      if (contact) names[contact.no] = contact.name;
    }
  }
  return { contactNos: [...new Set(contactNos)], participants: pending, names, pendingChoice };
}
