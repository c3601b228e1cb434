import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deleteThread, restoreThread } from "@/lib/discussions/mutations";
import { loadGroupActivity } from "@/lib/health/load-activity";
import { leaveGroup } from "@/lib/groups/mutations";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { countConcernedMembers, listUpcomingAnswered, findCalendarTokenOwner, findOwnFollowUp, listFollowUpPosts, listGroupFeedMeetups, loadCalendarMeetup, listGroupMeetups, listMeetupAnswers, listAsideMeetups, listUserFeedMeetups, listUserMeetups, loadCheckInSheet, loadGroupFeedAccess, loadMeetup, loadViewerRsvp } from "./data";
import { cancelMeetup, resetCalendarToken, rsvpToMeetup, scheduleMeetup, sendMeetupReminders, setCheckIn, updateMeetup } from "./mutations";
import { loadGroupForCalendar } from "./page-data";
import { failure, makeMeetup, makeMembers, meetupInput } from "./test-fixtures";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

async function notificationsOf(userId: string, kind?: string) {
  return db.notification.findMany({ where: { userId, ...(kind ? { kind } : {}) }, orderBy: { id: "asc" } });
}

type User = Awaited<ReturnType<typeof makeUser>>;

describe("meetups", () => {
  let owner: User;
  let organizer: User;
  let member: User;
  let outsider: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [owner, organizer, member, outsider] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
    group = await makeGroup(owner.id);
    await addMember(group.id, organizer.id, "organizer");
    await addMember(group.id, member.id);
  });

  describe("scheduling", () => {
    it("organizers schedule; members are told, the organizer is not", async () => {
      const { threadId } = await makeThread(member.id, group.id, "Compost in winter");
      const created = await makeMeetup(organizer.id, group.id, { title: "Compost walk", threadIds: [threadId] });
      const meetup = await db.meetup.findUniqueOrThrow({ where: { id: created.id }, include: { threads: true } });
      expect(meetup.organizerId).toBe(organizer.id);
      expect(meetup.threads.map((link) => link.threadId)).toEqual([threadId]);
      expect(meetup.descriptionHtml).toContain("<p>A meetup made by a test fixture.</p>");
      const [notice] = await notificationsOf(member.id, "meetup.created");
      expect(notice?.message).toMatch(/^New meetup in .*: “Compost walk”/);
      expect(notice?.url).toBe(`/g/${group.slug}/meetups/${created.id}`);
      // The time it is about, so the list can add the reader's own time.
      expect(notice).toMatchObject({ eventAt: meetup.startsAt, eventTimeZone: meetup.timeZone });
      expect(await notificationsOf(owner.id, "meetup.created")).toHaveLength(1);
      expect(await notificationsOf(organizer.id, "meetup.created")).toHaveLength(0);
      // The organizer is told how many heard of it: the owner and the member.
      expect(created.notified).toBe(2);
    });

    it("members cannot schedule (403); outsiders of a private group get 404; nothing is saved", async () => {
      const before = await db.meetup.count();
      expect((await failure(scheduleMeetup(member.id, group.id, meetupInput()))).code).toBe("FORBIDDEN");
      expect((await failure(scheduleMeetup(outsider.id, group.id, meetupInput()))).code).toBe("FORBIDDEN");
      const secret = await makeGroup(owner.id, { visibility: "private" });
      expect((await failure(scheduleMeetup(outsider.id, secret.id, meetupInput()))).code).toBe("NOT_FOUND");
      expect(await db.meetup.count()).toBe(before);
    });

    it("owners, moderators and site admins may organize too", async () => {
      const moderator = await makeUser();
      const admin = await makeUser({ isSiteAdmin: true });
      await addMember(group.id, moderator.id, "moderator");
      for (const person of [owner, moderator, admin]) await expect(makeMeetup(person.id, group.id)).resolves.toMatchObject({ groupSlug: group.slug });
    });

    it("refuses a start in the past on the start field, and saves nothing", async () => {
      const before = await db.meetup.count();
      const error = await failure(scheduleMeetup(organizer.id, group.id, meetupInput({ startsAt: new Date(Date.now() - HOUR) })));
      expect(error).toMatchObject({ code: "INVALID", field: "startsAt", message: "The meetup must start in the future." });
      const deadline = await failure(scheduleMeetup(organizer.id, group.id, meetupInput({ rsvpDeadline: new Date(Date.now() - HOUR) })));
      expect(deadline).toMatchObject({ code: "INVALID", field: "rsvpDeadline" });
      expect(await db.meetup.count()).toBe(before);
    });

    it("refuses threads of another group, and saves nothing (no meetup, no notification)", async () => {
      const other = await makeGroup(owner.id);
      const foreign = await makeThread(owner.id, other.id);
      const mine = await makeThread(owner.id, group.id);
      const [meetups, notices] = [await db.meetup.count(), await db.notification.count()];
      const error = await failure(makeMeetup(organizer.id, group.id, { threadIds: [mine.threadId, foreign.threadId] }));
      expect(error).toMatchObject({ code: "INVALID", field: "threadIds" });
      expect(await db.meetup.count()).toBe(meetups);
      expect(await db.notification.count()).toBe(notices);
    });
  });

  describe("editing and cancelling", () => {
    it("of two saves from edit pages opened at the same version (two tabs), the later is refused, undoing nothing (decision 045)", async () => {
      const { id } = await makeMeetup(organizer.id, group.id, { title: "Seed swap" });
      const shown = (await db.meetup.findUniqueOrThrow({ where: { id }, select: { sequence: true } })).sequence;
      const input = meetupInput({ title: "Seed swap" });
      await updateMeetup(organizer.id, id, { ...input, title: "Seed swap & soup" }, new Date(), shown);
      const refused = await failure(updateMeetup(organizer.id, id, { ...input, venueName: "Library" }, new Date(), shown));
      expect(refused).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/^Someone else \(or you, in another tab\) saved this meetup since you opened this page/) });
      expect(await db.meetup.findUniqueOrThrow({ where: { id }, select: { title: true, sequence: true } })).toEqual({ title: "Seed swap & soup", sequence: shown + 1 });
      await updateMeetup(organizer.id, id, { ...input, title: "Seed swap & soup", venueName: "Library" }, new Date(), shown + 1);
      expect(await db.meetup.findUniqueOrThrow({ where: { id }, select: { venueName: true, sequence: true } })).toEqual({ venueName: "Library", sequence: shown + 2 });
    });

    it("members cannot edit or cancel; an edit bumps SEQUENCE, relinks threads and tells who answered", async () => {
      const [a, b] = await makeMembers(group.id, 2);
      const t1 = await makeThread(owner.id, group.id, "First");
      const t2 = await makeThread(owner.id, group.id, "Second");
      const { id } = await makeMeetup(organizer.id, group.id, { title: "Repair café", threadIds: [t1.threadId] });
      await rsvpToMeetup(a!.id, id, "going");
      await rsvpToMeetup(b!.id, id, "not_going");
      const input = meetupInput({ title: "Repair café", startsAt: new Date(Date.now() + 9 * DAY), threadIds: [t2.threadId] });
      expect((await failure(updateMeetup(member.id, id, input))).code).toBe("FORBIDDEN");
      expect((await failure(cancelMeetup(member.id, id, null))).code).toBe("FORBIDDEN");

      await updateMeetup(organizer.id, id, input);
      const meetup = await db.meetup.findUniqueOrThrow({ where: { id }, include: { threads: true } });
      expect(meetup.sequence).toBe(1);
      expect(meetup.threads.map((link) => link.threadId)).toEqual([t2.threadId]);
      const [notice] = await notificationsOf(a!.id, "meetup.changed");
      // What it was, and what it is now.
      expect(notice?.message).toMatch(/^“Repair café” moved from .+ to .+ at Community hall\.$/);
      // The new time, not the old one, is what the reader's own time is given for.
      expect(notice).toMatchObject({ eventAt: meetup.startsAt, eventTimeZone: meetup.timeZone });
      // Someone who said they are not coming answered too: a new time may change their answer.
      expect(await notificationsOf(b!.id, "meetup.changed")).toHaveLength(1);
      // The host hears when another organizer changes their meetup; the one who changed it does not.
      expect(await notificationsOf(organizer.id, "meetup.changed")).toHaveLength(0);
      await updateMeetup(owner.id, id, { ...input, venueName: "Back room" });
      expect((await notificationsOf(organizer.id, "meetup.changed")).map((notice) => notice.message)).toEqual([expect.stringMatching(/^“Repair café” moved from Community hall to Back room\. It is still /)]);
      expect(await notificationsOf(owner.id, "meetup.changed")).toHaveLength(0);
      // A description-only edit is not worth a notification.
      await updateMeetup(organizer.id, id, { ...input, venueName: "Back room", description: "New words" });
      expect(await notificationsOf(a!.id, "meetup.changed")).toHaveLength(2);
      expect((await db.meetup.findUniqueOrThrow({ where: { id } })).sequence).toBe(3);
      // A deadline changes what people can do: they are told (the seats, which take nobody's away, are not news).
      await updateMeetup(organizer.id, id, { ...input, venueName: "Back room", description: "New words", rsvpDeadline: new Date(Date.now() + 2 * DAY), capacity: 10 });
      const latest = (await notificationsOf(a!.id, "meetup.changed")).at(-1);
      expect(await notificationsOf(a!.id, "meetup.changed")).toHaveLength(3);
      expect(latest?.message).toMatch(/^Answers to “Repair café” now close .+\. It is still .+ at Back room\.$/);
    });

    it("a raised capacity promotes the waitlist in order and tells them, and only them, once", async () => {
      const people = await makeMembers(group.id, 5);
      const { id } = await makeMeetup(organizer.id, group.id, { capacity: 1 });
      for (const person of people.slice(0, 4)) await rsvpToMeetup(person.id, id, "going");
      await rsvpToMeetup(people[4]!.id, id, "maybe");
      const current = await db.meetup.findUniqueOrThrow({ where: { id } });
      const result = await updateMeetup(owner.id, id, meetupInput({ startsAt: current.startsAt, endsAt: current.endsAt, capacity: 3 }));
      expect(result.promoted).toEqual([people[1]!.id, people[2]!.id]);
      expect((await loadViewerRsvp(id, people[3]!.id)).position).toBe(1);
      // The promoted read that a seat opened up, once; nobody else's standing changed: no "number of seats" notice,
      // to the one already going, the one still waiting, the maybe, or the host.
      for (const person of [people[1]!, people[2]!]) expect((await notificationsOf(person.id)).filter((notice) => notice.url === `/g/${group.slug}/meetups/${id}` && notice.kind !== "meetup.created").map((notice) => notice.kind)).toEqual(["meetup.promoted"]);
      for (const person of [people[0]!, people[3]!, people[4]!, organizer]) expect(await db.notification.count({ where: { userId: person.id, kind: { in: ["meetup.changed", "meetup.promoted"] }, url: `/g/${group.slug}/meetups/${id}` } })).toBe(0);
    });

    it("a capacity lowered below those going removes nobody; a new 'going' joins the waitlist (what the page tells the organizer)", async () => {
      const people = await makeMembers(group.id, 3);
      const { id } = await makeMeetup(organizer.id, group.id, { capacity: 5 });
      for (const person of people.slice(0, 2)) await rsvpToMeetup(person.id, id, "going");
      const current = await db.meetup.findUniqueOrThrow({ where: { id } });
      const result = await updateMeetup(organizer.id, id, meetupInput({ startsAt: current.startsAt, endsAt: current.endsAt, capacity: 1 }));
      expect(result.promoted).toEqual([]);
      expect((await listMeetupAnswers(id)).going.map((person) => person.id).sort()).toEqual([people[0]!.id, people[1]!.id].sort());
      // Nobody lost a seat, so nobody is told.
      expect(await db.notification.count({ where: { kind: "meetup.changed", url: `/g/${group.slug}/meetups/${id}` } })).toBe(0);
      expect(await rsvpToMeetup(people[2]!.id, id, "going")).toMatchObject({ status: "waitlisted", position: 1 });
      // One withdrawal leaves one going, as many as the seats: the waitlist still waits.
      expect((await rsvpToMeetup(people[0]!.id, id, "not_going")).promoted).toEqual([]);
      expect((await rsvpToMeetup(people[1]!.id, id, "not_going")).promoted).toEqual([people[2]!.id]);
    });

    it("cancelling keeps the meetup, tells everyone who answered (any answer), and closes RSVPs", async () => {
      const people = await makeMembers(group.id, 4);
      const { id } = await makeMeetup(organizer.id, group.id, { title: "Picnic", capacity: 2 });
      await rsvpToMeetup(people[0]!.id, id, "going");
      await rsvpToMeetup(people[1]!.id, id, "maybe");
      await rsvpToMeetup(people[2]!.id, id, "not_going");
      // The host's answer given before hosts were refused one.
      await db.rsvp.create({ data: { meetupId: id, userId: organizer.id, status: "going" } });
      await rsvpToMeetup(people[3]!.id, id, "going"); // waitlisted
      // The cancel form's hint counts whom it will tell: the host cancelling, the four; another, the host too.
      const meetupRef = { id, groupId: group.id, organizerId: organizer.id };
      expect([await countConcernedMembers(meetupRef, organizer.id), await countConcernedMembers(meetupRef, owner.id)]).toEqual([4, 5]);
      const result = await cancelMeetup(organizer.id, id, "Storm warning");
      expect(result.notified).toBe(4);
      for (const person of people) {
        const [notice] = await notificationsOf(person.id, "meetup.cancelled");
        expect(notice?.message).toMatch(/^“Picnic” \(.*\) was cancelled: Storm warning$/);
      }
      expect(await notificationsOf(organizer.id, "meetup.cancelled")).toHaveLength(0);
      // Cancelled by someone else, the host is told (once, even if they answered too).
      const hosted = await makeMeetup(organizer.id, group.id, { title: "Seed sorting" });
      await db.rsvp.create({ data: { meetupId: hosted.id, userId: organizer.id, status: "going" } });
      await cancelMeetup(owner.id, hosted.id, null);
      expect((await notificationsOf(organizer.id, "meetup.cancelled")).map((notice) => notice.message)).toEqual([expect.stringMatching(/^“Seed sorting” \(.*\) was cancelled\.$/)]);
      const meetup = await db.meetup.findUniqueOrThrow({ where: { id } });
      expect(meetup.cancelledAt).not.toBeNull();
      expect(meetup.cancelReason).toBe("Storm warning");
      expect(meetup.sequence).toBe(1);
      const refused = await failure(rsvpToMeetup(people[1]!.id, id, "going"));
      expect(refused).toMatchObject({ code: "CONFLICT", message: "This meetup was cancelled: it takes no more RSVPs." });
      expect((await db.rsvp.findUniqueOrThrow({ where: { meetupId_userId: { meetupId: id, userId: people[1]!.id } } })).status).toBe("maybe");
      expect((await failure(cancelMeetup(organizer.id, id, null))).code).toBe("CONFLICT");
      expect((await failure(updateMeetup(organizer.id, id, meetupInput()))).code).toBe("CONFLICT");
      // The group feed keeps it, so calendars learn it is cancelled.
      expect((await listGroupFeedMeetups(group.id, new Date(), null)).find((row) => row.id === id)?.cancelledAt).not.toBeNull();
    });

    it("an edit keeps the link to a thread deleted since (the form cannot show it), so restoring the thread restores the link", async () => {
      const kept = await makeThread(owner.id, group.id, "Kept");
      const gone = await makeThread(owner.id, group.id, "Gone for a while");
      const { id } = await makeMeetup(organizer.id, group.id, { threadIds: [kept.threadId, gone.threadId] });
      await deleteThread(owner.id, gone.threadId);
      const shown = await loadMeetup(id, group.id);
      expect(shown?.threads.map((thread) => thread.id)).toEqual([kept.threadId]);
      // What the edit form sends: the links it shows.
      const stored = await db.meetup.findUniqueOrThrow({ where: { id } });
      await updateMeetup(organizer.id, id, meetupInput({ startsAt: stored.startsAt, endsAt: stored.endsAt, threadIds: [kept.threadId] }));
      await restoreThread(owner.id, gone.threadId);
      expect((await loadMeetup(id, group.id))?.threads.map((thread) => thread.id).sort()).toEqual([kept.threadId, gone.threadId].sort());
      // Unticking a live thread still unlinks it.
      await updateMeetup(organizer.id, id, meetupInput({ startsAt: stored.startsAt, endsAt: stored.endsAt, threadIds: [gone.threadId] }));
      expect((await loadMeetup(id, group.id))?.threads.map((thread) => thread.id)).toEqual([gone.threadId]);
    });

    it("a start stored with seconds survives an edit sent to the minute: no change of time, no new reminder", async () => {
      const watcher = (await makeMembers(group.id, 1))[0]!;
      const { id } = await makeMeetup(organizer.id, group.id, { title: "Seed library" });
      const startsAt = new Date(Date.now() + 20 * HOUR + 42_123);
      await db.meetup.update({ where: { id }, data: { startsAt, endsAt: new Date(startsAt.getTime() + HOUR), hostRemindedAt: new Date() } });
      await rsvpToMeetup(watcher.id, id, "going");
      await db.rsvp.update({ where: { meetupId_userId: { meetupId: id, userId: watcher.id } }, data: { remindedAt: new Date() } });
      // What the edit form sends back: the same times, without their seconds, and a new title.
      const toMinute = (date: Date) => new Date(Math.floor(date.getTime() / 60_000) * 60_000);
      await updateMeetup(organizer.id, id, meetupInput({ title: "Seed library swap", startsAt: toMinute(startsAt), endsAt: toMinute(new Date(startsAt.getTime() + HOUR)) }));
      const [notice] = await notificationsOf(watcher.id, "meetup.changed");
      expect(notice?.message).toMatch(/^“Seed library” is now called “Seed library swap”\. It is still /);
      const after = await db.meetup.findUniqueOrThrow({ where: { id } });
      expect(after.startsAt).toEqual(startsAt);
      expect(after.hostRemindedAt).not.toBeNull();
      expect((await db.rsvp.findUniqueOrThrow({ where: { meetupId_userId: { meetupId: id, userId: watcher.id } } })).remindedAt).not.toBeNull();
    });

    it("once started, a meetup keeps its time and seats and cannot be cancelled; its title, place and links can still be fixed", async () => {
      const [going, waiting] = await makeMembers(group.id, 2);
      const { threadId } = await makeThread(owner.id, group.id, "What we saw");
      const startsAt = new Date(Date.now() + HOUR);
      const { id } = await makeMeetup(organizer.id, group.id, { title: "Bird walk", startsAt, capacity: 1 });
      await rsvpToMeetup(going!.id, id, "going");
      await rsvpToMeetup(waiting!.id, id, "going");
      const during = new Date(startsAt.getTime() + 10 * 60_000);
      const stored = await db.meetup.findUniqueOrThrow({ where: { id } });
      const same = meetupInput({ title: "Bird walk", startsAt: stored.startsAt, endsAt: stored.endsAt, capacity: 1 });

      expect(await failure(cancelMeetup(organizer.id, id, "Rain", during))).toMatchObject({ code: "CONFLICT", message: "This meetup has started: it can no longer be cancelled." });
      expect(await failure(updateMeetup(organizer.id, id, { ...same, capacity: 2 }, during))).toMatchObject({
        code: "INVALID",
        field: "capacity",
        message: "This meetup has started: its number of seats can no longer be changed. Its title, description, place and linked discussions can.",
      });
      const later = { ...same, startsAt: new Date(startsAt.getTime() + 7 * DAY), endsAt: new Date(startsAt.getTime() + 7 * DAY + HOUR) };
      expect(await failure(updateMeetup(organizer.id, id, later, during))).toMatchObject({ code: "INVALID", field: "startsAt" });
      expect(await failure(updateMeetup(organizer.id, id, { ...same, timeZone: "America/New_York" }, during))).toMatchObject({ code: "INVALID", field: "timeZone" });
      // Nothing moved: nobody was promoted, told or cancelled on.
      expect(await notificationsOf(waiting!.id, "meetup.promoted")).toHaveLength(0);
      expect(await notificationsOf(going!.id, "meetup.cancelled")).toHaveLength(0);
      expect(await db.meetup.findUniqueOrThrow({ where: { id } })).toMatchObject({ cancelledAt: null, capacity: 1, startsAt: stored.startsAt, sequence: 0 });

      await updateMeetup(organizer.id, id, { ...same, title: "Bird walk by the lake", venueName: "Lake shore", threadIds: [threadId] }, during);
      const fixed = await db.meetup.findUniqueOrThrow({ where: { id }, include: { threads: true } });
      expect(fixed).toMatchObject({ title: "Bird walk by the lake", venueName: "Lake shore", startsAt: stored.startsAt, endsAt: stored.endsAt, capacity: 1 });
      expect(fixed.threads.map((link) => link.threadId)).toEqual([threadId]);
    });

    it("an edit once the meetup has started notifies no one; the same edit before the start tells who answered and the host", async () => {
      const [going, maybe, notGoing] = await makeMembers(group.id, 3);
      const startsAt = new Date(Date.now() + 2 * HOUR);
      const { id } = await makeMeetup(organizer.id, group.id, { title: "Star party", startsAt });
      await rsvpToMeetup(going!.id, id, "going");
      await rsvpToMeetup(maybe!.id, id, "maybe");
      await rsvpToMeetup(notGoing!.id, id, "not_going");
      const stored = await db.meetup.findUniqueOrThrow({ where: { id } });
      const same = meetupInput({ title: "Star party", startsAt: stored.startsAt, endsAt: stored.endsAt });
      const changedNotices = () => db.notification.count({ where: { kind: "meetup.changed", url: `/g/${group.slug}/meetups/${id}` } });

      // Before the start: a new venue is news to everyone who answered, and to the host (edited by the owner).
      await updateMeetup(owner.id, id, { ...same, venueName: "Observatory hill" }, new Date(startsAt.getTime() - HOUR));
      expect(await changedNotices()).toBe(4);

      // Once it has started: the title, place and address are fixed for the record, and nobody is told.
      const during = new Date(startsAt.getTime() + 10 * 60_000);
      await updateMeetup(owner.id, id, { ...same, title: "Star party (Perseids)", venueName: "Observatory car park", venueAddress: "2 Route du Ciel" }, during);
      const after = new Date(startsAt.getTime() + 3 * DAY);
      await updateMeetup(organizer.id, id, { ...same, title: "Star party (Perseids)", venueName: "Observatory car park", venueAddress: "2 Route du Ciel, Saint-Michel" }, after);
      expect(await changedNotices()).toBe(4);
      for (const person of [going!, maybe!, notGoing!]) expect(await notificationsOf(person.id, "meetup.changed")).toHaveLength(1);
      expect(await db.meetup.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Star party (Perseids)", venueAddress: "2 Route du Ciel, Saint-Michel", sequence: 3 });
    });

    it("a zone stored under a legacy name comes back from the form under the picker's name: no change of time, even once started", async () => {
      const [going] = await makeMembers(group.id, 1);
      const startsAt = new Date(Date.now() + 2 * HOUR);
      const { id } = await makeMeetup(organizer.id, group.id, { title: "Legacy zone", startsAt });
      await rsvpToMeetup(going!.id, id, "going");
      // Saved before only the picker's names were accepted.
      await db.meetup.update({ where: { id }, data: { timeZone: "US/Eastern" } });
      const stored = await db.meetup.findUniqueOrThrow({ where: { id } });
      const sent = meetupInput({ title: "Legacy zone", startsAt: stored.startsAt, endsAt: stored.endsAt, timeZone: "America/New_York" });
      await updateMeetup(organizer.id, id, { ...sent, description: "Same time, same place." }, new Date(startsAt.getTime() - HOUR));
      expect(await notificationsOf(going!.id, "meetup.changed")).toHaveLength(0);
      expect((await db.meetup.findUniqueOrThrow({ where: { id } })).timeZone).toBe("America/New_York");

      await db.meetup.update({ where: { id }, data: { timeZone: "US/Eastern" } });
      await updateMeetup(organizer.id, id, { ...sent, venueName: "Back room" }, new Date(startsAt.getTime() + HOUR));
      expect(await db.meetup.findUniqueOrThrow({ where: { id } })).toMatchObject({ timeZone: "America/New_York", venueName: "Back room" });
      // A zone that is another one is still refused once started.
      expect(await failure(updateMeetup(organizer.id, id, { ...sent, timeZone: "Europe/Paris" }, new Date(startsAt.getTime() + HOUR)))).toMatchObject({ field: "timeZone" });
    });
  });

  describe("RSVPs", () => {
    it("only members answer: a non-member of a public group gets 403, of a private group 404", async () => {
      const { id } = await makeMeetup(organizer.id, group.id);
      expect(await failure(rsvpToMeetup(outsider.id, id, "going"))).toMatchObject({ code: "FORBIDDEN", message: "Join the group to RSVP to its meetups." });
      const secret = await makeGroup(owner.id, { visibility: "private" });
      const hidden = await makeMeetup(owner.id, secret.id);
      expect((await failure(rsvpToMeetup(outsider.id, hidden.id, "going"))).code).toBe("NOT_FOUND");
      expect((await failure(rsvpToMeetup(member.id, 999_999, "going"))).code).toBe("NOT_FOUND");
      expect(await db.rsvp.count({ where: { userId: outsider.id } })).toBe(0);
    });

    it("a withdrawal promotes the first waitlisted, who is notified with a link to the meetup", async () => {
      const [a, b, c] = await makeMembers(group.id, 3);
      const { id } = await makeMeetup(organizer.id, group.id, { title: "Tiny table", capacity: 2 });
      expect((await rsvpToMeetup(a!.id, id, "going")).status).toBe("going");
      expect((await rsvpToMeetup(b!.id, id, "going")).status).toBe("going");
      expect(await rsvpToMeetup(c!.id, id, "going")).toMatchObject({ status: "waitlisted", position: 1 });
      expect(await notificationsOf(c!.id, "meetup.promoted")).toHaveLength(0);
      const withdrawal = await rsvpToMeetup(a!.id, id, "not_going");
      expect(withdrawal).toMatchObject({ status: "not_going", promoted: [c!.id] });
      expect(await loadViewerRsvp(id, c!.id)).toEqual({ status: "going", position: null, checkedIn: false });
      const [notice] = await notificationsOf(c!.id, "meetup.promoted");
      expect(notice?.message).toMatch(/^A seat opened up: you are now going to “Tiny table”/);
      expect(notice?.url).toBe(`/g/${group.slug}/meetups/${id}`);
      const answers = await listMeetupAnswers(id);
      expect(answers.going.map((person) => person.id).sort()).toEqual([b!.id, c!.id].sort());
      expect(answers.notGoing.map((person) => person.id)).toEqual([a!.id]);
    });

    it("leaving the group gives up seats at its upcoming meetups, even past the deadline; the waitlist moves up; the leaver hears no more", async () => {
      const [leaver, stayer, waiting] = await makeMembers(group.id, 3);
      const startsAt = new Date(Date.now() + 3 * DAY);
      const { id } = await makeMeetup(organizer.id, group.id, { title: "Two seats", capacity: 2, startsAt, rsvpDeadline: new Date(Date.now() + DAY) }, new Date());
      const maybe = await makeMeetup(organizer.id, group.id, { title: "Maybe later" });
      await rsvpToMeetup(leaver!.id, id, "going");
      await rsvpToMeetup(stayer!.id, id, "going");
      await rsvpToMeetup(waiting!.id, id, "going");
      await rsvpToMeetup(leaver!.id, maybe.id, "maybe");
      // A past meetup keeps its history (they did go).
      const past = await makeMeetup(organizer.id, group.id, { title: "Last month" });
      await rsvpToMeetup(leaver!.id, past.id, "going");
      await db.meetup.update({ where: { id: past.id }, data: { startsAt: new Date(Date.now() - 30 * DAY), endsAt: new Date(Date.now() - 30 * DAY + HOUR) } });

      // "Leave group" names the answers it will withdraw: the upcoming ones, not the past one.
      expect((await listUpcomingAnswered(group.id, leaver!.id)).sort()).toEqual(["Maybe later", "Two seats"]);
      await leaveGroup(leaver!.id, group.id);
      expect(await listUpcomingAnswered(group.id, leaver!.id)).toEqual([]);
      const status = async (meetupId: number, userId: string) => (await db.rsvp.findUniqueOrThrow({ where: { meetupId_userId: { meetupId, userId } } })).status;
      expect(await status(id, leaver!.id)).toBe("not_going");
      expect(await status(id, waiting!.id)).toBe("going");
      expect(await status(maybe.id, leaver!.id)).toBe("not_going");
      expect(await status(past.id, leaver!.id)).toBe("going");
      expect((await notificationsOf(waiting!.id, "meetup.promoted")).map((notice) => notice.message)).toEqual([expect.stringMatching(/you are now going to “Two seats”/)]);
      // Changes and cancellations go to members only: the leaver is not told.
      await cancelMeetup(organizer.id, maybe.id, null);
      expect(await notificationsOf(leaver!.id, "meetup.cancelled")).toHaveLength(0);
      expect(await notificationsOf(stayer!.id, "meetup.cancelled")).toHaveLength(0);
      await updateMeetup(organizer.id, id, meetupInput({ title: "Two seats, new room", startsAt, capacity: 2, rsvpDeadline: new Date(Date.now() + DAY) }));
      expect(await notificationsOf(leaver!.id, "meetup.changed")).toHaveLength(0);
      expect(await notificationsOf(stayer!.id, "meetup.changed")).toHaveLength(1);
    });

    it("answers change until the deadline, and not after", async () => {
      const startsAt = new Date(Date.now() + 3 * DAY);
      const rsvpDeadline = new Date(Date.now() + DAY);
      const { id } = await makeMeetup(organizer.id, group.id, { startsAt, rsvpDeadline }, new Date());
      await rsvpToMeetup(member.id, id, "going", new Date(rsvpDeadline.getTime() - 1000));
      expect((await rsvpToMeetup(member.id, id, "maybe", new Date(rsvpDeadline.getTime() - 1))).status).toBe("maybe");
      const late = await failure(rsvpToMeetup(member.id, id, "going", new Date(rsvpDeadline.getTime() + 1000)));
      expect(late).toMatchObject({ code: "CONFLICT", message: "The RSVP deadline has passed: answers can no longer be changed." });
      expect((await db.rsvp.findUniqueOrThrow({ where: { meetupId_userId: { meetupId: id, userId: member.id } } })).status).toBe("maybe");
    });

    it("after the deadline, until the start, someone going can still withdraw, and the first waitlisted gets the seat", async () => {
      const [a, b] = await makeMembers(group.id, 2);
      const startsAt = new Date(Date.now() + 3 * DAY);
      const rsvpDeadline = new Date(Date.now() + DAY);
      const { id } = await makeMeetup(organizer.id, group.id, { startsAt, rsvpDeadline, capacity: 1 }, new Date());
      await rsvpToMeetup(a!.id, id, "going");
      await rsvpToMeetup(b!.id, id, "going");
      const late = new Date(rsvpDeadline.getTime() + 1000);
      expect((await failure(rsvpToMeetup(a!.id, id, "maybe", late))).code).toBe("CONFLICT");
      expect((await rsvpToMeetup(a!.id, id, "not_going", late)).status).toBe("not_going");
      expect((await loadViewerRsvp(id, b!.id)).status).toBe("going");
      expect(await notificationsOf(b!.id, "meetup.promoted")).toHaveLength(1);
      // Once it has started, answers are what they are: check-in tells who came.
      const started = new Date(startsAt.getTime() + 1000);
      expect((await failure(rsvpToMeetup(b!.id, id, "not_going", started))).message).toBe("This meetup has started: answers can no longer be changed.");
    });

    it("answers mark the group's health dirty", async () => {
      const lonely = await makeGroup(owner.id);
      await db.groupHealth.create({
        data: { groupId: lonely.id, computedAt: new Date(), overall: 0, band: "dormant", provisional: true, activity: 0, richness: 0, meetups: 0, projects: 0, report: {}, dirtySince: null },
      });
      const { id } = await makeMeetup(owner.id, lonely.id);
      const afterSchedule = await db.groupHealth.findUniqueOrThrow({ where: { groupId: lonely.id } });
      expect(afterSchedule.dirtySince).not.toBeNull();
      await db.groupHealth.update({ where: { groupId: lonely.id }, data: { dirtySince: null } });
      await addMember(lonely.id, member.id);
      await rsvpToMeetup(member.id, id, "going");
      expect((await db.groupHealth.findUniqueOrThrow({ where: { groupId: lonely.id } })).dirtySince).not.toBeNull();
    });
  });

  describe("the host", () => {
    it("gives no answer and takes no seat; an answer held from before can still be withdrawn, freeing its seat", async () => {
      const [waiting] = await makeMembers(group.id, 1);
      const { id } = await makeMeetup(organizer.id, group.id, { capacity: 1 });
      for (const answer of ["going", "maybe"] as const) {
        expect(await failure(rsvpToMeetup(organizer.id, id, answer))).toMatchObject({ code: "CONFLICT", message: "You host this meetup: hosts give no answer and take no seat." });
      }
      expect(await db.rsvp.count({ where: { meetupId: id } })).toBe(0);
      // Saved before the rule: the host holds the one seat, and someone waits.
      await db.rsvp.create({ data: { meetupId: id, userId: organizer.id, status: "going" } });
      expect(await rsvpToMeetup(waiting!.id, id, "going")).toMatchObject({ status: "waitlisted" });
      expect(await rsvpToMeetup(organizer.id, id, "not_going")).toMatchObject({ status: "not_going", promoted: [waiting!.id] });
    });

    it("checked in at their own meetup, is not thanked for coming", async () => {
      const [guest] = await makeMembers(group.id, 1);
      const startsAt = new Date(Date.now() + 20 * 60_000);
      const { threadId } = await makeThread(guest!.id, group.id, "Who brings the ladder?");
      const { id } = await makeMeetup(organizer.id, group.id, { startsAt, title: "Ladder day", threadIds: [threadId] });
      await setCheckIn(organizer.id, id, organizer.id, true, startsAt);
      await setCheckIn(organizer.id, id, guest!.id, true, startsAt);
      expect(await db.checkIn.count({ where: { meetupId: id } })).toBe(2);
      expect(await db.notification.count({ where: { userId: organizer.id, kind: "meetup.attended", url: { startsWith: `/g/${group.slug}/meetups/${id}` } } })).toBe(0);
      expect((await notificationsOf(guest!.id, "meetup.attended")).map((notice) => notice.message)).toEqual(["Thanks for coming to “Ladder day”! Share what you took away in the linked discussion."]);
    });
  });

  describe("check-in", () => {
    it("opens at the start and closes 7 days after; organizers only", async () => {
      const startsAt = new Date(Date.now() + 3 * HOUR);
      const { id } = await makeMeetup(organizer.id, group.id, { startsAt });
      await rsvpToMeetup(member.id, id, "going");
      const early = await failure(setCheckIn(organizer.id, id, member.id, true, new Date(startsAt.getTime() - 60_000)));
      expect(early).toMatchObject({ code: "CONFLICT", message: "Check-in opens when the meetup starts." });
      const late = await failure(setCheckIn(organizer.id, id, member.id, true, new Date(startsAt.getTime() + 8 * DAY)));
      expect(late.message).toBe("Check-in closed 7 days after the meetup.");
      expect((await failure(setCheckIn(member.id, id, member.id, true, startsAt))).code).toBe("FORBIDDEN");
      expect(await db.checkIn.count({ where: { meetupId: id } })).toBe(0);
      await setCheckIn(organizer.id, id, member.id, true, new Date(startsAt.getTime() + 30 * 60_000));
      expect(await db.checkIn.findUniqueOrThrow({ where: { meetupId_userId: { meetupId: id, userId: member.id } } })).toMatchObject({ walkIn: false, checkedInById: organizer.id });
    });

    it("walk-ins must be members: a non-member is refused on the field, by name", async () => {
      const startsAt = new Date(Date.now() + 30 * 60_000);
      const { id } = await makeMeetup(organizer.id, group.id, { startsAt });
      const error = await failure(setCheckIn(organizer.id, id, outsider.id, true, startsAt));
      expect(error).toMatchObject({ code: "INVALID", field: "userId" });
      expect(error.message).toBe(`${outsider.name} is not a member of ${(await db.group.findUniqueOrThrow({ where: { id: group.id } })).name}: only members can be checked in.`);
      expect((await failure(setCheckIn(organizer.id, id, "no-such-user", true, startsAt))).message).toMatch(/^That person is not a member/);
      const banned = await makeUser();
      await addMember(group.id, banned.id);
      await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: banned.id } }, data: { status: "banned" } });
      expect((await failure(setCheckIn(organizer.id, id, banned.id, true, startsAt))).code).toBe("INVALID");
      expect(await db.checkIn.count({ where: { meetupId: id } })).toBe(0);

      const walkIn = await makeUser();
      await addMember(group.id, walkIn.id);
      await setCheckIn(organizer.id, id, walkIn.id, true, startsAt);
      expect((await db.checkIn.findUniqueOrThrow({ where: { meetupId_userId: { meetupId: id, userId: walkIn.id } } })).walkIn).toBe(true);
      const sheet = await loadCheckInSheet({ id, groupId: group.id, organizer });
      expect(sheet.walkIns.map((person) => person.id)).toEqual([walkIn.id]);
      expect(sheet.others?.some((person) => person.id === walkIn.id)).toBe(false);
      expect(sheet.others?.some((person) => person.id === outsider.id)).toBe(false);
    });

    it("tells attendees once, undo removes the check-in, and check-ins make the meetup held for the health loader", async () => {
      const people = await makeMembers(group.id, 3);
      const startsAt = new Date(Date.now() + 20 * 60_000);
      const { id } = await makeMeetup(organizer.id, group.id, { startsAt });
      for (const person of people) await rsvpToMeetup(person.id, id, "going");
      for (const person of people) await setCheckIn(organizer.id, id, person.id, true, startsAt);
      await setCheckIn(organizer.id, id, people[0]!.id, false, startsAt);
      await setCheckIn(organizer.id, id, people[0]!.id, true, startsAt);
      await setCheckIn(organizer.id, id, people[0]!.id, true, startsAt); // a second organizer at the door
      expect(await db.checkIn.count({ where: { meetupId: id } })).toBe(3);
      const notices = await notificationsOf(people[0]!.id, "meetup.attended");
      expect(notices).toHaveLength(1);
      expect(notices[0]?.url).toBe(`/g/${group.slug}/meetups/${id}#follow-up`);
      // No thread is linked: the thanks points to the group's discussions, as the page does.
      expect(notices[0]?.message).toMatch(/Share what you took away in the group's discussions\.$/);

      const activity = await loadGroupActivity(group.id, new Date(startsAt.getTime() + HOUR));
      const loaded = activity?.meetups.find((meetup) => meetup.id === String(id));
      expect(new Set(loaded?.checkedInIds)).toEqual(new Set(people.map((person) => person.id)));
      expect(new Set(loaded?.goingIds)).toEqual(new Set(people.map((person) => person.id)));
      expect(loaded?.cancelled).toBe(false);
    });
  });

  describe("after the meetup", () => {
    it("lists attendees' posts in linked threads within 14 days after the start as follow-ups", async () => {
      const [came, stayedHome] = await makeMembers(group.id, 2);
      const thread = await makeThread(owner.id, group.id, "Soil testing");
      const unlinked = await makeThread(owner.id, group.id, "Elsewhere");
      const startsAt = new Date(Date.now() + 10 * 60_000);
      const { id } = await makeMeetup(organizer.id, group.id, { startsAt, threadIds: [thread.threadId] });
      await setCheckIn(organizer.id, id, came!.id, true, startsAt);
      const post = async (authorId: string, threadId: number, createdAt: Date, body: string) =>
        (await db.post.create({ data: { threadId, authorId, parentId: null, body, html: `<p>${body}</p>`, createdAt } })).id;
      const inside = await post(came!.id, thread.threadId, new Date(startsAt.getTime() + 2 * DAY), "We measured the pH of six plots.");
      await post(came!.id, thread.threadId, new Date(startsAt.getTime() - HOUR), "Before the meetup.");
      await post(came!.id, thread.threadId, new Date(startsAt.getTime() + 15 * DAY), "Much later.");
      await post(came!.id, unlinked.threadId, new Date(startsAt.getTime() + DAY), "Wrong thread.");
      await post(stayedHome!.id, thread.threadId, new Date(startsAt.getTime() + DAY), "I was not there.");
      const deleted = await post(came!.id, thread.threadId, new Date(startsAt.getTime() + DAY), "Deleted.");
      await db.post.update({ where: { id: deleted }, data: { deletedAt: new Date() } });
      const followUps = await listFollowUpPosts(id, startsAt);
      expect(followUps.total).toBe(1);
      expect(followUps.posts.map((row) => row.id)).toEqual([inside]);
      expect(followUps.posts[0]?.thread).toMatchObject({ id: thread.threadId, title: "Soil testing" });
      // The attendee's own follow-up, by the same rule (what replaces the page's invitation to post one).
      expect(await findOwnFollowUp(id, startsAt, came!.id)).toMatchObject({ id: inside, thread: { id: thread.threadId, title: "Soil testing" } });
      // Someone who did not come has none, whatever they wrote in the thread.
      expect(await findOwnFollowUp(id, startsAt, stayedHome!.id)).toBeNull();
      // A deleted follow-up is none: the invitation comes back.
      await db.post.update({ where: { id: inside }, data: { deletedAt: new Date() } });
      expect(await findOwnFollowUp(id, startsAt, came!.id)).toBeNull();
    });
  });

  describe("reminders", () => {
    it("tells everyone going, once, about meetups starting within 24 hours; a moved meetup is reminded again", async () => {
      const reminderGroup = await makeGroup(owner.id);
      const [a, b, c] = await makeMembers(reminderGroup.id, 3);
      const now = new Date();
      const soon = await makeMeetup(owner.id, reminderGroup.id, { title: "Soon", startsAt: new Date(now.getTime() + 10 * HOUR) }, now);
      const later = await makeMeetup(owner.id, reminderGroup.id, { title: "Later", startsAt: new Date(now.getTime() + 30 * HOUR) }, now);
      const cancelled = await makeMeetup(owner.id, reminderGroup.id, { title: "Off", startsAt: new Date(now.getTime() + 5 * HOUR) }, now);
      for (const id of [soon.id, later.id, cancelled.id]) {
        await rsvpToMeetup(a!.id, id, "going");
        await rsvpToMeetup(b!.id, id, "going");
        await rsvpToMeetup(c!.id, id, "maybe");
      }
      await cancelMeetup(owner.id, cancelled.id, null);

      await sendMeetupReminders(now);
      await sendMeetupReminders(now);
      await Promise.all([sendMeetupReminders(new Date(now.getTime() + 60_000)), sendMeetupReminders(new Date(now.getTime() + 60_000))]);
      const remindedA = await notificationsOf(a!.id, "meetup.reminder");
      expect(remindedA.map((notice) => notice.message)).toEqual([expect.stringMatching(/^Reminder: “Soon” starts .* at Community hall\.$/)]);
      expect(await notificationsOf(b!.id, "meetup.reminder")).toHaveLength(1);
      expect(await notificationsOf(c!.id, "meetup.reminder")).toHaveLength(0);
      // The host is reminded of the meetup they scheduled, though they gave no answer.
      expect((await notificationsOf(owner.id, "meetup.reminder")).map((notice) => notice.message)).toEqual([expect.stringMatching(/^Reminder: “Soon” starts /)]);
      expect((await db.meetup.findUniqueOrThrow({ where: { id: soon.id } })).hostRemindedAt).not.toBeNull();
      expect((await db.rsvp.findMany({ where: { meetupId: soon.id, status: "going" } })).every((row) => row.remindedAt !== null)).toBe(true);

      // 7 hours later, "Later" enters the 24-hour window.
      await sendMeetupReminders(new Date(now.getTime() + 7 * HOUR));
      expect(await notificationsOf(a!.id, "meetup.reminder")).toHaveLength(2);

      // Moving "Soon" to another day re-arms its reminder.
      const moved = new Date(now.getTime() + 40 * HOUR);
      await updateMeetup(owner.id, soon.id, meetupInput({ title: "Soon", startsAt: moved }), now);
      expect((await db.meetup.findUniqueOrThrow({ where: { id: soon.id } })).hostRemindedAt).toBeNull();
      expect((await db.rsvp.findMany({ where: { meetupId: soon.id } })).every((row) => row.remindedAt === null)).toBe(true);
      await sendMeetupReminders(new Date(moved.getTime() - 2 * HOUR));
      expect((await notificationsOf(a!.id, "meetup.reminder")).filter((notice) => notice.message.includes("“Soon”"))).toHaveLength(2);
    });

    it("someone who says going after the reminder went out gets theirs on the next run, once; a later run sends nothing new", async () => {
      const reminderGroup = await makeGroup(owner.id);
      const [early, late] = await makeMembers(reminderGroup.id, 2);
      const now = new Date();
      const { id } = await makeMeetup(owner.id, reminderGroup.id, { title: "Late answers", startsAt: new Date(now.getTime() + 20 * HOUR) }, now);
      await rsvpToMeetup(early!.id, id, "going");
      expect(await sendMeetupReminders(now)).toMatchObject({ notifications: 2 }); // early, and the host
      expect(await notificationsOf(late!.id, "meetup.reminder")).toHaveLength(0);

      await rsvpToMeetup(late!.id, id, "going");
      const next = new Date(now.getTime() + 5 * 60_000);
      expect(await sendMeetupReminders(next)).toEqual({ meetups: 1, notifications: 1 });
      expect((await notificationsOf(late!.id, "meetup.reminder")).map((notice) => notice.message)).toEqual([expect.stringMatching(/^Reminder: “Late answers” starts /)]);
      expect((await db.rsvp.findUniqueOrThrow({ where: { meetupId_userId: { meetupId: id, userId: late!.id } } })).remindedAt).toEqual(next);
      // Everyone has had theirs: the next runs find nothing to do.
      expect(await sendMeetupReminders(new Date(next.getTime() + 5 * 60_000))).toEqual({ meetups: 0, notifications: 0 });
      // Saying maybe, then going again, is no reason to be reminded twice.
      await rsvpToMeetup(early!.id, id, "maybe");
      await rsvpToMeetup(early!.id, id, "going");
      expect(await sendMeetupReminders(new Date(next.getTime() + 10 * 60_000))).toEqual({ meetups: 0, notifications: 0 });
      for (const person of [early!, late!, owner]) expect((await notificationsOf(person.id, "meetup.reminder")).filter((notice) => notice.url.endsWith(`/meetups/${id}`))).toHaveLength(1);
    });

    it("two runs at once remind each late answer once", async () => {
      const reminderGroup = await makeGroup(owner.id);
      const people = await makeMembers(reminderGroup.id, 6);
      const now = new Date();
      const { id } = await makeMeetup(owner.id, reminderGroup.id, { title: "Racing runs", startsAt: new Date(now.getTime() + 3 * HOUR) }, now);
      await sendMeetupReminders(now); // the host's
      for (const person of people) await rsvpToMeetup(person.id, id, "going");
      const later = new Date(now.getTime() + 5 * 60_000);
      const runs = await Promise.all([sendMeetupReminders(later), sendMeetupReminders(later), sendMeetupReminders(later)]);
      expect(runs.reduce((sum, run) => sum + run.notifications, 0)).toBe(people.length);
      for (const person of people) expect(await notificationsOf(person.id, "meetup.reminder")).toHaveLength(1);
    });

    it("someone promoted from the waitlist within the last 24 hours is reminded on the next run", async () => {
      const reminderGroup = await makeGroup(owner.id);
      const [seated, waiting] = await makeMembers(reminderGroup.id, 2);
      const now = new Date();
      const { id } = await makeMeetup(owner.id, reminderGroup.id, { title: "One seat", capacity: 1, startsAt: new Date(now.getTime() + 12 * HOUR) }, now);
      await rsvpToMeetup(seated!.id, id, "going");
      expect(await rsvpToMeetup(waiting!.id, id, "going")).toMatchObject({ status: "waitlisted" });
      await sendMeetupReminders(now);
      // Waiting for a seat is not going: no reminder yet.
      expect(await notificationsOf(waiting!.id, "meetup.reminder")).toHaveLength(0);

      expect((await rsvpToMeetup(seated!.id, id, "not_going")).promoted).toEqual([waiting!.id]);
      await sendMeetupReminders(new Date(now.getTime() + 2 * HOUR));
      expect(await notificationsOf(waiting!.id, "meetup.promoted")).toHaveLength(1);
      expect(await notificationsOf(waiting!.id, "meetup.reminder")).toHaveLength(1);
      await sendMeetupReminders(new Date(now.getTime() + 3 * HOUR));
      expect(await notificationsOf(waiting!.id, "meetup.reminder")).toHaveLength(1);
      expect(await notificationsOf(seated!.id, "meetup.reminder")).toHaveLength(1);
    });

    it("nobody is reminded from the start on, however late they said going", async () => {
      const reminderGroup = await makeGroup(owner.id);
      const [late] = await makeMembers(reminderGroup.id, 1);
      const now = new Date();
      const startsAt = new Date(now.getTime() + 2 * HOUR);
      const { id } = await makeMeetup(owner.id, reminderGroup.id, { title: "Too late", startsAt }, now);
      await sendMeetupReminders(now);
      await rsvpToMeetup(late!.id, id, "going");
      // The job's next runs come at and after the start.
      expect(await sendMeetupReminders(startsAt)).toEqual({ meetups: 0, notifications: 0 });
      expect(await sendMeetupReminders(new Date(startsAt.getTime() + 5 * 60_000))).toEqual({ meetups: 0, notifications: 0 });
      expect(await notificationsOf(late!.id, "meetup.reminder")).toHaveLength(0);
      expect((await db.rsvp.findUniqueOrThrow({ where: { meetupId_userId: { meetupId: id, userId: late!.id } } })).remindedAt).toBeNull();
    });

    it("the reminder's bookkeeping leaves the order in which people answered alone", async () => {
      const reminderGroup = await makeGroup(owner.id);
      const [first, second] = await makeMembers(reminderGroup.id, 2);
      const now = new Date();
      const { id } = await makeMeetup(owner.id, reminderGroup.id, { title: "Order kept", startsAt: new Date(now.getTime() + 6 * HOUR) }, now);
      await rsvpToMeetup(first!.id, id, "going");
      await rsvpToMeetup(second!.id, id, "going");
      const answeredAt = (await db.rsvp.findMany({ where: { meetupId: id }, orderBy: { userId: "asc" } })).map((row) => row.updatedAt.getTime());
      const meetupChangedAt = (await db.meetup.findUniqueOrThrow({ where: { id } })).updatedAt;
      await sendMeetupReminders(now);
      expect((await db.rsvp.findMany({ where: { meetupId: id }, orderBy: { userId: "asc" } })).map((row) => row.updatedAt.getTime())).toEqual(answeredAt);
      expect((await db.meetup.findUniqueOrThrow({ where: { id } })).updatedAt).toEqual(meetupChangedAt);
    });
  });

  describe("visibility and calendars", () => {
    it("My meetups lists answers across groups, suggestions from one's groups, and attended meetups", async () => {
      const person = await makeUser();
      const other = await makeGroup(owner.id);
      await addMember(group.id, person.id);
      await addMember(other.id, person.id);
      const answered = await makeMeetup(organizer.id, group.id, { title: "Answered" });
      const suggested = await makeMeetup(owner.id, other.id, { title: "Suggested" });
      await rsvpToMeetup(person.id, answered.id, "maybe");
      const mine = await listUserMeetups(person.id, { id: person.id, isSiteAdmin: false }, new Date());
      expect(mine.upcoming.map((meetup) => [meetup.id, meetup.status])).toEqual([[answered.id, "maybe"]]);
      expect(mine.suggestions.map((meetup) => meetup.id)).toContain(suggested.id);
      expect(mine.suggestions.map((meetup) => meetup.id)).not.toContain(answered.id);
      expect(mine.attended).toEqual([]);

      // They go, are checked in: the meetup moves to "attended".
      const startsAt = new Date(Date.now() - HOUR);
      const held = await makeMeetup(organizer.id, group.id, { title: "Held", startsAt, endsAt: new Date(startsAt.getTime() + 30 * 60_000) });
      await setCheckIn(organizer.id, held.id, person.id, true);
      const after = await listUserMeetups(person.id, { id: person.id, isSiteAdmin: false }, new Date());
      expect(after.attended.map((meetup) => [meetup.id, meetup.checkInCount])).toEqual([[held.id, 1]]);

      // A host finds the meetups they scheduled among their own, not among the suggestions.
      const host = await listUserMeetups(organizer.id, { id: organizer.id, isSiteAdmin: false }, new Date());
      expect(host.upcoming.filter((meetup) => meetup.id === answered.id).map((meetup) => meetup.status)).toEqual(["hosting"]);
      expect(host.suggestions.map((meetup) => meetup.id)).not.toContain(answered.id);
    });

    it("lists: the group page shows the next meetups soonest first and the latest past ones newest first, never cancelled ones; the Meetups tab pages both", async () => {
      const quiet = await makeGroup(owner.id);
      const now = new Date();
      const at = (days: number) => new Date(now.getTime() + days * DAY);
      const make = (title: string, days: number) => makeMeetup(owner.id, quiet.id, { title, startsAt: at(days), endsAt: new Date(at(days).getTime() + HOUR) });
      await make("Soon", 2);
      await make("Later", 9);
      await make("Latest", 30);
      await make("Fourth", 40);
      const dropped = await make("Dropped", 1);
      await cancelMeetup(owner.id, dropped.id, null);
      await make("Last week", -7);
      await make("Last month", -30);
      const titles = (rows: { title: string }[]) => rows.map((row) => row.title);
      expect(titles(await listAsideMeetups(quiet.id, now, "next"))).toEqual(["Soon", "Later", "Latest"]);
      expect(titles(await listAsideMeetups(quiet.id, now, "recent"))).toEqual(["Last week", "Last month"]);
      const upcoming = await listGroupMeetups(quiet.id, now, { past: false, limit: 2 });
      expect(upcoming.total).toBe(5);
      expect(titles(upcoming.meetups)).toEqual(["Dropped", "Soon"]);
      expect(titles((await listGroupMeetups(quiet.id, now, { past: false, limit: 2, page: 3 })).meetups)).toEqual(["Fourth"]);
      expect(titles((await listGroupMeetups(quiet.id, now, { past: true })).meetups)).toEqual(["Last week", "Last month"]);
    });

    it("feed keys: a member's key opens that private group's feed and nothing else; the personal feed lists what one goes to or hosts", async () => {
      const secret = await makeGroup(owner.id, { visibility: "private" });
      const otherSecret = await makeGroup(owner.id, { visibility: "private" });
      const insider = await makeUser();
      await addMember(secret.id, insider.id);
      await addMember(otherSecret.id, insider.id);
      await addMember(group.id, insider.id);
      const meetup = await makeMeetup(owner.id, secret.id, { title: "Members only" });
      const token = (await db.user.findUniqueOrThrow({ where: { id: insider.id } })).calendarToken;
      // Fetched by a calendar app: no session.
      const feed = (slug: string, query: Record<string, string>) => loadGroupForCalendar(slug, new URLSearchParams(query), async () => null);
      const access = (await loadGroupFeedAccess(insider.id, secret.id))!;
      expect(access.key).not.toContain(token);
      expect((await feed(secret.slug, { ...access }))?.tokenOwner?.id).toBe(insider.id);
      // That key opens no other feed, not even another private group of the same member's…
      expect(await feed(otherSecret.slug, { ...access })).toBeNull();
      // …and the key to a public group's feed does not open a private one.
      expect(await feed(secret.slug, { ...(await loadGroupFeedAccess(insider.id, group.id))! })).toBeNull();
      // A non-member's own key, a made-up key, half an address: 404, even on a public group.
      expect(await feed(secret.slug, { ...(await loadGroupFeedAccess(outsider.id, secret.id))! })).toBeNull();
      expect(await feed(secret.slug, { member: insider.id, key: "not-a-real-key-at-all" })).toBeNull();
      expect(await feed(group.slug, { member: insider.id, key: "not-a-real-key-at-all" })).toBeNull();
      expect(await feed(group.slug, { member: insider.id })).toBeNull();
      // The calendar token no longer opens group feeds, as a key or as the old `?token=`; on a
      // public group the old address still serves its public feed, for nobody in particular.
      expect(await feed(secret.slug, { member: insider.id, key: token })).toBeNull();
      expect(await feed(secret.slug, { token })).toBeNull();
      expect(await feed(group.slug, { token })).toMatchObject({ group: { id: group.id }, tokenOwner: null });

      expect(await listUserFeedMeetups({ id: insider.id, isSiteAdmin: false }, new Date())).toHaveLength(0);
      await rsvpToMeetup(insider.id, meetup.id, "going");
      expect((await listUserFeedMeetups({ id: insider.id, isSiteAdmin: false }, new Date())).map((row) => row.id)).toEqual([meetup.id]);
      // Removed from the group: the private meetup leaves their feed.
      await db.membership.update({ where: { groupId_userId: { groupId: secret.id, userId: insider.id } }, data: { status: "banned" } });
      expect(await listUserFeedMeetups({ id: insider.id, isSiteAdmin: false }, new Date())).toHaveLength(0);
      // The host's own feed has the meetups they scheduled, answer or not.
      expect((await listUserFeedMeetups({ id: owner.id, isSiteAdmin: false }, new Date())).map((row) => row.id)).toContain(meetup.id);

      const fresh = await resetCalendarToken(insider.id);
      expect(fresh).not.toBe(token);
      expect(await findCalendarTokenOwner(token)).toBeNull();
      expect((await findCalendarTokenOwner(fresh))?.id).toBe(insider.id);
      // A reset changes the group keys too.
      await addMember(secret.id, insider.id);
      expect(await feed(secret.slug, { ...access })).toBeNull();
      expect((await feed(secret.slug, { ...(await loadGroupFeedAccess(insider.id, secret.id))! }))?.group.id).toBe(secret.id);
    });

    it("calendars carry an online meeting link for the group's active members (and site admins) only", async () => {
      const link = "https://meet.example/members-room";
      const { id } = await makeMeetup(organizer.id, group.id, { title: "Online soil clinic", online: true, onlineUrl: link, venueName: null, venueAddress: null });
      const [admin, insider] = await Promise.all([makeUser({ isSiteAdmin: true }), makeUser()]);
      await addMember(group.id, insider.id);
      const linkFor = async (requester: { id: string; isSiteAdmin: boolean } | null) => (await loadCalendarMeetup(id, group.id, requester))?.onlineUrl;
      expect(await linkFor(null)).toBeNull();
      expect(await linkFor(outsider)).toBeNull();
      expect(await linkFor(member)).toBe(link);
      expect(await linkFor(admin)).toBe(link);
      const feedLink = async (requester: { id: string; isSiteAdmin: boolean } | null) => (await listGroupFeedMeetups(group.id, new Date(), requester)).find((row) => row.id === id)?.onlineUrl;
      expect(await feedLink(null)).toBeNull();
      expect(await feedLink(outsider)).toBeNull();
      expect(await feedLink(member)).toBe(link);

      // The feeds' requester is the token's owner, never a session.
      const calendar = await loadGroupForCalendar(group.slug, new URLSearchParams({ ...(await loadGroupFeedAccess(insider.id, group.id))! }));
      expect(calendar?.tokenOwner?.id).toBe(insider.id);
      expect(calendar?.requester?.id).toBe(insider.id);

      // The personal feed decides per meetup: a banned member keeps the meetup (a public group's)
      // but loses the link.
      await rsvpToMeetup(insider.id, id, "going");
      expect((await listUserFeedMeetups(insider, new Date())).find((row) => row.id === id)?.onlineUrl).toBe(link);
      await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: insider.id } }, data: { status: "banned" } });
      const after = (await listUserFeedMeetups(insider, new Date())).find((row) => row.id === id);
      expect(after?.title).toBe("Online soil clinic");
      expect(after?.onlineUrl).toBeNull();
      expect(await linkFor(insider)).toBeNull();
    });
  });
});
