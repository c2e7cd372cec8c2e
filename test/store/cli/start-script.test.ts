import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { request as httpsRequest } from "node:https";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasOpenssl, selfSignedCertificate } from "./self-signed-certificate";

// `npm start` and `npm run start:https` as a user runs them: the default stays plain http on 127.0.0.1 (the
// harness needs nothing else); with a certificate it serves https for sideloading. The office-addin-dev-certs
// certificate itself is not made here: that installs a CA into this machine's trust store.
const root = join(__dirname, "..", "..", "..");
jest.setTimeout(120_000);

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

let dir = "";
const children: ChildProcess[] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "touchpoint-start-"));
});
afterAll(async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) =>
          child.exitCode !== null ? resolve(0) : (child.once("exit", resolve), child.kill("SIGTERM")),
        ),
    ),
  );
  rmSync(dir, { recursive: true, force: true });
});

async function start(args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, [join(root, "scripts", "start.mjs"), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Touchpoint is running.")) resolve(output);
    };
    child.stdout?.on("data", seen);
    child.stderr?.on("data", seen);
    child.once("exit", (code) => reject(new Error(`start.mjs exited ${code}:\n${output}`)));
  });
}

const get = (url: string) =>
  new Promise<number | undefined>((resolve, reject) => {
    httpsRequest(url, { rejectUnauthorized: false }, (res) => {
      res.resume();
      resolve(res.statusCode);
    })
      .on("error", reject)
      .end();
  });

test("npm start serves plain http on 127.0.0.1", async () => {
  const port = await freePort();
  const output = await start([], { PORT: String(port), TOUCHPOINT_DATA: join(dir, "http") });
  expect(output).toContain(`http://127.0.0.1:${port}/harness.html`);
  const response = await fetch(`http://127.0.0.1:${port}/harness.html`);
  expect(response.status).toBe(200);
});

(hasOpenssl ? test : test.skip)(
  "npm run start:https serves https://localhost with the certificate it is given",
  async () => {
    const { cert, key } = selfSignedCertificate(dir);
    const port = await freePort();
    const output = await start(["--https"], {
      PORT: String(port),
      TOUCHPOINT_DATA: join(dir, "https"),
      TOUCHPOINT_TLS_CERT: cert,
      TOUCHPOINT_TLS_KEY: key,
    });
    expect(output).toContain(`https://localhost:${port}/harness.html`);
    expect(await get(`https://127.0.0.1:${port}/taskpane.html`)).toBe(200);
    expect(await get(`https://127.0.0.1:${port}/manifest.json`)).toBe(200);
  },
);
