import type { Result } from "../../domain/result";
import type {
  Contact,
  ContactStatistics,
  CreateContactRequest,
  UpdateContactRequest,
  CommentList,
  CreateSegmentRequest,
  Draft,
  DraftList,
  EntryList,
  EntryListQuery,
  GroupList,
  InteractionEntry,
  InteractionPage,
  LogInteractionRequest,
  LogInteractionResponse,
  LoggedSegment,
  Me,
  LoggedSegmentList,
  LogSegmentRequest,
  LogSegmentResponse,
  MatchResponse,
  NeverLogEntry,
  ResumeDraftRequest,
  NeverLogList,
  SegmentLinesResponse,
  SegmentList,
  SourceStatus,
  StoreErrorCode,
  AddinErrorCode,
  ReportDimension,
  StatisticsReport,
  TemplateList,
  TemplateSetup,
  TenantSettingsAnswer,
  OpportunityList,
  OpportunityListQuery,
  CampaignList,
  CampaignListQuery,
  TodoList,
} from "../../contracts";

import type { EntryAction, FollowUpAction, FollowUpResult } from "./outbox-port";

/** The store's coded answer, or ADDIN_HTTP_ERROR when it carried no code this add-in knows. */
type AnsweredCode = StoreErrorCode | Extract<AddinErrorCode, "ADDIN_HTTP_ERROR">;

/**
 * Why a store call did not succeed: the sync client decides from `kind` whether to retry. `message` is
 * for logs; `storeMessage` is the store's own sentence, shown only when its code is unknown here.
 */
export type StoreFailure =
  | { code: "ADDIN_OFFLINE"; kind: "network"; message: string }
  | { code: "ADDIN_TIMEOUT"; kind: "network"; message: string }
  | { code: "ADDIN_UNAUTHENTICATED"; kind: "auth"; status: 401; message: string }
  | { code: "ADDIN_SIGN_IN_REQUIRED"; kind: "auth"; message: string }
  | {
      code: AnsweredCode;
      kind: "server";
      status: number;
      message: string;
      storeMessage?: string;
      retryAfterMs?: number;
    }
  | {
      code: AnsweredCode;
      kind: "rejected";
      status: number;
      message: string;
      storeMessage?: string;
      details?: unknown;
    };

/** A cacheable answer: the body and the ETag to revalidate it with; `notModified` when the cache holds. */
export type Cached<T> = { notModified: true; etag: string } | { notModified: false; etag?: string; body: T };

/** The store's HTTP API as the add-in uses it. Implemented over axios in platform/http. */
export interface StoreClientPort {
  matchContacts(addresses: string[]): Promise<Result<MatchResponse, StoreFailure>>;
  logInteraction(
    request: LogInteractionRequest,
    idempotencyKey: string,
  ): Promise<Result<LogInteractionResponse, StoreFailure>>;
  sourceStatus(sourceKey: string): Promise<Result<SourceStatus, StoreFailure>>;
  cancelLoggedItem(loggedItemId: string): Promise<Result<void, StoreFailure>>;
  cancelEntry(entryNo: number): Promise<Result<void, StoreFailure>>;
  /** The caller's postponed interactions (GET /drafts). */
  drafts(): Promise<Result<DraftList, StoreFailure>>;
  /** Resumes a draft in place; the same `idempotencyKey` again replays the first answer. */
  resumeDraft(
    loggedItemId: string,
    request: ResumeDraftRequest,
    idempotencyKey: string,
  ): Promise<Result<Draft, StoreFailure>>;
  deleteDraft(loggedItemId: string, idempotencyKey: string): Promise<Result<void, StoreFailure>>;
  segments(): Promise<Result<SegmentList, StoreFailure>>;
  createSegment(
    request: CreateSegmentRequest,
    idempotencyKey: string,
  ): Promise<Result<SegmentLinesResponse, StoreFailure>>;
  /** Logs one interaction to every line of the segment; the same key again replays, never logs twice. */
  logSegment(
    segmentNo: string,
    request: LogSegmentRequest,
    idempotencyKey: string,
  ): Promise<Result<LogSegmentResponse, StoreFailure>>;
  loggedSegments(): Promise<Result<LoggedSegmentList, StoreFailure>>;
  cancelLoggedSegment(id: string, idempotencyKey: string): Promise<Result<LoggedSegment, StoreFailure>>;
  /** Restores a canceled entry; the same `idempotencyKey` again (a retry) answers the first outcome. */
  restoreEntry(entryNo: number, idempotencyKey?: string): Promise<Result<void, StoreFailure>>;
  /** Cancels, restores or evaluates an entry under the outbox entry's id as its Idempotency-Key. */
  entryAction(action: EntryAction, idempotencyKey: string): Promise<Result<InteractionEntry, StoreFailure>>;
  /** Sets or completes a follow-up, or adds a comment line, under the outbox entry's id as its key. */
  followUp(action: FollowUpAction, idempotencyKey: string): Promise<Result<FollowUpResult, StoreFailure>>;
  /** Who the store takes the user for, with the roles it authorizes them by (GET /me). */
  me(): Promise<Result<Me, StoreFailure>>;
  /** Follow-ups (GET /todos): mine, or a contact's; open ones only when asked. */
  todos(query: {
    assignedTo?: "me";
    contact?: string;
    open?: boolean;
  }): Promise<Result<TodoList, StoreFailure>>;
  /** An entry's comment lines. */
  comments(entryNo: number): Promise<Result<CommentList, StoreFailure>>;
  /** The managers' report (GET /statistics): per group, template or salesperson over a date range. */
  report(query: {
    by: ReportDimension;
    from?: string;
    to?: string;
  }): Promise<Result<StatisticsReport, StoreFailure>>;
  /** The entry list (GET /interactions): filters as the API names them, newest first, keyset paged. */
  entries(query: EntryListQuery): Promise<Result<EntryList, StoreFailure>>;
  history(
    contactNo: string,
    query: {
      cursor?: string;
      limit?: number;
      templateCode?: string;
      groupCode?: string;
      opportunityNo?: string;
      campaignNo?: string;
    },
  ): Promise<Result<InteractionPage, StoreFailure>>;
  statistics(
    contactNo: string,
    query?: { templateCode?: string; groupCode?: string },
  ): Promise<Result<ContactStatistics, StoreFailure>>;
  /** One contact by number (GET /contacts/{no}). */
  contact(no: string): Promise<Result<Contact, StoreFailure>>;
  searchContacts(query: string): Promise<Result<Contact[], StoreFailure>>;
  /** Creates a contact; the same `idempotencyKey` again (a retry) creates nothing more. */
  createContact(
    request: CreateContactRequest,
    idempotencyKey?: string,
  ): Promise<Result<Contact, StoreFailure>>;
  /** Changes a contact's fields (PATCH /contacts/{no}), e.g. an alternate address; a retried key changes nothing more. */
  updateContact(
    no: string,
    request: UpdateContactRequest,
    idempotencyKey: string,
  ): Promise<Result<Contact, StoreFailure>>;
  groups(etag?: string): Promise<Result<Cached<GroupList>, StoreFailure>>;
  templates(etag?: string): Promise<Result<Cached<TemplateList>, StoreFailure>>;
  templateSetup(etag?: string): Promise<Result<Cached<TemplateSetup>, StoreFailure>>;
  /** Opportunities (GET /opportunities): of contacts and their companies, open ones, by conversation. */
  opportunities(query: OpportunityListQuery): Promise<Result<OpportunityList, StoreFailure>>;
  /** Campaigns (GET /campaigns): the current ones, or all. */
  campaigns(query: CampaignListQuery): Promise<Result<CampaignList, StoreFailure>>;
  /** The tenant's settings: its local currency code. */
  tenantSettings(): Promise<Result<TenantSettingsAnswer, StoreFailure>>;
  neverLog(): Promise<Result<NeverLogList, StoreFailure>>;
  addNeverLog(entry: NeverLogEntry): Promise<Result<NeverLogEntry, StoreFailure>>;
  removeNeverLog(id: string): Promise<Result<void, StoreFailure>>;
  /**
   * Calls back with the cache key whose data changed (`matches` after a write that changes how addresses
   * match, `match:…`, `templates`, …) when the client keeps a cache; returns an unsubscribe.
   */
  onRefresh?(listener: (key: string) => void): () => void;
}
