import { mkdtempSync, rmSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../../../src/store/server";
import { hasOpenssl, selfSignedCertificate } from "./self-signed-certificate";

let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), "touchpoint-serve-"));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const config = () => ({ dataDir, auth: { mode: "dev" as const, dataDir }, host: "127.0.0.1", port: 0 });

describe("startServer (SQLite)", () => {
  it("serves the API on loopback, prints its address and closes cleanly", async () => {
    const lines: string[] = [];
    const started = await startServer(config(), { handleSignals: false, log: (line) => lines.push(line) });
    if (!started.ok) throw new Error(started.error.message);
    try {
      const health = await fetch(`${started.value.url}/api/v1/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: "ok", database: "sqlite" });
      expect(lines).toEqual([`Touchpoint store listening on ${started.value.url} (SQLite, dev auth)`]);
    } finally {
      await started.value.close();
    }
    expect(started.value.server.listening).toBe(false);
  });

  it("lets a request in flight finish while shutting down", async () => {
    const started = await startServer(config(), { handleSignals: false, log: () => undefined });
    if (!started.ok) throw new Error(started.error.message);
    const { url, close } = started.value;
    const body = JSON.stringify({ user: "alex.rivera@cronus.example" });
    const answer = new Promise<{ status: number | undefined; text: string }>((resolve, reject) => {
      const req = httpRequest(`${url}/api/v1/dev/token`, {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      });
      req.on("response", (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString()));
        res.on("end", () => resolve({ status: res.statusCode, text }));
      });
      req.on("error", reject);
      // Half the body now, the rest after shutdown has begun: the request is in flight when close() runs.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        closed = close();
        setTimeout(() => req.end(body.slice(10)), 100);
      }, 100);
    });
    let closed: Promise<void> | undefined;
    const { status, text } = await answer;
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ token: expect.any(String) });
    await closed;
    expect(started.value.server.listening).toBe(false);
  });

  it("answers a port already in use as a coded failure", async () => {
    const first = await startServer(config(), { handleSignals: false, log: () => undefined });
    if (!first.ok) throw new Error(first.error.message);
    try {
      const port = Number(new URL(first.value.url).port);
      const second = await startServer({ ...config(), port }, { handleSignals: false, log: () => undefined });
      expect(second).toMatchObject({ ok: false, error: { code: "SERVE_LISTEN_FAILED" } });
    } finally {
      await first.value.close();
    }
  });

  (hasOpenssl ? it : it.skip)("serves HTTPS with the given certificate and key", async () => {
    const { cert, key } = selfSignedCertificate(dataDir);
    const started = await startServer(
      { ...config(), tlsCert: cert, tlsKey: key },
      { handleSignals: false, log: () => undefined },
    );
    if (!started.ok) throw new Error(started.error.message);
    try {
      expect(started.value.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const req = httpsRequest(
          `${started.value.url}/api/v1/health`,
          { rejectUnauthorized: false },
          (res) => {
            res.resume();
            resolve(res.statusCode);
          },
        );
        req.on("error", reject);
        req.end();
      });
      expect(status).toBe(200);
    } finally {
      await started.value.close();
    }
  });
});
