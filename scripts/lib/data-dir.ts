/**
 * Where `npm start` keeps its data (TOILE_DATA_DIR, default `.data/`: the embedded database, the
 * session secret), and how other commands find the embedded database it is serving. Light on
 * purpose: the Prisma CLI's config reads it too.
 */
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./run";

export const DATA_DIR = path.resolve(ROOT, process.env.TOILE_DATA_DIR || ".data");
/** The embedded database's folder (PGlite), its lock `<folder>.lock` beside it. */
export const PGLITE_DIR = path.join(DATA_DIR, "pglite");

/** Whether a process with this PID exists (EPERM: it does, but belongs to someone else). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * While `npm start` serves the embedded database, its address is kept beside the folder's lock
 * (`<folder>.url`), so the maintenance scripts (`npm run admin`, `health:recompute`,
 * `posts:backfill`) and the Prisma CLI reach the running database without a DATABASE_URL.
 * Returns the function that removes it.
 */
export function recordServingUrl(dataDir: string, url: string): () => void {
  const file = `${path.resolve(dataDir)}.url`;
  fs.writeFileSync(file, url, { mode: 0o600 });
  return () => fs.rmSync(file, { force: true });
}

/** The address the embedded database in `dataDir` is served on now, or null when nothing serves it. */
export function servingUrl(dataDir = PGLITE_DIR): string | null {
  const folder = path.resolve(dataDir);
  try {
    const holder = Number.parseInt(fs.readFileSync(`${folder}.lock`, "utf8"), 10);
    if (!Number.isInteger(holder) || !processIsAlive(holder)) return null;
    return fs.readFileSync(`${folder}.url`, "utf8").trim() || null;
  } catch {
    return null;
  }
}

/** What to say when a command finds neither DATABASE_URL nor a running embedded database. */
export const NO_DATABASE =
  "No database to work on: set DATABASE_URL to a PostgreSQL server's address, or start the app with `npm start` (its embedded database) and run this again while it runs.";
