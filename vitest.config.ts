import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Two projects: fast pure unit tests, and data tests (`*.data.test.ts`) that run against a
// real PostgreSQL (TEST_DATABASE_URL, default the local server), a fresh database per file.
export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          sequence: { groupOrder: 0 },
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "prisma/**/*.test.ts"],
          exclude: ["**/*.data.test.ts", "node_modules/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "data",
          // Runs after the unit tests, with its own worker limit.
          sequence: { groupOrder: 1 },
          include: ["lib/**/*.data.test.ts", "scripts/**/*.data.test.ts", "prisma/**/*.data.test.ts"],
          environment: "node",
          globalSetup: ["test/vitest-global-setup.ts"],
          setupFiles: ["test/data-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Two cores: two files at a time keeps PostgreSQL and the tests from starving each other.
          maxWorkers: 2,
        },
      },
    ],
  },
});
