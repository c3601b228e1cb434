import { defineConfig, devices } from "@playwright/test";

// Ports can move (E2E_APP_PORT, E2E_EMBEDDED_PORT) so two checkouts can run journeys at once.
const APP_PORT = Number(process.env.E2E_APP_PORT || 3100);
const EMBEDDED_PORT = Number(process.env.E2E_EMBEDDED_PORT || 3101);
// The app server's database, named here so journeys can simulate time passing in it (see
// e2e/support.ts). Workers inherit the runner's environment, so they all see the same name;
// the runner's PID in it lets a later run drop it if this one crashes (scripts/lib/test-db.ts).
process.env.E2E_DATABASE_NAME ||= `toile_e2e_${process.pid}_${Date.now().toString(36)}`;

/**
 * Two servers: the production build on a fresh PostgreSQL database (most journeys), and a
 * newcomer's `npm start` on the embedded database (the smoke journey). Debian's Chromium
 * drives both; `npx playwright install` cannot run on our machines.
 */
export default defineConfig({
  testDir: "e2e",
  // A failure budget, not a speed target: on a slow day the same machine runs the suite at half
  // its usual pace (2026-11-27: 35 minutes instead of 13), and multi-person journeys of about
  // 45 s went past 60 s. Speed is measured by the benchmarks, never here.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    {
      name: "app",
      testIgnore: /embedded\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${APP_PORT}` },
    },
    {
      name: "embedded",
      testMatch: /embedded\.spec\.ts/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${EMBEDDED_PORT}` },
    },
  ],
  webServer: [
    {
      command: "node_modules/.bin/tsx scripts/e2e-server.ts",
      url: `http://127.0.0.1:${APP_PORT}/groups`,
      env: { PORT: String(APP_PORT), E2E_DATABASE_NAME: process.env.E2E_DATABASE_NAME },
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      // SIGTERM, not Playwright's default SIGKILL: the server drops its database and the
      // embedded one closes PGlite and removes its data folder.
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    },
    {
      command: "node_modules/.bin/tsx scripts/e2e-embedded.ts",
      url: `http://127.0.0.1:${EMBEDDED_PORT}/groups`,
      env: { PORT: String(EMBEDDED_PORT) },
      timeout: 300_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      // SIGTERM, not Playwright's default SIGKILL: the server drops its database and the
      // embedded one closes PGlite and removes its data folder.
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    },
  ],
});
