import { ActionButton, Text } from "../fluent";
import { SelectField, type SelectOption } from "../select-field";
import { useState } from "react";
import type { Contact } from "../../../contracts";
import { Skeleton } from "../skeleton";
import { useTaskpane } from "../taskpane-context";
import type { ItemContextState } from "../use-item-context";
import { FlexStack } from "../flex-stack";
import { HistoryBody } from "./history-body";
import { ContactCard } from "./contact-card";
import { ContactSearch } from "./contact-search";
import { LinkFilters } from "./link-filters";

const ALL = "";

/** The item's known contacts: matched people and companies by domain, each once. */
export function contactsOfItem(item: ItemContextState): Contact[] {
  if (item.status !== "ready") return [];
  const byNo = new Map<string, Contact>();
  for (const p of item.context.participants) {
    if (p.state === "matched") byNo.set(p.contact.no, p.contact);
    if (p.state === "company") byNo.set(p.company.no, p.company);
  }
  return [...byNo.values()];
}

/**
 * The History tab: a search for any contact, and the timeline of the chosen one — a contact found by search
 * opens as a card; otherwise the item's contacts, newest first, paged, filtered, with statistics and a chart.
 */
export default function HistoryView({
  item,
  searchFirst,
}: {
  item: ItemContextState;
  searchFirst?: boolean;
}) {
  const { translator } = useTaskpane();
  const { t } = translator;
  const contacts = contactsOfItem(item);
  const [picked, setContactNo] = useState<string | undefined>();
  const [card, setCard] = useState<string | undefined>();
  // The pane follows the item: a contact not on the new item falls back to the first one.
  const contactNo = contacts.some((c) => c.no === picked) ? picked : contacts[0]?.no;
  const [templateCode, setTemplateCode] = useState(ALL);
  const [groupCode, setGroupCode] = useState(ALL);
  const [links, setLinks] = useState({ opportunityNo: ALL, campaignNo: ALL });

  const templates = item.status === "ready" ? item.context.templates : [];
  const groups = item.status === "ready" ? item.context.groups : [];
  const templateName = (code: string) => templates.find((tpl) => tpl.code === code)?.description ?? code;
  const groupName = (code: string) => groups.find((g) => g.code === code)?.description ?? code;
  const currency = item.status === "ready" ? item.context.currency : undefined;
  const names = { templateName, groupName, ...(currency === undefined ? {} : { currency }) };

  const heading = (
    <Text as="h1" variant="large" block>
      {t("history.heading")}
    </Text>
  );
  const search = <ContactSearch autoFocus={searchFirst === true} onChoose={(c) => setCard(c.no)} />;
  if (card !== undefined)
    return (
      <FlexStack gap={8}>
        {heading}
        {search}
        <ActionButton
          text={t("card.back")}
          styles={{ root: { alignSelf: "flex-start" } }}
          onClick={() => setCard(undefined)}
        />
        <ContactCard
          key={card}
          contactNo={card}
          onOpenContact={setCard}
          templates={templates}
          groups={groups}
          {...names}
        />
      </FlexStack>
    );
  if (item.status === "loading")
    return (
      <>
        {heading}
        <Skeleton label={t("app.loading")} lines={6} />
      </>
    );
  if (contacts.length === 0 || contactNo === undefined)
    return (
      <FlexStack gap={8}>
        {heading}
        {search}
        <Text block>{t("history.noContacts")}</Text>
      </FlexStack>
    );

  const all: SelectOption = { key: ALL, text: t("history.all") };
  const contactName = contacts.find((c) => c.no === contactNo)?.name ?? contactNo;
  return (
    <FlexStack gap={8}>
      {heading}
      {search}
      <SelectField
        label={t("history.contact")}
        options={contacts.map((c) => ({ key: c.no, text: `${c.name} (${c.no})` }))}
        selectedKey={contactNo}
        onChange={setContactNo}
      />
      <FlexStack horizontal gap={8}>
        <SelectField
          label={t("history.filterTemplate")}
          options={[all, ...templates.map((tpl) => ({ key: tpl.code, text: tpl.description }))]}
          selectedKey={templateCode}
          onChange={setTemplateCode}
          grow
        />
        <SelectField
          label={t("history.filterGroup")}
          options={[all, ...groups.map((g) => ({ key: g.code, text: g.description }))]}
          selectedKey={groupCode}
          onChange={setGroupCode}
          grow
        />
      </FlexStack>
      <LinkFilters contactNo={contactNo} {...links} onChange={setLinks} />
      <HistoryBody
        key={`${contactNo}|${templateCode}|${groupCode}|${links.opportunityNo}|${links.campaignNo}`}
        {...links}
        contactNo={contactNo}
        contactName={contactName}
        templateCode={templateCode}
        groupCode={groupCode}
        emptyHint={t("history.emptyHint")}
        {...names}
      />
    </FlexStack>
  );
}
