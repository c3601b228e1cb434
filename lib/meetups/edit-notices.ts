/**
 * Who hears of an edit to a meetup, and what they read: pure, `now` passed in. The mutation
 * (`updateMeetup`) only locks, compares and writes what these decide.
 */
import type { MeetupInput } from "./schema";

/** What attendees planned around, each with the word a change notice uses for it. */
const MATERIAL_FIELDS = [
  ["title", "title"],
  ["startsAt", "time"],
  ["endsAt", "time"],
  ["timeZone", "time"],
  ["venueName", "place"],
  ["venueAddress", "place"],
  ["online", "place"],
  ["onlineUrl", "place"],
  ["mapUrl", "place"],
  ["rsvpDeadline", "RSVP deadline"],
  ["capacity", "number of seats"],
] as const;

export type MaterialFields = Record<(typeof MATERIAL_FIELDS)[number][0], unknown>;

export function sameValue(a: unknown, b: unknown): boolean {
  return a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
}

/**
 * What changed that attendees care about ("time", "place and number of seats"…), or null when
 * nothing did (a description edit is not worth a notice). Also what another organizer's edit
 * records in the moderation log (decision 018), whether or not anyone is told.
 */
export function materialChanges(before: MaterialFields, after: Pick<MeetupInput, keyof MaterialFields>): string | null {
  const changed = new Set<string>();
  for (const [field, label] of MATERIAL_FIELDS) if (!sameValue(before[field], after[field])) changed.add(label);
  if (changed.size === 0) return null;
  const labels = [...changed];
  return labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}`;
}

/** Whether the meetup has started at `now` (it is then history in the making: decision 004 §6b). */
export function meetupHasStarted(meetup: { startsAt: Date }, now: Date): boolean {
  return meetup.startsAt.getTime() <= now.getTime();
}

/**
 * Whether an edit made at `now` tells anyone: only before the meetup starts. Once it has started,
 * its time and seats are settled and what is left to edit (a typo, the address for the record) is
 * no news to anyone; a notice saying "It is now Sun 22 Nov at …" would read as if the event were
 * still to come.
 */
export function editNotifies(meetup: { startsAt: Date }, now: Date): boolean {
  return !meetupHasStarted(meetup, now);
}

/**
 * The change to announce to those concerned by an edit at `now` (the words in brackets of
 * "“…” changed (place)."), or null when nobody is to be told: nothing they planned around
 * changed, or the meetup has started.
 */
export function changeToAnnounce(before: MaterialFields & { startsAt: Date }, after: Pick<MeetupInput, keyof MaterialFields>, now: Date): string | null {
  if (!editNotifies(before, now)) return null;
  return materialChanges(before, after);
}
