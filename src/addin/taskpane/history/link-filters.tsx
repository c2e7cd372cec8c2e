import { useEffect, useState } from "react";
import type { Campaign, Opportunity } from "../../../contracts";
import { SelectField } from "../select-field";
import { FlexStack } from "../flex-stack";
import { useTaskpane } from "../taskpane-context";

const ALL = "";

/** History's Opportunity No. and Campaign No. filters: the contact's opportunities (any status), every campaign. */
export function LinkFilters({
  contactNo,
  opportunityNo,
  campaignNo,
  onChange,
}: {
  contactNo: string;
  opportunityNo: string;
  campaignNo: string;
  onChange(filters: { opportunityNo: string; campaignNo: string }): void;
}) {
  const { deps, translator } = useTaskpane();
  const { t } = translator;
  const [opportunities, setOpportunities] = useState<Opportunity[]>([]);
  const [campaigns, setCampaigns] = useState<Campaign[]>([]);
  useEffect(() => {
    let live = true;
    void deps.store
      .opportunities({ contact: [contactNo] })
      .then((r) => live && r.ok && setOpportunities(r.value.items));
    void deps.store.campaigns({}).then((r) => live && r.ok && setCampaigns(r.value.items));
    return () => {
      live = false;
    };
  }, [deps, contactNo]);
  const all = { key: ALL, text: t("history.all") };
  return (
    <FlexStack horizontal gap={8}>
      <SelectField
        label={t("links.filterOpportunity")}
        options={[all, ...opportunities.map((o) => ({ key: o.no, text: `${o.no} · ${o.description}` }))]}
        selectedKey={opportunityNo}
        onChange={(key) => onChange({ opportunityNo: key, campaignNo })}
        grow
      />
      <SelectField
        label={t("links.filterCampaign")}
        options={[all, ...campaigns.map((c) => ({ key: c.no, text: `${c.no} · ${c.description}` }))]}
        selectedKey={campaignNo}
        onChange={(key) => onChange({ opportunityNo, campaignNo: key })}
        grow
      />
    </FlexStack>
  );
}
