import { ActionButton, DefaultButton, Text } from "../fluent";
import type { ReactNode } from "react";
import { useEffect, useState } from "react";
import type { Contact, InteractionGroup, InteractionTemplate } from "../../../contracts";
import { failureText } from "../../use-cases/failure-text";
import { FlexStack } from "../flex-stack";
import { NoticeBanner } from "../notice-banner";
import { Skeleton } from "../skeleton";
import { useTaskpane } from "../taskpane-context";
import { OpenFollowUps } from "../follow-ups/open-follow-ups";
import { HistoryBody } from "./history-body";
import { NewInteractionForm } from "./new-interaction-form";

export interface ContactCardProps {
  contactNo: string;
  /** Opens another contact's card (the company of a person). */
  onOpenContact(no: string): void;
  templateName(code: string): string;
  groupName(code: string): string;
  currency?: string;
  /** The templates New interaction offers (not blocked), and their groups. */
  templates: InteractionTemplate[];
  groups: InteractionGroup[];
}

/**
 * A contact's card beside the mail: name, company (its own card), job title, salesperson, addresses, phone,
 * then statistics (counts, last interaction, last attempt) and the timeline. A company's card rolls up its
 * people's entries, each naming its person.
 */
export function ContactCard({ contactNo, onOpenContact, templates, groups, ...names }: ContactCardProps) {
  const { deps, translator, announce } = useTaskpane();
  const { t } = translator;
  const [contact, setContact] = useState<Contact | string | undefined>();
  const [composing, setComposing] = useState(false);
  const [notice, setNotice] = useState<string>();
  // A logged interaction reloads the statistics and the timeline below.
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void deps.store.contact(contactNo).then((found) => {
      if (!live) return;
      setContact(found.ok ? found.value : t("fail.load", { reason: failureText(translator, found.error) }));
    });
    return () => {
      live = false;
    };
  }, [deps, contactNo, t, translator]);

  if (contact === undefined) return <Skeleton label={t("app.loading")} lines={4} />;
  if (typeof contact === "string") return <NoticeBanner tone="warning">{contact}</NoticeBanner>;
  const addresses = [contact.email, ...contact.alternateEmails].filter((a): a is string => Boolean(a));
  const rows: Array<[string, ReactNode]> = [];
  if (contact.companyNo)
    rows.push([
      t("card.company"),
      <ActionButton
        key="company"
        text={contact.companyName ?? contact.companyNo}
        styles={{ root: { height: "auto", padding: 0 } }}
        onClick={() => onOpenContact(contact.companyNo ?? "")}
      />,
    ]);
  if (contact.jobTitle) rows.push([t("card.jobTitle"), contact.jobTitle]);
  if (contact.salespersonCode) rows.push([t("card.salesperson"), contact.salespersonCode]);
  if (addresses.length > 0) rows.push([t("card.addresses"), addresses.join(", ")]);
  if (contact.domains.length > 0) rows.push([t("card.domains"), contact.domains.join(", ")]);
  if (contact.phone) rows.push([t("card.phone"), contact.phone]);
  return (
    <FlexStack gap={8}>
      <section aria-label={t("card.label", { name: contact.name })}>
        <Text as="h2" variant="mediumPlus" block>
          {contact.name}
        </Text>
        <Text block variant="small">
          {t(contact.type === "company" ? "card.company" : "card.person")} · {contact.no}
        </Text>
        <dl style={{ display: "grid", gridTemplateColumns: "auto 1fr", columnGap: 8, margin: "4px 0 0" }}>
          {rows.map(([label, value]) => (
            <div key={label} style={{ display: "contents" }}>
              <dt>{label}</dt>
              <dd style={{ margin: 0, overflowWrap: "anywhere" }}>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {composing ? (
        <NewInteractionForm
          contactNo={contact.no}
          contactName={contact.name}
          templates={templates}
          groups={groups}
          {...(names.currency === undefined ? {} : { currency: names.currency })}
          onClose={() => setComposing(false)}
          onSaved={(outcome, what) => {
            const text =
              outcome.status === "logged"
                ? t("interaction.logged", { what, name: contact.name })
                : t("interaction.queued");
            setComposing(false);
            setNotice(text);
            announce(text);
            setVersion((v) => v + 1);
          }}
        />
      ) : (
        <DefaultButton
          text={t("interaction.new")}
          styles={{ root: { alignSelf: "flex-start" } }}
          onClick={() => {
            setNotice(undefined);
            setComposing(true);
          }}
        />
      )}
      {notice !== undefined && <NoticeBanner tone="info">{notice}</NoticeBanner>}
      <OpenFollowUps contactNo={contact.no} />
      <HistoryBody
        key={version}
        contactNo={contact.no}
        contactName={contact.name}
        templateCode=""
        groupCode=""
        {...names}
      />
    </FlexStack>
  );
}
