import { runScript } from "./run-script";

// `npm run validate` on a machine without the internet (this one, and CI): the offline checks run and the
// unreachable online validator is reported as not run, never as passed. The probe goes to a closed port.

test("offline checks pass, and the online validator is reported as not reached", async () => {
  const result = await runScript("validate-addin.mjs", [], {
    ...process.env,
    TOUCHPOINT_VALIDATION_SERVICE: "https://127.0.0.1:9/package/api/check",
  });
  expect(result.code).toBe(0);
  expect(result.output).toMatch(/manifest\.xml: valid\nmanifest\.json: valid/);
  expect(result.output).toMatch(/manifest\.json: office-addin-manifest found no problem/);
  expect(result.output).toMatch(/Not reachable from this machine: fetch failed/);
  expect(result.output).toMatch(
    /Microsoft's online validation: not reached \(only the offline checks ran\)\./,
  );
}, 60_000);
