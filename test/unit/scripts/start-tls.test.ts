import { execFile } from "node:child_process";
import { join } from "node:path";

// Each test starts Node processes; on a busy machine that takes seconds.
jest.setTimeout(30_000);

// scripts/start-tls.mjs decides how `npm start` serves; run in its own Node as start.mjs runs it, with a
// stand-in for office-addin-dev-certs (the real one installs a CA into this machine's trust store).
const startTlsModule = join(__dirname, "..", "..", "..", "scripts", "start-tls.mjs");

function startTls(https: boolean, env: Record<string, string>): Promise<unknown> {
  const code = `
    const { startTls } = await import(${JSON.stringify(startTlsModule)});
    const calls = [];
    const devCert = async () => (calls.push("dev-certs"), { cert: "/dev-certs/localhost.crt", key: "/dev-certs/localhost.key" });
    const result = await startTls({ https: ${https}, env: ${JSON.stringify(env)} }, devCert);
    console.log(JSON.stringify({ result, calls }));`;
  return new Promise((resolve, reject) =>
    execFile(process.execPath, ["--input-type=module", "-e", code], (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout)),
    ),
  );
}

test("plain npm start serves http and asks for no certificate", async () => {
  expect(await startTls(false, {})).toEqual({ result: { scheme: "http" }, calls: [] });
});

test("--https takes office-addin-dev-certs' trusted localhost certificate", async () => {
  expect(await startTls(true, {})).toEqual({
    result: { scheme: "https", tls: { cert: "/dev-certs/localhost.crt", key: "/dev-certs/localhost.key" } },
    calls: ["dev-certs"],
  });
});

test("certificate files named in the environment win, with or without --https", async () => {
  const env = { TOUCHPOINT_TLS_CERT: "/own/cert.pem", TOUCHPOINT_TLS_KEY: "/own/key.pem" };
  for (const https of [false, true])
    expect(await startTls(https, env)).toEqual({
      result: { scheme: "https", tls: { cert: "/own/cert.pem", key: "/own/key.pem" } },
      calls: [],
    });
});
