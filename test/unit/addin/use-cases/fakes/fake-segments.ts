import type {
  AddressMatch,
  Contact,
  LoggedSegment,
  Segment,
  SegmentLine,
} from "../../../../../src/contracts";
import type { StoreClientPort } from "../../../../../src/addin/ports/store-client-port";

/** Segments held in memory: created from matched addresses, logged to, and their logs canceled. */
export function fakeSegments(
  record: <T>(method: keyof StoreClientPort, args: unknown[], answer: () => T) => Promise<unknown>,
  contacts: Contact[],
  matchOne: (address: string) => AddressMatch,
): Pick<
  StoreClientPort,
  "segments" | "createSegment" | "logSegment" | "loggedSegments" | "cancelLoggedSegment"
> {
  const segments: Segment[] = [];
  const logged: LoggedSegment[] = [];
  const at = "2026-11-24T09:00:00Z";
  return {
    segments: () =>
      record("segments", [], () => ({
        items: segments.map(({ lines: _lines, ...header }) => header),
      })) as never,
    createSegment: (request, key) =>
      record("createSegment", [request, key], () => {
        const matched = (request.addresses ?? []).map(matchOne).filter((m) => m.kind === "email");
        const lines: SegmentLine[] = matched.map((m, i) => ({
          lineNo: (i + 1) * 10000,
          contactNo: m.contacts[0]?.no ?? "",
          contactName: contacts.find((c) => c.no === m.contacts[0]?.no)?.name ?? "",
        }));
        const segment: Segment = {
          no: request.no,
          description: request.description,
          createdBy: "alex",
          createdAt: at,
          lines,
        };
        segments.push(segment);
        return { segment, added: lines, unmatched: [] };
      }) as never,
    logSegment: (no, request, key) =>
      record("logSegment", [no, request, key], () => {
        const segment = segments.find((s) => s.no === no);
        const loggedSegment: LoggedSegment = {
          id: `LS${logged.length + 1}`,
          segmentNo: no,
          loggedItemId: `LI-LS${logged.length + 1}`,
          templateCode: request.templateCode,
          description: request.description,
          createdBy: "alex",
          createdAt: at,
          canceled: false,
          entries: segment?.lines.length ?? 0,
        };
        logged.unshift(loggedSegment);
        return { loggedSegment, entries: [], alreadyLogged: [], skipped: [] };
      }) as never,
    loggedSegments: () => record("loggedSegments", [], () => ({ items: [...logged] })) as never,
    cancelLoggedSegment: (id, key) =>
      record("cancelLoggedSegment", [id, key], () => {
        const at = logged.findIndex((l) => l.id === id);
        const canceled = { ...(logged[at] as LoggedSegment), canceled: true, entries: 0 };
        logged[at] = canceled;
        return canceled;
      }) as never,
  };
}
