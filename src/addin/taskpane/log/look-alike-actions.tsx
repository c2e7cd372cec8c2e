import { ActionButton } from "../fluent";
import { useEffect, useState } from "react";
import type { Contact } from "../../../contracts";
import { displayAddress } from "../../../domain/normalize-address";
import { failureText } from "../../use-cases/failure-text";
import type { ParticipantView } from "../../use-cases/item-context";
import { addAddressToContact, lookAlikeContacts } from "../../use-cases/log-to-anyone";
import { FormError } from "../form-error";
import { useTaskpane } from "../taskpane-context";

const START = { root: { alignSelf: "flex-start", paddingLeft: 0 } } as const;

/**
 * For an unknown participant with a display name: "Add this address to Анна Петрова" for each existing
 * contact whose name resembles it, so one person writing from a second address stays one contact.
 */
export function LookAlikeActions({
  participant,
  onAdopted,
}: {
  participant: ParticipantView;
  onAdopted(contact: Contact): void;
}) {
  const { deps, translator, announce } = useTaskpane();
  const { t } = translator;
  const [alike, setAlike] = useState<Contact[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  // One key per participant shown: a second press after a lost answer changes nothing twice.
  const [key] = useState(() => deps.newId());
  const name = participant.name.trim();
  useEffect(() => {
    if (name === "") return;
    let live = true;
    void lookAlikeContacts(deps, name).then((found) => {
      // Suggestions are a help: without the store the row still offers Create contact.
      if (live && found.ok) setAlike(found.value);
    });
    return () => {
      live = false;
    };
  }, [deps, name]);

  async function adopt(contact: Contact) {
    setBusy(true);
    setProblem(undefined);
    const address = participant.normalized ?? participant.email;
    const changed = await addAddressToContact(deps, contact.no, address, key);
    setBusy(false);
    if (!changed.ok) {
      const text = t("fail.add", { reason: failureText(translator, changed.error) });
      setProblem(text);
      return announce(text);
    }
    announce(t("log.addressAdded", { address: displayAddress(address), name: changed.value.name }));
    onAdopted(changed.value);
  }

  return (
    <>
      {alike.map((contact) => {
        const label = t("log.addAddressTo", { name: contact.name });
        const detail = contact.companyName ? `${label} (${contact.companyName})` : label;
        return (
          <ActionButton
            key={contact.no}
            styles={START}
            disabled={busy}
            ariaLabel={detail}
            onClick={() => void adopt(contact)}
          >
            {detail}
          </ActionButton>
        );
      })}
      <FormError message={problem} />
    </>
  );
}
