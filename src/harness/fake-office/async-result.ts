import { officeEnums, officeValue } from "./office-enums";

/** The callback of an Office `…Async` method answering with a `T`. */
export type AsyncCallback<T> = (result: Office.AsyncResult<T>) => void;
/** What follows a method's own arguments: `(options?, callback?)`, or the callback alone. */
export type AsyncArgs<T> = [
  optionsOrCallback?: Office.AsyncContextOptions | AsyncCallback<T>,
  callback?: AsyncCallback<T>,
];

const status = {
  succeeded: officeValue<Office.AsyncResultStatus>(
    officeEnums.AsyncResultStatus,
    officeEnums.AsyncResultStatus.Succeeded,
  ),
  failed: officeValue<Office.AsyncResultStatus>(
    officeEnums.AsyncResultStatus,
    officeEnums.AsyncResultStatus.Failed,
  ),
};

/**
 * An AsyncResult as office.js builds one: `value` is set only when the call succeeded and `error` only when
 * it failed (the declaration says both are always there), so `declare` keeps the other one out.
 */
class FakeAsyncResult<T> implements Office.AsyncResult<T> {
  declare readonly value: T;
  declare readonly error: Office.Error;
  readonly diagnostics: undefined = undefined;

  constructor(
    readonly status: Office.AsyncResultStatus,
    readonly asyncContext: unknown,
    outcome: { value: T } | { error: Office.Error },
  ) {
    const [field, value] = "error" in outcome ? ["error", outcome.error] : ["value", outcome.value];
    Object.defineProperty(this, field, { value, enumerable: true });
  }
}

const isCallback = <T>(arg: unknown): arg is AsyncCallback<T> => typeof arg === "function";
const isOptions = (arg: unknown): arg is Office.AsyncContextOptions =>
  typeof arg === "object" && arg !== null && "asyncContext" in arg;

/**
 * Answers an Office-style `…Async` call on a later task, as Outlook does: the callback is the last function
 * argument; `options.asyncContext` is echoed back. A failure answers with status Failed and an Office.Error.
 */
export function answerAsync<T>(
  args: readonly unknown[],
  outcome: { value: T } | { error: Office.Error },
): void {
  const callback = [...args].reverse().find((arg) => isCallback<T>(arg));
  if (callback === undefined || !isCallback<T>(callback)) return;
  const context = args.find(isOptions)?.asyncContext;
  const result = new FakeAsyncResult<T>(
    "error" in outcome ? status.failed : status.succeeded,
    context,
    outcome,
  );
  setTimeout(() => callback(result), 0);
}

/** A successful answer. */
export function succeed<T>(args: readonly unknown[], value: T): void {
  answerAsync(args, { value });
}

/** A failed answer with Outlook's error name and code. */
export function failWith(args: readonly unknown[], name: string, message: string, code = 9000): void {
  answerAsync<never>(args, { error: { name, message, code } });
}
