/**
 * Every recurring job: a name, a cron schedule (UTC; pg-boss's finest slot is one minute) and
 * what it does. Each `run` is safe to repeat and returns a one-line summary (or null) for the log.
 * `data` is what a job sent on request carries (lib/jobs/queue.ts); the schedule sends `{}`.
 */
import { listGroupsDueForRecompute } from "@/lib/health/snapshots";
import { dailyRecompute, recomputeGroups, recomputeIfNotCurrent } from "@/lib/health/recompute";
import { sendMeetupReminders } from "@/lib/meetups/mutations";
import { HEALTH_RECOMPUTE_JOB, type HealthRecomputeRequest } from "./queue";

export interface RecurringJob {
  name: string;
  cron: string;
  run(now: Date, data?: unknown): Promise<string | null>;
}

function isRecomputeRequest(data: unknown): data is HealthRecomputeRequest {
  return typeof data === "object" && data !== null && typeof (data as { groupId?: unknown }).groupId === "string";
}

/** A group's health is recomputed at most this often after activity. */
export const HEALTH_RECOMPUTE_INTERVAL_MS = 5 * 60 * 1000;

export const JOBS: RecurringJob[] = [
  {
    // Groups with recent activity (or never scored), at most every 5 minutes each; or one group
    // whose dashboard was viewed with a review that is not current (lib/health/data.ts).
    name: HEALTH_RECOMPUTE_JOB,
    cron: "* * * * *",
    async run(now, data) {
      if (isRecomputeRequest(data)) return (await recomputeIfNotCurrent(data.groupId, now)) ? `group ${data.groupId} recomputed on request` : null;
      const due = await listGroupsDueForRecompute(now, HEALTH_RECOMPUTE_INTERVAL_MS, 500);
      if (due.length === 0) return null;
      return `${await recomputeGroups(due, now)} group(s) recomputed`;
    },
  },
  {
    // Every group once a day, so each has a daily snapshot for its trend even when quiet; and
    // the snapshots of days the jobs did not run (downtime), so no trend or 30-day change has a hole.
    name: "health-recompute-daily",
    cron: "5 0 * * *",
    async run(now) {
      const { filled, recomputed } = await dailyRecompute(now);
      return `${recomputed} group(s) recomputed, ${filled} missing daily snapshot(s) filled`;
    },
  },
  {
    // Meetups starting within 24 hours: one reminder to each person going, late answers included (lib/meetups).
    name: "meetup-reminders",
    cron: "*/5 * * * *",
    async run(now) {
      const sent = await sendMeetupReminders(now);
      return sent.meetups === 0 ? null : `${sent.notifications} reminder(s) for ${sent.meetups} meetup(s)`;
    },
  },
];
