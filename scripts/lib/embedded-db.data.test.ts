import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { recordServingUrl, servingUrl } from "./data-dir";
import { DataFolderInUseError, lockDataFolder, startEmbeddedDatabase } from "./embedded-db";

/** The embedded database's guard: one owner per data folder, and stale locks taken over. */
describe("embedded database", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "toile-embedded-test-"));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it("refuses a folder locked by a live process, with a clear message", () => {
    const dir = path.join(root, "live");
    // The parent of this test worker is alive for the whole run.
    fs.writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => lockDataFolder(dir)).toThrow(DataFolderInUseError);
    expect(() => lockDataFolder(dir)).toThrow(new RegExp(`already in use by process ${process.ppid}`));
  });

  it("takes over a lock left by a dead process, and releases it", () => {
    const dir = path.join(root, "stale");
    fs.writeFileSync(`${dir}.lock`, "2147483646");
    const release = lockDataFolder(dir);
    expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });

  it("tells other commands the address it is served on, only while its owner lives", () => {
    const dir = path.join(root, "served");
    expect(servingUrl(dir)).toBeNull();
    const release = lockDataFolder(dir);
    const forget = recordServingUrl(dir, "postgresql://postgres@127.0.0.1:54321/postgres");
    expect(servingUrl(dir)).toBe("postgresql://postgres@127.0.0.1:54321/postgres");
    // A lock left by a dead owner (kill -9): its address is stale, not served.
    fs.writeFileSync(`${dir}.lock`, "2147483646");
    expect(servingUrl(dir)).toBeNull();
    fs.writeFileSync(`${dir}.lock`, String(process.pid));
    forget();
    release();
    expect(servingUrl(dir)).toBeNull();
  });

  it("serves PostgreSQL over the wire, refuses a second owner, and keeps data across restarts", async () => {
    const dataDir = path.join(root, "db", "pglite");
    const first = await startEmbeddedDatabase({ dataDir });
    try {
      await expect(startEmbeddedDatabase({ dataDir })).rejects.toThrow(DataFolderInUseError);
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query("CREATE TABLE kept (value text)");
      await client.query("INSERT INTO kept VALUES ('still here')");
      await client.end();
    } finally {
      await first.close();
    }
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
    const second = await startEmbeddedDatabase({ dataDir });
    try {
      const client = new pg.Client({ connectionString: second.url });
      await client.connect();
      expect((await client.query("SELECT value FROM kept")).rows).toEqual([{ value: "still here" }]);
      await client.end();
    } finally {
      await second.close();
    }
  }, 60_000);

  it("answers each of many connections' parameterised queries with its own result, and keeps their transactions apart", async () => {
    const embedded = await startEmbeddedDatabase({ dataDir: path.join(root, "concurrent", "pglite") });
    const pool = new pg.Pool({ connectionString: embedded.url, max: 10 });
    try {
      await pool.query("CREATE TABLE counter (id int PRIMARY KEY, value int NOT NULL)");
      await pool.query("INSERT INTO counter VALUES (1, 0)");
      // A query with values is several protocol messages (parse, bind, execute, sync): another
      // connection's must not come between them, or it runs with the wrong statement or values.
      const answers = await Promise.all(
        Array.from({ length: 300 }, async (_, i) => {
          // Different statements (as a page runs): bound to another's, a query would answer its words.
          const { rows } = await pool.query(`SELECT $1::int AS n, $2::text AS label, 'statement ${i}' AS statement`, [i, `query ${i}`]);
          return rows[0] as { n: number; label: string; statement: string };
        }),
      );
      answers.forEach((row, i) => expect(row).toEqual({ n: i, label: `query ${i}`, statement: `statement ${i}` }));
      // Transactions from several connections at once each see their own work through.
      await Promise.all(
        Array.from({ length: 30 }, async () => {
          const client = await pool.connect();
          try {
            await client.query("BEGIN");
            const { rows } = await client.query("SELECT value FROM counter WHERE id = $1", [1]);
            await client.query("UPDATE counter SET value = $1 WHERE id = $2", [(rows[0] as { value: number }).value + 1, 1]);
            await client.query("COMMIT");
          } finally {
            client.release();
          }
        }),
      );
      expect((await pool.query("SELECT value FROM counter")).rows).toEqual([{ value: 30 }]);
    } finally {
      await pool.end();
      await embedded.close();
    }
  }, 60_000);
});
