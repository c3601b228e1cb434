/**
 * The embedded database: one process owns a PGlite data folder and serves it as a PostgreSQL
 * server on localhost. The app, the Prisma CLI, the seed and scripts all connect to it through
 * `pg`, exactly as they connect to a real PostgreSQL (decision 001).
 *
 * PGlite has no lock of its own: a second process opening the same folder reads stale data and
 * can corrupt it. So we guard the folder with a lock file holding our PID; a second owner fails
 * with a clear message, and a lock left by a dead process is taken over.
 */
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { processIsAlive } from "./data-dir";

export interface EmbeddedDatabase {
  url: string;
  port: number;
  close(): Promise<void>;
}

export class DataFolderInUseError extends Error {}

/** Takes the lock or throws DataFolderInUseError; returns the function that releases it. */
export function lockDataFolder(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      return () => {
        try {
          if (fs.readFileSync(lockPath, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
      if (Number.isInteger(holder) && (holder === process.pid || processIsAlive(holder))) {
        throw new DataFolderInUseError(
          `The embedded database in ${dataDir} is already in use by process ${holder} (another \`npm start\`?).\n` +
            `Stop that process first, or point TOILE_DATA_DIR at another folder. ` +
            `Two processes must never open the same PGlite folder: it would corrupt it.`,
        );
      }
      // The holder died without cleaning up (kill -9, power loss): the lock is stale.
      fs.unlinkSync(lockPath);
    }
  }
  throw new DataFolderInUseError(`Could not lock ${dataDir}: the lock file keeps reappearing.`);
}

/**
 * The socket server feeds PGlite one protocol message at a time, from whichever connection is
 * next in its queue, and keeps one connection's messages together only while PGlite says a
 * transaction is open. A query with values is several messages (Parse, Bind, Describe, Execute,
 * Sync): between two of them another connection's could run, and, on the one session they all
 * share, replace the unnamed statement the first is about to bind ("invalid input syntax for type
 * bigint" for a timestamp, or another query's rows). So the server sees a connection's exchange as
 * open from its first extended-protocol message until its Sync (or a simple Query), which makes
 * its queue wait for that connection's next message, as it does within a transaction.
 */
const CLOSING_MESSAGES = new Set(["S", "Q", "X"]);
const EXTENDED_MESSAGES = new Set(["P", "B", "D", "E", "C", "H"]);

function oneExchangeAtATime(db: PGlite): PGlite {
  let exchangeOpen = false;
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === "isInTransaction") return () => exchangeOpen || target.isInTransaction();
      if (property === "execProtocolRawStream") {
        return async (message: Uint8Array, options: Parameters<PGlite["execProtocolRawStream"]>[1]) => {
          const type = String.fromCharCode(message[0] ?? 0);
          try {
            return await target.execProtocolRawStream(message, options);
          } finally {
            if (CLOSING_MESSAGES.has(type)) exchangeOpen = false;
            else if (EXTENDED_MESSAGES.has(type)) exchangeOpen = true;
          }
        };
      }
      if (property === "exec") {
        // The server's ROLLBACK for a connection gone mid-exchange ends that exchange too.
        return async (...args: Parameters<PGlite["exec"]>) => {
          exchangeOpen = false;
          return target.exec(...args);
        };
      }
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export async function startEmbeddedDatabase(options: { dataDir: string; port?: number; host?: string }): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  // PGlite does not create parent folders.
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const unlock = lockDataFolder(dataDir);
  let pglite: PGlite | undefined;
  try {
    pglite = await PGlite.create({
      dataDir,
      // Without this, an on-disk PGlite keeps a startup-progress timer alive forever.
      startParams: [...PGlite.defaultStartParams, "-c", "log_startup_progress_interval=0"],
    });
    const host = options.host ?? "127.0.0.1";
    // Several connections share one PGlite session; the socket server serialises each
    // transaction (see docs/stack-notes.md), which is what a pool needs.
    const server = new PGLiteSocketServer({ db: oneExchangeAtATime(pglite), host, port: options.port ?? 0, maxConnections: 100 });
    await server.start();
    const port = Number(server.getServerConn().split(":").pop());
    const db = pglite;
    let closed = false;
    return {
      port,
      url: `postgresql://postgres@${host}:${port}/postgres?sslmode=disable`,
      async close() {
        if (closed) return;
        closed = true;
        try {
          await server.stop();
          await db.close();
        } finally {
          // Even when closing fails (a client was cut off mid-query), the folder is free again.
          unlock();
        }
      },
    };
  } catch (error) {
    await pglite?.close().catch(() => undefined);
    unlock();
    throw error;
  }
}
