import { describe, expect, it } from "vitest";
import { overCapacityNote, savedNotice, seatsSummary } from "./page-wording";
import { decideCapacityChange, decideRsvp, type RsvpRow } from "./rsvp";

const NOW = new Date("2026-06-01T10:00:00Z");
const hours = (n: number) => new Date(NOW.getTime() + n * 3600_000);
const going = (userId: string): RsvpRow => ({ userId, status: "going", waitlistedAt: null });

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
