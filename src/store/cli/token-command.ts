import { resolve } from "node:path";
import { Option } from "commander";
import type { Role } from "../auth/principal";
import { signDevToken } from "../auth/sign-dev-token";
import { DEMO_USERS } from "../seed/demo-anchors";
import type { CliCommand } from "./cli-context";

/** `touchpoint token`: a dev bearer token, for a store in dev auth mode. */
export const tokenCommand: CliCommand = {
  register(parent, { io, dataOption, tenantOption }) {
    parent
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
  },
};
