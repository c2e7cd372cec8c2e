import type { FastifyError } from "fastify";
import type { FieldProblem } from "../../contracts";
import { StoreError } from "../errors";

type Ajv400 = FastifyError & { validation: NonNullable<FastifyError["validation"]> };

/** Fastify calls the query string "querystring"; answers name it "query", as the text policy does. */
const contextName = (context: string | undefined) =>
  context === undefined ? "body" : context === "querystring" ? "query" : context;

function validationDetails(error: Ajv400): FieldProblem[] {
  return error.validation.map((v) => {
    const params = v.params as { missingProperty?: string; additionalProperty?: string };
    const leaf = params.missingProperty ?? params.additionalProperty;
    const path = `${contextName(error.validationContext)}${v.instancePath}${leaf === undefined ? "" : `/${leaf}`}`;
    return { path, message: v.message ?? "is not valid" };
  });
}

/** Fastify's own 4xx codes, each to the catalogue's code that says the same. */
const FRAMEWORK_CODES: Record<string, () => StoreError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => new StoreError("STORE_BODY_TOO_LARGE"),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new StoreError("STORE_UNSUPPORTED_MEDIA_TYPE"),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () =>
    new StoreError("STORE_BAD_REQUEST", "The Content-Length header does not match the body."),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    new StoreError("STORE_VALIDATION", "The request says it carries JSON but its body is empty."),
  FST_ERR_CTP_INVALID_JSON_BODY: () =>
    new StoreError("STORE_VALIDATION", "The request body is not valid JSON."),
  FST_ERR_BAD_URL: () =>
    new StoreError("STORE_BAD_REQUEST", "The request address is not valid (bad percent-encoding)."),
  FST_ERR_MAX_PARAM_LENGTH: () =>
    new StoreError("STORE_URI_TOO_LONG", "A part of the request address is longer than 100 characters."),
};

/** Maps anything thrown to the one error body; 5xx answers never carry internal details. */
export function toStoreError(error: FastifyError): StoreError {
  if (error instanceof StoreError) return error;
  if (error.validation !== undefined) {
    const details = validationDetails(error as Ajv400);
    if (
      details.some((d) => d.path === "headers/idempotency-key" && d.message.startsWith("must have required"))
    )
      return new StoreError("STORE_IDEMPOTENCY_KEY_REQUIRED");
    return new StoreError("STORE_VALIDATION", undefined, details);
  }
  const known = error.code === undefined ? undefined : FRAMEWORK_CODES[error.code];
  if (known !== undefined) return known();
  const status = error.statusCode ?? 500;
  if (status === 404) return new StoreError("STORE_NOT_FOUND");
  if (status === 413) return new StoreError("STORE_BODY_TOO_LARGE");
  if (status === 414) return new StoreError("STORE_URI_TOO_LONG");
  if (status === 415) return new StoreError("STORE_UNSUPPORTED_MEDIA_TYPE");
  // JSON.parse's SyntaxError reaches here as a 400 without a code of Fastify's.
  if (error instanceof SyntaxError && status === 400)
    return new StoreError("STORE_VALIDATION", "The request body is not valid JSON.");
  if (status >= 400 && status < 500) return new StoreError("STORE_BAD_REQUEST");
  return new StoreError("STORE_INTERNAL");
}
