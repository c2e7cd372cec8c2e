/** Where a newest-first page of entries stopped: the last entry's (occurred at, entry no). */
export interface Cursor {
  occurredAt: string;
  entryNo: number;
}

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The cursor as an opaque token for the next page's `cursor=`. */
export const encodeCursor = (c: Cursor): string =>
  Buffer.from(JSON.stringify([c.occurredAt, c.entryNo])).toString("base64url");

/** The cursor of a token, or undefined for anything this store did not hand out. */
export function decodeCursor(text: string): Cursor | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [occurredAt, entryNo] = value as unknown[];
    if (typeof occurredAt !== "string" || !ISO_UTC.test(occurredAt)) return undefined;
    if (typeof entryNo !== "number" || !Number.isSafeInteger(entryNo) || entryNo < 0) return undefined;
    return { occurredAt, entryNo };
  } catch {
    return undefined;
  }
}
