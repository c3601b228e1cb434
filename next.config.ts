import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets several dev servers run side by side from one checkout (NEXT_DIST_DIR=.next-other).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Native or WebAssembly server packages: loaded by Node at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg-boss", "pg"],
  turbopack: {
    // The forms' shared zod schemas check that markdown renders to something visible; only the
    // server makes that check, so browsers get a stand-in without the markdown pipeline.
    resolveAlias: { "@/lib/markdown/visible": { browser: "./lib/markdown/visible.browser.ts" } },
  },
  experimental: {
    // forbidden() → app/forbidden.tsx with a 403 status.
    authInterrupts: true,
  },
};

export default nextConfig;
