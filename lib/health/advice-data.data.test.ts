/**
 * The dashboard's advice over a group's whole history (`loadAdviceFacts`): the activity loader
 * reads posts 105 days back and meetups 180 days back, which is not how long a group can be quiet.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import type { Advice } from "./advice";
import { loadAdviceFacts } from "./advice-data";
import { loadGroupHealthDashboard } from "./data";

const DAY = 24 * 3600_000;

async function meetup(groupId: string, organizerId: string, startsAt: Date, options: { checkedIn?: string[]; cancelled?: boolean; threadId?: number } = {}) {
  const created = await db.meetup.create({
    data: {
      groupId,
      organizerId,
      title: `Meetup of ${startsAt.toISOString().slice(0, 10)}`,
      description: "Let's meet.",
      descriptionHtml: "<p>Let's meet.</p>",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      timeZone: "UTC",
      createdAt: new Date(Math.min(startsAt.getTime() - 7 * DAY, Date.now() - DAY)),
      cancelledAt: options.cancelled ? startsAt : null,
    },
  });
  for (const userId of options.checkedIn ?? []) {
    await db.checkIn.create({ data: { meetupId: created.id, userId, checkedInById: organizerId, createdAt: startsAt } });
  }
  if (options.threadId) await db.meetupThread.create({ data: { meetupId: created.id, threadId: options.threadId } });
  return created;
}

describe("advice over a group's whole history", () => {
  it("a group silent for 200 days, whose last meetup was held 200 days ago, is told so: not 'Nobody has written yet' nor 'No meetup held yet'", async () => {
    const now = new Date();
    const longAgo = new Date(now.getTime() - 200 * DAY);
    const [owner, a, b, c] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
    const group = await makeGroup(owner.id, { createdAt: new Date(now.getTime() - 400 * DAY) });
    for (const user of [a, b, c]) await addMember(group.id, user.id);
    await db.membership.updateMany({ where: { groupId: group.id }, data: { joinedAt: new Date(now.getTime() - 300 * DAY) } });
    const thread = await makeThread(a.id, group.id, "Old news", "Something we talked about a long time ago, at length.");
    await db.thread.update({ where: { id: thread.threadId }, data: { createdAt: longAgo, lastActivityAt: longAgo } });
    await db.post.update({ where: { id: thread.postId }, data: { createdAt: longAgo } });
    await meetup(group.id, owner.id, longAgo, { checkedIn: [a.id, b.id, c.id] });
    // Not held (two check-ins) or cancelled: neither is the last meetup held.
    await meetup(group.id, owner.id, new Date(now.getTime() - 150 * DAY), { checkedIn: [a.id, b.id] });
    await meetup(group.id, owner.id, new Date(now.getTime() - 120 * DAY), { checkedIn: [a.id, b.id, c.id], cancelled: true });

    const facts = await loadAdviceFacts(group.id, [], now);
    expect(facts).toMatchObject({ lastMessageAt: longAgo.toISOString(), lastHeldAt: longAgo.toISOString(), upcomingMeetup: false, uncountedMeetup: null });

    const dashboard = (await loadGroupHealthDashboard(group, { memberEvidence: true }, now))!;
    const find = <K extends Advice["kind"]>(kind: K) => dashboard.advice.find((item): item is Extract<Advice, { kind: K }> => item.kind === kind);
    expect(find("revive-discussion")).toMatchObject({ quietDays: 200 });
    expect(find("schedule-meetup")).toMatchObject({ lastHeldDaysAgo: 200 });

    // A deleted post, or one by someone no longer a member, is no message of the group.
    await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: a.id } }, data: { status: "banned" } });
    expect((await loadAdviceFacts(group.id, [], now)).lastMessageAt).toBeNull();
  });

  it("names the meetup that just took place with too few check-ins to count, while its check-in is open", async () => {
    const now = new Date();
    const [owner, a, b, c, outsider] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser(), makeUser()]);
    const group = await makeGroup(owner.id);
    for (const user of [a, b, c]) await addMember(group.id, user.id);
    await db.membership.updateMany({ where: { groupId: group.id }, data: { joinedAt: new Date(now.getTime() - 30 * DAY) } });
    // Past its week of check-in, a meetup is no longer one to check people in to.
    await meetup(group.id, owner.id, new Date(now.getTime() - 8 * DAY), { checkedIn: [a.id] });
    const tripAt = new Date(now.getTime() - 5 * DAY);
    // Someone not in the group checked in does not count towards it.
    const trip = await meetup(group.id, owner.id, tripAt, { checkedIn: [a.id, b.id, outsider.id] });
    expect((await loadAdviceFacts(group.id, [], now)).uncountedMeetup).toEqual({ id: trip.id, title: trip.title, checkedIn: 2, closesAt: new Date(tripAt.getTime() + 7 * DAY).toISOString() });

    const dashboard = (await loadGroupHealthDashboard(group, { memberEvidence: true }, now))!;
    expect(dashboard.advice.find((item) => item.kind === "check-in-meetup")).toMatchObject({ href: `/g/${group.slug}/meetups/${trip.id}/check-in`, checkedIn: 2 });
    expect(dashboard.advice.map((item) => item.kind)).not.toContain("schedule-meetup");

    // A third member checked in: it counts as held, and nothing is left to check in.
    await db.checkIn.create({ data: { meetupId: trip.id, userId: c.id, checkedInById: owner.id, createdAt: tripAt } });
    expect(await loadAdviceFacts(group.id, [], now)).toMatchObject({ uncountedMeetup: null, lastHeldAt: tripAt.toISOString() });
  });

  it("finds what came of busy threads: the meetup linked to each and the project born in it", async () => {
    const now = new Date();
    const owner = await makeUser();
    const group = await makeGroup(owner.id);
    const [withMeetup, withProject, bare] = await Promise.all(["Potluck", "Seed library", "Idle"].map((title) => makeThread(owner.id, group.id, title, `A thread about the ${title}, long enough.`)));
    const planned = await meetup(group.id, owner.id, new Date(now.getTime() + 30 * DAY), { threadId: withMeetup!.threadId });
    await meetup(group.id, owner.id, new Date(now.getTime() + 60 * DAY), { threadId: bare!.threadId, cancelled: true });
    const project = await db.project.create({ data: { groupId: group.id, name: "Seed library", goal: "Share seeds", goalHtml: "<p>Share seeds</p>", createdById: owner.id, sourceThreadId: withProject!.threadId, status: "active" } });

    const facts = await loadAdviceFacts(group.id, [withMeetup, withProject, bare].map((t) => String(t!.threadId)), now);
    expect(facts.upcomingMeetup).toBe(true);
    expect(facts.followUps.get(String(withMeetup!.threadId))).toEqual({ meetup: { id: planned.id, title: planned.title }, project: null });
    expect(facts.followUps.get(String(withProject!.threadId))).toEqual({ meetup: null, project: { id: project.id, name: "Seed library" } });
    // A cancelled meetup is nothing that came of the thread.
    expect(facts.followUps.has(String(bare!.threadId))).toBe(false);
  });
});
