/**
 * `npm test`: every check, in order of speed: ESLint, unit and data tests (vitest, against the
 * PostgreSQL in TEST_DATABASE_URL, default the local server), then the production build, then
 * the Playwright journeys (Debian's Chromium) on PostgreSQL and on the embedded database.
 * Playwright runs last, so the output ends with its summary line.
 */
import { ensureBuilt } from "./lib/build";
import { ensurePrismaClient } from "./lib/migrate";
import { bin, run } from "./lib/run";
import { adminDatabaseUrl } from "./lib/test-db";

const failures: string[] = [];
async function step(name: string, fn: () => Promise<void>) {
  try {
    await fn();
  } catch (error) {
    failures.push(`${name}: ${(error as Error).message}`);
  }
}

await ensurePrismaClient(adminDatabaseUrl());
await step("lint", () => run(bin("eslint"), [".", "--max-warnings", "0"]));
await step("vitest", () => run(bin("vitest"), ["run"]));
await step("build", () => ensureBuilt((message) => console.log(`[test] ${message}`)));
if (!failures.some((failure) => failure.startsWith("build"))) {
  await step("playwright", () => run(bin("playwright"), ["test", ...process.argv.slice(2)]));
}
if (failures.length > 0) {
  console.error(`\n${failures.length} step(s) failed:\n- ${failures.join("\n- ")}`);
  process.exitCode = 1;
}
