import { defineConfig } from "prisma/config";
import { poolConfigFromUrl } from "./lib/db-url";
import { createCliAdapter } from "./prisma/cli-adapter";

// Prisma 6.19's JavaScript schema engine (engine: "js") runs migrations through the same
// driver adapter as the app, so the CLI downloads no native engine (decision 001).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set. `npm start` sets it for the embedded database.");
    return createCliAdapter(poolConfigFromUrl(url));
  },
});
