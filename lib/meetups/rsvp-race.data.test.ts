/**
 * RSVPs under concurrency, against the real PostgreSQL: the meetup row lock must make 50
 * simultaneous "going" answers on 10 seats end with exactly 10 going and 40 waitlisted in a
 * strict order, whatever the timing; and simultaneous withdrawals must promote each waitlisted
 * person at most once, in order.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeGroup, makeUser } from "@/test/fixtures";
import { loadViewerRsvp } from "./data";
import { rsvpToMeetup } from "./mutations";
import { makeMeetup, makeMembers } from "./test-fixtures";

const ROUNDS = 5;
const PEOPLE = 50;
const SEATS = 10;

async function waitlistInOrder(meetupId: number) {
  return db.rsvp.findMany({ where: { meetupId, status: "waitlisted" }, orderBy: [{ waitlistedAt: "asc" }, { userId: "asc" }], select: { userId: true, waitlistedAt: true } });
}

describe("RSVP race", () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: ${PEOPLE} simultaneous "going" on ${SEATS} seats → ${SEATS} going, ${PEOPLE - SEATS} waitlisted in a strict order`, async () => {
      const owner = await makeUser();
      const group = await makeGroup(owner.id);
      const members = await makeMembers(group.id, PEOPLE);
      const meetup = await makeMeetup(owner.id, group.id, { capacity: SEATS });

      const results = await Promise.all(members.map((member) => rsvpToMeetup(member.id, meetup.id, "going")));

      const rows = await db.rsvp.findMany({ where: { meetupId: meetup.id } });
      expect(rows).toHaveLength(PEOPLE);
      expect(rows.filter((row) => row.status === "going")).toHaveLength(SEATS);
      expect(rows.filter((row) => row.status === "waitlisted")).toHaveLength(PEOPLE - SEATS);
      expect(rows.filter((row) => row.status === "going").every((row) => row.waitlistedAt === null)).toBe(true);

      // What each request was told agrees with what was stored.
      expect(results.filter((result) => result.status === "going")).toHaveLength(SEATS);
      const byUser = new Map(rows.map((row) => [row.userId, row.status]));
      members.forEach((member, i) => expect(results[i]!.status).toBe(byUser.get(member.id)));

      // Stamps strictly increase: no tie, so the order is the order of arrival at the lock.
      const line = await waitlistInOrder(meetup.id);
      const stamps = line.map((row) => row.waitlistedAt!.getTime());
      expect(new Set(stamps).size).toBe(PEOPLE - SEATS);
      for (let i = 1; i < stamps.length; i++) expect(stamps[i]!).toBeGreaterThan(stamps[i - 1]!);

      // Each person was told their place when they answered, and places are 1…40 with no repeat.
      const toldPositions = results.filter((result) => result.status === "waitlisted").map((result) => result.position!);
      expect([...toldPositions].sort((a, b) => a - b)).toEqual(Array.from({ length: PEOPLE - SEATS }, (_, i) => i + 1));
      // …and the stored order gives each the same place it was told.
      const told = new Map(members.map((member, i) => [member.id, results[i]!.position]));
      line.forEach((row, index) => expect(told.get(row.userId)).toBe(index + 1));

      // The meetup page reads the same places.
      const pagePositions = await Promise.all(line.map((row) => loadViewerRsvp(meetup.id, row.userId)));
      expect(pagePositions.map((rsvp) => rsvp.position)).toEqual(Array.from({ length: PEOPLE - SEATS }, (_, i) => i + 1));
    });
  }

  it("simultaneous withdrawals promote the first in line, each exactly once", async () => {
    const owner = await makeUser();
    const group = await makeGroup(owner.id);
    const members = await makeMembers(group.id, 30);
    const meetup = await makeMeetup(owner.id, group.id, { capacity: SEATS });
    // One at a time, so the expected order is known: the first 10 go, the next 20 wait in order.
    for (const member of members) await rsvpToMeetup(member.id, meetup.id, "going");
    const before = await waitlistInOrder(meetup.id);
    expect(before.map((row) => row.userId)).toEqual(members.slice(SEATS).map((member) => member.id));

    // 6 going members withdraw and 2 people far back in line leave it, all at once. (Someone
    // near the front could be promoted a moment before their own withdrawal lands: also
    // correct, but then the final set depends on timing.)
    const withdrawing = members.slice(0, 6);
    const leaving = [members[SEATS + 10]!, members[SEATS + 13]!];
    await Promise.all([
      ...withdrawing.map((member, i) => rsvpToMeetup(member.id, meetup.id, i % 2 ? "maybe" : "not_going")),
      ...leaving.map((member) => rsvpToMeetup(member.id, meetup.id, "not_going")),
    ]);

    const line = members.slice(SEATS).filter((member) => !leaving.includes(member));
    const expectedPromoted = line.slice(0, 6).map((member) => member.id);
    const rows = await db.rsvp.findMany({ where: { meetupId: meetup.id } });
    const going = rows.filter((row) => row.status === "going").map((row) => row.userId);
    expect(going).toHaveLength(SEATS);
    expect(new Set(going)).toEqual(new Set([...members.slice(6, SEATS).map((member) => member.id), ...expectedPromoted]));
    expect((await waitlistInOrder(meetup.id)).map((row) => row.userId)).toEqual(line.slice(6).map((member) => member.id));

    const notices = await db.notification.findMany({ where: { kind: "meetup.promoted", url: { endsWith: `/meetups/${meetup.id}` } }, select: { userId: true } });
    expect(notices.map((notice) => notice.userId).sort()).toEqual([...expectedPromoted].sort());
  });
});
