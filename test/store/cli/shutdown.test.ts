import { request as httpRequest } from "node:http";
import { signDevToken } from "../../../src/store/auth/sign-dev-token";
import type { StoreDatabase } from "../../../src/store/db/create-database";
import { startServer } from "../../../src/store/server";
import { dialects } from "../dialects";

/** A database whose exports stall on their first page, as one to a very slow reader would. */
function withStalledExports(db: StoreDatabase): StoreDatabase & { stalled: Promise<void> } {
  let timer: NodeJS.Timeout | undefined;
  let unstall = () => undefined as void;
  let stalled = () => undefined as void;
  const reached = new Promise<void>((resolve) => (stalled = resolve));
  return {
    ...db,
    stalled: reached,
    snapshot: (fn) =>
      db.snapshot((repos) =>
        fn({
          ...repos,
          interactions: {
            ...repos.interactions,
            entriesAfter: () =>
              new Promise((resolve) => {
                stalled();
                unstall = () => resolve([]);
                timer = setTimeout(unstall, 60_000);
              }),
          },
        }),
      ),
    async close() {
      // The stalled read ends with the database, as a real one fails when its connection goes.
      clearTimeout(timer);
      unstall();
      await db.close();
    },
  };
}

jest.setTimeout(30_000);

describe.each(dialects())("shutdown on %s", (_name, make) => {
  it("waits for requests in progress only up to its timeout, then closes what is left (a stalled export)", async () => {
    const dialect = make();
    const database = withStalledExports(await dialect.open());
    const config = {
      dataDir: dialect.dataDir,
      auth: { mode: "dev" as const, dataDir: dialect.dataDir },
      host: "127.0.0.1",
      port: 0,
      shutdownTimeoutMs: 300,
    };
    const started = await startServer(config, { database, handleSignals: false, log: () => undefined });
    if (!started.ok) throw new Error(started.error.message);
    try {
      const token = await signDevToken({ user: "admin@cronus.example", role: "admin" }, dialect.dataDir);
      const download = new Promise<string>((resolve) => {
        const req = httpRequest(`${started.value.url}/api/v1/export?format=csv`, {
          headers: { authorization: `Bearer ${token}` },
        });
        req.on("response", (res) => {
          res.resume();
          res.on("close", () => resolve(res.complete ? "complete" : "cut off"));
        });
        req.on("error", () => resolve("cut off"));
        req.end();
      });
      await database.stalled;
      const before = Date.now();
      await started.value.close();
      const took = Date.now() - before;
      expect(took).toBeGreaterThanOrEqual(250);
      expect(took).toBeLessThan(5000);
      expect(await download).toBe("cut off");
      expect(started.value.server.listening).toBe(false);
    } finally {
      await started.value.close();
      await dialect.dispose();
    }
  });
});
