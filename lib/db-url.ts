import type { PoolConfig } from "pg";

/**
 * Splits a postgres:// URL into pg's separate connection fields. Used where a
 * `connectionString` would behave differently (see prisma.config.ts) and to derive sibling
 * databases (tests create one database per run on the same server).
 */
export function poolConfigFromUrl(url: string): PoolConfig {
  const u = new URL(url);
  if (u.protocol !== "postgres:" && u.protocol !== "postgresql:") {
    throw new Error(`DATABASE_URL must be a postgres:// URL, got ${u.protocol}`);
  }
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(u.hostname) || "localhost",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || undefined,
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
  };
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}
