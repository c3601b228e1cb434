import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * The one Prisma client. It always talks to PostgreSQL through `pg` + @prisma/adapter-pg:
 * the embedded PGlite server and a real PostgreSQL are the same code path.
 *
 * Created lazily (on first use, not at import): `next build` imports route modules in several
 * workers and must not open connections. Cached on globalThis so dev hot reloads reuse it.
 */
const globalForDb = globalThis as unknown as { toilePrisma?: PrismaClient; toilePools?: WeakMap<PrismaClient, pg.Pool> };

/**
 * The pg pool behind each client: the same connections serve Prisma and the raw hot paths.
 * On globalThis like the client, because Next may load this module in several bundles.
 */
const pools = (globalForDb.toilePools ??= new WeakMap<PrismaClient, pg.Pool>());

export function createPrismaClient(connectionString: string, max: number): PrismaClient {
  const pool = new pg.Pool({ connectionString, max });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

export function getDb(): PrismaClient {
  if (!globalForDb.toilePrisma) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
    globalForDb.toilePrisma = createPrismaClient(DATABASE_URL, DATABASE_POOL_SIZE);
  }
  return globalForDb.toilePrisma;
}

/** `db.user.findMany(...)` etc.: resolves the lazy client on first property access. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = getDb();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/**
 * The pg pool behind a client, for the rare read of many thousands of rows where Prisma's
 * per-row mapping dominates (the health loader). Everything else goes through Prisma.
 */
export function poolOf(client: PrismaClient): pg.Pool {
  const pool = pools.get(client === db ? getDb() : client);
  if (!pool) throw new Error("This Prisma client was not created by createPrismaClient()");
  return pool;
}

export async function disconnectDb(): Promise<void> {
  if (globalForDb.toilePrisma) {
    await globalForDb.toilePrisma.$disconnect();
    globalForDb.toilePrisma = undefined;
  }
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
