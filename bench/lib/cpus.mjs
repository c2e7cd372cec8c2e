// Where benchmark processes run: on a machine with two or more CPUs the store gets CPU 1 and every
// client (load generator, import/export client, replay loop, bulk loader) CPU 0, pinned with taskset, so
// neither takes the other's core. On one CPU they share it, and the table says so.
import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { root } from "./store-process.mjs";

const pinned = availableParallelism() >= 2;
export const CLIENT_CPU = pinned ? 0 : undefined;
export const STORE_CPU = pinned ? 1 : undefined;

export const cpuPlacement = () =>
  CLIENT_CPU === undefined
    ? "one CPU: the clients and the store share it"
    : `clients (load generator, import/export, replay, bulk loader) on CPU ${CLIENT_CPU}, store on CPU ${STORE_CPU} (taskset)`;

/** Runs a bench script with node, on `cpu` when given; answers the JSON of its last line. */
export function runPinned(script, args, cpu) {
  const command = [process.execPath, join(root, "bench", script), ...args];
  const argv = cpu === undefined ? command : ["taskset", "-c", String(cpu), ...command];
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split("\n").pop()))
        : reject(new Error(`${script} exited ${code}`)),
    );
  });
}
