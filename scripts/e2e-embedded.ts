/**
 * A newcomer's first run, for the embedded smoke journey: `npm start` with no DATABASE_URL,
 * in a brand-new data folder (removed on exit), so it starts PGlite, migrates and seeds.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { bin, ROOT, waitForExit } from "./lib/run";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "toile-embedded-"));
const env: NodeJS.ProcessEnv = { ...process.env, TOILE_DATA_DIR: dataDir, PORT: process.env.PORT || "3101" };
delete env.DATABASE_URL;
delete env.NEXTAUTH_SECRET;
env.NEXTAUTH_URL = `http://127.0.0.1:${env.PORT}`;

const start = spawn(bin("tsx"), ["scripts/start.ts"], { cwd: ROOT, stdio: "inherit", env });
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (start.exitCode === null) {
    start.kill("SIGTERM");
    await waitForExit(start);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
await stop(await waitForExit(start));
