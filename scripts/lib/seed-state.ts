/**
 * `npm start` seeds an empty database with the demo data: several minutes of inserts that are
 * not one transaction. A marker file in the data folder, written before and removed after,
 * tells the next start that a seeding was cut short (Ctrl-C, a crash), so it does not take a
 * half demo for a finished one: the embedded database, which `npm start` owns, is emptied and
 * seeded again; a database given by DATABASE_URL is left alone, with instructions.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/** Which database a marker is about: "embedded", or the DATABASE_URL it was seeding. */
export type SeedTarget = "embedded" | { url: string };

function markerFile(dataDir: string): string {
  return path.join(dataDir, "seed-in-progress");
}

function targetKey(target: SeedTarget): string {
  return target === "embedded" ? "embedded" : target.url;
}

/** Records that seeding `target` began; `finished` removes the record once it is complete. */
export function seedStarted(dataDir: string, target: SeedTarget): { finished: () => void } {
  const file = markerFile(dataDir);
  fs.writeFileSync(file, targetKey(target));
  return { finished: () => fs.rmSync(file, { force: true }) };
}

/** Whether the last seeding of `target` from this data folder was cut short. */
export function seedWasInterrupted(dataDir: string, target: SeedTarget): boolean {
  const file = markerFile(dataDir);
  return fs.existsSync(file) && fs.readFileSync(file, "utf8").trim() === targetKey(target);
}

/** Forgets an interrupted seeding (after emptying the database it left). */
export function clearSeedMarker(dataDir: string): void {
  fs.rmSync(markerFile(dataDir), { force: true });
}

/**
 * Empties a database the way a fresh one is: every table, function and job of Toile's schemas
 * gone, so `prisma migrate deploy` and the seed start from nothing.
 */
export async function emptyDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("DROP SCHEMA IF EXISTS pgboss CASCADE");
    await client.query("DROP SCHEMA public CASCADE");
    await client.query("CREATE SCHEMA public");
  } finally {
    await client.end();
  }
}
