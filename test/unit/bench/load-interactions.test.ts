import { spawn } from "node:child_process";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

// The benchmark's load generator, run as the benchmark runs it (its own process), against a small
// HTTP server that answers like the store and records what it was sent.
const generator = join(__dirname, "..", "..", "..", "bench", "load-interactions.mjs");

interface Outcome {
  requestsPerSecond: number;
  total: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  byStatus: Record<string, number>;
  acceptedPerSecond: number;
  acceptedP50: number;
  acceptedP99: number;
}

interface Received {
  at: number;
  key: string | undefined;
  body: { source: { key: string }; templateCode: string; contacts: string[] };
}

function runGenerator(options: {
  base: string;
  seconds: number;
  connections: number;
  rate?: number;
  contacts?: string[];
}): Promise<{ outcome: Outcome; stderr: string }> {
  const args = JSON.stringify({ token: "t", contacts: ["CT1"], ...options });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [generator, args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`generator exited ${code}: ${stderr}`));
      resolve({ outcome: JSON.parse(out.trim().split("\n").pop() as string) as Outcome, stderr });
    });
  });
}

type Answer = (req: IncomingMessage, res: ServerResponse, n: number) => void;

async function startServer(answer: Answer): Promise<{ server: Server; base: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      received.push({
        at: performance.now(),
        key: req.headers["idempotency-key"] as string | undefined,
        body: JSON.parse(body) as Received["body"],
      });
      answer(req, res, received.length);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return { server, base: `http://127.0.0.1:${port}`, received };
}

const created: Answer = (_req, res) => {
  const body = JSON.stringify({ entries: [{ entryNo: 1 }] });
  res.writeHead(201, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
};

let running: Server | undefined;
afterEach(async () => {
  running?.closeAllConnections();
  await new Promise((r) => running?.close(r) ?? r(undefined));
  running = undefined;
});

describe("the load generator (bench/load-interactions.mjs)", () => {
  it("at the peak keeps every connection busy and logs each request as a new source with a new key", async () => {
    const { server, base, received } = await startServer(created);
    running = server;
    const { outcome } = await runGenerator({
      base,
      contacts: ["CT1", "CT2"],
      seconds: 1,
      connections: 4,
    });
    expect(outcome.errors).toBe(0);
    expect(outcome.non2xx).toBe(0);
    expect(outcome.total).toBe(received.length);
    expect(outcome.total).toBeGreaterThan(50);
    expect(new Set(received.map((r) => r.key)).size).toBe(received.length);
    expect(new Set(received.map((r) => r.body.source.key)).size).toBe(received.length);
    expect(received.every((r) => r.body.templateCode === "EMAIL" && r.body.contacts.length === 1)).toBe(true);
    expect(outcome.p50).toBeLessThanOrEqual(outcome.p99);
  });

  it("with a rate sends one request every 1/rate s, not the second's share at once", async () => {
    const { server, base, received } = await startServer(created);
    running = server;
    const { outcome } = await runGenerator({ base, seconds: 1, connections: 16, rate: 100 });
    expect(outcome.total).toBe(100);
    expect(received).toHaveLength(100);
    // A per-second quota would put all 100 in the first few ms; steady arrivals spread them over the second.
    const first = received[0]?.at as number;
    const inFirstTenth = received.filter((r) => r.at - first < 100).length;
    const inLastTenth = received.filter((r) => r.at - first >= 900).length;
    expect(inFirstTenth).toBeLessThan(25);
    expect(inLastTenth).toBeGreaterThan(0);
  });

  it("times a steady request from when it was due, so waiting for a busy connection counts", async () => {
    // One connection, answers after 40 ms, a request due every 10 ms: each waits behind the ones before.
    const { server, base } = await startServer((req, res, n) => setTimeout(() => created(req, res, n), 40));
    running = server;
    const { outcome } = await runGenerator({ base, seconds: 0.2, connections: 1, rate: 100 });
    expect(outcome.total).toBe(20);
    // The last of 20 is sent after 19 answers (~760 ms) but was due at 190 ms.
    expect(outcome.max).toBeGreaterThan(500);
  });

  it("times accepted (2xx) answers apart from shed ones, and counts answers by status", async () => {
    // Every other request is shed at once with 503; the accepted ones take 30 ms.
    const { server, base } = await startServer((req, res, n) => {
      if (n % 2 === 0) {
        const body = JSON.stringify({ error: { code: "STORE_OVERLOADED" } });
        res.writeHead(503, { "retry-after": "1", "content-length": Buffer.byteLength(body) });
        return void res.end(body);
      }
      setTimeout(() => created(req, res, n), 30);
    });
    running = server;
    const { outcome } = await runGenerator({ base, seconds: 0.5, connections: 1 });
    expect(outcome.byStatus["503"]).toBeGreaterThan(0);
    expect(outcome.byStatus["201"]).toBeGreaterThan(0);
    expect((outcome.byStatus["503"] ?? 0) + (outcome.byStatus["201"] ?? 0)).toBe(outcome.total);
    expect(outcome.acceptedP50).toBeGreaterThanOrEqual(30);
    expect(outcome.p50).toBeLessThan(outcome.acceptedP50 + 1);
    expect(outcome.acceptedPerSecond).toBeLessThan(outcome.requestsPerSecond);
  });

  it("counts answers outside 2xx, and reports a connection the server drops as an error", async () => {
    const { server, base } = await startServer((req, res, n) => {
      if (n === 3) return void req.socket.destroy();
      const body = JSON.stringify({ error: { code: "STORE_VALIDATION" } });
      res.writeHead(n === 1 ? 400 : 201, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
      });
      res.end(body);
    });
    running = server;
    const { outcome, stderr } = await runGenerator({ base, seconds: 1, connections: 1 });
    expect(outcome.non2xx).toBe(1);
    expect(outcome.total).toBe(2);
    expect(outcome.errors).toBe(1);
    expect(stderr).toMatch(/closed a connection/);
  });
});

describe("the load generator with idle connections", () => {
  it("in a steady run, connects again when the server closes a connection that has no request in flight", async () => {
    // The server drops every connection 20 ms after its last answer (a short keep-alive timeout), well
    // before the next request is due 100 ms later: a request and the close never cross, however loaded
    // the machine's timers are.
    const { server, base } = await startServer((req, res, n) => {
      created(req, res, n);
      setTimeout(() => req.socket.destroy(), 20);
    });
    running = server;
    const { outcome } = await runGenerator({ base, seconds: 1, connections: 4, rate: 10 });
    expect(outcome.errors).toBe(0);
    expect(outcome.total).toBe(10);
  });
});
