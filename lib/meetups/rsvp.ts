/**
 * The RSVP state machine: pure, no database, `now` passed in. The mutation runs it inside a
 * transaction that holds the meetup's row lock, so the rows it sees are the truth and its
 * decisions cannot interleave with another request's (docs/decisions/004-meetups-rsvp-calendars.md).
 *
 * Rules:
 * - Answers are going, maybe or not going, changeable until the RSVP deadline (the meetup's
 *   start when it has none). A cancelled meetup takes no answers.
 * - After the deadline, until the start, one may still withdraw ("not going", as on Meetup):
 *   a seat nobody will use must go to the first in line, not stay blocked.
 * - With a capacity, a "going" answer takes a free seat, or joins the waitlist. The waitlist is
 *   first come, first served: ordered by `waitlistedAt` (a strictly increasing stamp), then by
 *   user id so the order is total even for rows written by hand.
 * - Whenever seats are free (someone withdrew, the capacity went up or was removed), the
 *   first people on the waitlist are promoted to going, in order.
 * - Lowering the capacity never takes a seat back from someone who has it: the waitlist just
 *   waits until enough people withdraw.
 */

export type RsvpAnswer = "going" | "maybe" | "not_going";
export type RsvpStatus = RsvpAnswer | "waitlisted";

export const RSVP_ANSWERS: readonly RsvpAnswer[] = ["going", "maybe", "not_going"];

export const RSVP_LABELS: Record<RsvpStatus, string> = {
  going: "Going",
  maybe: "Maybe",
  not_going: "Not going",
  waitlisted: "On the waitlist",
};

export interface RsvpRow {
  userId: string;
  status: RsvpStatus;
  waitlistedAt: Date | null;
}

export interface RsvpRules {
  capacity: number | null;
  startsAt: Date;
  rsvpDeadline: Date | null;
  cancelledAt: Date | null;
}

export interface RsvpChange {
  userId: string;
  status: RsvpStatus;
  waitlistedAt: Date | null;
}

export type RsvpDecision =
  | { ok: false; reason: "cancelled" | "closed"; message: string }
  | {
      ok: true;
      /** The requester's status after the answer (going, waitlisted, maybe, not_going). */
      status: RsvpStatus;
      /** Rows to write: the requester's (when it changed) and everyone promoted. */
      changes: RsvpChange[];
      /** People moved from the waitlist to going by this answer (to notify). */
      promoted: string[];
    };

/** When answers stop being accepted: the deadline, or the start when there is none. */
export function rsvpClosesAt(rules: Pick<RsvpRules, "startsAt" | "rsvpDeadline">): Date {
  return rules.rsvpDeadline && rules.rsvpDeadline < rules.startsAt ? rules.rsvpDeadline : rules.startsAt;
}

/** Why an answer would be refused now, or null when answers are open. */
export function rsvpRefusal(rules: RsvpRules, now: Date): { reason: "cancelled" | "closed"; message: string } | null {
  if (rules.cancelledAt) return { reason: "cancelled", message: "This meetup was cancelled: it takes no more RSVPs." };
  if (now.getTime() >= rules.startsAt.getTime()) return { reason: "closed", message: "This meetup has started: answers can no longer be changed." };
  if (now.getTime() >= rsvpClosesAt(rules).getTime()) return { reason: "closed", message: "The RSVP deadline has passed: answers can no longer be changed." };
  return null;
}

function byWaitlistOrder(a: RsvpRow, b: RsvpRow): number {
  const at = (a.waitlistedAt?.getTime() ?? Number.POSITIVE_INFINITY) - (b.waitlistedAt?.getTime() ?? Number.POSITIVE_INFINITY);
  if (at !== 0 && !Number.isNaN(at)) return at;
  return a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0;
}

/** The waitlist, first in line first. */
export function waitlistOrder<R extends RsvpRow>(rows: readonly R[]): R[] {
  return rows.filter((row) => row.status === "waitlisted").sort(byWaitlistOrder);
}

/** 1 for the first in line; null when the person is not on the waitlist. */
export function waitlistPosition(rows: readonly RsvpRow[], userId: string): number | null {
  const index = waitlistOrder(rows).findIndex((row) => row.userId === userId);
  return index === -1 ? null : index + 1;
}

export function goingCount(rows: readonly RsvpRow[]): number {
  return rows.filter((row) => row.status === "going").length;
}

/** Free seats (Infinity without a capacity; never negative after a capacity cut). */
export function seatsLeft(capacity: number | null, going: number): number {
  return capacity === null ? Number.POSITIVE_INFINITY : Math.max(0, capacity - going);
}

export function freeSeats(capacity: number | null, rows: readonly RsvpRow[]): number {
  return seatsLeft(capacity, goingCount(rows));
}

/** Who the free seats go to, in waitlist order. */
export function promotions(capacity: number | null, rows: readonly RsvpRow[]): string[] {
  const seats = freeSeats(capacity, rows);
  const line = waitlistOrder(rows);
  return (seats === Number.POSITIVE_INFINITY ? line : line.slice(0, seats)).map((row) => row.userId);
}

/**
 * The waitlist stamp for a newcomer: `candidate` (the database clock), pushed past everyone
 * already in line so the order of arrival is strict even if two stamps would collide.
 */
export function nextWaitlistStamp(rows: readonly RsvpRow[], candidate: Date): Date {
  let latest = Number.NEGATIVE_INFINITY;
  for (const row of rows) if (row.waitlistedAt && row.waitlistedAt.getTime() > latest) latest = row.waitlistedAt.getTime();
  return new Date(Math.max(candidate.getTime(), latest + 1));
}

/** After the deadline and before the start: "not going" is still accepted (see the rules above). */
export function withdrawalOpen(rules: RsvpRules, now: Date): boolean {
  return rules.cancelledAt === null && now.getTime() < rules.startsAt.getTime();
}

/**
 * Decides an answer. `rows` are the meetup's RSVPs as they are now (read under the lock);
 * `stamp` is when the answer arrived, used as the waitlist position if it joins the line.
 */
export function decideRsvp(rules: RsvpRules, rows: readonly RsvpRow[], request: { userId: string; answer: RsvpAnswer }, now: Date, stamp: Date = now): RsvpDecision {
  const refusal = rsvpRefusal(rules, now);
  if (refusal && !(request.answer === "not_going" && withdrawalOpen(rules, now))) return { ok: false, ...refusal };

  const current = rows.find((row) => row.userId === request.userId);
  // Asking again for what one has (a double click, a second tab) changes nothing, and a person
  // already in line keeps their place.
  if (current && (current.status === request.answer || (request.answer === "going" && current.status === "waitlisted"))) {
    return { ok: true, status: current.status, changes: [], promoted: [] };
  }

  const others = rows.filter((row) => row.userId !== request.userId);
  let mine: RsvpChange;
  if (request.answer !== "going") {
    mine = { userId: request.userId, status: request.answer, waitlistedAt: null };
  } else if (rules.capacity === null) {
    mine = { userId: request.userId, status: "going", waitlistedAt: null };
  } else {
    // Join the back of the line; the promotion pass below seats them at once if a seat is free
    // and nobody is ahead of them.
    mine = { userId: request.userId, status: "waitlisted", waitlistedAt: nextWaitlistStamp(rows, stamp) };
  }

  const after: RsvpRow[] = [...others, mine];
  const promotedIds = promotions(rules.capacity, after);
  const changes: RsvpChange[] = [];
  const promoted: string[] = [];
  for (const userId of promotedIds) {
    if (userId === request.userId) mine = { ...mine, status: "going", waitlistedAt: null };
    else {
      changes.push({ userId, status: "going", waitlistedAt: null });
      promoted.push(userId);
    }
  }
  changes.unshift(mine);
  return { ok: true, status: mine.status, changes, promoted };
}

/**
 * After an organizer changes the capacity: who gets promoted (raised or removed capacity).
 * Never demotes anyone (see the rules above).
 */
export function decideCapacityChange(capacity: number | null, rows: readonly RsvpRow[]): RsvpChange[] {
  return promotions(capacity, rows).map((userId) => ({ userId, status: "going" as const, waitlistedAt: null }));
}

/**
 * Someone left the group (or was removed): they can no longer come, so their answer becomes
 * "not going" whatever the deadline says, and a seat they held goes to the first in line.
 * Returns nothing to write when they had not said going, maybe or waitlisted.
 */
export function decideDeparture(capacity: number | null, rows: readonly RsvpRow[], userId: string): { changes: RsvpChange[]; promoted: string[] } {
  const current = rows.find((row) => row.userId === userId);
  if (!current || current.status === "not_going") return { changes: [], promoted: [] };
  const mine: RsvpChange = { userId, status: "not_going", waitlistedAt: null };
  const after = [...rows.filter((row) => row.userId !== userId), mine];
  const promoted = promotions(capacity, after);
  return { changes: [mine, ...promoted.map((id) => ({ userId: id, status: "going" as const, waitlistedAt: null }))], promoted };
}
