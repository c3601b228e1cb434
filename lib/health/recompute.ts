/**
 * Recomputing health: one group after activity, every group daily, and the snapshot backfill
 * that gives a new installation 90 days of trend from its first day. Used by the background
 * jobs (lib/jobs) and by `npm run health:recompute`.
 */
import { db as defaultDb, type Db } from "@/lib/db";
import { gatherEvidence } from "./advice";
import { computeGroupHealth } from "./compute";
import { loadGroupActivities, loadGroupStaff } from "./load-activity";
import { reviewGroup } from "./recommendations";
import { missingSnapshotDays, saveCurrentReports, saveSnapshot, utcDay, type CurrentReview } from "./snapshots";

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
    await saveCurrentReports(reviews, now, db);
    done += reviews.length;
  }
  return done;
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

/**
 * Fills the missing daily snapshots of the last `days` days, computing each day as of the same
 * time of day as `now`. One load per group serves every day (the engine ignores what happened
 * after the `now` it is given; the loader reads `days` extra days of history).
 *
 * Only days from the group's creation (its UTC day) on are filled: a score for a day the group
 * did not exist would be a "Dormant 0" that the 30-day change, the drivers and the chart would
 * then compare against. Snapshots of such days left by an earlier backfill are removed.
 */
export async function backfillSnapshots(groupId: string, now: Date = new Date(), days = 90, db: Db = defaultDb): Promise<number> {
  const group = await db.group.findUnique({ where: { id: groupId }, select: { createdAt: true } });
  if (!group) return 0;
  const createdDay = utcDay(group.createdAt);
  await db.healthSnapshot.deleteMany({ where: { groupId, day: { lt: createdDay } } });
  const from = new Date(Math.max(now.getTime() - (days - 1) * DAY_MS, createdDay.getTime()));
  if (from.getTime() > now.getTime()) return 0;
  const missing = await missingSnapshotDays(groupId, from, now, db);
  if (missing.length === 0) return 0;
  const [activity, members] = await Promise.all([
    loadGroupActivities([groupId], now, { extraHistoryDays: days }, db).then((map) => map.get(groupId)),
    db.membership.findMany({ where: { groupId, status: "active" }, select: { userId: true, joinedAt: true } }),
  ]);
  if (!activity) return 0;
  const timeOfDay = now.getTime() % DAY_MS;
  for (const day of missing) {
    // On the creation day itself, score the group as of its creation at the earliest.
    const at = new Date(Math.min(Math.max(day.getTime() + timeOfDay, group.createdAt.getTime()), now.getTime()));
    // Members who joined after that day were not members yet.
    const memberIds = members.filter((member) => member.joinedAt <= at).map((member) => member.userId);
    await saveSnapshot(computeGroupHealth({ ...activity, memberIds }, at), db);
  }
  return missing.length;
}
