import { describe, expect, it } from "vitest";
import { decideCapacityChange, decideDeparture, decideRsvp, nextWaitlistStamp, rsvpClosesAt, rsvpRefusal, waitlistOrder, withdrawalOpen, waitlistPosition, type RsvpRow, type RsvpRules } from "./rsvp";

const T0 = new Date("2026-06-01T10:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const rules = (overrides: Partial<RsvpRules> = {}): RsvpRules => ({ capacity: 2, startsAt: at(24 * 60), rsvpDeadline: null, cancelledAt: null, ...overrides });
const going = (userId: string): RsvpRow => ({ userId, status: "going", waitlistedAt: null });
const waiting = (userId: string, minute: number): RsvpRow => ({ userId, status: "waitlisted", waitlistedAt: at(minute) });

/** Applies a decision's changes to the rows, as the mutation writes them. */
function apply(rows: RsvpRow[], changes: RsvpRow[]): RsvpRow[] {
  const map = new Map(rows.map((row) => [row.userId, row]));
  for (const change of changes) map.set(change.userId, change);
  return [...map.values()];
}

describe("RSVP state machine", () => {
  it("seats 'going' answers up to the capacity, then waitlists in arrival order", () => {
    let rows: RsvpRow[] = [];
    const statuses: string[] = [];
    ["a", "b", "c", "d"].forEach((userId, i) => {
      const decision = decideRsvp(rules(), rows, { userId, answer: "going" }, T0, at(i));
      if (!decision.ok) throw new Error(decision.message);
      statuses.push(decision.status);
      rows = apply(rows, decision.changes);
    });
    expect(statuses).toEqual(["going", "going", "waitlisted", "waitlisted"]);
    expect(waitlistOrder(rows).map((row) => row.userId)).toEqual(["c", "d"]);
    expect(waitlistPosition(rows, "d")).toBe(2);
    expect(waitlistPosition(rows, "a")).toBeNull();
  });

  it("without a capacity everyone who says going is going", () => {
    const rows = Array.from({ length: 50 }, (_, i) => going(`u${i}`));
    const decision = decideRsvp(rules({ capacity: null }), rows, { userId: "late", answer: "going" }, T0);
    expect(decision.ok && decision.status).toBe("going");
  });

  it("promotes the first in line when a going member withdraws, and only them", () => {
    const rows = [going("a"), going("b"), waiting("d", 5), waiting("c", 3)];
    const decision = decideRsvp(rules(), rows, { userId: "a", answer: "not_going" }, T0);
    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    expect(decision.status).toBe("not_going");
    expect(decision.promoted).toEqual(["c"]);
    const after = apply(rows, decision.changes);
    expect(after.find((row) => row.userId === "c")).toEqual({ userId: "c", status: "going", waitlistedAt: null });
    expect(waitlistPosition(after, "d")).toBe(1);
  });

  it("'maybe' from going frees the seat too; leaving the waitlist promotes nobody", () => {
    const rows = [going("a"), going("b"), waiting("c", 1), waiting("d", 2)];
    const maybe = decideRsvp(rules(), rows, { userId: "b", answer: "maybe" }, T0);
    expect(maybe.ok && maybe.promoted).toEqual(["c"]);
    const leave = decideRsvp(rules(), rows, { userId: "c", answer: "not_going" }, T0);
    expect(leave.ok && leave.promoted).toEqual([]);
    expect(leave.ok && leave.changes).toEqual([{ userId: "c", status: "not_going", waitlistedAt: null }]);
  });

  it("asking again changes nothing and keeps one's place in line", () => {
    const rows = [going("a"), going("b"), waiting("c", 1), waiting("d", 2)];
    const again = decideRsvp(rules(), rows, { userId: "d", answer: "going" }, T0, at(99));
    expect(again).toEqual({ ok: true, status: "waitlisted", changes: [], promoted: [] });
    const stillGoing = decideRsvp(rules(), rows, { userId: "a", answer: "going" }, T0);
    expect(stillGoing).toEqual({ ok: true, status: "going", changes: [], promoted: [] });
  });

  it("a newcomer never jumps the line, even when a seat happens to be free", () => {
    // Capacity 3 with 2 going and someone waiting: the waiting person gets the seat first.
    const rows = [going("a"), going("b"), waiting("c", 1)];
    const decision = decideRsvp(rules({ capacity: 3 }), rows, { userId: "new", answer: "going" }, T0, at(10));
    expect(decision.ok && decision.status).toBe("waitlisted");
    expect(decision.ok && decision.promoted).toEqual(["c"]);
  });

  it("orders the waitlist strictly even when the clock gives the same stamp twice", () => {
    const rows = [going("a"), going("b"), waiting("c", 5)];
    const stamp = nextWaitlistStamp(rows, at(5));
    expect(stamp.getTime()).toBe(at(5).getTime() + 1);
    const decision = decideRsvp(rules(), rows, { userId: "x", answer: "going" }, T0, at(5));
    expect(decision.ok && decision.changes[0]?.waitlistedAt?.getTime()).toBe(at(5).getTime() + 1);
    // Ties written by hand fall back to the user id, so the order is total.
    expect(waitlistOrder([waiting("z", 1), waiting("m", 1)]).map((row) => row.userId)).toEqual(["m", "z"]);
  });

  it("refuses answers after the deadline, after the start without one, and on a cancelled meetup", () => {
    const deadline = at(60);
    expect(rsvpClosesAt(rules({ rsvpDeadline: deadline }))).toEqual(deadline);
    expect(rsvpClosesAt(rules())).toEqual(at(24 * 60));
    const before = decideRsvp(rules({ rsvpDeadline: deadline }), [], { userId: "a", answer: "going" }, at(59));
    expect(before.ok).toBe(true);
    for (const answer of ["going", "maybe"] as const) {
      const after = decideRsvp(rules({ rsvpDeadline: deadline }), [going("a")], { userId: "a", answer }, at(60));
      expect(after).toMatchObject({ ok: false, reason: "closed", message: expect.stringMatching(/deadline has passed/) });
    }
    expect(rsvpRefusal(rules(), at(24 * 60))).toMatchObject({ reason: "closed", message: expect.stringMatching(/has started/) });
    expect(decideRsvp(rules(), [going("a")], { userId: "a", answer: "not_going" }, at(24 * 60))).toMatchObject({ ok: false, reason: "closed" });
    expect(decideRsvp(rules({ cancelledAt: T0 }), [], { userId: "a", answer: "going" }, T0)).toMatchObject({ ok: false, reason: "cancelled" });
    expect(decideRsvp(rules({ cancelledAt: T0 }), [going("a")], { userId: "a", answer: "not_going" }, T0)).toMatchObject({ ok: false, reason: "cancelled" });
  });

  it("after the deadline, until the start, someone can still withdraw, and their seat goes to the first in line", () => {
    const closed = rules({ capacity: 1, rsvpDeadline: at(60) });
    const decision = decideRsvp(closed, [going("a"), waiting("b", 1), waiting("c", 2)], { userId: "a", answer: "not_going" }, at(90));
    expect(decision).toMatchObject({ ok: true, status: "not_going", promoted: ["b"] });
    expect(decision.ok && decision.changes).toEqual([
      { userId: "a", status: "not_going", waitlistedAt: null },
      { userId: "b", status: "going", waitlistedAt: null },
    ]);
    expect(withdrawalOpen(closed, at(90))).toBe(true);
    expect(withdrawalOpen(closed, at(24 * 60))).toBe(false);
  });

  it("a raised or removed capacity promotes in order; a lowered one takes no seat back", () => {
    const rows = [going("a"), going("b"), waiting("c", 1), waiting("d", 2), waiting("e", 3)];
    expect(decideCapacityChange(4, rows).map((change) => change.userId)).toEqual(["c", "d"]);
    expect(decideCapacityChange(null, rows).map((change) => change.userId)).toEqual(["c", "d", "e"]);
    expect(decideCapacityChange(1, rows)).toEqual([]);
    // With 2 going and capacity 1, a withdrawal frees no seat: still one too many.
    const lowered = decideRsvp(rules({ capacity: 1 }), rows, { userId: "a", answer: "not_going" }, T0);
    expect(lowered.ok && lowered.promoted).toEqual([]);
  });

  it("someone who leaves the group gives up their answer, even past the deadline, and their seat goes to the first in line", () => {
    const rows = [going("a"), going("b"), waiting("c", 1), waiting("d", 2)];
    const left = decideDeparture(2, rows, "a");
    expect(left.changes).toEqual([
      { userId: "a", status: "not_going", waitlistedAt: null },
      { userId: "c", status: "going", waitlistedAt: null },
    ]);
    expect(left.promoted).toEqual(["c"]);
    // Leaving the line promotes no one; a "maybe" just becomes "not going".
    expect(decideDeparture(2, rows, "c")).toEqual({ changes: [{ userId: "c", status: "not_going", waitlistedAt: null }], promoted: [] });
    expect(decideDeparture(2, [...rows, { userId: "m", status: "maybe", waitlistedAt: null }], "m").promoted).toEqual([]);
    // Nothing to do for someone who had said no, or never answered.
    expect(decideDeparture(2, [...rows, { userId: "n", status: "not_going", waitlistedAt: null }], "n")).toEqual({ changes: [], promoted: [] });
    expect(decideDeparture(2, rows, "zz")).toEqual({ changes: [], promoted: [] });
  });
});
