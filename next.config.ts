import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Lets several dev servers run side by side from one checkout (NEXT_DIST_DIR=.next-other).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Native or WebAssembly server packages: loaded by Node at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg-boss", "pg"],
  // The addresses people guess for signing in and up (other sites use them) lead to ours.
  async redirects() {
    return [
      { source: "/signin", destination: "/login", permanent: true },
      { source: "/sign-in", destination: "/login", permanent: true },
      { source: "/register", destination: "/signup", permanent: true },
      { source: "/sign-up", destination: "/signup", permanent: true },
    ];
  },
  experimental: {
    // forbidden() → app/forbidden.tsx with a 403 status.
    authInterrupts: true,
  },
};

export default nextConfig;
