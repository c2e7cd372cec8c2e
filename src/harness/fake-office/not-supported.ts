import { failWith } from "./async-result";

// Office.js members the add-in never uses are still present on the harness's Office, so the fake keeps
// the exact shape of the real interfaces; using one fails plainly instead of answering with made-up data.

/** Office's error for an operation the host does not support (Office.Error code 5000). */
const NOT_SUPPORTED = { name: "OperationNotSupported", code: 5000 };

const message = (what: string) => `${what} is not supported by the harness.`;

/** A synchronous method or a property the harness does not fake: using it throws. */
export function notSupported(what: string): never {
  throw new Error(message(what));
}

/** A synchronous method the harness does not fake. */
export const notSupportedMethod =
  (what: string) =>
  (..._args: unknown[]): never =>
    notSupported(what);

/** An `…Async` method the harness does not fake: it answers with status Failed. */
export const notSupportedAsync =
  (what: string) =>
  (...args: unknown[]): void =>
    failWith(args, NOT_SUPPORTED.name, message(what), NOT_SUPPORTED.code);
