import { useEffect, useRef, useState } from "react";
import { Checkbox, Text } from "../fluent";
import { SelectField } from "../select-field";
import type { Opportunity } from "../../../contracts";
import type { EntryLinkChoices } from "../../use-cases/log-item";
import { failureText } from "../../use-cases/failure-text";
import { loadSalesLinks, type SalesLinkOptions } from "../../use-cases/sales-links";
import { FlexStack } from "../flex-stack";
import { useTaskpane } from "../taskpane-context";

const NONE = "";

/** No opportunity, no campaign: what a log links to until the user or the preselection says otherwise. */

type Loaded =
  | { status: "loading" }
  | { status: "ready"; options: SalesLinkOptions }
  | { status: "failed"; reason: string };

/**
 * The Log view's opportunity and campaign: the chosen contacts' open opportunities (the most relevant one
 * preselected, with its stage: the key sales info) and the current campaigns with the Campaign Target and
 * Campaign Response flags. Works from the cache when the store is out of reach.
 */
export function SalesLinkFields({
  contactNos,
  conversationId,
  value,
  onChange,
}: {
  contactNos: readonly string[];
  conversationId: string | undefined;
  value: EntryLinkChoices;
  onChange(value: EntryLinkChoices): void;
}) {
  const { deps, translator } = useTaskpane();
  const { t } = translator;
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const [refreshed, setRefreshed] = useState(0);
  // The user's own pick (even "none") is never overridden by a later preselection.
  const touched = useRef(false);
  const latest = useRef({ value, onChange });
  useEffect(() => {
    latest.current = { value, onChange };
  });
  const contactsKey = [...new Set(contactNos)].sort().join(",");

  useEffect(
    () =>
      deps.store.onRefresh?.((key) => {
        if (key.startsWith("opportunities:") || key.startsWith("campaigns:")) setRefreshed((n) => n + 1);
      }),
    [deps.store],
  );

  useEffect(() => {
    let live = true;
    void loadSalesLinks(deps, contactsKey === "" ? [] : contactsKey.split(","), conversationId).then(
      (result) => {
        if (!live) return;
        if (!result.ok) return setLoaded({ status: "failed", reason: failureText(translator, result.error) });
        setLoaded({ status: "ready", options: result.value });
        const { value: current, onChange: change } = latest.current;
        const offered = result.value.opportunities.some((o) => o.no === current.opportunityNo);
        if (!touched.current || (current.opportunityNo !== undefined && !offered))
          change({ ...current, opportunityNo: result.value.preselected?.opportunity.no });
      },
    );
    return () => {
      live = false;
    };
  }, [deps, contactsKey, conversationId, translator, refreshed]);

  if (loaded.status === "failed")
    return <Text block>{t("links.unavailable", { reason: loaded.reason })}</Text>;
  const options = loaded.status === "ready" ? loaded.options : { opportunities: [], campaigns: [] };
  const chosen = options.opportunities.find((o) => o.no === value.opportunityNo);
  const preselected = options.preselected?.opportunity.no === chosen?.no ? options.preselected : undefined;
  const pick = (next: EntryLinkChoices) => {
    touched.current = true;
    onChange(next);
  };
  return (
    <section aria-labelledby="tp-links">
      <Text as="h2" id="tp-links" variant="mediumPlus" block>
        {t("links.heading")}
      </Text>
      <FlexStack gap={6}>
        <SelectField
          label={t("links.opportunity")}
          disabled={loaded.status === "loading"}
          options={[
            { key: NONE, text: t("links.none") },
            ...options.opportunities.map((o) => ({ key: o.no, text: `${o.no} · ${o.description}` })),
          ]}
          selectedKey={value.opportunityNo ?? NONE}
          onChange={(key) => pick({ ...value, opportunityNo: key === NONE ? undefined : key })}
        />
        {loaded.status === "ready" && options.opportunities.length === 0 && contactNos.length > 0 && (
          <Text block>{t("links.noOpportunities")}</Text>
        )}
        {chosen && (
          <KeySalesInfo opportunity={chosen} why={preselected?.why} next={preselected?.nextFollowUp} />
        )}
        <SelectField
          label={t("links.campaign")}
          disabled={loaded.status === "loading"}
          options={[
            { key: NONE, text: t("links.none") },
            ...options.campaigns.map((c) => ({ key: c.no, text: `${c.no} · ${c.description}` })),
          ]}
          selectedKey={value.campaignNo ?? NONE}
          onChange={(key) => pick({ ...value, campaignNo: key === NONE ? undefined : key })}
        />
        <FlexStack horizontal gap={16}>
          <Checkbox
            label={t("links.campaignTarget")}
            disabled={value.campaignNo === undefined}
            checked={value.campaignTarget}
            onChange={(_e, checked) => pick({ ...value, campaignTarget: checked === true })}
          />
          <Checkbox
            label={t("links.campaignResponse")}
            disabled={value.campaignNo === undefined}
            checked={value.campaignResponse}
            onChange={(_e, checked) => pick({ ...value, campaignResponse: checked === true })}
          />
        </FlexStack>
      </FlexStack>
    </section>
  );
}

/** The chosen opportunity's status and stage, why it was preselected, and its next follow-up when known. */
function KeySalesInfo({
  opportunity: o,
  why,
  next,
}: {
  opportunity: Opportunity;
  why: "conversation" | "recent" | undefined;
  next: { description: string; dueDate: string } | undefined;
}) {
  const { t } = useTaskpane().translator;
  const stage =
    o.salesCycleStage === undefined
      ? undefined
      : o.salesCycleStageDescription === undefined
        ? t("links.stage", { stage: o.salesCycleStage })
        : t("links.stageNamed", { stage: o.salesCycleStage, name: o.salesCycleStageDescription });
  return (
    <div role="group" aria-label={t("links.keyInfo")} data-key-sales-info="">
      <Text block variant="small">
        <strong>{t("links.keyInfo")}:</strong>{" "}
        {[t(`links.status.${o.status}`), stage].filter(Boolean).join(" · ")}
      </Text>
      {why && (
        <Text block variant="small">
          {t(why === "conversation" ? "links.fromConversation" : "links.mostRecent")}
        </Text>
      )}
      {next && (
        <Text block variant="small">
          {t("links.nextFollowUp", { description: next.description, date: next.dueDate })}
        </Text>
      )}
    </div>
  );
}
