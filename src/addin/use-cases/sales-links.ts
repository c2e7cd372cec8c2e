import type { Campaign, Opportunity } from "../../contracts";
import { isOpenOpportunity, preselectOpportunity } from "../../domain/preselect-opportunity";
import { ok, type Result } from "../../domain/result";
import type { StoreFailure } from "../ports/store-client-port";
import type { AddinDeps } from "./addin-deps";

/** The next open follow-up beside the preselected opportunity, for the key sales info. */
export interface NextFollowUp {
  description: string;
  dueDate: string;
}

/** What the Log view offers to link a log to, and which opportunity it preselects and why. */
export interface SalesLinkOptions {
  opportunities: Opportunity[];
  campaigns: Campaign[];
  preselected?: { opportunity: Opportunity; why: "conversation" | "recent"; nextFollowUp?: NextFollowUp };
}

/**
 * The open opportunities of the chosen contacts and their companies, and the current campaigns, from
 * the cache when the store is out of reach; the preselected opportunity by the key sales info rule.
 */
export async function loadSalesLinks(
  deps: Pick<AddinDeps, "store">,
  contactNos: readonly string[],
  conversationId: string | undefined,
): Promise<Result<SalesLinkOptions, StoreFailure>> {
  const [opportunities, campaigns] = await Promise.all([
    contactNos.length === 0
      ? Promise.resolve(ok({ items: [] as Opportunity[] }))
      : deps.store.opportunities({
          contact: [...new Set(contactNos)].sort(),
          open: true,
          ...(conversationId === undefined ? {} : { conversation: conversationId }),
        }),
    deps.store.campaigns({ current: true }),
  ]);
  if (!opportunities.ok) return opportunities;
  if (!campaigns.ok) return campaigns;
  const open = opportunities.value.items.filter(isOpenOpportunity);
  const chosen = preselectOpportunity(open);
  if (chosen === undefined) return ok({ opportunities: open, campaigns: campaigns.value.items });
  const followUp = await nextFollowUpOf(deps, chosen);
  return ok({
    opportunities: open,
    campaigns: campaigns.value.items,
    preselected: {
      opportunity: chosen,
      why: chosen.conversationLoggedAt === undefined ? "recent" : "conversation",
      ...(followUp === undefined ? {} : { nextFollowUp: followUp }),
    },
  });
}

/**
 * The user's open follow-up with the opportunity's contact that is due first (GET /todos); none when the
 * store cannot say (offline), since the key sales info is a hint, never a reason to fail the view.
 */
async function nextFollowUpOf(
  deps: Pick<AddinDeps, "store">,
  opportunity: Opportunity,
): Promise<NextFollowUp | undefined> {
  const todos = await deps.store.todos({ assignedTo: "me", contact: opportunity.contactNo, open: true });
  if (!todos.ok) return undefined;
  const [next] = [...todos.value.items].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return next === undefined ? undefined : { description: next.description, dueDate: next.dueDate };
}
