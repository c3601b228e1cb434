import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrationNames, pendingMigrations } from "./migrate";
import { clearSeedMarker, emptyDatabase, seedStarted, seedWasInterrupted } from "./seed-state";
import { withClient } from "./test-db";

/** `npm start`'s guard against a half-seeded demo (scripts/start.ts). */
describe("an interrupted demo seeding", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "toile-seed-state-"));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("is remembered until the seeding finishes, for the database it was seeding only", () => {
    expect(seedWasInterrupted(dataDir, "embedded")).toBe(false);
    const seeding = seedStarted(dataDir, "embedded");
    // Cut short here: the next start finds the marker.
    expect(seedWasInterrupted(dataDir, "embedded")).toBe(true);
    expect(seedWasInterrupted(dataDir, { url: "postgresql://elsewhere/db" })).toBe(false);
    seeding.finished();
    expect(seedWasInterrupted(dataDir, "embedded")).toBe(false);

    seedStarted(dataDir, { url: "postgresql://db.example/toile" });
    expect(seedWasInterrupted(dataDir, { url: "postgresql://db.example/toile" })).toBe(true);
    expect(seedWasInterrupted(dataDir, "embedded")).toBe(false);
    clearSeedMarker(dataDir);
    expect(seedWasInterrupted(dataDir, { url: "postgresql://db.example/toile" })).toBe(false);
  });

  it("leaves a database that migrations and the seed start again from nothing", async () => {
    const url = process.env.DATABASE_URL!;
    await withClient(url, (client) =>
      client.query(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES ('half-seeded', 'half@toile.test', 'Half', 'x')`),
    );
    expect(await pendingMigrations(url)).toEqual([]);

    await emptyDatabase(url);

    const left = await withClient(url, async (client) => {
      const tables = await client.query(`SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema IN ('public', 'pgboss')`);
      const functions = await client.query(`SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace`);
      const schemas = await client.query(`SELECT nspname FROM pg_namespace WHERE nspname IN ('public', 'pgboss') ORDER BY nspname`);
      return { tables: tables.rows, functions: functions.rows, schemas: schemas.rows.map((row) => row.nspname) };
    });
    expect(left).toEqual({ tables: [], functions: [], schemas: ["public"] });
    expect(await pendingMigrations(url)).toEqual(migrationNames());
  });
});
