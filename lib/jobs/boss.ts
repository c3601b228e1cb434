/**
 * Background jobs on pg-boss, a job queue kept in PostgreSQL. Every app instance runs a
 * worker; pg-boss hands each job to exactly one of them (row locks with SKIP LOCKED) and fires
 * each cron schedule once per slot across instances, so several instances never double the
 * work. Its tables come from our migrations (`migrate: false`): see
 * prisma/migrations/*_health.
 *
 * Started once per server process from instrumentation.ts; TOILE_JOBS=0 disables it (a
 * web-only replica).
 */
import PgBoss from "pg-boss";
import { env } from "@/lib/env";
import { JOBS } from "./registry";

const globalForJobs = globalThis as unknown as { toileBoss?: Promise<PgBoss> };

async function start(): Promise<PgBoss> {
  const { DATABASE_URL } = env();
  const boss = new PgBoss({ connectionString: DATABASE_URL, schema: "pgboss", migrate: false, max: 3 });
  boss.on("error", (error) => console.error("[jobs]", error));
  await boss.start();
  for (const job of JOBS) {
    await boss.createQueue(job.name);
    await boss.schedule(job.name, job.cron, {}, { tz: "UTC" });
    // One job at a time (pg-boss's default batch of one): a scheduled run, or a request with its data.
    await boss.work(job.name, async ([sent]) => {
      const started = Date.now();
      const summary = await job.run(new Date(), sent?.data);
      if (summary) console.log(`[jobs] ${job.name}: ${summary} (${Date.now() - started} ms)`);
    });
  }
  return boss;
}

export function startJobs(): Promise<PgBoss> {
  globalForJobs.toileBoss ??= start().catch((error: unknown) => {
    globalForJobs.toileBoss = undefined;
    throw error;
  });
  return globalForJobs.toileBoss;
}
