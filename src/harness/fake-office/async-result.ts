type Callback = (result: Office.AsyncResult<unknown>) => void;

/** The failure a fake Office call answers with, shaped like Office.Error. */
export interface FakeOfficeError {
  name: string;
  message: string;
  code: number;
}

/**
 * Answers an Office-style `...Async(args..., options?, callback?)` call on a later task, as Outlook does:
 * the callback is the last function argument; `options.asyncContext` is echoed back.
 */
export function answerAsync(
  args: readonly unknown[],
  outcome: { value: unknown } | { error: FakeOfficeError },
): void {
  const callback = [...args].reverse().find((arg): arg is Callback => typeof arg === "function");
  const options = args.find(
    (arg): arg is { asyncContext?: unknown } =>
      typeof arg === "object" && arg !== null && "asyncContext" in arg,
  );
  if (callback === undefined) return;
  const result =
    "error" in outcome
      ? { status: "failed", value: undefined, error: outcome.error, asyncContext: options?.asyncContext }
      : { status: "succeeded", value: outcome.value, error: undefined, asyncContext: options?.asyncContext };
  setTimeout(() => callback(result as unknown as Office.AsyncResult<unknown>), 0);
}

/** Shorthand for a successful answer. */
export function succeed(args: readonly unknown[], value?: unknown): void {
  answerAsync(args, { value });
}

/** Shorthand for a failed answer with Outlook's error name and code. */
export function failWith(args: readonly unknown[], name: string, message: string, code = 9000): void {
  answerAsync(args, { error: { name, message, code } });
}
