import type { InteractionEntry } from "../../../contracts";
import { Text } from "../fluent";
import { useTaskpane } from "../taskpane-context";

/** An entry's Opportunity No. and Campaign No. (with Campaign Target and Response), when it has them. */
export function EntryLinks({ entry }: { entry: InteractionEntry }) {
  const { t } = useTaskpane().translator;
  const parts = [
    entry.opportunityNo && t("links.entryOpportunity", { no: entry.opportunityNo }),
    entry.campaignNo && t("links.entryCampaign", { no: entry.campaignNo }),
    entry.campaignNo && entry.campaignTarget && t("links.campaignTarget"),
    entry.campaignNo && entry.campaignResponse && t("links.campaignResponse"),
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <Text block variant="small" data-entry-links="">
      {parts.join(" · ")}
    </Text>
  );
}
