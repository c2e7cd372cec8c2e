import { createReadStream, createWriteStream } from "node:fs";
import { open as openFile, readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { once } from "node:events";
import { Command, InvalidArgumentError, Option } from "commander";
import { authConfigFromEnv } from "./auth/auth-config-from-env";
import type { Principal, Role } from "./auth/principal";
import { signDevToken } from "./auth/sign-dev-token";
import { createDatabase, type StoreDatabase } from "./db/create-database";
import { exportInteractions } from "./export/export-interactions";
import type { ExportFormat } from "./export/write-interaction-export";
import { DEFAULT_LOAD_LIMITS } from "./http/load-limits";
import { DEFAULT_IMPORT_BATCH, importContacts } from "./import/import-contacts";
import { openContactFile } from "./import/parse-contact-file";
import { renderProgressBar } from "./import/render-progress-bar";
import { registerSalesLinkImports } from "./import/sales-link-command";
import { DEMO_TENANT, DEMO_USERS } from "./seed/demo-anchors";
import { seedDemo } from "./seed/seed-demo";
import { startServer } from "./server";

/** Where the CLI writes; tests capture it, the command line uses the process streams. */
export interface CliIo {
  stdout(text: string): Promise<void>;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Keep `serve` running and shut down on SIGINT/SIGTERM (false in tests). */
  handleSignals?: boolean;
}

const processIo: CliIo = {
  async stdout(text) {
    if (!process.stdout.write(text)) await once(process.stdout, "drain");
  },
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
};

class CliFailure extends Error {}

interface DbOptions {
  data: string;
  databaseUrl?: string;
}

const port = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("a port is 0-65535");
  return n;
};

const count = (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError("a number, 0 or more");
  return n;
};

interface ServeLimits {
  rateLimitUser: number;
  rateBurstUser: number;
  rateLimitTenant: number;
  rateBurstTenant: number;
  maxInFlight: number;
  maxEventLoopDelay: number;
  idempotencyTtlHours: number;
  shutdownTimeout: number;
  sourceMaps?: boolean;
}

/** The `touchpoint` command: serve, migrate, seed, token, import and export. */
export function buildCli(io: CliIo = processIo): Command {
  const env = io.env;
  const dataOption = () =>
    new Option("--data <dir>", "data directory (SQLite file, dev key)").default(
      env.TOUCHPOINT_DATA ?? ".data",
    );
  const dbOption = () =>
    new Option("--database-url <url>", "postgres://… to use PostgreSQL").default(env.DATABASE_URL);
  const tenantOption = () => new Option("--tenant <id>", "tenant to work in").default(DEMO_TENANT);
  const numberOption = (flags: string, description: string, variable: string, fallback: number) =>
    new Option(flags, `${description} (${variable})`)
      .argParser(count)
      .default(env[variable] === undefined ? fallback : count(env[variable] as string));
  const program = new Command("touchpoint")
    .description("Touchpoint interaction store: Business Central-style interactions for Outlook")
    .exitOverride()
    .configureOutput({ writeOut: (text) => void io.stdout(text), writeErr: (text) => io.stderr(text) });

  program
    .command("serve")
    .description("serve the API (and the built add-in) until SIGINT/SIGTERM")
    .option("--host <host>", "interface to listen on", "127.0.0.1")
    .option("--port <port>", "port to listen on", port, 3000)
    .addOption(dataOption())
    .addOption(dbOption())
    .addOption(
      new Option("--auth <mode>", "token verification")
        .choices(["dev", "entra"])
        .default(env.TOUCHPOINT_AUTH ?? "dev"),
    )
    .option("--static <dir>", "folder of the built add-in to serve at /")
    .option("--tls-cert <file>", "PEM certificate for HTTPS")
    .option("--tls-key <file>", "PEM private key for HTTPS")
    .addOption(
      new Option("--source-maps", "also serve the bundles' source maps").default(
        env.TOUCHPOINT_SOURCE_MAPS === "1",
      ),
    )
    .addOption(
      numberOption(
        "--rate-limit-user <n>",
        "requests per second per user (0: no limit)",
        "TOUCHPOINT_RATE_LIMIT_USER",
        DEFAULT_LOAD_LIMITS.user.perSecond,
      ),
    )
    .addOption(
      numberOption(
        "--rate-burst-user <n>",
        "requests a user may make at once",
        "TOUCHPOINT_RATE_BURST_USER",
        DEFAULT_LOAD_LIMITS.user.burst,
      ),
    )
    .addOption(
      numberOption(
        "--rate-limit-tenant <n>",
        "requests per second per tenant (0: no limit)",
        "TOUCHPOINT_RATE_LIMIT_TENANT",
        DEFAULT_LOAD_LIMITS.tenant.perSecond,
      ),
    )
    .addOption(
      numberOption(
        "--rate-burst-tenant <n>",
        "requests a tenant may make at once",
        "TOUCHPOINT_RATE_BURST_TENANT",
        DEFAULT_LOAD_LIMITS.tenant.burst,
      ),
    )
    .addOption(
      numberOption(
        "--max-in-flight <n>",
        "requests in progress before new ones get 503 (0: never)",
        "TOUCHPOINT_MAX_IN_FLIGHT",
        DEFAULT_LOAD_LIMITS.maxInFlight,
      ),
    )
    .addOption(
      numberOption(
        "--max-event-loop-delay <ms>",
        "event-loop delay past which new requests get 503 (0: never)",
        "TOUCHPOINT_MAX_EVENT_LOOP_DELAY_MS",
        DEFAULT_LOAD_LIMITS.maxEventLoopDelayMs ?? 0,
      ),
    )
    .addOption(
      numberOption(
        "--idempotency-ttl-hours <h>",
        "how long an Idempotency-Key holds its answer",
        "TOUCHPOINT_IDEMPOTENCY_TTL_HOURS",
        24,
      ),
    )
    .addOption(
      numberOption(
        "--shutdown-timeout <ms>",
        "how long a shutdown waits for requests in progress",
        "TOUCHPOINT_SHUTDOWN_TIMEOUT_MS",
        10_000,
      ),
    )
    .action(
      async (
        opts: DbOptions &
          ServeLimits & {
            host: string;
            port: number;
            auth: string;
            static?: string;
            tlsCert?: string;
            tlsKey?: string;
          },
      ) => {
        const dataDir = resolve(opts.data);
        const auth = authConfigFromEnv(opts.auth, dataDir, env);
        if (!auth.ok) throw new CliFailure(auth.error.message);
        const started = await startServer(
          {
            dataDir,
            auth: auth.value,
            host: opts.host,
            port: opts.port,
            ...(opts.databaseUrl ? { databaseUrl: opts.databaseUrl } : {}),
            ...(opts.static ? { staticDir: resolve(opts.static) } : {}),
            ...(opts.tlsCert ? { tlsCert: opts.tlsCert } : {}),
            ...(opts.tlsKey ? { tlsKey: opts.tlsKey } : {}),
            sourceMaps: opts.sourceMaps === true,
            limits: {
              user: { perSecond: opts.rateLimitUser, burst: opts.rateBurstUser },
              tenant: { perSecond: opts.rateLimitTenant, burst: opts.rateBurstTenant },
              maxInFlight: opts.maxInFlight,
              maxEventLoopDelayMs: opts.maxEventLoopDelay,
            },
            idempotencyTtlMs: opts.idempotencyTtlHours * 3_600_000,
            shutdownTimeoutMs: opts.shutdownTimeout,
          },
          { handleSignals: io.handleSignals ?? true, log: (line) => void io.stdout(`${line}\n`) },
        );
        if (!started.ok) throw new CliFailure(started.error.message);
      },
    );

  program
    .command("migrate")
    .description("bring the database schema up to date")
    .addOption(dataOption())
    .addOption(dbOption())
    .action(async (opts: DbOptions) => {
      await withDatabase(opts, async (db) => {
        const applied = await db.migrate();
        await io.stdout(
          applied.length === 0 ? "Schema is up to date.\n" : `Applied: ${applied.join(", ")}\n`,
        );
      });
    });

  program
    .command("seed")
    .description("load Business Central's demo data (idempotent)")
    .requiredOption("--demo", "the demo groups, templates, setup and contacts")
    .addOption(tenantOption())
    .addOption(dataOption())
    .addOption(dbOption())
    .action(async (opts: DbOptions & { tenant: string }) => {
      await withDatabase(opts, async (db) => {
        await db.migrate();
        const seeded = await seedDemo(db, opts.tenant);
        if (!seeded.ok) throw new CliFailure(`seed failed: ${seeded.error.message ?? seeded.error.code}`);
        const r = seeded.value;
        await io.stdout(
          `Seeded tenant ${r.tenantId}: ${r.groups} groups, ${r.templates} templates, ${r.templateSetup} setup rows, ` +
            `${r.internalDomains} internal domains, ${r.neverLog} never-log entries, ${r.contacts} contacts ` +
            `(${r.existingContacts} already there), ${r.opportunities} opportunities, ${r.campaigns} campaigns.\n`,
        );
      });
    });

  program
    .command("token")
    .description("print a dev bearer token (for a store in dev auth mode)")
    .requiredOption("--user <email>", "the user, by email address")
    .addOption(tenantOption())
    .addOption(new Option("--role <role>", "role").choices(["user", "manager", "admin"]).default("user"))
    .option("--name <name>", "display name")
    .option("--expires-in <duration>", "lifetime, e.g. 12h or 30d", "12h")
    .addOption(dataOption())
    .action(
      async (opts: {
        user: string;
        tenant: string;
        role: Role;
        name?: string;
        expiresIn: string;
        data: string;
      }) => {
        const name = opts.name ?? DEMO_USERS.find((u) => u.email === opts.user.toLowerCase())?.name;
        const token = await signDevToken(
          {
            user: opts.user,
            tenant: opts.tenant,
            role: opts.role,
            expiresIn: opts.expiresIn,
            ...(name ? { name } : {}),
          },
          resolve(opts.data),
        );
        await io.stdout(`${token}\n`);
      },
    );

  const importCommand = program.command("import").description("import data into the store");
  importCommand
    .command("contacts")
    .description("import contacts from a CSV (Business Central columns) or vCard file")
    .argument("<file>", "a .csv or .vcf file")
    .addOption(tenantOption())
    .addOption(dataOption())
    .addOption(dbOption())
    .action(async (file: string, opts: DbOptions & { tenant: string }) => {
      const size = (await stat(file)).size;
      let bytes = 0;
      const open = () =>
        createReadStream(file).on("data", (chunk) => {
          bytes += chunk.length;
        });
      const sniff = await readHead(file, 1024);
      const parsed = await openContactFile(open, sniff, file, DEFAULT_IMPORT_BATCH, () =>
        readFile(file, "utf8"),
      );
      if (parsed.invalidFile !== undefined) throw new CliFailure(`${file}: ${parsed.invalidFile}`);
      await withDatabase(opts, async (db) => {
        await db.migrate();
        // The check pass read the file once: the bar follows the second, importing pass.
        bytes = 0;
        const total =
          "rows" in parsed.source ? parsed.source.rows.length + parsed.source.rejects.length : size;
        const report = await importContacts(db, cliPrincipal(opts.tenant), parsed.source, {
          onProgress: (rows) =>
            io.stderr(
              "rows" in parsed.source
                ? renderProgressBar(rows, total, "importing")
                : renderProgressBar(bytes, total, "importing", `${rows} rows`),
            ),
        });
        io.stderr("\n");
        const lines = [
          `${file} (${parsed.format}): imported ${report.imported}, updated ${report.updated}, unchanged ${report.unchanged}, ` +
            `companies created ${report.companiesCreated}, rejected ${report.rejected.length}`,
          ...report.rejected.map((r) => `  rejected line ${r.row}: ${r.reason}`),
        ];
        await io.stdout(`${lines.join("\n")}\n`);
      });
    });

  registerSalesLinkImports<DbOptions & { tenant: string }>(importCommand, {
    withOptions: (c) => c.addOption(tenantOption()).addOption(dataOption()).addOption(dbOption()),
    withDatabase,
    principal: (opts) => cliPrincipal(opts.tenant),
    stdout: io.stdout,
    failure: (message) => new CliFailure(message),
  });

  const exportCommand = program.command("export").description("export data from the store");
  exportCommand
    .command("interactions")
    .description("export the interaction log with Business Central field names")
    .addOption(new Option("--format <format>", "file format").choices(["csv", "json"]).default("csv"))
    .option("--out <file>", "write to a file instead of stdout")
    .addOption(tenantOption())
    .addOption(dataOption())
    .addOption(dbOption())
    .action(async (opts: DbOptions & { format: ExportFormat; out?: string; tenant: string }) => {
      await withDatabase(opts, async (db) => {
        await db.migrate();
        const request = { format: opts.format, after: 0 };
        if (opts.out === undefined) {
          await exportInteractions(db, cliPrincipal(opts.tenant), request, async (chunk) => {
            await io.stdout(chunk);
            return true;
          });
          return;
        }
        const out = createWriteStream(opts.out);
        await exportInteractions(db, cliPrincipal(opts.tenant), request, async (chunk) => {
          if (!out.write(chunk)) await once(out, "drain");
          return true;
        });
        await new Promise<void>((done, failed) =>
          out.end((error?: Error | null) => (error ? failed(error) : done())),
        );
        io.stderr(`Wrote ${opts.out}\n`);
      });
    });

  return program;
}

/** The first bytes of a file, as text: enough to tell a vCard from a CSV. */
async function readHead(file: string, length: number): Promise<string> {
  const handle = await openFile(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}

/** The CLI acts as an administrator of the tenant it names: it runs where the database is. */
function cliPrincipal(tenantId: string): Principal {
  return {
    tenantId,
    userId: "touchpoint-cli",
    userName: "touchpoint command line",
    roles: ["user", "admin"],
  };
}

async function withDatabase(opts: DbOptions, work: (db: StoreDatabase) => Promise<void>): Promise<void> {
  const db = createDatabase({
    dataDir: resolve(opts.data),
    ...(opts.databaseUrl ? { databaseUrl: opts.databaseUrl } : {}),
  });
  try {
    await work(db);
  } finally {
    await db.close();
  }
}

/** Runs one command line; answers the exit code instead of exiting, so tests call it in-process. */
export async function runCli(args: string[], io: CliIo = processIo): Promise<number> {
  try {
    await buildCli(io).parseAsync(args, { from: "user" });
    return 0;
  } catch (error) {
    const commanderCode = (error as { code?: string }).code;
    if (commanderCode === "commander.helpDisplayed" || commanderCode === "commander.version") return 0;
    if (commanderCode?.startsWith("commander.")) return 2;
    io.stderr(`touchpoint: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** Entry point of bin/touchpoint.js. */
export function main(): void {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
