import { describe, expect, it } from "vitest";
import { attendanceWording, editSaveNote, lateWithdrawalHint, listAttendance, meetupList, outsiderAnswerHint, overCapacityNote, savedNotice, scheduledNotice, seatsSummary } from "./page-wording";
import { decideCapacityChange, decideRsvp, type RsvpRow } from "./rsvp";

const NOW = new Date("2026-06-01T10:00:00Z");
const hours = (n: number) => new Date(NOW.getTime() + n * 3600_000);
const going = (userId: string): RsvpRow => ({ userId, status: "going", waitlistedAt: null });

describe("meetupList (the breadcrumb)", () => {
  it("a cancelled meetup is in no list but 'cancelled', whatever its date", () => {
    expect(meetupList({ cancelledAt: hours(-1), endsAt: hours(48) }, NOW)).toBe("cancelled");
    expect(meetupList({ cancelledAt: hours(-100), endsAt: hours(-50) }, NOW)).toBe("cancelled");
  });

  it("past once it has ended; a meetup in progress is still upcoming, as on the Meetups tab", () => {
    expect(meetupList({ cancelledAt: null, endsAt: hours(-1) }, NOW)).toBe("past");
    expect(meetupList({ cancelledAt: null, endsAt: hours(1) }, NOW)).toBe("upcoming");
    expect(meetupList({ cancelledAt: null, endsAt: NOW }, NOW)).toBe("upcoming");
  });
});

describe("seats", () => {
  it("counts taken seats and the waitlist when the capacity holds", () => {
    expect(seatsSummary(5, { going: 2, waitlisted: 0 })).toEqual({ headline: "2 of 5 taken", note: null });
    expect(seatsSummary(2, { going: 2, waitlisted: 3 })).toEqual({ headline: "2 of 2 taken · 3 on the waitlist", note: null });
    expect(seatsSummary(null, { going: 7, waitlisted: 0 })).toEqual({ headline: "7 going · no limit", note: null });
  });

  it("never says more seats are taken than exist: over the capacity, it says so and what happens next", () => {
    const seats = seatsSummary(1, { going: 2, waitlisted: 1 });
    expect(seats.headline).toBe("2 going — over the capacity of 1 · 1 on the waitlist");
    expect(seats.headline).not.toMatch(/of 1 taken/);
    expect(seats.note).toBe("Nobody was removed: new “going” answers join the waitlist, and the next seat opens once 2 of those going withdraw.");
  });

  it("the note says what the state machine does: a lowered capacity removes nobody, a new 'going' waits, and a seat opens only after enough withdrawals", () => {
    const rows = [going("a"), going("b"), going("c")];
    const rules = { capacity: 1, startsAt: hours(24), rsvpDeadline: null, cancelledAt: null };
    expect(decideCapacityChange(1, rows)).toEqual([]);
    const newcomer = decideRsvp(rules, rows, { userId: "d", answer: "going" }, NOW);
    expect(newcomer.ok && newcomer.status).toBe("waitlisted");
    expect(overCapacityNote(1, 3)).toContain("once 3 of those going withdraw");
    // Two withdrawals leave one going: still no free seat…
    const afterTwo = [going("c"), { userId: "d", status: "waitlisted" as const, waitlistedAt: NOW }];
    expect(decideCapacityChange(1, afterTwo)).toEqual([]);
    // …the third opens it, and the first in line gets it.
    const third = decideRsvp(rules, afterTwo, { userId: "c", answer: "not_going" }, NOW);
    expect(third.ok && third.promoted).toEqual(["d"]);
  });

  it("once answers are closed, only that nobody was removed: there are no new answers to speak of", () => {
    expect(seatsSummary(1, { going: 2, waitlisted: 0 }, false)).toEqual({ headline: "2 going — over the capacity of 1", note: "Nobody was removed when the capacity was lowered." });
    expect(savedNotice(1, 2, false)).toBe("Changes saved. 2 people are already going, more than the capacity of 1. Nobody was removed when the capacity was lowered.");
  });

  it("no note while the capacity holds, exactly full included", () => {
    expect(overCapacityNote(3, 3)).toBeNull();
    expect(overCapacityNote(null, 300)).toBeNull();
  });
});

describe("savedNotice", () => {
  it("confirms an ordinary save", () => {
    expect(savedNotice(10, 3)).toBe("Changes saved.");
    expect(savedNotice(null, 3)).toBe("Changes saved.");
  });

  it("tells the organizer who lowered the capacity below those going that nobody was removed", () => {
    expect(savedNotice(1, 2)).toBe(
      "Changes saved. 2 people are already going, more than the capacity of 1. Nobody was removed: new “going” answers join the waitlist, and the next seat opens once 2 of those going withdraw.",
    );
  });
});

describe("scheduledNotice", () => {
  it("says how many members were notified", () => {
    expect(scheduledNotice("12")).toBe("Meetup scheduled. 12 members of the group were notified.");
    expect(scheduledNotice("1")).toBe("Meetup scheduled. 1 member of the group was notified.");
    expect(scheduledNotice("1200")).toBe("Meetup scheduled. 1,200 members of the group were notified.");
  });

  it("tells the organizer when nobody was, so they spread the word themselves", () => {
    expect(scheduledNotice("0")).toMatch(/^Meetup scheduled\. Nobody was notified: .* Share the link/);
  });

  it("reads anything but a count as no count", () => {
    for (const odd of [undefined, "", "-3", "2.5", "lots", "123456789", ["3", "4"]]) expect(scheduledNotice(odd)).toBe("Meetup scheduled.");
  });
});

describe("attendanceWording", () => {
  const counts = { going: 2, maybe: 1 };

  it("before the meetup: who is coming", () => {
    const wording = attendanceWording({ cancelled: false, started: false, checkedIn: 0 });
    expect(wording).toMatchObject({ heading: "Who is coming", going: "Going", waitlist: "Waitlist", maybe: "Maybe", none: "No answer yet." });
    expect(wording.counts(counts)).toBe("2 going · 1 maybe. Members of the group see who.");
    expect(wording.counts({ going: 0, maybe: 0 })).toBe("0 going. Members of the group see who.");
  });

  it("once started: who came when people were checked in, else who had answered", () => {
    expect(attendanceWording({ cancelled: false, started: true, checkedIn: 4 })).toMatchObject({ heading: "4 came", came: "Came", going: "Had answered going" });
    expect(attendanceWording({ cancelled: false, started: true, checkedIn: 0 })).toMatchObject({ heading: "Who had answered", none: "Nobody had answered." });
    expect(attendanceWording({ cancelled: false, started: true, ended: true, checkedIn: 0 })).toMatchObject({ heading: "Who had answered" });
  });

  it("under way before anyone is checked in: the answers still stand, in the present", () => {
    expect(attendanceWording({ cancelled: false, started: true, ended: false, checkedIn: 0 })).toMatchObject({ heading: "Who said they would come", going: "Going", waitlist: "On the waitlist" });
    expect(attendanceWording({ cancelled: false, started: true, ended: false, checkedIn: 2 })).toMatchObject({ heading: "2 came" });
    expect(attendanceWording({ cancelled: true, started: true, ended: false, checkedIn: 0 })).toMatchObject({ heading: "Who had answered" });
  });

  it("a cancelled meetup lists who had answered, in the past tense, even if people had been checked in", () => {
    const wording = attendanceWording({ cancelled: true, started: false, checkedIn: 0 });
    expect(wording).toMatchObject({ heading: "Who had answered", going: "Had answered going", waitlist: "Were on the waitlist", maybe: "Had answered maybe", none: "Nobody had answered." });
    expect(wording.counts(counts)).toBe("2 had answered going · 1 maybe. Members of the group see who.");
    expect(attendanceWording({ cancelled: true, started: true, checkedIn: 3 }).heading).toBe("Who had answered");
  });
});

describe("listAttendance (a meetup's line in a list)", () => {
  const meetup = { cancelledAt: null, capacity: 10 as number | null, goingCount: 3, checkInCount: 0 };
  it("counts going against the seats, and says when a lowered capacity is exceeded", () => {
    expect(listAttendance(meetup)).toBe("3 / 10 going");
    expect(listAttendance({ ...meetup, capacity: null })).toBe("3 going");
    expect(listAttendance({ ...meetup, capacity: 2 })).toBe("3 going (capacity 2)");
    // A full meetup reads as full wherever it is listed (the Meetups tab, the group page's aside).
    expect(listAttendance({ ...meetup, goingCount: 10 })).toBe("10 / 10 going · full");
    expect(listAttendance({ ...meetup, goingCount: 10, waitlistCount: 3 })).toBe("10 / 10 going · 3 on the waitlist");
    expect(listAttendance({ ...meetup, capacity: 2, waitlistCount: 1 })).toBe("3 going (capacity 2) · 1 on the waitlist");
  });
  it("a meetup says who came once anyone was checked in (past or in progress); a cancelled one says nothing", () => {
    expect(listAttendance({ ...meetup, checkInCount: 4 })).toBe("4 came");
    expect(listAttendance(meetup)).toBe("3 / 10 going");
    expect(listAttendance({ ...meetup, cancelledAt: new Date() })).toBeNull();
  });
});

describe("lateWithdrawalHint", () => {
  it("says what withdrawing does for the answer one holds", () => {
    expect(lateWithdrawalHint("going", true)).toMatch(/your seat goes to the next person waiting\.$/);
    // Nobody waiting (or no capacity at all): no seat to hand on.
    expect(lateWithdrawalHint("going", false)).toMatch(/say so: the organizer plans with the answers\.$/);
    expect(lateWithdrawalHint("waitlisted", true)).toMatch(/leave the waitlist\.$/);
    expect(lateWithdrawalHint("maybe", false)).toMatch(/the organizer plans with the answers\.$/);
    expect(lateWithdrawalHint("waitlisted", true)).not.toMatch(/seat/);
  });
});

describe("editSaveNote (beside the edit form's save button)", () => {
  it("says a started meetup's changes notify no one, and nothing before the start", () => {
    expect(editSaveNote(true)).toBe("This meetup has started: changes are saved without notifying anyone.");
    expect(editSaveNote(false)).toBeNull();
  });
});

describe("what the answer box offers someone who cannot answer", () => {
  it("signing in or joining while answers are open, and nothing about answering once they are closed (a past or cancelled meetup)", () => {
    expect(outsiderAnswerHint(false, true)).toBe("sign-in");
    expect(outsiderAnswerHint(true, true)).toBe("join");
    expect(outsiderAnswerHint(false, false)).toBeNull();
    expect(outsiderAnswerHint(true, false)).toBeNull();
  });
});
