// `npm run validate`: both manifests, as far as this machine can check them.
//   1. Offline, always: our validation of manifest.xml and manifest.json (scripts/validate-manifest.mjs).
//   2. Offline, always: Microsoft's office-addin-manifest on manifest.json (its schema check).
//   3. Online, when reachable: Microsoft's validation service on manifest.xml (office-addin-manifest
//      validate), the check AppSource runs. When the service cannot be reached it says so, plainly: a
//      result that never ran is not a pass.
//
//   node scripts/validate-addin.mjs       exit 0 valid (online check run or unreachable), 1 invalid
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { repoRoot } from "./manifest/icon-files.mjs";

/** office-addin-manifest's service; TOUCHPOINT_VALIDATION_SERVICE points the reachability probe elsewhere. */
const SERVICE =
  process.env.TOUCHPOINT_VALIDATION_SERVICE ?? "https://validationgateway.omex.office.net/package/api/check";
const PROBE_TIMEOUT_MS = 5_000;
const require = createRequire(import.meta.url);
const officeAddinManifest = join(dirname(require.resolve("office-addin-manifest/package.json")), "cli.js");

const node = (args) => spawnSync(process.execPath, args, { cwd: repoRoot, encoding: "utf8" });

/** Whether the service answers at all (any HTTP status counts); the reason when it does not. */
async function reach(url) {
  try {
    await fetch(url, { method: "HEAD", signal: globalThis.AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return { reached: true };
  } catch (error) {
    const cause = error.cause?.code ?? error.cause?.message ?? error.name;
    return { reached: false, reason: `${error.message}${cause ? ` (${cause})` : ""}` };
  }
}

function step(title, run) {
  console.log(`\n▶ ${title}`);
  const result = run();
  process.stdout.write(result.stdout ?? "");
  process.stderr.write(result.stderr ?? "");
  return result.status === 0;
}

async function main() {
  let valid = step(
    "offline: manifest.xml (XSD) and manifest.json (schema 1.30), with the rules schemas miss",
    () => node(["scripts/validate-manifest.mjs"]),
  );
  const microsoftJson = step("offline: Microsoft's office-addin-manifest on manifest.json", () =>
    node([officeAddinManifest, "validate", "manifest.json"]),
  );
  if (microsoftJson) console.log("manifest.json: office-addin-manifest found no problem");
  valid &&= microsoftJson;

  console.log(`\n▶ online: Microsoft's validation service on manifest.xml (${new URL(SERVICE).host})`);
  const probe = await reach(SERVICE);
  let online = "not reached";
  if (!probe.reached) {
    console.log(`Not reachable from this machine: ${probe.reason}.`);
  } else {
    const result = node([officeAddinManifest, "validate", "manifest.xml"]);
    const output = `${result.stdout}${result.stderr}`;
    process.stdout.write(output);
    if (/Unable to contact the manifest validation service/.test(output)) {
      console.log("The service did not answer office-addin-manifest.");
    } else {
      online = result.status === 0 ? "valid" : "invalid";
      valid &&= result.status === 0;
    }
  }
  console.log(
    `\n${valid ? "Valid" : "Not valid"} offline; Microsoft's online validation: ${online}` +
      (online === "not reached" ? " (only the offline checks ran)." : "."),
  );
  return valid ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`validate: ${error.stack ?? error}`);
    process.exit(2);
  },
);
