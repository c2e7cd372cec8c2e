import { fail, ok, type Result } from "../../../domain/result";
import type { MailboxError } from "../../ports/mailbox-port";

/** Any Office.js `…Async` call, reduced to the callback it takes. */
export type OfficeAsyncCall<T> = (callback: (result: Office.AsyncResult<T>) => void) => void;

/**
 * Runs one Office.js async call and checks its status: a failed call becomes an
 * `ADDIN_OFFICE_ASYNC_FAILED` value naming what was asked, never an undefined value. Some hosts throw
 * synchronously instead of calling back (an unsupported method, a stale item); that is the same failure.
 */
export function officeAsync<T>(
  office: typeof Office,
  what: string,
  call: OfficeAsyncCall<T>,
): Promise<Result<T, MailboxError>> {
  return new Promise((resolve) => {
    const failed = (detail: string) =>
      resolve(fail({ code: "ADDIN_OFFICE_ASYNC_FAILED", message: `${what} failed: ${detail}` }));
    try {
      call((result) => {
        if (result.status === office.AsyncResultStatus.Failed) {
          const error = result.error as Office.Error | undefined;
          failed(error ? `${error.name || error.code}: ${error.message}` : "no error given");
        } else {
          resolve(ok(result.value));
        }
      });
    } catch (error) {
      failed(error instanceof Error ? error.message : String(error));
    }
  });
}

type Settled<T> = T extends Promise<Result<infer V, MailboxError>> ? V : never;

/** Runs independent Office calls together; the first failure (in key order) is the answer. */
export async function officeAll<T extends Record<string, Promise<Result<unknown, MailboxError>>>>(
  calls: T,
): Promise<Result<{ [K in keyof T]: Settled<T[K]> }, MailboxError>> {
  const keys = Object.keys(calls) as Array<keyof T>;
  const results = await Promise.all(keys.map((k) => calls[k]));
  const values = {} as { [K in keyof T]: Settled<T[K]> };
  for (const [i, result] of results.entries()) {
    if (!result.ok) return result;
    values[keys[i] as keyof T] = result.value as Settled<T[keyof T]>;
  }
  return ok(values);
}

/** A value the host cannot give (missing requirement set), as a settled call. */
export const officeSkipped = <T>(value: T): Promise<Result<T, MailboxError>> => Promise.resolve(ok(value));
