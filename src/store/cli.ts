import { once } from "node:events";
import { Command } from "commander";
import { cliContext, type CliCommand, type CliIo } from "./cli/cli-context";
import { exportInteractionsCommand } from "./cli/export-interactions-command";
import { importContactsCommand } from "./cli/import-contacts-command";
import { importSalesLinksCommand } from "./cli/import-sales-links-command";
import { importUserSetupCommand } from "./cli/import-user-setup-command";
import { migrateCommand } from "./cli/migrate-command";
import { seedCommand } from "./cli/seed-command";
import { serveCommand } from "./cli/serve-command";
import { tokenCommand } from "./cli/token-command";

export type { CliIo } from "./cli/cli-context";

/** Every command, in the order `--help` lists them: a new one is a module in cli/ and a line here. */
const COMMANDS: readonly CliCommand[] = [
  serveCommand,
  migrateCommand,
  seedCommand,
  tokenCommand,
  importContactsCommand,
  importUserSetupCommand,
  importSalesLinksCommand,
  exportInteractionsCommand,
];

const GROUPS = {
  import: "import data into the store",
  export: "export data from the store",
} as const;

const processIo: CliIo = {
  async stdout(text) {
    if (!process.stdout.write(text)) await once(process.stdout, "drain");
  },
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
};

/** The `touchpoint` command: serve, migrate, seed, token, import and export. */
export function buildCli(io: CliIo = processIo): Command {
  const context = cliContext(io);
  const program = new Command("touchpoint")
    .description("Touchpoint interaction store: Business Central-style interactions for Outlook")
    .exitOverride()
    .configureOutput({ writeOut: (text) => void io.stdout(text), writeErr: (text) => io.stderr(text) });
  const groups = new Map<keyof typeof GROUPS, Command>();
  for (const command of COMMANDS) {
    const group = command.group;
    let parent = program;
    if (group !== undefined) {
      parent = groups.get(group) ?? program.command(group).description(GROUPS[group]);
      groups.set(group, parent);
    }
    command.register(parent, context);
  }
  return program;
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
