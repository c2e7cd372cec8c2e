// A real store process for the fault-injection and reliability suites: buildApp on SQLite in the given
// data directory (or on PostgreSQL in the given schema), the demo seed, listening on 127.0.0.1.
// TypeScript is compiled on load with @swc/core (as jest does), so a suite can kill -9 it mid-run and
// start it again on the same database.
// argv: dataDir port [databaseUrl schema] → prints "READY <port>" when listening.
// TOUCHPOINT_CHILD_NO_SEED=1 skips the seed (a second process on a database another one seeded).
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS child script loading TypeScript through a require hook */
const { transformSync } = require("@swc/core");
const fs = require("node:fs");

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { code } = transformSync(source, {
    filename,
    jsc: { parser: { syntax: "typescript" }, target: "es2022" },
    module: { type: "commonjs" },
  });
  module._compile(code, filename);
};

async function main() {
  const [dataDir, portText, databaseUrl, schema] = process.argv.slice(2);
  const { buildApp } = require("../../../src/store/app.ts");
  const { createDatabase } = require("../../../src/store/db/create-database.ts");
  const { seedDemo } = require("../../../src/store/seed/seed-demo.ts");
  const database = createDatabase({ dataDir, ...(databaseUrl ? { databaseUrl, pgSchema: schema } : {}) });
  // Every bearer token is the demo user: these suites are about delivery, not sign-in.
  const authenticator = {
    mode: "dev",
    authenticate: async () => ({
      ok: true,
      value: {
        tenantId: "dev",
        userId: "alex.rivera@cronus.example",
        userName: "Alex Rivera",
        roles: ["user"],
      },
    }),
  };
  // One user sends everything here: no rate limit turns it away.
  const limits = { user: { perSecond: 0, burst: 0 }, tenant: { perSecond: 0, burst: 0 }, maxInFlight: 0 };
  const app = await buildApp(
    { dataDir, auth: { mode: "dev", dataDir }, limits },
    { database, authenticator },
  );
  if (process.env.TOUCHPOINT_CHILD_NO_SEED !== "1") {
    const seeded = await seedDemo(database);
    if (!seeded.ok) throw new Error(`seed failed: ${JSON.stringify(seeded.error)}`);
  }
  await app.listen({ host: "127.0.0.1", port: Number(portText ?? 0) });
  const address = app.server.address();
  process.stdout.write(`READY ${typeof address === "object" && address ? address.port : 0}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
