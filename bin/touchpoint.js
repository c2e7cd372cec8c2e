#!/usr/bin/env node
// The `touchpoint` command runs the compiled store (npm run build:store writes build/store).
/* eslint-disable @typescript-eslint/no-require-imports -- the bin is CommonJS so it runs on every Node 20 without flags */
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const cli = join(__dirname, "..", "build", "store", "cli.js");
if (!existsSync(cli)) {
  console.error("touchpoint: the store is not built yet; run `npm run build:store` (or `npm start`) first.");
  process.exit(1);
}
require(cli).main();
