/**
 * Throw-away databases on the real PostgreSQL for data and end-to-end tests: one per run (or
 * per test file), named with the owner's PID so a crashed run's leftovers can be recognised
 * and dropped by the next run.
 */
import pg from "pg";
import { withDatabase } from "@/lib/db-url";
import { processIsAlive } from "./data-dir";
import { migrateDeploy } from "./migrate";

export function adminDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/test";
}

/** Runs `fn` with a client connected to `url`, closed afterwards whatever happens. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(adminDatabaseUrl(), fn);
}

/**
 * Drops test databases (`toile_e2e|test|tpl_<pid>_…`) whose process is gone. Benchmark
 * databases are left alone: `--keep` keeps them on purpose.
 */
export async function dropStaleTestDatabases(): Promise<void> {
  await admin(async (client) => {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname ~ '^toile_(e2e|test|tpl)_[0-9]+_'`);
    for (const { datname } of rows) {
      const pid = Number(datname.split("_")[2]);
      if (!processIsAlive(pid)) await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(datname)} WITH (FORCE)`);
    }
  });
}

export function testDatabaseName(kind: "e2e" | "test" | "tpl" | "bench"): string {
  return `toile_${kind}_${process.pid}_${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
}

export async function createDatabase(name: string, template?: string): Promise<string> {
  await admin((client) => client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}${template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : ""}`));
  return withDatabase(adminDatabaseUrl(), name);
}

export async function dropDatabase(name: string): Promise<void> {
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`));
}

/** A new database with every migration applied through `prisma migrate deploy` (named by `testDatabaseName` unless given). */
export async function createMigratedDatabase(kind: "e2e" | "tpl" | "bench", name = testDatabaseName(kind)): Promise<{ name: string; url: string }> {
  const url = await createDatabase(name);
  await migrateDeploy(url, { quiet: true });
  return { name, url };
}
