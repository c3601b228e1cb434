import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * The one Prisma client. It always talks to PostgreSQL through `pg` + @prisma/adapter-pg:
 * the embedded PGlite server and a real PostgreSQL are the same code path.
 *
 * Created lazily (on first use, not at import): `next build` imports route modules in several
 * workers and must not open connections. Cached on globalThis so dev hot reloads reuse it.
 */
const globalForDb = globalThis as unknown as { toilePrisma?: PrismaClient };

function createClient(): PrismaClient {
  const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
  const adapter = new PrismaPg({ connectionString: DATABASE_URL, max: DATABASE_POOL_SIZE });
  return new PrismaClient({ adapter });
}

export function getDb(): PrismaClient {
  globalForDb.toilePrisma ??= createClient();
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

export async function disconnectDb(): Promise<void> {
  if (globalForDb.toilePrisma) {
    await globalForDb.toilePrisma.$disconnect();
    globalForDb.toilePrisma = undefined;
  }
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
