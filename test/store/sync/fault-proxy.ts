import http from "node:http";
import type { AddressInfo, Socket } from "node:net";

export const FAULT_KINDS = [
  "drop-request",
  "commit-then-drop-response",
  "duplicate",
  "delay",
  "status-500",
  "status-503-retry-after",
  "status-429-retry-after",
  "reset",
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultProxy {
  url: string;
  /** Faults injected so far, by kind. */
  injected: Record<FaultKind, number>;
  /** Requests that reached the proxy while the store was down (answered by a dropped connection). */
  storeDown: number;
  setTarget(port: number): void;
  close(): Promise<void>;
}

/**
 * An HTTP proxy in front of the store that fails in every way the network and a struggling store do.
 * Only POST /interactions is faulted (the logs under test); a fault is chosen with probability `rate`.
 */
export async function startFaultProxy(
  targetPort: number,
  random: () => number,
  rate: number,
): Promise<FaultProxy> {
  let target = targetPort;
  const injected = Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as Record<FaultKind, number>;
  const sockets = new Set<Socket>();
  const state = { storeDown: 0 };

  function forward(
    req: http.IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const upstream = http.request(
        {
          host: "127.0.0.1",
          port: target,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, connection: "close" },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
          );
          res.on("error", reject);
        },
      );
      upstream.on("error", reject);
      upstream.end(body);
    });
  }

  const kill = (res: http.ServerResponse): void => {
    res.socket?.destroy();
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        const faulted = req.method === "POST" && req.url === "/api/v1/interactions" && random() < rate;
        const kind = faulted ? FAULT_KINDS[Math.floor(random() * FAULT_KINDS.length)] : undefined;
        if (kind !== undefined) injected[kind] += 1;
        const answer = (status: number, retryAfter?: string): void => {
          res.writeHead(status, {
            "content-type": "application/json",
            ...(retryAfter ? { "retry-after": retryAfter } : {}),
          });
          res.end(
            JSON.stringify({
              error: {
                code:
                  status === 429
                    ? "STORE_RATE_LIMITED"
                    : status === 503
                      ? "STORE_UNAVAILABLE"
                      : "STORE_INTERNAL",
                message: "injected",
              },
            }),
          );
        };
        switch (kind) {
          case "drop-request":
            return kill(res);
          case "reset":
            return void res.socket?.resetAndDestroy();
          case "status-500":
            return answer(500);
          case "status-503-retry-after":
            return answer(503, String(1 + Math.floor(random() * 5)));
          case "status-429-retry-after":
            return answer(429, new Date(Date.now() + 2000).toUTCString());
        }
        try {
          if (kind === "delay")
            await new Promise((resolve) => setTimeout(resolve, 5 + Math.floor(random() * 40)));
          const copies =
            kind === "duplicate" ? [forward(req, body), forward(req, body)] : [forward(req, body)];
          const [first] = await Promise.allSettled(copies);
          if (kind === "commit-then-drop-response") return kill(res);
          if (first === undefined || first.status === "rejected") {
            state.storeDown += 1;
            return kill(res);
          }
          const { status, headers, body: answerBody } = first.value;
          res.writeHead(status, { ...headers, connection: "close" });
          res.end(answerBody);
        } catch {
          state.storeDown += 1;
          kill(res);
        }
      })();
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    injected,
    get storeDown() {
      return state.storeDown;
    },
    setTarget(port) {
      target = port;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
