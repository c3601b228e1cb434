/**
 * Recomputing health: one group after activity, every group daily, and the snapshot backfill
 * that gives a new installation 90 days of trend from its first day and fills the days the jobs
 * missed. Used by the background jobs (lib/jobs) and by `npm run health:recompute`.
 */
import { db as defaultDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { gatherEvidence } from "./advice";
import { computeGroupHealth } from "./compute";
import { loadGroupActivities, loadGroupStaff } from "./load-activity";
import { reviewGroup } from "./recommendations";
import { saveCurrentReports, saveSnapshots, storedReviewIsCurrent, utcDay, type CurrentReview } from "./snapshots";
import type { HealthReport } from "./types";

const DAY_MS = 24 * 3600 * 1000;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Groups loaded per batch in a full recompute: few round trips, bounded memory. */
export const RECOMPUTE_BATCH = 100;

export async function recomputeGroups(groupIds: string[], now: Date = new Date(), db: Db = defaultDb): Promise<number> {
  let done = 0;
  for (let i = 0; i < groupIds.length; i += RECOMPUTE_BATCH) {
    const batch = groupIds.slice(i, i + RECOMPUTE_BATCH);
    const [activities, staff] = await Promise.all([loadGroupActivities(batch, now, {}, db), loadGroupStaff(batch, db)]);
    const reviews: CurrentReview[] = [];
    for (const activity of activities.values()) {
      // The report and the evidence its dashboard's advice is built from, from one classification.
      const review = reviewGroup(activity, now);
      reviews.push({ report: review.report, evidence: gatherEvidence(activity, now, review, staff.get(activity.groupId) ?? []) });
      // Jobs share the web server's event loop: let waiting requests through between groups,
      // so a daily recompute of every group never holds a page for more than one computation.
      await yieldToEventLoop();
    }
    await saveCurrentReports(reviews, db);
    done += reviews.length;
  }
  return done;
}

/**
 * A dashboard's request for a newer review (lib/jobs): recomputes the group unless its stored
 * review became current meanwhile (the every-minute run, or an earlier request, got there first).
 * Whether it recomputed.
 */
export async function recomputeIfNotCurrent(groupId: string, now: Date = new Date(), db: Db = defaultDb): Promise<boolean> {
  const stored = await db.groupHealth.findUnique({ where: { groupId }, select: { computedAt: true, dirtySince: true, evidence: true } });
  if (stored?.evidence && storedReviewIsCurrent(stored, now)) return false;
  return (await recomputeGroups([groupId], now, db)) > 0;
}

export async function recomputeAllGroups(now: Date = new Date(), db: Db = defaultDb, onProgress?: (done: number, total: number) => void): Promise<number> {
  const groups = await db.group.findMany({ select: { id: true }, orderBy: { id: "asc" } });
  const ids = groups.map((group) => group.id);
  let done = 0;
  for (let i = 0; i < ids.length; i += RECOMPUTE_BATCH) {
    done += await recomputeGroups(ids.slice(i, i + RECOMPUTE_BATCH), now, db);
    onProgress?.(done, ids.length);
  }
  return done;
}

/** Days of daily snapshots kept: the trend chart's 90 (the 30-day baseline is among them). */
export const SNAPSHOT_DAYS = 90;

export interface BackfillOptions {
  /** How many days, ending with `now`'s, may be filled (default 90). */
  days?: number;
  /** Whether today's snapshot is filled too (default true); the daily run leaves it to the recompute that follows. */
  today?: boolean;
}

function backfillRange(now: Date, options: BackfillOptions): { from: Date; to: Date } {
  const days = options.days ?? SNAPSHOT_DAYS;
  return { from: utcDay(new Date(now.getTime() - (days - 1) * DAY_MS)), to: utcDay(new Date(now.getTime() - (options.today === false ? DAY_MS : 0))) };
}

/**
 * Fills the missing daily snapshots of these groups (`BackfillOptions`: the last 90 days by
 * default), computing each day as of the same time of day as `now`. One load per batch of groups
 * serves every day (the engine ignores what happened after the `now` it is given; the loader
 * reads as many extra days of history as the oldest missing day needs).
 *
 * Only days from a group's creation (its UTC day) on are filled: a score for a day the group
 * did not exist would be a "Dormant 0" that the 30-day change, the drivers and the chart would
 * then compare against. Snapshots of such days left by an earlier backfill are removed.
 */
export async function backfillSnapshotsOf(groupIds: string[], now: Date = new Date(), options: BackfillOptions = {}, db: Db = defaultDb): Promise<number> {
  const range = backfillRange(now, options);
  let filled = 0;
  for (let i = 0; i < groupIds.length; i += RECOMPUTE_BATCH) filled += await backfillBatch(groupIds.slice(i, i + RECOMPUTE_BATCH), now, range, db);
  return filled;
}

/** `backfillSnapshotsOf` for one group (the demo seed, tests): the last `days` days, today included. */
export async function backfillSnapshots(groupId: string, now: Date = new Date(), days = SNAPSHOT_DAYS, db: Db = defaultDb): Promise<number> {
  return backfillSnapshotsOf([groupId], now, { days }, db);
}

async function backfillBatch(groupIds: string[], now: Date, { from, to }: { from: Date; to: Date }, db: Db): Promise<number> {
  if (groupIds.length === 0) return 0;
  await db.$executeRaw`
    DELETE FROM "HealthSnapshot" s USING "Group" g
    WHERE g.id = s."groupId" AND s."groupId" IN (${Prisma.join(groupIds)}) AND s.day < g."createdAt"::date`;
  const [groups, existing] = await Promise.all([
    db.group.findMany({ where: { id: { in: groupIds } }, select: { id: true, createdAt: true } }),
    db.healthSnapshot.findMany({ where: { groupId: { in: groupIds }, day: { gte: from, lte: to } }, select: { groupId: true, day: true } }),
  ]);
  const have = new Set(existing.map((row) => `${row.groupId}|${row.day.getTime()}`));
  const timeOfDay = now.getTime() % DAY_MS;
  // The moments to compute, per group: each missing day at `now`'s time of day, but on the
  // creation day itself not before the group existed, and today not after `now`.
  const missing = new Map<string, Date[]>();
  for (const group of groups) {
    if (group.createdAt > now) continue;
    const moments: Date[] = [];
    for (let day = Math.max(from.getTime(), utcDay(group.createdAt).getTime()); day <= to.getTime(); day += DAY_MS) {
      if (!have.has(`${group.id}|${day}`)) moments.push(new Date(Math.min(Math.max(day + timeOfDay, group.createdAt.getTime()), now.getTime())));
    }
    if (moments.length > 0) missing.set(group.id, moments);
  }
  if (missing.size === 0) return 0;

  const ids = [...missing.keys()];
  const earliest = Math.min(...[...missing.values()].map((moments) => moments[0]!.getTime()));
  const [activities, memberships] = await Promise.all([
    loadGroupActivities(ids, now, { extraHistoryDays: Math.ceil((now.getTime() - earliest) / DAY_MS) }, db),
    db.membership.findMany({ where: { groupId: { in: ids }, status: "active" }, select: { groupId: true, userId: true, joinedAt: true } }),
  ]);
  const members = new Map<string, { userId: string; joinedAt: Date }[]>();
  for (const row of memberships) {
    const list = members.get(row.groupId);
    if (list) list.push(row);
    else members.set(row.groupId, [row]);
  }

  let pending: HealthReport[] = [];
  let filled = 0;
  for (const [groupId, moments] of missing) {
    const activity = activities.get(groupId);
    if (!activity) continue;
    for (const at of moments) {
      // Members who joined after that moment were not members yet.
      const memberIds = (members.get(groupId) ?? []).filter((member) => member.joinedAt <= at).map((member) => member.userId);
      pending.push(computeGroupHealth({ ...activity, memberIds }, at));
      await yieldToEventLoop();
    }
    if (pending.length >= RECOMPUTE_BATCH) {
      await saveSnapshots(pending, db);
      filled += pending.length;
      pending = [];
    }
  }
  await saveSnapshots(pending, db);
  return filled + pending.length;
}

/**
 * Fills the daily snapshots missing anywhere on the site (`BackfillOptions`): days the jobs did
 * not run (downtime), and the history of a new installation. One query finds the groups with a
 * gap, so a day without one costs the daily run a single read.
 */
export async function fillMissingSnapshots(now: Date = new Date(), options: BackfillOptions = {}, db: Db = defaultDb): Promise<number> {
  const { from, to } = backfillRange(now, options);
  const gaps = await db.$queryRaw<{ id: string }[]>`
    SELECT g.id FROM "Group" g
    CROSS JOIN LATERAL (SELECT GREATEST(${from}::date, g."createdAt"::date) AS first) f
    WHERE f.first <= ${to}::date
      AND (SELECT COUNT(*) FROM "HealthSnapshot" s WHERE s."groupId" = g.id AND s.day >= f.first AND s.day <= ${to}::date) < ${to}::date - f.first + 1
    ORDER BY g.id`;
  return backfillSnapshotsOf(gaps.map((row) => row.id), now, options, db);
}

/**
 * The daily run (the daily job and `npm run health:recompute`): fills the snapshots missing over
 * the last 90 days before today, then recomputes every group as of `now`, which writes today's.
 * Filling first gives today's 30-day change the baseline a day of downtime took away.
 */
export async function dailyRecompute(now: Date = new Date(), db: Db = defaultDb, onProgress?: (done: number, total: number) => void): Promise<{ filled: number; recomputed: number }> {
  const filled = await fillMissingSnapshots(now, { today: false }, db);
  const recomputed = await recomputeAllGroups(now, db, onProgress);
  return { filled, recomputed };
}
