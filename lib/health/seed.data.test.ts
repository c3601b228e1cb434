/**
 * The demo data tells the story issue 3 promises: seeded as `prisma/seed.ts` does (discussions,
 * projects, visits, meetups, post features, 90 days of snapshots, a full recompute) into this file's
 * fresh database, the thriving group scores Thriving, the dormant one Dormant, the others in
 * between (issue 3), and the new group's trend starts the day it was created.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { content } from "@/prisma/seed/content";
import type { SeedContext } from "@/prisma/seed/context";
import { seedDiscussions } from "@/prisma/seed/discussions";
import { seedMeetups } from "@/prisma/seed/meetups";
import { seedProjects } from "@/prisma/seed/projects";
import { seedVisits } from "@/prisma/seed/visits";
import { loadThreadFreshness } from "@/lib/discussions/visits";
import { backfillPostFeatures } from "./backfill-features";
import { backfillSnapshots, recomputeAllGroups } from "./recompute";
import { utcDay } from "./snapshots";

const now = new Date();
let ctx: SeedContext;

beforeAll(async () => {
  ctx = { db, content, now, passwordHash: "not-a-real-hash", userIds: new Map(), groupIds: new Map(), threadIds: new Map(), log: () => undefined };
  await seedDiscussions(ctx);
  await seedProjects(ctx);
  await seedVisits(ctx);
  await seedMeetups(ctx);
  await backfillPostFeatures();
  for (const groupId of ctx.groupIds.values()) await backfillSnapshots(groupId, now);
  await recomputeAllGroups(now);
}, 300_000);

async function healthOf(slug: string) {
  return db.groupHealth.findUniqueOrThrow({ where: { groupId: ctx.groupIds.get(slug)! } });
}

describe("seeded demo health", () => {
  it("City Gardeners is Thriving and Retro Computing Collective is Dormant", async () => {
    const garden = await healthOf("city-gardeners");
    expect(garden.band).toBe("thriving");
    expect(garden.overall).toBeGreaterThanOrEqual(75);
    const retro = await healthOf("retro-computing-collective");
    expect(retro.band).toBe("dormant");
    expect(retro.overall).toBeLessThan(35);
  });

  it("every other group lands in between: Healthy or Needs attention", async () => {
    const garden = await healthOf("city-gardeners");
    const retro = await healthOf("retro-computing-collective");
    const others = content.groups.filter((group) => group.intendedState !== "thriving" && group.intendedState !== "dormant");
    expect(others).toHaveLength(6);
    for (const group of others) {
      const health = await healthOf(group.slug);
      expect(["healthy", "needs-attention"], group.slug).toContain(health.band);
      expect(health.overall, group.slug).toBeLessThan(garden.overall);
      expect(health.overall, group.slug).toBeGreaterThan(retro.overall);
    }
  });

  it("the new group's history starts the day it was created, with no 30-day change", async () => {
    const repair = content.groups.find((group) => group.createdDaysAgo < 30)!;
    const groupId = ctx.groupIds.get(repair.slug)!;
    const { createdAt } = await db.group.findUniqueOrThrow({ where: { id: groupId } });
    const first = await db.healthSnapshot.findFirstOrThrow({ where: { groupId }, orderBy: { day: "asc" } });
    expect(first.day).toEqual(utcDay(createdAt));
    expect((await healthOf(repair.slug)).change30).toBeNull();
    // The older groups have their 90 days and a change.
    expect(await db.healthSnapshot.count({ where: { groupId: ctx.groupIds.get("city-gardeners")! } })).toBe(90);
    expect((await healthOf("city-gardeners")).change30).not.toBeNull();
  });
});

describe("seeded demo visits", () => {
  it("the demo member comes back to a thriving group with news: threads moved and started since their last visit", async () => {
    const member = ctx.userIds.get("member")!;
    const threads = await db.thread.findMany({ where: { groupId: ctx.groupIds.get("city-gardeners")! }, select: { id: true, authorId: true, createdAt: true } });
    const kinds = [...(await loadThreadFreshness(member, threads, now)).values()].map((freshness) => freshness?.kind ?? "read");
    expect(kinds).toContain("unread");
    expect(kinds).toContain("read");
    // No visit predates its thread, so an opening post is never "new" in a thread once opened.
    const early = await db.threadVisit.count({ where: { userId: member, thread: { createdAt: { gt: new Date(now.getTime() - 2 * 24 * 3600_000) } } } });
    expect(early).toBe(0);
  });
});
