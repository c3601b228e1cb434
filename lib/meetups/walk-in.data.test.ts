import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMember, makeGroup, makeLookupCast, makeUser } from "@/test/fixtures";
import { loadCheckInSheet } from "./data";
import { checkInByNameOrEmail, setCheckIn } from "./mutations";
import { failure, makeMeetup, makeMembers } from "./test-fixtures";

const MINUTE = 60_000;

type User = Awaited<ReturnType<typeof makeUser>>;

/** A meetup of the group that started 10 minutes ago: check-in is open. */
async function startedMeetup(organizerId: string, groupId: string) {
  const startsAt = new Date(Date.now() - 10 * MINUTE);
  const { id } = await makeMeetup(organizerId, groupId, { startsAt });
  return id;
}

/** An answer given before the start (rsvpToMeetup takes none once the meetup has begun). */
async function saidGoing(meetupId: number, userId: string) {
  await db.rsvp.create({ data: { meetupId, userId, status: "going" } });
}

async function checkedIn(meetupId: number) {
  return db.checkIn.findMany({ where: { meetupId }, orderBy: { userId: "asc" }, select: { userId: true, walkIn: true } });
}

/** Issue 5 §4: walk-ins of a group too large to list are typed by name or email. */
describe("meetups: walk-ins by name or email", () => {
  let owner: User;
  let organizer: User;
  let member: User;
  let cast: Awaited<ReturnType<typeof makeLookupCast>>;

  beforeAll(async () => {
    [owner, organizer, member] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    cast = await makeLookupCast(owner.id);
    await addMember(cast.group.id, organizer.id, "organizer");
    await addMember(cast.group.id, member.id);
  });

  it("by name (any case) or by account email, as a walk-in, and tells them", async () => {
    const id = await startedMeetup(organizer.id, cast.group.id);
    await saidGoing(id, member.id);
    expect(await checkInByNameOrEmail(organizer.id, id, cast.member.name.toUpperCase())).toEqual({ userId: cast.member.id, name: cast.member.name });
    // Someone who said "going", typed rather than ticked, is not a walk-in.
    await checkInByNameOrEmail(organizer.id, id, member.email.toUpperCase());
    expect(await checkedIn(id)).toEqual(
      [
        { userId: cast.member.id, walkIn: true },
        { userId: member.id, walkIn: false },
      ].sort((a, b) => a.userId.localeCompare(b.userId)),
    );
    expect(await db.notification.count({ where: { userId: cast.member.id, kind: "meetup.attended" } })).toBe(1);
    const sheet = await loadCheckInSheet({ id, groupId: cast.group.id, organizer });
    expect(sheet.walkIns.map((person) => person.id)).toEqual([cast.member.id]);
    expect(sheet.checkedInCount).toBe(2);
  });

  it("says why someone cannot be checked in, on the field, and checks in nobody", async () => {
    const id = await startedMeetup(organizer.id, cast.group.id);
    await checkInByNameOrEmail(organizer.id, id, cast.member.email);
    const refused = async (person: string, code: "INVALID" | "ALREADY_EXISTS", message: string | RegExp) => {
      const error = await failure(checkInByNameOrEmail(organizer.id, id, person));
      expect(error).toMatchObject({ code, field: "person" });
      expect(error.message).toMatch(message);
    };
    await refused("Nobody Here", "INVALID", "No member of this group is called “Nobody Here”. Check the spelling, or use their email.");
    await refused(cast.stranger.name, "INVALID", /^No member of this group is called/);
    await refused("nobody-here@example.org", "INVALID", "No member of this group has that email: only its members can be checked in.");
    await refused(cast.stranger.email, "INVALID", "No member of this group has that email: only its members can be checked in.");
    await refused(cast.removed.email, "INVALID", `${cast.removed.name} was removed from this group: they cannot be checked in.`);
    await refused(cast.removed.name, "INVALID", /was removed from this group/);
    await refused(cast.member.name, "ALREADY_EXISTS", `${cast.member.name} is already checked in.`);
    await setCheckIn(organizer.id, id, organizer.id, true);
    await refused(organizer.email, "ALREADY_EXISTS", "You are already checked in.");
    expect((await checkedIn(id)).map((row) => row.userId).sort()).toEqual([cast.member.id, organizer.id].sort());
  });

  it("two members with the same name must be named by email", async () => {
    const twins = await Promise.all([makeUser({ name: "Sam Walkin Twin" }), makeUser({ name: "Sam Walkin Twin" })]);
    for (const twin of twins) await addMember(cast.group.id, twin.id);
    const id = await startedMeetup(organizer.id, cast.group.id);
    const error = await failure(checkInByNameOrEmail(organizer.id, id, "sam walkin twin"));
    expect(error).toMatchObject({ code: "INVALID", field: "person", message: "Several members are called “sam walkin twin”: use the email of the one you mean." });
    await checkInByNameOrEmail(organizer.id, id, twins[1]!.email);
    expect(await checkedIn(id)).toEqual([{ userId: twins[1]!.id, walkIn: true }]);
  });

  describe("looks no one up before the actor may check people in, and limits the lookups", () => {
    const setting = process.env.TOILE_RATE_LIMITS;
    afterEach(() => {
      process.env.TOILE_RATE_LIMITS = setting;
    });
    const lookups = async (actorId: string) => (await db.rateLimiterFlexible.findUnique({ where: { key: `checkInLookup:${actorId}` } }))?.points ?? 0;

    it("a member, an outsider of a private group, or a meetup not yet started or cancelled: refused whatever was typed, no lookup spent", async () => {
      process.env.TOILE_RATE_LIMITS = "on";
      const id = await startedMeetup(organizer.id, cast.group.id);
      // The same answer for an address with an account and one without: nothing is learnt.
      for (const person of [cast.stranger.email, "nobody-here@example.org"]) expect(await failure(checkInByNameOrEmail(member.id, id, person))).toMatchObject({ code: "FORBIDDEN" });
      const secret = await makeGroup(owner.id, { visibility: "private" });
      const hidden = await startedMeetup(owner.id, secret.id);
      expect((await failure(checkInByNameOrEmail(cast.stranger.id, hidden, owner.email))).code).toBe("NOT_FOUND");
      const later = await makeMeetup(organizer.id, cast.group.id, { startsAt: new Date(Date.now() + 60 * MINUTE) });
      expect(await failure(checkInByNameOrEmail(organizer.id, later.id, cast.member.email))).toMatchObject({ code: "CONFLICT", message: "Check-in opens when the meetup starts." });
      expect([await lookups(member.id), await lookups(cast.stranger.id), await lookups(organizer.id)]).toEqual([0, 0, 0]);
      expect(await db.checkIn.count({ where: { meetupId: { in: [id, hidden, later.id] } } })).toBe(0);
    });

    it("an organizer looks up at most 120 people an hour", async () => {
      process.env.TOILE_RATE_LIMITS = "on";
      const busy = await makeUser();
      await addMember(cast.group.id, busy.id, "organizer");
      const id = await startedMeetup(busy.id, cast.group.id);
      await db.rateLimiterFlexible.upsert({ where: { key: `checkInLookup:${busy.id}` }, create: { key: `checkInLookup:${busy.id}`, points: 119, expire: new Date(Date.now() + 60 * MINUTE) }, update: {} });
      await checkInByNameOrEmail(busy.id, id, cast.member.email);
      expect(await failure(checkInByNameOrEmail(busy.id, id, member.email))).toMatchObject({ code: "RATE_LIMITED", message: /checked in many people by name or email/ });
      // The list (ids, not names) is not limited.
      await setCheckIn(busy.id, id, member.id, true);
      expect((await checkedIn(id)).map((row) => row.userId).sort()).toEqual([cast.member.id, member.id].sort());
    });
  });

  it("the sheet lists the other members only up to the limit, and never those already on it", async () => {
    const small = await makeGroup(owner.id);
    await addMember(small.id, organizer.id, "organizer");
    const [going, walkIn, other] = await makeMembers(small.id, 3);
    const id = await startedMeetup(organizer.id, small.id);
    await saidGoing(id, going!.id);
    await setCheckIn(organizer.id, id, walkIn!.id, true);
    // The owner and one other: two members on neither list (the organizer hosts: their own row).
    const listed = await loadCheckInSheet({ id, groupId: small.id, organizer }, 2);
    expect(listed.others?.map((person) => person.id).sort()).toEqual([owner.id, other!.id].sort());
    expect((await loadCheckInSheet({ id, groupId: small.id, organizer }, 1)).others).toBeNull();
    // The next one in is typed by name, as on a large group's sheet.
    await checkInByNameOrEmail(organizer.id, id, other!.name);
    expect((await loadCheckInSheet({ id, groupId: small.id, organizer }, 1)).others?.map((person) => person.id)).toEqual([owner.id]);
  });

  it("the host has their own row, neither an answer nor a walk-in, and checking them in makes no walk-in", async () => {
    const small = await makeGroup(owner.id);
    await addMember(small.id, organizer.id, "organizer");
    const id = await startedMeetup(organizer.id, small.id);
    const before = await loadCheckInSheet({ id, groupId: small.id, organizer });
    expect(before.host).toEqual({ id: organizer.id, name: organizer.name, checkedIn: false });
    expect(before.answered).toEqual([]);
    expect(before.others?.map((person) => person.id)).toEqual([owner.id]);
    await setCheckIn(organizer.id, id, organizer.id, true);
    const after = await loadCheckInSheet({ id, groupId: small.id, organizer });
    expect(after.host?.checkedIn).toBe(true);
    expect(after.walkIns).toEqual([]);
    expect(after.checkedInCount).toBe(1);
    expect(await db.checkIn.findUniqueOrThrow({ where: { meetupId_userId: { meetupId: id, userId: organizer.id } }, select: { walkIn: true } })).toEqual({ walkIn: false });
  });
});
