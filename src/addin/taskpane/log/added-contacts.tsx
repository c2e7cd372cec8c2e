import { ActionButton, Text } from "../fluent";
import { Suspense, useState } from "react";
import type { Contact } from "../../../contracts";
import { FlexStack } from "../flex-stack";
import { ContactSearch, LazyPartBoundary } from "../lazy-parts";
import { Skeleton } from "../skeleton";
import { useTaskpane } from "../taskpane-context";

const START = { root: { alignSelf: "flex-start", paddingLeft: 0 } } as const;

/**
 * Contacts the log goes to who are not on the item, found through the contact search ("Add contact"):
 * a call about this email with someone else, a manager to keep in the picture.
 */
export function AddedContacts({
  added,
  onAdd,
  onRemove,
}: {
  added: Contact[];
  onAdd(contact: Contact): void;
  onRemove(contactNo: string): void;
}) {
  const { t } = useTaskpane().translator;
  const [searching, setSearching] = useState(false);
  return (
    <FlexStack gap={4}>
      {added.length > 0 && (
        <>
          <Text
            as="h3"
            id="tp-added-contacts"
            variant="medium"
            block
            styles={{ root: { fontWeight: 600, margin: "8px 0 0" } }}
          >
            {t("log.addedContacts")}
          </Text>
          <ul aria-labelledby="tp-added-contacts" style={{ padding: 0, margin: 0 }}>
            {added.map((contact) => (
              <li key={contact.no} style={{ listStyle: "none" }}>
                <FlexStack horizontal gap={8}>
                  <Text block styles={{ root: { alignSelf: "center" } }}>
                    <strong>{contact.name}</strong>
                    {contact.companyName ? ` · ${contact.companyName}` : ""}
                  </Text>
                  <ActionButton
                    text={t("log.remove")}
                    ariaLabel={t("log.removeAdded", { name: contact.name })}
                    onClick={() => onRemove(contact.no)}
                  />
                </FlexStack>
              </li>
            ))}
          </ul>
        </>
      )}
      {searching ? (
        <LazyPartBoundary message={t("app.partUnavailable")}>
          <Suspense fallback={<Skeleton label={t("app.loading")} />}>
            <ContactSearch
              autoFocus
              onChoose={(contact) => {
                setSearching(false);
                onAdd(contact);
              }}
            />
          </Suspense>
          <ActionButton styles={START} text={t("contact.cancel")} onClick={() => setSearching(false)} />
        </LazyPartBoundary>
      ) : (
        <ActionButton styles={START} onClick={() => setSearching(true)}>
          {t("log.addContact")}
        </ActionButton>
      )}
    </FlexStack>
  );
}
