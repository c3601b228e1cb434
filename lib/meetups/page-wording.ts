/**
 * What a meetup's page says about its state: pure, `now` passed in. The page only lays these
 * sentences out, so the wording stays true to the RSVP state machine (./rsvp.ts) and is tested
 * beside it.
 */

function people(count: number): string {
  return `${count} ${count === 1 ? "person" : "people"}`;
}

/**
 * When more people are going than the capacity allows (it was lowered after they answered):
 * what that means for everyone, or null when the capacity holds. Lowering the capacity takes no
 * seat back, a new "going" answer joins the back of the waitlist, and the waitlist only moves
 * once fewer people are going than the capacity, so `going - capacity + 1` of them must
 * withdraw (or say maybe) before the next seat opens.
 */
export function overCapacityNote(capacity: number | null, going: number): string | null {
  if (capacity === null || going <= capacity) return null;
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
export function seatsSummary(capacity: number | null, counts: { going: number; waitlisted: number }): SeatsSummary {
  const waitlist = counts.waitlisted ? ` · ${counts.waitlisted} on the waitlist` : "";
  if (capacity === null) return { headline: `${counts.going} going · no limit`, note: null };
  const note = overCapacityNote(capacity, counts.going);
  const headline = note ? `${counts.going} going — over the capacity of ${capacity}` : `${counts.going} of ${capacity} taken`;
  return { headline: headline + waitlist, note };
}

/**
 * What the organizer reads on the meetup page right after saving an edit. When the meetup is
 * over its capacity (the edit lowered it below the people already going), it says so and that
 * nobody was removed, so the organizer does not expect the list to have shrunk.
 */
export function savedNotice(capacity: number | null, going: number): string {
  const note = overCapacityNote(capacity, going);
  if (!note || capacity === null) return "Changes saved.";
  return `Changes saved. ${people(going)} ${going === 1 ? "is" : "are"} already going, more than the capacity of ${capacity}. ${note}`;
}
