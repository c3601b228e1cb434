/**
 * What a meetup's page says about its state: pure, `now` passed in. The page only lays these
 * sentences out, so the wording stays true to the RSVP state machine (./rsvp.ts) and is tested
 * beside it.
 */

/** The list of the group's meetups a meetup belongs to, as its breadcrumb names it. */
export type MeetupList = "upcoming" | "past" | "cancelled";

export const MEETUP_LIST_LABELS: Record<MeetupList, string> = { upcoming: "Upcoming", past: "Past", cancelled: "Cancelled" };

/**
 * Cancelled first (a cancelled meetup is not something to look forward to, whatever its
 * date); otherwise the Meetups tab's split, where a meetup in progress is still upcoming for
 * the people about to join it (it becomes past when it ends).
 */
export function meetupList(meetup: { cancelledAt: Date | null; endsAt: Date }, now: Date): MeetupList {
  if (meetup.cancelledAt) return "cancelled";
  return meetup.endsAt.getTime() < now.getTime() ? "past" : "upcoming";
}

function people(count: number): string {
  return `${count} ${count === 1 ? "person" : "people"}`;
}

/**
 * When more people are going than the capacity allows (it was lowered after they answered):
 * what that means for everyone, or null when the capacity holds. Lowering the capacity takes no
 * seat back, a new "going" answer joins the back of the waitlist, and the waitlist only moves
 * once fewer people are going than the capacity, so `going - capacity + 1` of them must
 * withdraw (or say maybe) before the next seat opens. Once answers are closed (deadline,
 * start) there are no new answers to speak of.
 */
export function overCapacityNote(capacity: number | null, going: number, answersOpen = true): string | null {
  if (capacity === null || going <= capacity) return null;
  if (!answersOpen) return "Nobody was removed when the capacity was lowered.";
  const withdrawals = going - capacity + 1;
  return `Nobody was removed: new “going” answers join the waitlist, and the next seat opens once ${withdrawals} of those going withdraw.`;
}

export interface SeatsSummary {
  /** "3 of 10 taken", "2 going — over the capacity of 1", "4 going · no limit" (with the waitlist). */
  headline: string;
  /** What an over-capacity meetup means for new answers, or null. */
  note: string | null;
}

/** The page's "Seats" entry. */
export function seatsSummary(capacity: number | null, counts: { going: number; waitlisted: number }, answersOpen = true): SeatsSummary {
  const waitlist = counts.waitlisted ? ` · ${counts.waitlisted} on the waitlist` : "";
  if (capacity === null) return { headline: `${counts.going} going · no limit`, note: null };
  const note = overCapacityNote(capacity, counts.going, answersOpen);
  const headline = note ? `${counts.going} going — over the capacity of ${capacity}` : `${counts.going} of ${capacity} taken`;
  return { headline: headline + waitlist, note };
}

/**
 * What the edit form says beside its save button: once the meetup has started, saving tells
 * nobody (lib/meetups/edit-notices.ts), which the organizer should know before fixing a typo or
 * the address for the record; null before the start (the page says who is told then).
 */
export function editSaveNote(started: boolean): string | null {
  return started ? "This meetup has started: changes are saved without notifying anyone." : null;
}

/**
 * What the organizer reads on the meetup page right after saving an edit. When the meetup is
 * over its capacity (the edit lowered it below the people already going), it says so and that
 * nobody was removed, so the organizer does not expect the list to have shrunk.
 */
export function savedNotice(capacity: number | null, going: number, answersOpen = true): string {
  const note = overCapacityNote(capacity, going, answersOpen);
  if (!note || capacity === null) return "Changes saved.";
  return `Changes saved. ${people(going)} ${going === 1 ? "is" : "are"} already going, more than the capacity of ${capacity}. ${note}`;
}

/**
 * What the organizer reads on landing after scheduling: that it worked, and who heard of it, so
 * they know whether to spread the word themselves. `notified` comes from the address (a hand-made
 * one shows only the organizer a wrong count): anything but a count reads as no count.
 */
export function scheduledNotice(notified: string | string[] | undefined): string {
  const count = typeof notified === "string" && /^\d{1,7}$/.test(notified) ? Number(notified) : null;
  if (count === null) return "Meetup scheduled.";
  if (count === 0) return "Meetup scheduled. Nobody was notified: no other member of the group takes its notices. Share the link to spread the word.";
  return `Meetup scheduled. ${count.toLocaleString("en")} ${count === 1 ? "member of the group was" : "members of the group were"} notified.`;
}

export interface AttendanceWording {
  heading: string;
  /** Names of the lists of people (and their aria-labels); `came` lists who was checked in. */
  came: string;
  going: string;
  waitlist: string;
  maybe: string;
  /** When nobody answered. */
  none: string;
  /** The sentence for visitors, who see counts but not names. */
  counts: (counts: { going: number; maybe: number }) => string;
}

/**
 * The "who is coming" box. Before the meetup it is who is coming; once it has started with
 * check-ins, who came; under way without any yet (`ended` false), who said they would come;
 * after it without check-ins, or once it is cancelled, who had answered (a cancelled meetup's
 * list is history, not a guest list).
 */
export function attendanceWording(meetup: { cancelled: boolean; started: boolean; ended?: boolean; checkedIn: number }): AttendanceWording {
  const maybeCount = (maybe: number) => (maybe ? ` · ${maybe} maybe` : "");
  const seeWho = "Members of the group see who.";
  if (meetup.cancelled) {
    return {
      heading: "Who had answered",
      came: "Came",
      going: "Had answered going",
      waitlist: "Were on the waitlist",
      maybe: "Had answered maybe",
      none: "Nobody had answered.",
      counts: ({ going, maybe }) => `${going} had answered going${maybeCount(maybe)}. ${seeWho}`,
    };
  }
  const counts = ({ going, maybe }: { going: number; maybe: number }) => `${going} going${maybeCount(maybe)}. ${seeWho}`;
  if (!meetup.started) return { heading: "Who is coming", came: "Came", going: "Going", waitlist: "Waitlist", maybe: "Maybe", none: "No answer yet.", counts };
  // Under way, before anyone is checked in: the answers still stand (a cancelled meetup's read "had").
  if (meetup.ended === false && meetup.checkedIn === 0) {
    return { heading: "Who said they would come", came: "Came", going: "Going", waitlist: "On the waitlist", maybe: "Maybe", none: "Nobody answered.", counts };
  }
  // Once it started the answers are history; with check-ins, who came is the news, walk-ins included.
  return {
    heading: meetup.checkedIn > 0 ? `${meetup.checkedIn} came` : "Who had answered",
    came: "Came",
    going: "Had answered going",
    waitlist: "Were on the waitlist",
    maybe: "Had answered maybe",
    none: "Nobody had answered.",
    counts,
  };
}

/**
 * A meetup's line in a list: who came once anyone is checked in (check-in opens at the start,
 * so a meetup in progress says it too, as its page does), else how many are going against the
 * seats, and when it is full, how many wait; null for a cancelled one (its badge says it all).
 */
export function listAttendance(meetup: { cancelledAt: Date | null; capacity: number | null; goingCount: number; waitlistCount?: number; checkInCount: number }): string | null {
  if (meetup.cancelledAt) return null;
  if (meetup.checkInCount > 0) return `${meetup.checkInCount} came`;
  if (meetup.capacity === null) return `${meetup.goingCount} going`;
  // Full, it says so, and how many wait for a seat.
  const waiting = meetup.waitlistCount ? ` · ${meetup.waitlistCount} on the waitlist` : "";
  if (meetup.goingCount > meetup.capacity) return `${meetup.goingCount} going (capacity ${meetup.capacity})${waiting}`;
  return `${meetup.goingCount} / ${meetup.capacity} going${waiting || (meetup.goingCount === meetup.capacity ? " · full" : "")}`;
}

/** The id of the meetup page's "Your answer" heading (focus lands there after a late withdrawal). */
export const RSVP_HEADING_ID = "rsvp-heading";

/**
 * What someone holding an answer reads past the RSVP deadline, before the start: why to withdraw.
 * `someoneWaiting`: the waitlist has people on it, who would get a seat given back.
 */
export function lateWithdrawalHint(status: "going" | "waitlisted" | "maybe", someoneWaiting: boolean): string {
  const lead = "The RSVP deadline has passed.";
  if (status === "going" && someoneWaiting) return `${lead} If you cannot come after all, say so: your seat goes to the next person waiting.`;
  if (status === "going") return `${lead} If you cannot come after all, say so: the organizer plans with the answers.`;
  if (status === "waitlisted") return `${lead} If you cannot come after all, say so to leave the waitlist.`;
  return `${lead} If you know you cannot come, say so: the organizer plans with the answers.`;
}

/**
 * What the "Your answer" box offers someone who cannot answer yet: signing in (visitors) or joining
 * (signed-in non-members), while answers are open. Once a meetup is cancelled or answers are closed
 * (its deadline or start has passed: a past meetup), nobody could answer even after joining, so
 * nothing is said about answering; null then.
 */
export function outsiderAnswerHint(signedIn: boolean, answersOpen: boolean): "sign-in" | "join" | null {
  if (!answersOpen) return null;
  return signedIn ? "join" : "sign-in";
}

/** What the host reads in place of the answer buttons: hosts have no RSVP (decision 004 §3b). */
export const HOST_ANSWER_NOTE = "You host this meetup: hosts give no answer and take no seat.";
