/**
 * Recomputing against a real PostgreSQL: what a computation that overlaps activity or another
 * computation leaves behind (the dirty mark, the latest report, the day's snapshot), and the
 * daily run's filling of the snapshots a downtime left out, with the 30-day baseline they feed.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { replyToPost } from "@/lib/discussions/mutations";
import { JOBS } from "@/lib/jobs/registry";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { listHealthOverview, loadGroupHealthDashboard } from "./data";
import { backfillSnapshots, fillMissingSnapshots, recomputeGroups } from "./recompute";
import { overviewQuerySchema } from "./schema";
import { listGroupsDueForRecompute, utcDay } from "./snapshots";

const DAY = 24 * 3600_000;
const MINUTE = 60_000;
const health = (groupId: string) => db.groupHealth.findUniqueOrThrow({ where: { groupId } });

async function lively(ageDays = 100) {
  const [owner, member] = await Promise.all([makeUser(), makeUser()]);
  const group = await makeGroup(owner.id, { createdAt: new Date(Date.now() - ageDays * DAY) });
  await addMember(group.id, member.id);
  const thread = await makeThread(owner.id, group.id, "Soil", "A long enough question about soil for the whole group to consider.");
  return { group, owner, member, thread };
}

describe("a recompute overlapping activity or another recompute", () => {
  it("keeps the group due when activity was marked after the computation started", async () => {
    const { group, member, thread } = await lively();
    await recomputeGroups([group.id]);
    // Activity marks the group; a computation starts; more activity arrives while it runs.
    await replyToPost(member.id, { threadId: thread.threadId, parentId: thread.postId, body: "A first answer, long enough to qualify as a message." });
    const started = new Date();
    await replyToPost(member.id, { threadId: thread.threadId, parentId: thread.postId, body: "A second answer, written while the recompute was running." });
    await recomputeGroups([group.id], started);

    const after = await health(group.id);
    expect(after.computedAt).toEqual(started);
    expect(after.dirtySince).not.toBeNull();
    // Due again once the 5-minute floor has passed, and the next computation sees the second answer.
    expect(await listGroupsDueForRecompute(new Date(started.getTime() + 5 * MINUTE), 5 * MINUTE, 1000)).toContain(group.id);
    const next = new Date();
    await recomputeGroups([group.id], next);
    expect((await health(group.id)).dirtySince).toBeNull();
  });

  it("clears the mark when nothing was marked after the computation started", async () => {
    const { group, member, thread } = await lively();
    await recomputeGroups([group.id]);
    await replyToPost(member.id, { threadId: thread.threadId, parentId: thread.postId, body: "An answer, long enough to qualify as a message." });
    await recomputeGroups([group.id], new Date());
    expect((await health(group.id)).dirtySince).toBeNull();
  });

  it("never replaces a report, or the day's snapshot, with one computed as of an earlier moment", async () => {
    const { group } = await lively();
    const fresh = new Date();
    await recomputeGroups([group.id], fresh);
    const stored = await health(group.id);
    // The slow daily run, started a minute before (before the thread existed), saves after it.
    const older = new Date(fresh.getTime() - MINUTE);
    await recomputeGroups([group.id], older);

    const after = await health(group.id);
    expect(after.computedAt).toEqual(fresh);
    expect(after.overall).toBe(stored.overall);
    expect(after.report).toEqual(stored.report);
    const snapshot = await db.healthSnapshot.findUniqueOrThrow({ where: { groupId_day: { groupId: group.id, day: utcDay(fresh) } } });
    expect(snapshot.computedAt).toEqual(fresh);
    // A later computation still replaces both.
    const later = new Date(fresh.getTime() + MINUTE);
    await recomputeGroups([group.id], later);
    expect((await health(group.id)).computedAt).toEqual(later);
  });
});

describe("days without a snapshot (downtime)", () => {
  const monthAgoDay = (now: Date, shift = 0) => utcDay(new Date(now.getTime() - (30 + shift) * DAY));
  const dropDays = (groupId: string, days: Date[]) => db.healthSnapshot.deleteMany({ where: { groupId, day: { in: days } } });
  const declines = async (viewerId: string) =>
    (await listHealthOverview({ id: viewerId, isSiteAdmin: false }, overviewQuerySchema.parse({ view: "declines" }))).rows.map((row) => row.groupId);

  it("the 30-day change falls back to the nearest snapshot within two days, on the overview and the dashboard alike", async () => {
    const { group, owner } = await lively();
    const now = new Date();
    expect(await backfillSnapshots(group.id, now)).toBe(90);
    // 30 days ago the group looked healthier than it does now, so it is among the declines.
    const neighbour = monthAgoDay(now, 1);
    await db.$executeRaw`UPDATE "HealthSnapshot" SET overall = 99, report = jsonb_set(report, '{overall}', '99') WHERE "groupId" = ${group.id} AND day = ${neighbour}::date`;
    await dropDays(group.id, [monthAgoDay(now)]);
    await recomputeGroups([group.id], now);

    const stored = await health(group.id);
    expect(stored.change30).toBeCloseTo(stored.overall - 99, 9);
    expect(await declines(owner.id)).toContain(group.id);
    const dashboard = (await loadGroupHealthDashboard(group, { memberEvidence: true }, now))!;
    expect(dashboard.change30).toBeCloseTo(stored.change30!, 9);

    // Nothing within two days: no change, rather than one over some other span.
    await dropDays(group.id, [-2, -1, 1, 2].map((shift) => monthAgoDay(now, shift)));
    await recomputeGroups([group.id], now);
    expect((await health(group.id)).change30).toBeNull();
    expect(await declines(owner.id)).not.toContain(group.id);
  });

  it("the daily job fills the days the jobs missed before recomputing, so today's change has its baseline", async () => {
    const { group } = await lively();
    const now = new Date();
    await backfillSnapshots(group.id, new Date(now.getTime() - DAY));
    const missed = [-2, -1, 0, 1, 2].map((shift) => monthAgoDay(now, shift));
    await dropDays(group.id, [...missed, utcDay(new Date(now.getTime() - 3 * DAY))]);

    const daily = JOBS.find((job) => job.name === "health-recompute-daily")!;
    const [, recomputed, filled] = /^(\d+) group\(s\) recomputed, (\d+) missing daily snapshot\(s\) filled$/.exec((await daily.run(now)) ?? "")!.map(Number);
    expect(filled).toBeGreaterThanOrEqual(6);
    expect(recomputed).toBe(await db.group.count());
    const days = await db.healthSnapshot.findMany({ where: { groupId: group.id, day: { gte: utcDay(new Date(now.getTime() - 89 * DAY)) } }, select: { day: true, computedAt: true } });
    expect(days).toHaveLength(90);
    // Each filled day is computed as of the same time of day as the run.
    const filledDay = days.find((row) => row.day.getTime() === missed[2]!.getTime())!;
    expect(filledDay.computedAt.getTime() - filledDay.day.getTime()).toBe(now.getTime() - utcDay(now).getTime());
    expect((await health(group.id)).change30).not.toBeNull();
    // Nothing left to fill.
    expect(await fillMissingSnapshots(now)).toBe(0);
  });

  it("fills only days from the group's creation on, and removes snapshots of days before it", async () => {
    const { group } = await lively(3);
    const now = new Date();
    const before = utcDay(new Date(now.getTime() - 10 * DAY));
    await db.healthSnapshot.create({ data: { groupId: group.id, day: before, computedAt: before, overall: 0, band: "dormant", provisional: true, activity: 0, richness: 0, meetups: 0, projects: 0, report: {} } });
    expect(await fillMissingSnapshots(now)).toBe(4);
    const days = await db.healthSnapshot.findMany({ where: { groupId: group.id }, orderBy: { day: "asc" }, select: { day: true } });
    expect(days.map((row) => row.day)).toEqual([3, 2, 1, 0].map((ago) => utcDay(new Date(now.getTime() - ago * DAY))));
  });
});
