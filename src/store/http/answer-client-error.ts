import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { StoreError } from "../errors";

/** What Node's HTTP parser refused, as the catalogue names it. */
function storeErrorFor(code: string | undefined): StoreError {
  switch (code) {
    case "HPE_HEADER_OVERFLOW":
      return new StoreError("STORE_HEADERS_TOO_LARGE");
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return new StoreError("STORE_REQUEST_TIMEOUT");
    default:
      return new StoreError("STORE_BAD_REQUEST");
  }
}

/**
 * Answers a request Node could not parse (headers over the limit, a malformed request line or header,
 * a request that never finished arriving) with a coded JSON body, then closes the connection: after a
 * parse error nothing else on it can be trusted. Node's own answer has an empty body.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const storeError = storeErrorFor(error.code);
  const body = JSON.stringify(storeError.toBody());
  socket.end(
    `HTTP/1.1 ${storeError.status} ${STATUS_CODES[storeError.status] ?? "Error"}\r\n` +
      "Content-Type: application/json; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      "X-Content-Type-Options: nosniff\r\n" +
      "Connection: close\r\n\r\n" +
      body,
  );
}
