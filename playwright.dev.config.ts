import base from "./playwright.config";

/**
 * Runs the journeys against a server you already started (e.g. `npm run dev`, with
 * TOILE_RATE_LIMITS=off), for a fast edit–test loop:
 *   E2E_BASE_URL=http://127.0.0.1:3000 npx playwright test -c playwright.dev.config.ts e2e/meetups.spec.ts
 * `npm test` uses playwright.config.ts, which builds and starts its own servers.
 */
const baseURL = process.env.E2E_BASE_URL || "http://127.0.0.1:3000";

const config = {
  ...base,
  webServer: undefined,
  workers: 1,
  projects: [{ name: "app", testIgnore: /embedded\.spec\.ts/, use: { ...base.projects![0]!.use, baseURL } }],
};

export default config;
