import type {
  AddSegmentLinesRequest,
  CreateSegmentRequest,
  Segment,
  SegmentLinesResponse,
  SegmentList,
  UpdateSegmentRequest,
} from "../../contracts";
import { fail, ok, type Result } from "../../domain/result";
import type { Principal } from "../auth/principal";
import type { Repositories } from "../db/repositories/create-repositories";
import type { ServiceFailure } from "../errors";
import { mayChangeEntriesOf } from "./authorize";
import { recordChanges } from "./record-changes";
import { resolveLineSources } from "./segment-lines";

const notFound = (no: string) =>
  fail<ServiceFailure>({ code: "STORE_NOT_FOUND", message: `Segment ${no} not found.` });

export async function listSegments(repos: Repositories, principal: Principal): Promise<SegmentList> {
  return { items: await repos.segments.list(principal.tenantId) };
}

/** GET /segments/{no}: the header and its lines. */
export async function readSegment(
  repos: Repositories,
  principal: Principal,
  no: string,
): Promise<Result<Segment, ServiceFailure>> {
  const [header, lines] = await Promise.all([
    repos.segments.header(principal.tenantId, no),
    repos.segments.lines(principal.tenantId, no),
  ]);
  return header === undefined ? notFound(no) : ok({ ...header, lines });
}

/** The segment, when this caller may change it: its creator, or a manager or an administrator. */
async function changeable(repos: Repositories, principal: Principal, no: string) {
  const segment = await readSegment(repos, principal, no);
  if (!segment.ok) return segment;
  const allowed = mayChangeEntriesOf(principal, segment.value.createdBy);
  return allowed.ok ? segment : allowed;
}

async function addFromSources(
  repos: Repositories,
  principal: Principal,
  no: string,
  sources: AddSegmentLinesRequest,
): Promise<Result<{ added: string[]; unmatched: SegmentLinesResponse["unmatched"] }, ServiceFailure>> {
  const resolved = await resolveLineSources(repos, principal, sources);
  if ("invalidCsv" in resolved)
    return fail({
      code: "STORE_IMPORT_INVALID",
      message: `The CSV file cannot be read: ${resolved.invalidCsv}`,
    });
  const added = await repos.segments.addLines(principal.tenantId, no, resolved.contactNos);
  return ok({ added, unmatched: resolved.unmatched });
}

async function answer(
  repos: Repositories,
  principal: Principal,
  no: string,
  added: readonly string[],
  unmatched: SegmentLinesResponse["unmatched"],
): Promise<Result<SegmentLinesResponse, ServiceFailure>> {
  const segment = await readSegment(repos, principal, no);
  if (!segment.ok) return segment;
  const lines = segment.value.lines.filter((l) => added.includes(l.contactNo));
  return ok({ segment: segment.value, added: lines, unmatched });
}

/** POST /segments: a header and lines from any of the sources; a taken number is a 409. Audited. */
export async function createSegment(
  repos: Repositories,
  principal: Principal,
  request: CreateSegmentRequest,
  now: Date,
): Promise<Result<SegmentLinesResponse, ServiceFailure>> {
  const { no, description, salespersonCode, ...sources } = request;
  const inserted = await repos.segments.insert(principal.tenantId, {
    no,
    description,
    salesperson_code: salespersonCode ?? null,
    created_by: principal.userId,
    created_at: now.toISOString(),
  });
  if (!inserted) return fail({ code: "STORE_SEGMENT_EXISTS", message: `Segment ${no} exists already.` });
  const lines = await addFromSources(repos, principal, no, sources);
  if (!lines.ok) return lines;
  const result = await answer(repos, principal, no, lines.value.added, lines.value.unmatched);
  if (result.ok) {
    const change = { action: "segment.create" as const, entityType: "segment", entityId: no };
    await recordChanges(repos, principal, [{ ...change, after: result.value.segment }], now);
  }
  return result;
}

/** POST /segments/{no}/lines: more lines from any of the sources; contacts on it already are not repeated. */
export async function addSegmentLines(
  repos: Repositories,
  principal: Principal,
  no: string,
  sources: AddSegmentLinesRequest,
  now: Date,
): Promise<Result<SegmentLinesResponse, ServiceFailure>> {
  const segment = await changeable(repos, principal, no);
  if (!segment.ok) return segment;
  const lines = await addFromSources(repos, principal, no, sources);
  if (!lines.ok) return lines;
  const change = { action: "segment.lines_add" as const, entityType: "segment", entityId: no };
  await recordChanges(repos, principal, [{ ...change, after: { added: lines.value.added } }], now);
  return answer(repos, principal, no, lines.value.added, lines.value.unmatched);
}

/** PATCH /segments/{no}: description and salesperson. */
export async function updateSegment(
  repos: Repositories,
  principal: Principal,
  no: string,
  request: UpdateSegmentRequest,
  now: Date,
): Promise<Result<Segment, ServiceFailure>> {
  const before = await changeable(repos, principal, no);
  if (!before.ok) return before;
  await repos.segments.update(principal.tenantId, no, {
    ...(request.description === undefined ? {} : { description: request.description }),
    ...(request.salespersonCode === undefined ? {} : { salesperson_code: request.salespersonCode }),
  });
  const after = await readSegment(repos, principal, no);
  if (!after.ok) return after;
  const { lines: _before, ...header } = before.value;
  const { lines: _after, ...updated } = after.value;
  const change = { action: "segment.update" as const, entityType: "segment", entityId: no };
  await recordChanges(repos, principal, [{ ...change, before: header, after: updated }], now);
  return after;
}

/** DELETE /segments/{no}: the header and its lines; its logged segments and their entries stay. */
export async function deleteSegment(
  repos: Repositories,
  principal: Principal,
  no: string,
  now: Date,
): Promise<Result<void, ServiceFailure>> {
  const before = await changeable(repos, principal, no);
  if (!before.ok) return before;
  await repos.segments.delete(principal.tenantId, no);
  const change = { action: "segment.delete" as const, entityType: "segment", entityId: no };
  await recordChanges(repos, principal, [{ ...change, before: before.value }], now);
  return ok(undefined);
}

/** DELETE /segments/{no}/lines/{lineNo}. */
export async function deleteSegmentLine(
  repos: Repositories,
  principal: Principal,
  no: string,
  lineNo: number,
  now: Date,
): Promise<Result<void, ServiceFailure>> {
  const segment = await changeable(repos, principal, no);
  if (!segment.ok) return segment;
  const line = segment.value.lines.find((l) => l.lineNo === lineNo);
  if (line === undefined || !(await repos.segments.deleteLine(principal.tenantId, no, lineNo)))
    return fail({ code: "STORE_NOT_FOUND", message: `Segment ${no} has no line ${lineNo}.` });
  const change = { action: "segment.line_delete" as const, entityType: "segment", entityId: no };
  await recordChanges(repos, principal, [{ ...change, before: line }], now);
  return ok(undefined);
}
