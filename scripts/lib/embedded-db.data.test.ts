import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
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
});
