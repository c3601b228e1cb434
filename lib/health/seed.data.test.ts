/**
 * The demo data tells the story issue 3 promises: seeded as `prisma/seed.ts` does (discussions,
 * projects, moderation history, visits, meetups, post features, 90 days of snapshots, a full recompute) into this file's
 * fresh database, the thriving group scores Thriving, the dormant one Dormant, the others in
 * between (issue 3), and the new group's trend starts the day it was created.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { content } from "@/prisma/seed/content";
import type { SeedContext } from "@/prisma/seed/context";
import { seedDiscussions } from "@/prisma/seed/discussions";
import { seedMeetups } from "@/prisma/seed/meetups";
import { seedModeration } from "@/prisma/seed/moderation";
import { seedProjects } from "@/prisma/seed/projects";
import { seedVisits } from "@/prisma/seed/visits";
import { loadThreadFreshness } from "@/lib/discussions/visits";
import { listModerationLog } from "@/lib/moderation/data";
import { backfillPostFeatures } from "./backfill-features";
import { backfillSnapshots, recomputeAllGroups } from "./recompute";
import { utcDay } from "./snapshots";

const now = new Date();
let ctx: SeedContext;

beforeAll(async () => {
  ctx = { db, content, now, passwordHash: "not-a-real-hash", userIds: new Map(), groupIds: new Map(), threadIds: new Map(), log: () => undefined };
  await seedDiscussions(ctx);
  await seedProjects(ctx);
  await seedModeration(ctx);
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

describe("seeded demo moderation log", () => {
  it("the thriving group's log tells yesterday's spam first, then the pins and appointments that made it", async () => {
    const group = { id: ctx.groupIds.get("city-gardeners")!, slug: "city-gardeners" };
    const { entries, total } = await listModerationLog(group, { page: 1 });
    expect(entries.slice(0, 2).map((entry) => [entry.action, entry.actor?.name, entry.target.label])).toEqual([
      ["member_removed", "Claire Dubois", "QuickGrow Deals"],
      ["post_deleted", "Claire Dubois", expect.stringMatching(/^QuickGrow Deals's post in “.+”$/)],
    ]);
    expect(entries[1]!.details).toEqual({ fromReports: true, reason: "Advertising is not allowed here: see the pinned ground rules." });
    // Deleted in its thread (the entry leads to its place there), its report settled, its author out of the group.
    expect(entries[1]!.target.href).toMatch(/^\/g\/city-gardeners\/posts\/\d+$/);
    const spammer = await db.user.findUniqueOrThrow({ where: { email: "quickgrow@toile.test" }, select: { id: true, memberships: { select: { status: true } }, posts: { select: { deletedAt: true, deletedBy: { select: { name: true } }, reports: { select: { resolution: true } } } } } });
    expect(spammer.memberships).toEqual([{ status: "banned" }]);
    // Deleted by the moderator, as the app records it: the demo moderator sees "Restore" in its place.
    expect(spammer.posts).toEqual([{ deletedAt: expect.any(Date), deletedBy: { name: "Claire Dubois" }, reports: [{ resolution: "post_deleted" }] }]);
    const actions = new Set(entries.map((entry) => entry.action));
    expect(actions).toContain("member_role_changed");
    expect(actions).toContain("thread_pinned");
    expect(total).toBeGreaterThan(3);
    for (const entry of entries) expect(entry.createdAt.getTime()).toBeLessThan(now.getTime());
  });

  it("every group with a moderator or an organizer has its appointment in its log", async () => {
    for (const group of content.groups.filter((g) => g.members.some((m) => m.role === "moderator" || m.role === "organizer"))) {
      const changes = await db.moderationEntry.count({ where: { groupId: ctx.groupIds.get(group.slug)!, action: "member_role_changed" } });
      expect(changes, group.slug).toBe(group.members.filter((m) => m.role === "moderator" || m.role === "organizer").length);
    }
  });
});

describe("seeded demo mentions", () => {
  it("the demo member was mentioned in a thread of the last day: the post links to them and a notice waits unread", async () => {
    const memberId = ctx.userIds.get("member")!;
    const notices = await db.notification.findMany({ where: { userId: memberId, kind: "post.mentioned" }, select: { message: true, url: true, readAt: true } });
    expect(notices).toEqual([{ message: "Marco Rossi mentioned you in “Getting the after-school club involved at the community plot”.", url: expect.stringMatching(/^\/g\/city-gardeners\/posts\/\d+$/), readAt: null }]);
    const postId = Number(notices[0]!.url.split("/").pop());
    const post = await db.post.findUniqueOrThrow({ where: { id: postId }, select: { body: true, html: true } });
    expect(post.body).toContain(`[@Jordan Lee](/u/${memberId})`);
    expect(post.html).toContain(`<a href="/u/${memberId}">@Jordan Lee</a>`);
  });
});

describe("seeded demo follows", () => {
  it("the demo member follows a thread whose replies since their last visit wait as one notice, leading to the first", async () => {
    const memberId = ctx.userIds.get("member")!;
    const follows = await db.threadFollow.findMany({ where: { userId: memberId }, select: { thread: { select: { title: true, groupId: true } } } });
    expect(follows).toHaveLength(1);
    expect(follows[0]!.thread.groupId).toBe(ctx.groupIds.get("city-gardeners"));
    const notices = await db.notification.findMany({ where: { userId: memberId, kind: "thread.replies" }, select: { message: true, url: true, readAt: true } });
    expect(notices).toEqual([{ message: expect.stringContaining(`in “${follows[0]!.thread.title}”`), url: expect.stringMatching(/^\/g\/city-gardeners\/posts\/\d+$/), readAt: null }]);
  });
});
