import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT, bin, run } from "./run";

/** Everything `next build` reads. A change to any of these makes the build stale. */
const INPUT_DIRS = ["app", "components", "lib", "public"];
const INPUT_FILES = ["next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "instrumentation.ts", "proxy.ts", "prisma/schema.prisma"];
const STAMP = path.join(ROOT, ".next", "toile-source-hash");

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith(".test.ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export function sourceHash(): string {
  const files = [
    ...INPUT_DIRS.flatMap((dir) => listFiles(path.join(ROOT, dir))),
    ...INPUT_FILES.map((file) => path.join(ROOT, file)).filter((file) => fs.existsSync(file)),
  ].sort();
  const hash = crypto.createHash("sha256");
  for (const file of files) {
    hash.update(path.relative(ROOT, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  return fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === sourceHash();
}

/** Runs `next build` unless the last build was made from the same sources. */
export async function ensureBuilt(log: (message: string) => void): Promise<void> {
  if (buildIsCurrent()) return;
  log("building the app (first run, or the sources changed)…");
  const hash = sourceHash();
  await run(bin("next"), ["build"], { env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
  fs.writeFileSync(STAMP, hash);
}
