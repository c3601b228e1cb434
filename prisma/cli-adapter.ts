/**
 * The driver adapter the Prisma CLI (migrate, studio) uses, with two workarounds for
 * @prisma/adapter-pg 6.19 that only the CLI needs. The app never imports this file.
 *
 * 1. prisma/orm#27403: the WebAssembly schema engine's catalog queries return columns of type
 *    `name` (OID 19) and `"char"` (OID 18), which the adapter cannot map ("Column type 'name'
 *    could not be deserialized"). Both arrive as plain strings in pg's text protocol, so
 *    reporting them as `text` is lossless. Patched in this process only.
 * 2. `migrate dev`'s shadow database is dropped while the adapter's pool still holds a
 *    connection ("database … is being accessed by other users"). We create it ourselves and
 *    drop it WITH (FORCE) after the pool is closed.
 *
 * 3. The WebAssembly schema engine arms a 10 s timer (its lock timeout) and never clears it,
 *    so every `migrate deploy` idled 10 s after finishing. Long timers in this process are
 *    unref'd: they still fire if work is pending (open sockets keep the process alive), but
 *    no longer hold an otherwise finished CLI open.
 *
 * 4. The adapter's `executeScript` splits a migration on every ";" — inside comments, strings and
 *    `$$` function bodies too — and runs the pieces one by one. We send each migration as one
 *    multi-statement query instead: PostgreSQL parses it properly and runs it in one implicit
 *    transaction, so a failing migration leaves nothing half-applied. (The price: a migration
 *    cannot hold statements that refuse to run in a transaction, like CREATE INDEX
 *    CONCURRENTLY; split such a migration in two.)
 *
 * Remove each workaround when Prisma fixes it upstream.
 */
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

type FieldDescription = { dataTypeID: number };
const resultProto = pg.Result.prototype as unknown as {
  addFields(fields: FieldDescription[]): void;
  __toilePatched?: boolean;
};
if (!resultProto.__toilePatched) {
  const addFields = resultProto.addFields;
  resultProto.addFields = function (this: unknown, fields: FieldDescription[]) {
    for (const field of fields) {
      if (field.dataTypeID === NAME_OID || field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
    return addFields.call(this, fields);
  };
  resultProto.__toilePatched = true;
}

const LONG_TIMER_MS = 5_000;
const globalTimers = globalThis as unknown as { __toileTimersPatched?: boolean };
if (!globalTimers.__toileTimersPatched) {
  const setTimeoutOriginal = globalThis.setTimeout;
  globalThis.setTimeout = ((handler: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
    const timer = setTimeoutOriginal(handler, delay, ...args);
    if ((delay ?? 0) >= LONG_TIMER_MS) timer.unref();
    return timer;
  }) as typeof setTimeout;
  globalTimers.__toileTimersPatched = true;
}

async function adminQuery(config: pg.PoolConfig, sql: string): Promise<void> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;

/** See workaround 4. */
function executeScriptsWhole(adapter: Adapter): Adapter {
  const onError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      onError(error);
    }
  };
  return adapter;
}

class CliPrismaPg extends PrismaPg {
  constructor(private readonly cliConfig: pg.PoolConfig) {
    super(cliConfig);
  }

  override async connect() {
    return executeScriptsWhole(await super.connect());
  }

  override async connectToShadowDb() {
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    const quoted = pg.escapeIdentifier(database);
    await adminQuery(this.cliConfig, `CREATE DATABASE ${quoted}`);
    const adapter = executeScriptsWhole(await new PrismaPg({ ...this.cliConfig, database }).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await adminQuery(this.cliConfig, `DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    };
    return adapter;
  }
}

/**
 * `config` must hold separate host/port/user/database fields, not a connectionString: with a
 * connection string, adapter-pg ignores the shadow database and `migrate dev` replays
 * migrations into the main database.
 *
 * The CLI never disposes the adapter, so its process only exits once the pool is empty:
 * allowExitOnIdle lets it, and a short idle timeout empties the pool right after the last
 * query instead of after pg's default 10 s (which made every `migrate deploy` idle 10 s).
 */
export function createCliAdapter(config: pg.PoolConfig): PrismaPg {
  return new CliPrismaPg({ ...config, allowExitOnIdle: true, idleTimeoutMillis: 200 });
}
