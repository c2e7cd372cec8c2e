import { timeOrderedUuid } from "../../../../src/store/services/time-ordered-uuid";

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("timeOrderedUuid", () => {
  it("is an RFC 9562 version 7 UUID carrying its millisecond in the first 48 bits", () => {
    const at = Date.UTC(2026, 10, 24, 13, 0, 0, 123);
    const id = timeOrderedUuid(at);
    expect(id).toMatch(UUID_V7);
    expect(parseInt(id.replace(/-/g, "").slice(0, 12), 16)).toBe(at);
  });

  it("sorts by time as text (what the indexes compare), and is unique within one millisecond", () => {
    const at = Date.UTC(2026, 0, 1);
    const earlier = Array.from({ length: 200 }, () => timeOrderedUuid(at));
    const later = Array.from({ length: 200 }, () => timeOrderedUuid(at + 1));
    for (const a of earlier) for (const b of later) expect(a < b).toBe(true);
    expect(new Set([...earlier, ...later]).size).toBe(400);
  });

  it("keeps its order across the years the store will run", () => {
    const times = [Date.UTC(2000, 0, 1), Date.UTC(2026, 5, 1), Date.UTC(2100, 0, 1), 2 ** 48 - 1];
    const ids = times.map((t) => timeOrderedUuid(t));
    expect([...ids].sort()).toEqual(ids);
  });
});
