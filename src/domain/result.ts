/** An expected outcome: a value, or a failure with a literal code. Bugs throw; failures are values. */
export type Result<T, E extends { code: string } = { code: string; message?: string }> =
  { ok: true; value: T } | { ok: false; error: E };

/** A successful result. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** A failed result. */
export const fail = <E extends { code: string }>(error: E): { ok: false; error: E } => ({ ok: false, error });
