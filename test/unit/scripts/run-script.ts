import { execFile } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..", "..");

/** Runs `scripts/<script>` in its own Node, as npm does, and resolves with its exit code and output. */
export function runScript(
  script: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(root, "scripts", script), ...args],
      { cwd: root, env },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === "number" ? error.code : 2) : 0,
          output: `${stdout}${stderr}`,
        }),
    );
  });
}
