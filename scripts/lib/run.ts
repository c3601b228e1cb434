import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** A binary installed in node_modules/.bin (no `npx`, which may try the network). */
export function bin(name: string): string {
  return path.join(ROOT, "node_modules", ".bin", name);
}

/** Commands `run` has started and that have not exited yet. */
const running = new Set<ChildProcess>();

/** Stops every command `run` started that is still running (a shutdown that must not orphan them). */
export async function stopRunning(): Promise<void> {
  await Promise.all(
    [...running].map((child) => {
      child.kill("SIGTERM");
      return waitForExit(child);
    }),
  );
}

/**
 * Runs a command to completion; rejects on a non-zero exit. With `quiet`, output is captured
 * and only shown when the command fails (test set-up should not drown the test report).
 */
export function run(command: string, args: string[], options: SpawnOptions & { quiet?: boolean } = {}): Promise<void> {
  const { quiet, ...spawnOptions } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: quiet ? "pipe" : "inherit", ...spawnOptions });
    running.add(child);
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      running.delete(child);
      if (code === 0) return resolve();
      if (quiet) process.stderr.write(output);
      reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

/** Resolves with the exit code (or 1 when killed by a signal). */
export function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}
