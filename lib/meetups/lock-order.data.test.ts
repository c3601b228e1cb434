/**
 * Answers and check-ins racing a departure or a cancellation, against the real PostgreSQL. Each
 * test holds the other side's transaction open after its write, starts the answer or check-in
 * (which passes its early checks against what is committed), waits until it is blocked on a
 * lock, then lets the other side commit: what was decided must be decided on what committed.
 */
import { describe, expect, it } from "vitest";
import { db, type Tx } from "@/lib/db";
import { addMember, makeGroup, makeUser, untilSomeoneWaitsForALock } from "@/test/fixtures";
import { heldChange } from "@/test/held";
import { rsvpToMeetup, setCheckIn, withdrawFromGroupMeetups } from "./mutations";
import { failure, makeMeetup } from "./test-fixtures";

const HOUR = 3600_000;

async function setting() {
  const [owner, member] = await Promise.all([makeUser(), makeUser()]);
  const group = await makeGroup(owner.id);
  await addMember(group.id, member.id);
  return { owner, member, group };
}

const departures = {
  // leaveGroup's transaction: the membership goes, then its answers are withdrawn.
  leaving: (groupId: string, userId: string) => async (tx: Tx) => {
    await tx.membership.delete({ where: { groupId_userId: { groupId, userId } } });
    await withdrawFromGroupMeetups(tx, groupId, userId);
  },
  // removeMember's: the membership becomes banned, then its answers are withdrawn.
  removal: (groupId: string, userId: string) => async (tx: Tx) => {
    await tx.membership.update({ where: { groupId_userId: { groupId, userId } }, data: { status: "banned" } });
    await withdrawFromGroupMeetups(tx, groupId, userId);
  },
};

describe("answers and departures", () => {
  for (const [name, departure] of Object.entries(departures)) {
    it(`a "going" checked before a ${name} commits is refused after it, and holds no seat`, async () => {
      const { owner, member, group } = await setting();
      const meetup = await makeMeetup(owner.id, group.id, { capacity: 1 });
      const leave = await heldChange(departure(group.id, member.id));
      // Its refusal is caught from the start: it may come while the test still awaits the commit.
      const answer = failure(rsvpToMeetup(member.id, meetup.id, "going"));
      await untilSomeoneWaitsForALock();
      leave.release();
      await leave.done;
      expect(await answer).toMatchObject({ code: "FORBIDDEN", message: "Join the group to RSVP to its meetups." });
      expect(await db.rsvp.count({ where: { meetupId: meetup.id } })).toBe(0);
    });
  }
});

describe("check-ins under the meetup's lock", () => {
  it("a check-in that waited for a cancellation is refused: the meetup was cancelled", async () => {
    const { owner, member, group } = await setting();
    const startsAt = new Date(Date.now() + HOUR);
    const meetup = await makeMeetup(owner.id, group.id, { startsAt });
    const cancel = await heldChange(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Meetup" WHERE id = ${meetup.id} FOR UPDATE`;
      await tx.meetup.update({ where: { id: meetup.id }, data: { cancelledAt: new Date() } });
    });
    const checkIn = failure(setCheckIn(owner.id, meetup.id, member.id, true, startsAt));
    await untilSomeoneWaitsForALock();
    cancel.release();
    await cancel.done;
    expect(await checkIn).toMatchObject({ code: "CONFLICT", message: "This meetup was cancelled: there is no one to check in." });
    expect(await db.checkIn.count({ where: { meetupId: meetup.id } })).toBe(0);
  });

  it("a check-in that waited for the person's removal is refused: they are no longer a member", async () => {
    const { owner, member, group } = await setting();
    const startsAt = new Date(Date.now() + HOUR);
    const meetup = await makeMeetup(owner.id, group.id, { startsAt });
    const removal = await heldChange(departures.removal(group.id, member.id));
    const checkIn = failure(setCheckIn(owner.id, meetup.id, member.id, true, startsAt));
    await untilSomeoneWaitsForALock();
    removal.release();
    await removal.done;
    expect(await checkIn).toMatchObject({ code: "INVALID", field: "userId" });
    expect(await db.checkIn.count({ where: { meetupId: meetup.id } })).toBe(0);
  });
});
