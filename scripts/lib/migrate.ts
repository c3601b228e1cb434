import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ROOT, bin, run } from "./run";

const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");

export function migrationNames(): string[] {
  return fs
    .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Migrations not yet applied. `prisma migrate deploy` idles ~10 s on an internal timer
 * before exiting (JS schema engine), so a start with nothing to apply skips it.
 */
export async function pendingMigrations(databaseUrl: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const exists = await client.query<{ exists: boolean }>(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists`);
    if (!exists.rows[0]?.exists) return migrationNames();
    const applied = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Set(applied.rows.map((row) => row.migration_name));
    return migrationNames().filter((name) => !done.has(name));
  } finally {
    await client.end();
  }
}

export async function migrateDeploy(databaseUrl: string, options: { quiet?: boolean } = {}): Promise<void> {
  await run(bin("prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: databaseUrl }, quiet: options.quiet });
}

export async function migrateIfPending(databaseUrl: string, log: (message: string) => void): Promise<void> {
  const pending = await pendingMigrations(databaseUrl);
  if (pending.length === 0) return;
  log(`applying ${pending.length} migration(s): ${pending.join(", ")}`);
  await migrateDeploy(databaseUrl, { quiet: true });
}

/** Generates the Prisma client when it is missing or older than the schema. */
export async function ensurePrismaClient(databaseUrl: string): Promise<void> {
  const generated = path.join(ROOT, "lib", "generated", "prisma", "client.ts");
  const schema = path.join(ROOT, "prisma", "schema.prisma");
  if (fs.existsSync(generated) && fs.statSync(generated).mtimeMs >= fs.statSync(schema).mtimeMs) return;
  await run(bin("prisma"), ["generate"], { env: { ...process.env, DATABASE_URL: databaseUrl } });
}
