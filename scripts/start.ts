/**
 * `npm start`: everything a newcomer needs, with no configuration.
 *
 * 1. Without DATABASE_URL, starts the embedded PostgreSQL (PGlite served on localhost, its
 *    data in TOILE_DATA_DIR, default `.data/`); with it, uses that server.
 * 2. Applies pending migrations, seeds demo data when the database has no user (or else brings
 *    stored post features and HTML up to date: `npm run posts:backfill`), builds the app when
 *    its sources changed, and runs `next start` on PORT (default 3000).
 * 3. Ctrl-C (SIGINT) or SIGTERM, at any point, stops what is running (a migration, the seed, a
 *    build, Next), then the embedded database, cleanly. A seeding cut short is redone on the next
 *    start (scripts/lib/seed-state.ts).
 *
 * `npm run dev` (`--dev`) does the same with `next dev` instead of a production build.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import pg from "pg";
import { ensureBuilt } from "./lib/build";
import { DATA_DIR, PGLITE_DIR, recordServingUrl } from "./lib/data-dir";
import { DataFolderInUseError, startEmbeddedDatabase, type EmbeddedDatabase } from "./lib/embedded-db";
import { ensurePrismaClient, migrateIfPending } from "./lib/migrate";
import { ROOT, bin, run, stopRunning, waitForExit } from "./lib/run";
import { clearSeedMarker, emptyDatabase, seedStarted, seedWasInterrupted } from "./lib/seed-state";

const log = (message: string) => console.log(`[toile] ${message}`);

const dataDir = DATA_DIR;
const port = process.env.PORT || "3000";
const devMode = process.argv.includes("--dev");

/** Sessions need a stable secret: generated once and kept in the data folder. */
function sessionSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, "nextauth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  log(`generated a session secret in ${path.relative(ROOT, file)}`);
  return secret;
}

async function databaseIsEmpty(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ empty: boolean }>(`SELECT NOT EXISTS (SELECT 1 FROM "User") AS empty`);
    return result.rows[0]?.empty ?? true;
  } finally {
    await client.end();
  }
}

async function main(): Promise<number> {
  fs.mkdirSync(dataDir, { recursive: true });
  // Handled from the first moment: a Ctrl-C while the embedded database starts, or while a
  // migration, the seed or a build runs, stops that too and closes the database cleanly.
  let stopping: Promise<never> | undefined;
  let starting: Promise<EmbeddedDatabase> | undefined;
  let next: ReturnType<typeof spawn> | undefined;
  // One shutdown, whoever asks first (the signal, or the step that failed because of it); every
  // caller waits for it, so nothing exits while the database is still closing.
  const stop = (code: number): Promise<never> =>
    (stopping ??= (async () => {
      await stopRunning();
      if (next && next.exitCode === null) {
        next.kill("SIGTERM");
        await waitForExit(next);
      }
      const embedded = await starting?.catch(() => undefined);
      await embedded?.close().catch((error: unknown) => console.error(`[toile] closing the embedded database: ${(error as Error).message}`));
      process.exit(code);
    })());
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    try {
      starting = startEmbeddedDatabase({ dataDir: PGLITE_DIR });
      embedded = await starting;
      // For `npm run admin` and the other maintenance commands, while it serves.
      const forget = recordServingUrl(PGLITE_DIR, embedded.url);
      process.on("exit", forget);
    } catch (error) {
      if (error instanceof DataFolderInUseError) {
        console.error(`[toile] ${error.message}`);
        return 1;
      }
      throw error;
    }
    databaseUrl = embedded.url;
    log(`embedded PostgreSQL (PGlite) serving ${path.relative(ROOT, dataDir)}/pglite on port ${embedded.port}`);
  }
  const seedTarget = embedded ? "embedded" : { url: databaseUrl };

  try {
    const env = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: sessionSecret(),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
      // The embedded server serialises transactions: a small pool is plenty.
      DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE || (embedded ? "4" : "10"),
    };
    await ensurePrismaClient(databaseUrl);
    if (seedWasInterrupted(dataDir, seedTarget)) {
      if (!embedded) {
        console.error(
          "[toile] The demo data's seeding into this database was cut short last time, so it holds only part of it. " +
            `Empty it (\`npx prisma migrate reset\`) and start again, or delete ${path.relative(ROOT, dataDir)}/seed-in-progress to keep it as it is.`,
        );
        return stop(1);
      }
      log("the demo data's seeding was cut short last time: emptying the embedded database to seed it again…");
      await emptyDatabase(databaseUrl);
      clearSeedMarker(dataDir);
    }
    await migrateIfPending(databaseUrl, log);
    if (await databaseIsEmpty(databaseUrl)) {
      log("empty database: seeding demo data…");
      const seeding = seedStarted(dataDir, seedTarget);
      await run(bin("tsx"), ["prisma/seed.ts"], { env });
      seeding.finished();
    } else {
      // After an upgrade: post features a newer engine needs, and HTML an older markdown
      // pipeline rendered (RENDER_VERSION). Nothing to do reads as two quick queries.
      await run(bin("tsx"), ["scripts/posts-backfill.ts"], { env });
    }
    if (!devMode) await ensureBuilt(log);
    if (stopping) return stopping;
    log(`starting on http://localhost:${port}`);
    next = devMode
      ? spawn(bin("next"), ["dev", "-p", port], { cwd: ROOT, stdio: "inherit", env: { ...env, NODE_ENV: "development", NEXT_TELEMETRY_DISABLED: "1" } })
      : spawn(bin("next"), ["start", "-p", port], { cwd: ROOT, stdio: "inherit", env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
    return stop(await waitForExit(next));
  } catch (error) {
    // Interrupted (Ctrl-C stops the step that was running): the shutdown under way says how it ends.
    if (!stopping) console.error(`[toile] ${(error as Error).message}`);
    return stop(1);
  }
}

process.exitCode = await main();
