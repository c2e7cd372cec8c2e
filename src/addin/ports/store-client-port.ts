import type { Result } from "../../domain/result";
import type {
  Contact,
  ContactStatistics,
  CreateContactRequest,
  GroupList,
  InteractionPage,
  LogInteractionRequest,
  LogInteractionResponse,
  MatchResponse,
  NeverLogEntry,
  NeverLogList,
  SourceStatus,
  StoreErrorCode,
  TemplateList,
  TemplateSetup,
} from "../../contracts";

/** Why a store call did not succeed: the sync client decides from `kind` whether to retry. */
export type StoreFailure =
  | { code: "ADDIN_OFFLINE"; kind: "network"; message: string }
  | { code: "ADDIN_TIMEOUT"; kind: "network"; message: string }
  | { code: "ADDIN_UNAUTHENTICATED"; kind: "auth"; status: 401; message: string }
  | { code: "ADDIN_SIGN_IN_REQUIRED"; kind: "auth"; message: string }
  | {
      code: StoreErrorCode | "ADDIN_HTTP_ERROR";
      kind: "server";
      status: number;
      message: string;
      retryAfterMs?: number;
    }
  | {
      code: StoreErrorCode | "ADDIN_HTTP_ERROR";
      kind: "rejected";
      status: number;
      message: string;
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
  history(
    contactNo: string,
    query: { cursor?: string; limit?: number; templateCode?: string; groupCode?: string },
  ): Promise<Result<InteractionPage, StoreFailure>>;
  statistics(contactNo: string): Promise<Result<ContactStatistics, StoreFailure>>;
  searchContacts(query: string): Promise<Result<Contact[], StoreFailure>>;
  createContact(request: CreateContactRequest): Promise<Result<Contact, StoreFailure>>;
  groups(etag?: string): Promise<Result<Cached<GroupList>, StoreFailure>>;
  templates(etag?: string): Promise<Result<Cached<TemplateList>, StoreFailure>>;
  templateSetup(etag?: string): Promise<Result<Cached<TemplateSetup>, StoreFailure>>;
  neverLog(): Promise<Result<NeverLogList, StoreFailure>>;
  addNeverLog(entry: NeverLogEntry): Promise<Result<NeverLogEntry, StoreFailure>>;
  removeNeverLog(id: string): Promise<Result<void, StoreFailure>>;
}
