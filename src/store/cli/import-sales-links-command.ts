import { registerSalesLinkImports } from "../import/sales-link-command";
import { CliFailure, cliPrincipal, withDatabase, type CliCommand, type DbOptions } from "./cli-context";

/** `touchpoint import opportunities|campaigns <file>`: reference data with Business Central's captions. */
export const importSalesLinksCommand: CliCommand = {
  group: "import",
  register(parent, { io, dataOption, dbOption, tenantOption }) {
    registerSalesLinkImports<DbOptions & { tenant: string }>(parent, {
      withOptions: (c) => c.addOption(tenantOption()).addOption(dataOption()).addOption(dbOption()),
      withDatabase,
      principal: (opts) => cliPrincipal(opts.tenant),
      stdout: io.stdout,
      failure: (message) => new CliFailure(message),
    });
  },
};
