/**
 * Sending a job from a request: the one place pages ask the background workers for work. A leaf
 * module (no domain imports), so a feature may call it without importing the job registry, which
 * imports the features.
 */
import PgBoss from "pg-boss";
import { env } from "@/lib/env";

/** The job that recomputes groups' health (lib/jobs/registry.ts): every minute, or for one group on request. */
export const HEALTH_RECOMPUTE_JOB = "health-recompute-active";

/** What a request for one group's recompute carries; the every-minute run carries nothing. */
export interface HealthRecomputeRequest {
  groupId: string;
}

/**
 * Requests for one group within this many seconds are one job: pg-boss's throttle (a unique
 * index on name, key and time slot), so any number of views, on any number of instances, of a
 * stale dashboard send it once per slot. A minute: the every-minute run's own pace.
 */
export const RECOMPUTE_REQUEST_SLOT_SECONDS = 60;

const globalForQueue = globalThis as unknown as { toileJobSender?: Promise<PgBoss>; toileBoss?: Promise<PgBoss> };

/**
 * The pg-boss instance to send with: this process's workers when it runs them (lib/jobs/boss.ts),
 * otherwise (TOILE_JOBS=0, a web-only replica; scripts; tests) a send-only one that neither
 * works, schedules nor maintains: the instances that run workers do.
 */
function sender(): Promise<PgBoss> {
  if (globalForQueue.toileBoss) return globalForQueue.toileBoss;
  globalForQueue.toileJobSender ??= (async () => {
    const boss = new PgBoss({ connectionString: env().DATABASE_URL, schema: "pgboss", migrate: false, supervise: false, schedule: false, max: 2 });
    boss.on("error", (error) => console.error("[jobs]", error));
    await boss.start();
    // Idempotent; the queue exists already wherever workers ever started.
    await boss.createQueue(HEALTH_RECOMPUTE_JOB);
    return boss;
  })().catch((error: unknown) => {
    globalForQueue.toileJobSender = undefined;
    throw error;
  });
  return globalForQueue.toileJobSender;
}

/**
 * Asks the workers to recompute one group's health soon. Returns the job's id, or null when a
 * request for the group was already sent in this slot (`RECOMPUTE_REQUEST_SLOT_SECONDS`).
 */
export async function requestHealthRecompute(groupId: string): Promise<string | null> {
  const boss = await sender();
  const data: HealthRecomputeRequest = { groupId };
  return boss.sendThrottled(HEALTH_RECOMPUTE_JOB, data, {}, RECOMPUTE_REQUEST_SLOT_SECONDS, `group:${groupId}`);
}

/** Stops the send-only instance, if one was started: before its database goes away (tests, scripts). */
export async function stopJobSender(): Promise<void> {
  const starting = globalForQueue.toileJobSender;
  globalForQueue.toileJobSender = undefined;
  if (starting) await (await starting).stop({ graceful: false, wait: true });
}
