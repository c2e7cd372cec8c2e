import type { FieldProblem } from "../../contracts";
import { textFault } from "../../domain/text-fault";

/** The parts of a request that reach services, by the path prefix their problems are reported under. */
export interface RequestParts {
  body?: unknown;
  query?: unknown;
  params?: unknown;
  headers?: Record<string, unknown>;
}

/** Headers whose values reach the database; the rest are Node's and never stored. */
const STORED_HEADERS = ["idempotency-key"] as const;
/** Enough to name the fields at fault without building an answer as large as the request. */
const MAX_PROBLEMS = 20;

/**
 * Every string that breaks the text policy (see textFault) and every number that is not finite
 * (JSON's 1e999 parses to Infinity, and so does a query's `Infinity` once coerced), by field path:
 * `body/source/subject`, `query/q`, `params/no`, `headers/idempotency-key`. Iterative, so a deeply
 * nested body cannot exhaust the stack.
 */
export function requestTextProblems(parts: RequestParts): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const pending: Array<[string, unknown]> = [];
  if (parts.body !== undefined) pending.push(["body", parts.body]);
  if (parts.query !== undefined) pending.push(["query", parts.query]);
  if (parts.params !== undefined) pending.push(["params", parts.params]);
  for (const name of STORED_HEADERS) {
    const value = parts.headers?.[name];
    if (value !== undefined) pending.push([`headers/${name}`, value]);
  }
  while (pending.length > 0 && problems.length < MAX_PROBLEMS) {
    const [path, value] = pending.pop() as [string, unknown];
    if (typeof value === "string") {
      const fault = textFault(value);
      if (fault !== undefined) problems.push({ path, message: fault });
    } else if (typeof value === "number") {
      if (!Number.isFinite(value)) problems.push({ path, message: "must be a finite number" });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) pending.push([`${path}/${i}`, value[i]]);
    } else if (value !== null && typeof value === "object") {
      for (const [key, child] of Object.entries(value).reverse()) {
        const fault = textFault(key);
        if (fault !== undefined)
          problems.push({ path: `${path}/${JSON.stringify(key)}`, message: `name ${fault}` });
        else pending.push([`${path}/${key}`, child]);
      }
    }
  }
  return problems;
}
