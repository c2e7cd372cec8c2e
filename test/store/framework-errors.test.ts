import { connect } from "node:net";
import { startServer, type RunningServer } from "../../src/store/server";
import { signDevToken } from "../../src/store/auth/sign-dev-token";
import { dialects, type TestDialect } from "./dialects";

/** Sends raw bytes and reads the whole answer (the store closes the connection after a parse error). */
function raw(url: string, request: string): Promise<{ status: number; headers: string; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    let data = "";
    socket.on("data", (chunk: Buffer) => (data += chunk.toString("latin1")));
    socket.on("error", reject);
    socket.on("close", () => {
      const [head = "", body = ""] = data.split("\r\n\r\n");
      resolve({
        status: Number(head.slice(9, 12)),
        headers: head,
        body: Buffer.from(body, "latin1").toString("utf8"),
      });
    });
    socket.write(request, "latin1");
    // Half-close: the answer comes, then the connection ends.
    setTimeout(() => socket.end(), 200);
  });
}

describe.each(dialects())("every framework error through the catalogue on %s", (_name, make) => {
  let dialect: TestDialect;
  let server: RunningServer;
  let token: string;
  beforeAll(async () => {
    dialect = make();
    const database = await dialect.open();
    const config = {
      dataDir: dialect.dataDir,
      auth: { mode: "dev" as const, dataDir: dialect.dataDir },
      host: "127.0.0.1",
      port: 0,
    };
    const started = await startServer(config, { database, handleSignals: false, log: () => undefined });
    if (!started.ok) throw new Error(started.error.message);
    server = started.value;
    token = await signDevToken({ user: "alex.rivera@cronus.example" }, dialect.dataDir);
  });
  afterAll(async () => {
    await server?.close();
    await dialect?.dispose();
  });

  const head = (path: string, extra = "") =>
    `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n${extra}Connection: close\r\n\r\n`;
  const post = (path: string, type: string, body: string, extra = "") =>
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\nContent-Type: ${type}\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\n${extra}Connection: close\r\n\r\n${body}`;

  const cases: Array<[string, () => string, number, string]> = [
    [
      "a path parameter over 100 characters",
      () => head(`/api/v1/contacts/${"x".repeat(120)}`),
      414,
      "STORE_URI_TOO_LONG",
    ],
    [
      "bad percent-encoding (FST_ERR_BAD_URL)",
      () => head("/api/v1/contacts/%E0%A4%A"),
      400,
      "STORE_BAD_REQUEST",
    ],
    [
      "headers over Node's limit",
      () => head("/api/v1/health", `X-Filler: ${"f".repeat(20_000)}\r\n`),
      431,
      "STORE_HEADERS_TOO_LARGE",
    ],
    [
      "a 20,000-character Idempotency-Key",
      () =>
        post("/api/v1/interactions", "application/json", "{}", `Idempotency-Key: ${"k".repeat(20_000)}\r\n`),
      431,
      "STORE_HEADERS_TOO_LARGE",
    ],
    ["a malformed request line", () => "GET /api/v1/health HTTP/9.9 junk\r\n\r\n", 400, "STORE_BAD_REQUEST"],
    [
      "a header with a control character",
      () => head("/api/v1/health", "X-Bad: a\u0001b\r\n"),
      400,
      "STORE_BAD_REQUEST",
    ],
    [
      "a body that is not JSON",
      () => post("/api/v1/contacts/match", "application/json", '{"addresses": ['),
      400,
      "STORE_VALIDATION",
    ],
    [
      "an empty JSON body",
      () => post("/api/v1/contacts/match", "application/json", ""),
      400,
      "STORE_VALIDATION",
    ],
    [
      "a media type it does not read",
      () => post("/api/v1/contacts/match", "application/xml", "<a/>"),
      415,
      "STORE_UNSUPPORTED_MEDIA_TYPE",
    ],
    ["?limit=1e999", () => head("/api/v1/contacts/CT1/interactions?limit=1e999"), 400, "STORE_VALIDATION"],
    [
      "?limit=Infinity",
      () => head("/api/v1/contacts/CT1/interactions?limit=Infinity"),
      400,
      "STORE_VALIDATION",
    ],
    ["an unknown route", () => head("/api/v1/nowhere"), 404, "STORE_NOT_FOUND"],
  ];

  it.each(cases)(
    "%s is answered from the catalogue (a STORE_ code in a JSON body)",
    async (_what, request, status, code) => {
      const res = await raw(server.url, request());
      expect(res.status).toBe(status);
      expect(res.headers).toMatch(/content-type: application\/json/i);
      const body = JSON.parse(res.body) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message).toMatch(/^[A-Z].*\.$/);
    },
  );
});
