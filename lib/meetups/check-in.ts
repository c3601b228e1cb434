/**
 * When organizers can check people in, and what counts as a follow-up: pure rules.
 *
 * Check-in opens when the meetup starts (no one has come before it has begun) and closes 7 days
 * after it (late bookkeeping is fine; a month later it is guesswork).
 * Check-ins are what make a meetup "held" in the health model (docs/health-model.md, C).
 */
export const CHECK_IN_CLOSES_AFTER_MS = 7 * 24 * 3600 * 1000;
/** Posts by attendees in a linked thread within this time after the start are its follow-ups. */
export const FOLLOW_UP_WINDOW_MS = 14 * 24 * 3600 * 1000;

/**
 * Up to this many members not already on the check-in sheet, walk-ins are chosen from a list;
 * beyond it their name or email is typed instead (a longer list is slow to load and to scroll
 * on a phone at the door, as Meetup and Discourse also switch to typing).
 */
export const WALK_IN_LIST_MAX = 200;

export interface CheckInSubject {
  startsAt: Date;
  cancelledAt: Date | null;
}

export function checkInOpensAt(meetup: CheckInSubject): Date {
  return meetup.startsAt;
}

export function checkInClosesAt(meetup: CheckInSubject): Date {
  return new Date(meetup.startsAt.getTime() + CHECK_IN_CLOSES_AFTER_MS);
}

export type CheckInPhase = "cancelled" | "before" | "open" | "after";

/** Where the meetup's check-in stands at `now`: not for a cancelled meetup, not yet, open, or over. */
export function checkInPhase(meetup: CheckInSubject, now: Date): CheckInPhase {
  if (meetup.cancelledAt) return "cancelled";
  if (now < checkInOpensAt(meetup)) return "before";
  if (now > checkInClosesAt(meetup)) return "after";
  return "open";
}

const REFUSALS: Record<Exclude<CheckInPhase, "open">, string> = {
  cancelled: "This meetup was cancelled: there is no one to check in.",
  before: "Check-in opens when the meetup starts.",
  after: "Check-in closed 7 days after the meetup.",
};

/** Why check-in is closed now (a sentence for the organizer), or null when it is open. */
export function checkInRefusal(meetup: CheckInSubject, now: Date): string | null {
  const phase = checkInPhase(meetup, now);
  return phase === "open" ? null : REFUSALS[phase];
}

/** The window in which attendees' posts in linked threads count as follow-ups. */
export function followUpWindow(meetup: { startsAt: Date }): { from: Date; to: Date } {
  return { from: meetup.startsAt, to: new Date(meetup.startsAt.getTime() + FOLLOW_UP_WINDOW_MS) };
}
