/**
 * The demo meetups (prisma/seed/meetups.ts) tell the story the health model should see:
 * seeded on top of the demo discussions, in a fresh database.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { computeGroupHealth } from "@/lib/health";
import { backfillPostFeatures } from "@/lib/health/backfill-features";
import { loadGroupActivity } from "@/lib/health/load-activity";
import { formatInZone } from "@/lib/meetups/time";
import { content } from "@/prisma/seed/content";
import type { SeedContext } from "@/prisma/seed/context";
import { seedDiscussions } from "@/prisma/seed/discussions";
import { seedMeetups } from "@/prisma/seed/meetups";

const DAY = 24 * 3600 * 1000;
const now = new Date();
let ctx: SeedContext;

beforeAll(async () => {
  ctx = { db, content, now, passwordHash: "not-a-real-hash", userIds: new Map(), groupIds: new Map(), threadIds: new Map(), log: () => undefined };
  // As prisma/seed.ts does: discussions, meetups, then the posts' health features.
  await seedDiscussions(ctx);
  await seedMeetups(ctx);
  await backfillPostFeatures();
}, 240_000);

async function meetupsOf(slug: string) {
  const activity = await loadGroupActivity(ctx.groupIds.get(slug)!, now);
  const members = new Set(activity!.memberIds);
  const report = computeGroupHealth(activity!, now);
  const metrics = Object.fromEntries(report.dimensions.find((d) => d.key === "meetups")!.metrics.map((m) => [m.key, m]));
  const recent = activity!.meetups.filter((m) => m.startsAt.getTime() > now.getTime() - 90 * DAY);
  const past = recent.filter((m) => m.startsAt <= now && !m.cancelled);
  const held = past.filter((m) => m.checkedInIds.filter((id) => members.has(id)).length >= 3);
  return { activity: activity!, metrics, recent, past, held, upcoming: recent.filter((m) => m.startsAt > now) };
}

describe("demo meetups", () => {
  it("the thriving group held 4 followed-through meetups in the last 90 days and has upcoming ones with RSVPs", async () => {
    const { held, upcoming, metrics } = await meetupsOf("city-gardeners");
    expect(held.length).toBeGreaterThanOrEqual(4);
    for (const meetup of held) expect(meetup.checkedInIds.length).toBeGreaterThanOrEqual(3);
    expect(metrics.followThrough!.value).toBeGreaterThanOrEqual(0.99);
    expect(metrics.followThrough!.sample).toBeGreaterThanOrEqual(4);
    expect(metrics.organizers!.score).toBe(100);
    expect(upcoming.length).toBeGreaterThanOrEqual(1);
    expect(upcoming.every((meetup) => meetup.goingIds.length > 0)).toBe(true);
    // The demo member waits first in line for the full planting morning.
    const waitlisted = await db.rsvp.findFirst({ where: { userId: ctx.userIds.get("member"), status: "waitlisted" }, orderBy: { waitlistedAt: "asc" } });
    expect(waitlisted).not.toBeNull();
  });

  it("every organizer may organize, every attendee is a member, and every linked thread is the group's", async () => {
    const meetups = await db.meetup.findMany({ include: { threads: { include: { thread: true } }, checkIns: true, rsvps: true } });
    expect(meetups.length).toBeGreaterThanOrEqual(10);
    for (const meetup of meetups) {
      const organizer = await db.membership.findUnique({ where: { groupId_userId: { groupId: meetup.groupId, userId: meetup.organizerId } } });
      expect(["owner", "moderator", "organizer"]).toContain(organizer?.role);
      for (const link of meetup.threads) expect(link.thread.groupId).toBe(meetup.groupId);
      const memberIds = new Set((await db.membership.findMany({ where: { groupId: meetup.groupId, status: "active" } })).map((m) => m.userId));
      for (const row of [...meetup.checkIns, ...meetup.rsvps]) expect(memberIds.has(row.userId)).toBe(true);
      expect(meetup.endsAt > meetup.startsAt).toBe(true);
      if (meetup.capacity !== null) expect(meetup.rsvps.filter((r) => r.status === "going").length).toBeLessThanOrEqual(meetup.capacity);
      // The host hosts, as the app has it (decision 004 §3b): no answer of theirs.
      expect(meetup.rsvps.map((r) => r.userId)).not.toContain(meetup.organizerId);
      // Nobody waits for a seat that is free.
      if (meetup.rsvps.some((r) => r.status === "waitlisted")) expect(meetup.rsvps.filter((r) => r.status === "going").length).toBe(meetup.capacity);
    }
  });

  it("the healthy groups and the French one have meetups; somewhere a meetup was half-held; the dormant group has none", async () => {
    // The data-viz club and the Ateliers met a while ago (history, trend); the Ateliers and the
    // repair café have one coming up.
    for (const slug of ["data-viz-club", "ateliers-velo"]) {
      const pastHeld = await db.meetup.findMany({
        where: { groupId: ctx.groupIds.get(slug), startsAt: { lt: now }, cancelledAt: null },
        include: { _count: { select: { checkIns: true } } },
      });
      expect(pastHeld.some((meetup) => meetup._count.checkIns >= 3), slug).toBe(true);
    }
    expect((await meetupsOf("ateliers-velo")).upcoming.length).toBe(1);
    expect((await meetupsOf("neighbourhood-repair-cafe")).upcoming.length).toBe(1);
    expect(await db.meetup.count({ where: { groupId: ctx.groupIds.get("data-viz-club"), cancelledAt: { not: null } } })).toBe(1);
    const astronomy = await meetupsOf("amateur-astronomy-night");
    const halfHeld = astronomy.past.filter((m) => m.checkedInIds.length < 3 && m.goingIds.length >= 3);
    expect(halfHeld).toHaveLength(1);
    expect((await meetupsOf("retro-computing-collective")).recent).toHaveLength(0);
    // The private group has one too, online: what its members' calendar feed shows.
    const [call] = (await meetupsOf("community-organizers-circle")).upcoming;
    expect(call).toBeDefined();
    expect(await db.meetup.findUniqueOrThrow({ where: { id: Number(call!.id) }, select: { online: true, onlineUrl: true, venueName: true } })).toMatchObject({ online: true, onlineUrl: expect.stringMatching(/^https:\/\//), venueName: null });
  });

  it("seeded notices are worded as the app words them: the meetup's time with its year and zone", async () => {
    const meetup = await db.meetup.findFirstOrThrow({ where: { groupId: ctx.groupIds.get("ateliers-velo"), startsAt: { gt: now } } });
    const notices = await db.notification.findMany({ where: { kind: "meetup.created", url: `/g/ateliers-velo/meetups/${meetup.id}` } });
    expect(notices.length).toBeGreaterThan(0);
    for (const notice of notices) expect(notice.message).toContain(formatInZone(meetup.startsAt, meetup.timeZone));
    expect(formatInZone(meetup.startsAt, meetup.timeZone)).toContain(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: meetup.timeZone }).format(meetup.startsAt));
  });
});
