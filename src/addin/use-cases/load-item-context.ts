import type { AddressMatch, SourceStatus } from "../../contracts";
import { internalDomainsOf } from "../../domain/internal-domains";
import { lastTemplateKeyOf, templateForItem } from "../../domain/template-choice";
import { participantsOf, type ItemParticipant } from "../../domain/participants";
import { fail, ok, type Result } from "../../domain/result";
import type { StoreFailure } from "../ports/store-client-port";
import type { AddinDeps, UseCaseError } from "./addin-deps";
import type { ItemContext, ParticipantState, ParticipantView } from "./item-context";
import { itemFacts } from "./item-facts";
import { draftMarkFailure } from "./mark-draft";

/**
 * Reads the open item and resolves everything the Log view shows: each participant's state against the
 * store, whether the item is already logged, the templates and the default one. When the store cannot be
 * reached the participants still show, from the item alone, with `storeProblem` set; those it could not
 * match are `pending`, to be matched when it can be reached (or by the store when a log arrives).
 */
export async function loadItemContext(deps: AddinDeps): Promise<Result<ItemContext, UseCaseError>> {
  const read = await deps.mailbox.readCurrentItem();
  if (!read.ok) return fail({ code: read.error.code, message: read.error.message });
  const snapshot = read.value;
  const internal = internalDomainsOf(snapshot.mailbox, deps.internalDomains ?? []);
  const people = participantsOf(snapshot, internal);
  const facts = itemFacts(snapshot, internal);

  const toMatch = people
    .filter((person) => !person.invalid && !person.internal)
    .map((person) => person.address);
  const [matches, status, reference, settings] = await Promise.all([
    toMatch.length > 0
      ? deps.store.matchContacts(toMatch)
      : Promise.resolve(ok({ results: [] as AddressMatch[] })),
    facts.sourceKey === undefined ? Promise.resolve(undefined) : deps.store.sourceStatus(facts.sourceKey),
    loadReferenceData(deps),
    deps.store.tenantSettings(),
  ]);

  const byAddress = new Map<string, AddressMatch>();
  if (matches.ok)
    for (const match of matches.value.results) byAddress.set(match.normalized ?? match.address, match);
  const participants = people.map((person) =>
    viewOf(person, matches.ok ? (byAddress.get(person.address) ?? "none") : "pending"),
  );

  const autoLog = deps.autoLogContext;
  if (autoLog !== undefined) {
    const learned = {
      matches: matches.ok ? matches.value.results : [],
      conversationId: snapshot.conversationId,
      logged: status?.ok === true && isLogged(status.value),
    };
    // A head start for the on-send runtime, which the participants never wait for: its code is a chunk
    // of its own (without it, the on-send runtime asks the store, which checks every log anyway).
    void import("./auto-log-context")
      .then(({ keepAutoLogContext }) =>
        keepAutoLogContext(autoLog, deps.store, (deps.now ?? Date.now)(), learned),
      )
      .catch(() => undefined);
  }

  const unmarked = snapshot.kind === "message" && snapshot.mode === "compose" && !snapshot.touchpointId;
  const markable = unmarked ? deps.mailbox.canSetTouchpointId() : ok(undefined);
  const templates = reference.ok ? reference.value.templates.filter((template) => !template.blocked) : [];
  const storeProblem = [matches, status, reference].find(isFailure)?.error;
  const defaultTemplateCode = templateForItem(
    snapshot,
    reference.ok ? reference.value.setup : [],
    deps.settings.read().lastTemplate?.[lastTemplateKeyOf(snapshot)],
    templates,
  )?.code;

  return ok({
    snapshot,
    sourceKind: facts.sourceKind,
    ...(facts.sourceKey === undefined ? {} : { sourceKey: facts.sourceKey }),
    occurredAt: facts.occurredAt,
    participants,
    ...(status?.ok && isLogged(status.value) ? { alreadyLogged: activeOnly(status.value) } : {}),
    groups: reference.ok ? reference.value.groups : [],
    templates,
    ...(defaultTemplateCode ? { defaultTemplateCode } : {}),
    ...(facts.direction ? { direction: facts.direction } : {}),
    ...(facts.meetingDurationMin === undefined ? {} : { meetingDurationMin: facts.meetingDurationMin }),
    ...(settings.ok && settings.value.localCurrencyCode
      ? { currency: settings.value.localCurrencyCode }
      : {}),
    ...(storeProblem ? { storeProblem } : {}),
    ...(markable.ok ? {} : { draftProblem: draftMarkFailure(markable.error) }),
  });
}

async function loadReferenceData(deps: AddinDeps) {
  const [groups, templates, setup] = await Promise.all([
    deps.store.groups(),
    deps.store.templates(),
    deps.store.templateSetup(),
  ]);
  if (!groups.ok) return groups;
  if (!templates.ok) return templates;
  if (!setup.ok) return setup;
  // Without a cached copy to revalidate, the store always sends a body; an empty list is the safe reading.
  return ok({
    groups: groups.value.notModified ? [] : groups.value.body.items,
    templates: templates.value.notModified ? [] : templates.value.body.items,
    setup: setup.value.notModified ? [] : setup.value.body.items,
  });
}

function isFailure(
  result: Result<unknown, StoreFailure> | undefined,
): result is { ok: false; error: StoreFailure } {
  return result !== undefined && !result.ok;
}

function isLogged(status: SourceStatus): boolean {
  return status.logged && status.loggedItems.some((logged) => !logged.item.canceled);
}

function activeOnly(status: SourceStatus): SourceStatus {
  return { ...status, loggedItems: status.loggedItems.filter((logged) => !logged.item.canceled) };
}

function viewOf(person: ItemParticipant, match: AddressMatch | "none" | "pending"): ParticipantView {
  const base = { email: person.address, name: person.name, role: person.role };
  if (person.invalid) return { ...base, state: "invalid" };
  const withAddress = { ...base, normalized: person.address };
  if (person.internal) return { ...withAddress, state: "colleague" };
  if (match === "pending") return { ...withAddress, state: "pending" };
  return { ...withAddress, ...stateOf(match === "none" ? undefined : match) };
}

function stateOf(match: AddressMatch | undefined): ParticipantState {
  const [first] = match?.contacts ?? [];
  switch (match?.kind) {
    case "email":
    case "alternate":
      return first ? { state: "matched", contact: first, via: match.kind } : { state: "unknown" };
    case "domain":
      return first ? { state: "company", company: first } : { state: "unknown" };
    case "ambiguous":
      return { state: "ambiguous", candidates: match.contacts };
    case "internal":
      return { state: "colleague" };
    case "excluded":
      return { state: "excluded", reason: match.excludedReason ?? "never_log" };
    default:
      return { state: "unknown" };
  }
}
