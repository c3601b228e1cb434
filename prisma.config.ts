import { defineConfig } from "prisma/config";
import { poolConfigFromUrl } from "./lib/db-url";
import { createCliAdapter } from "./prisma/cli-adapter";
import { NO_DATABASE, servingUrl } from "./scripts/lib/data-dir";

// Without DATABASE_URL, the embedded database `npm start` is serving, if it is (the schema's
// datasource reads the variable too, so it is set here, before the CLI reads it).
const serving = process.env.DATABASE_URL ? null : servingUrl();
if (serving) process.env.DATABASE_URL = serving;

// Prisma 6.19's JavaScript schema engine (engine: "js") runs migrations through the same
// driver adapter as the app, so the CLI downloads no native engine (decision 001).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error(NO_DATABASE);
    return createCliAdapter(poolConfigFromUrl(url));
  },
});
