import { resolve } from "node:path";
import { InvalidArgumentError, Option, type Command } from "commander";
import type { Principal } from "../auth/principal";
import { createDatabase, type StoreDatabase } from "../db/create-database";
import { DEMO_TENANT } from "../seed/demo-anchors";

/** Where the CLI writes; tests capture it, the command line uses the process streams. */
export interface CliIo {
  stdout(text: string): Promise<void>;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Keep `serve` running and shut down on SIGINT/SIGTERM (false in tests). */
  handleSignals?: boolean;
}

/** A failure the CLI reports as one line and exit code 1. */
export class CliFailure extends Error {}

/** The options of every command that opens the database. */
export interface DbOptions {
  data: string;
  databaseUrl?: string;
}

/** What every command module is given: the output, and the options they share, read from the env. */
export interface CliContext {
  io: CliIo;
  dataOption(): Option;
  dbOption(): Option;
  tenantOption(): Option;
  /** A number option whose default comes from an environment variable, else `fallback`. */
  numberOption(flags: string, description: string, variable: string, fallback: number): Option;
}

/**
 * One command of `touchpoint`: `register` adds it to `parent`, the program itself or the `group`
 * command (`import`, `export`) it belongs under. A new command is a module exporting one of these and
 * a line in cli.ts's COMMANDS.
 */
export interface CliCommand {
  group?: "import" | "export";
  register(parent: Command, context: CliContext): void;
}

export const port = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError("a port is 0-65535");
  return n;
};

const count = (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError("a number, 0 or more");
  return n;
};

export function cliContext(io: CliIo): CliContext {
  const env = io.env;
  return {
    io,
    dataOption: () =>
      new Option("--data <dir>", "data directory (SQLite file, dev key)").default(
        env.TOUCHPOINT_DATA ?? ".data",
      ),
    dbOption: () =>
      new Option("--database-url <url>", "postgres://… to use PostgreSQL").default(env.DATABASE_URL),
    tenantOption: () => new Option("--tenant <id>", "tenant to work in").default(DEMO_TENANT),
    numberOption: (flags, description, variable, fallback) =>
      new Option(flags, `${description} (${variable})`)
        .argParser(count)
        .default(env[variable] === undefined ? fallback : count(env[variable] as string)),
  };
}

/** The CLI acts as an administrator of the tenant it names: it runs where the database is. */
export function cliPrincipal(tenantId: string): Principal {
  return {
    tenantId,
    userId: "touchpoint-cli",
    userName: "touchpoint command line",
    roles: ["user", "admin"],
  };
}

/** Opens the database the options name, runs work, and closes it whatever happens. */
export async function withDatabase(
  opts: DbOptions,
  work: (db: StoreDatabase) => Promise<void>,
): Promise<void> {
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
