// `npm run sideload` / `npm run sideload:stop`: Touchpoint in desktop Outlook, the yo office way, through
// Microsoft's office-addin-debugging. It starts the https server (`npm run start:https`, certificates from
// office-addin-dev-certs), registers manifest.xml and opens Outlook; stop unregisters it and stops the server.
//
// office-addin-debugging is run with npx at a fixed version rather than locked in package-lock.json: it
// brings Microsoft 365 Agents Toolkit as a peer, and that one's keytar has a native build that needs
// libsecret headers on Linux, so locking it would break `npm ci` on machines that never sideload.
// It sideloads into Outlook on Windows only (Outlook on Mac is not one of its sideload targets), so on a Mac
// it starts the server and the manifest is added by hand.
//
//   node scripts/sideload.mjs start|stop [--dry-run] [--platform win32|darwin|linux]
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const OFFICE_ADDIN_DEBUGGING = "office-addin-debugging@7.0.0";
const MANIFEST = "manifest.xml";
const PORT = "3000";

const MAC_STEPS = `Office's sideloading does not reach Outlook on Mac, so add the manifest by hand once the server is up:
  Outlook → Get Add-ins (or … → Get Add-ins) → My add-ins → Add a custom add-in → Add from file → ${MANIFEST}`;

/**
 * What `action` runs on `platform`: the npx command line, or why nothing can run here. Pure, so the test
 * checks the exact command line on every platform without starting anything.
 */
export function sideloadPlan(action, platform) {
  if (action !== "start" && action !== "stop")
    return { ok: false, message: "usage: node scripts/sideload.mjs start|stop [--dry-run]" };
  if (platform !== "win32" && platform !== "darwin") {
    return {
      ok: false,
      message:
        `npm run sideload opens desktop Outlook, which runs on Windows and macOS; this machine is ${platform}.\n` +
        "Here, use the harness (npm start, then http://127.0.0.1:3000/harness.html), or serve https with\n" +
        "`npm run start:https` and add manifest.xml in Outlook on the web: Get Add-ins → My add-ins → Add a\n" +
        "custom add-in → Add from file.",
    };
  }
  const npx = platform === "win32" ? "npx.cmd" : "npx";
  if (action === "stop")
    return { ok: true, command: npx, args: ["--yes", OFFICE_ADDIN_DEBUGGING, "stop", MANIFEST, "desktop"] };
  const args = ["--yes", OFFICE_ADDIN_DEBUGGING, "start", MANIFEST, "desktop", "--app", "outlook"];
  args.push("--dev-server", "npm run start:https", "--dev-server-port", PORT);
  if (platform === "darwin")
    return { ok: true, command: npx, args: [...args, "--no-sideload"], note: MAC_STEPS };
  return { ok: true, command: npx, args };
}

const quote = (arg) => (/[\s"]/.test(arg) ? `"${arg.replace(/"/g, '\\"')}"` : arg);

function main(args) {
  const at = args.indexOf("--platform");
  const dryRun = args.includes("--dry-run");
  if (at >= 0 && !dryRun) {
    console.error("--platform shows another platform's command line: use it with --dry-run");
    return 2;
  }
  const platform = at >= 0 ? args[at + 1] : process.platform;
  const plan = sideloadPlan(args[0], platform);
  if (!plan.ok) {
    console.error(plan.message);
    return 1;
  }
  console.log(`▶ ${[plan.command, ...plan.args].map(quote).join(" ")}`);
  if (plan.note) console.log(plan.note);
  if (dryRun) return 0;
  const run = spawnSync(plan.command, plan.args, { stdio: "inherit" });
  return run.status ?? 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exit(main(process.argv.slice(2)));
