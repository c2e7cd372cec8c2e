import type { AxiosAdapter, AxiosInstance, AxiosResponse, Method } from "axios";
import type {
  CommentLine,
  CommentList,
  Contact,
  ContactList,
  ContactStatistics,
  CreateContactRequest,
  UpdateContactRequest,
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
  LoggedSegmentList,
  LogSegmentRequest,
  LogSegmentResponse,
  MatchResponse,
  Me,
  NeverLogEntry,
  NeverLogList,
  ResumeDraftRequest,
  SegmentLinesResponse,
  SegmentList,
  SourceStatus,
  StatisticsReport,
  TemplateList,
  TemplateSetup,
  TenantSettingsAnswer,
  OpportunityList,
  CampaignList,
  Todo,
  TodoList,
} from "../../../contracts";
import { fail, ok, type Result } from "../../../domain/result";
import type { Cached, StoreClientPort, StoreFailure } from "../../ports/store-client-port";
import type { TokenPort } from "../../ports/token-port";
import { mapStoreFailure } from "./map-store-failure";
import { queryString } from "./query-string";

export interface StoreClientOptions {
  tokens: TokenPort;
  /** Where the API lives; same origin by default (`touchpoint serve` hosts the pane and the API). */
  baseUrl?: string;
  timeoutMs?: number;
  /** Tests hand in an adapter that answers without a socket. */
  adapter?: AxiosAdapter;
  /** Epoch ms; turns a `Retry-After` date into a delay. */
  now?: () => number;
}

interface Call {
  method: Method;
  path: string;
  body?: unknown;
  /** Query parameters; an undefined one is left out of the address. */
  params?: Record<string, string | number | boolean | undefined> | undefined;
  headers?: Record<string, string>;
  /** Reads may refresh the token once after a 401; logs leave that to the sync engine (it owns the retry). */
  refreshOn401: boolean;
}

/** The store's HTTP API over axios: every failure comes back as a `StoreFailure` value, never thrown. */
export function createStoreClient(options: StoreClientOptions): StoreClientPort {
  const now = options.now ?? Date.now;
  // axios is a chunk of its own, outside the pane's initial bundle (the budget counts every KB).
  let instance: Promise<AxiosInstance> | undefined;
  const http = (): Promise<AxiosInstance> =>
    (instance ??= import("axios").then(
      ({ default: axios }) =>
        axios.create({
          baseURL: `${(options.baseUrl ?? "").replace(/\/$/, "")}/api/v1`,
          timeout: options.timeoutMs ?? 15_000,
          // Every status is an answer to map, not an exception.
          validateStatus: () => true,
          ...(options.adapter ? { adapter: options.adapter } : {}),
        }),
      (error: unknown) => {
        instance = undefined; // not loaded (offline at the time): the next request tries again
        throw error;
      },
    ));

  async function send(call: Call, forceRefresh = false): Promise<Result<AxiosResponse, StoreFailure>> {
    const token = await options.tokens.getToken(forceRefresh ? { forceRefresh: true } : undefined);
    if (!token.ok) {
      return fail({ code: "ADDIN_SIGN_IN_REQUIRED", kind: "auth", message: token.error.message });
    }
    let response: AxiosResponse;
    try {
      response = await (
        await http()
      ).request({
        method: call.method,
        url: call.path,
        data: call.body,
        ...(call.params === undefined ? {} : { params: call.params }),
        headers: {
          Accept: "application/json",
          Authorization: `Bearer ${token.value}`,
          // No body, no content type: axios on Node would call an empty POST a form, which the store refuses.
          ...(call.body === undefined ? { "Content-Type": false } : {}),
          ...call.headers,
        },
      });
    } catch (error) {
      return fail(mapStoreFailure.transport(error));
    }
    if (response.status === 401 && call.refreshOn401 && !forceRefresh) return send(call, true);
    if (response.status >= 400) return fail(mapStoreFailure.status(response, now()));
    return ok(response);
  }

  async function json<T>(call: Call): Promise<Result<T, StoreFailure>> {
    const response = await send(call);
    return response.ok ? ok(response.value.data as T) : response;
  }

  async function empty(call: Call): Promise<Result<void, StoreFailure>> {
    const response = await send(call);
    return response.ok ? ok(undefined) : response;
  }

  async function cached<T>(path: string, etag: string | undefined): Promise<Result<Cached<T>, StoreFailure>> {
    const response = await send({
      method: "GET",
      path,
      refreshOn401: true,
      ...(etag ? { headers: { "If-None-Match": etag } } : {}),
    });
    if (!response.ok) return response;
    const received = headerOf(response.value, "etag");
    if (response.value.status === 304) return ok({ notModified: true, etag: received ?? etag ?? "" });
    const body = response.value.data as T;
    return ok(received ? { notModified: false, etag: received, body } : { notModified: false, body });
  }

  const read = (path: string, params?: Call["params"]): Call => ({
    method: "GET",
    path,
    params,
    refreshOn401: true,
  });
  const write = (method: Method, path: string, body?: unknown): Call => ({
    method,
    path,
    body,
    refreshOn401: true,
  });
  const contact = (no: string) => `/contacts/${encodeURIComponent(no)}`;
  const keyed = (call: Call, idempotencyKey: string): Call => ({
    ...call,
    headers: { "Idempotency-Key": idempotencyKey },
  });

  return {
    matchContacts: (addresses) => json<MatchResponse>(write("POST", "/contacts/match", { addresses })),
    logInteraction: (request: LogInteractionRequest, idempotencyKey: string) =>
      json<LogInteractionResponse>({
        method: "POST",
        path: "/interactions",
        body: request,
        headers: { "Idempotency-Key": idempotencyKey },
        refreshOn401: false,
      }),
    sourceStatus: (sourceKey) => json<SourceStatus>(read("/logged-items", { source: sourceKey })),
    cancelLoggedItem: (id) => empty(write("POST", `/logged-items/${encodeURIComponent(id)}/cancel`)),
    cancelEntry: (entryNo) => empty(write("POST", `/interactions/${entryNo}/cancel`)),
    drafts: () => json<DraftList>(read("/drafts")),
    resumeDraft: (id: string, request: ResumeDraftRequest, idempotencyKey: string) =>
      json<Draft>(
        keyed(write("POST", `/logged-items/${encodeURIComponent(id)}/resume`, request), idempotencyKey),
      ),
    deleteDraft: (id: string, idempotencyKey: string) =>
      empty(keyed(write("DELETE", `/logged-items/${encodeURIComponent(id)}`), idempotencyKey)),
    segments: () => json<SegmentList>(read("/segments")),
    createSegment: (request: CreateSegmentRequest, idempotencyKey: string) =>
      json<SegmentLinesResponse>(keyed(write("POST", "/segments", request), idempotencyKey)),
    logSegment: (no: string, request: LogSegmentRequest, idempotencyKey: string) =>
      json<LogSegmentResponse>(
        keyed(write("POST", `/segments/${encodeURIComponent(no)}/log`, request), idempotencyKey),
      ),
    loggedSegments: () => json<LoggedSegmentList>(read("/logged-segments")),
    cancelLoggedSegment: (id: string, idempotencyKey: string) =>
      json<LoggedSegment>(
        keyed(write("POST", `/logged-segments/${encodeURIComponent(id)}/cancel`), idempotencyKey),
      ),
    restoreEntry: (entryNo, idempotencyKey) =>
      empty({
        ...write("POST", `/interactions/${entryNo}/restore`),
        ...(idempotencyKey ? { headers: { "Idempotency-Key": idempotencyKey } } : {}),
      }),
    entryAction: (action, idempotencyKey) =>
      json<InteractionEntry>({
        ...write(
          "POST",
          `/interactions/${action.entryNo}/${action.kind}`,
          action.kind === "evaluate" ? { evaluation: action.evaluation } : undefined,
        ),
        headers: { "Idempotency-Key": idempotencyKey },
      }),
    followUp: (action, idempotencyKey) => {
      if (action.kind === "todo")
        return json<Todo>(keyed(write("POST", "/todos", action.request), idempotencyKey));
      if (action.kind === "completeTodo")
        return json<Todo>(
          keyed(write("POST", `/todos/${encodeURIComponent(action.todoNo)}/complete`), idempotencyKey),
        );
      const body = { comment: action.comment };
      return json<CommentLine>(
        keyed(write("POST", `/interactions/${action.entryNo}/comments`, body), idempotencyKey),
      );
    },
    me: () => json<Me>(read("/me")),
    todos: (query) => json<TodoList>(read("/todos", { ...query })),
    comments: (entryNo) => json<CommentList>(read(`/interactions/${entryNo}/comments`)),
    report: (query) => json<StatisticsReport>(read("/statistics", { ...query })),
    entries: (query: EntryListQuery) => json<EntryList>(read("/interactions", { ...query })),
    history: (contactNo, query) =>
      json<InteractionPage>(
        read(`${contact(contactNo)}/interactions`, {
          cursor: query.cursor,
          limit: query.limit,
          template: query.templateCode,
          group: query.groupCode,
          opportunity: query.opportunityNo,
          campaign: query.campaignNo,
        }),
      ),
    statistics: (contactNo, query = {}) =>
      json<ContactStatistics>(
        read(`${contact(contactNo)}/statistics`, { template: query.templateCode, group: query.groupCode }),
      ),
    contact: (no) => json<Contact>(read(contact(no))),
    searchContacts: async (q) => {
      const list = await json<ContactList>(read("/contacts", { q }));
      return list.ok ? ok<Contact[]>(list.value.items) : list;
    },
    createContact: (request: CreateContactRequest, idempotencyKey?: string) =>
      json<Contact>({
        ...write("POST", "/contacts", request),
        ...(idempotencyKey ? { headers: { "Idempotency-Key": idempotencyKey } } : {}),
      }),
    updateContact: (no: string, request: UpdateContactRequest, idempotencyKey: string) =>
      json<Contact>(keyed(write("PATCH", contact(no), request), idempotencyKey)),
    groups: (etag) => cached<GroupList>("/interaction-groups", etag),
    templates: (etag) => cached<TemplateList>("/interaction-templates", etag),
    templateSetup: (etag) => cached<TemplateSetup>("/template-setup", etag),
    tenantSettings: () => json<TenantSettingsAnswer>(read("/tenant-settings")),
    opportunities: (query) => json<OpportunityList>(read(`/opportunities${queryString(query)}`)),
    campaigns: (query) => json<CampaignList>(read(`/campaigns${queryString(query)}`)),
    neverLog: () => json<NeverLogList>(read("/never-log")),
    addNeverLog: (entry: NeverLogEntry) => json<NeverLogEntry>(write("POST", "/never-log", entry)),
    removeNeverLog: (id) => empty(write("DELETE", `/never-log/${encodeURIComponent(id)}`)),
  };
}

function headerOf(response: AxiosResponse, name: string): string | undefined {
  const value: unknown = response.headers[name];
  return typeof value === "string" && value.length > 0 ? value : undefined;
}
