/**
 * The end-to-end tests' server: a fresh, migrated PostgreSQL database with the demo data
 * (dropped on exit) and `next start` on the production build. Started by Playwright's webServer.
 */
import { spawn } from "node:child_process";
import { ensureBuilt } from "./lib/build";
import { ensurePrismaClient } from "./lib/migrate";
import { bin, ROOT, run, waitForExit } from "./lib/run";
import { createMigratedDatabase, dropDatabase, dropStaleTestDatabases } from "./lib/test-db";

const port = process.env.PORT || "3100";
await dropStaleTestDatabases();
const database = await createMigratedDatabase("e2e", process.env.E2E_DATABASE_NAME);
await ensurePrismaClient(database.url);
// The demo data: journeys that need history (health trends, demo accounts) use it; the others
// create their own users and groups, so they never depend on each other.
await run(bin("tsx"), ["prisma/seed.ts"], { env: { ...process.env, DATABASE_URL: database.url }, quiet: true });
await ensureBuilt((message) => console.log(`[e2e] ${message}`));

const next = spawn(bin("next"), ["start", "-p", port, "-H", "127.0.0.1"], {
  cwd: ROOT,
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || "e2e-secret-not-for-production",
    // Journeys create many posts from one machine; rate limits have their own data tests.
    TOILE_RATE_LIMITS: "off",
  },
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  if (next.exitCode === null) {
    next.kill("SIGTERM");
    await waitForExit(next);
  }
  await dropDatabase(database.name).catch(() => undefined);
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
await waitForExit(next);
await stop();
