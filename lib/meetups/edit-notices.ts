/**
 * Who hears of an edit to a meetup, and what they read: pure, `now` passed in. The mutation
 * (`updateMeetup`) only locks, compares and writes what these decide.
 */
import type { MeetupInput } from "./schema";
import { formatBeside, formatInZone } from "./time";

/**
 * What attendees planned around, each with the word a change notice uses for it. Not the time
 * zone by itself: the start and end are instants, so a zone changed with the same instants
 * (Europe/Paris to Europe/Brussels, the same wall-clock time) moves nothing.
 */
const MATERIAL_FIELDS = [
  ["title", "title"],
  ["startsAt", "time"],
  ["endsAt", "time"],
  ["venueName", "place"],
  ["venueAddress", "place"],
  ["online", "place"],
  ["onlineUrl", "place"],
  ["mapUrl", "place"],
  ["rsvpDeadline", "RSVP deadline"],
  ["capacity", "number of seats"],
] as const;

export type MaterialFields = Record<(typeof MATERIAL_FIELDS)[number][0] | "timeZone", unknown>;

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

/** What a change notice compares: what people planned around, as stored and as edited. */
export type MeetupPlan = Pick<MeetupInput, keyof MaterialFields>;

/** "at Café de la Gare", "online", or "" when the place is not given yet. */
function placePhrase(plan: MeetupPlan): string {
  if (plan.online) return "online";
  const where = plan.venueName ?? plan.venueAddress;
  return where ? `at ${where}` : "";
}

/** The place people go to, as a notice names it: the venue (or its address), or being online. */
function placeName(plan: MeetupPlan): string | null {
  return plan.online ? null : (plan.venueName ?? plan.venueAddress);
}

const changed = (before: MeetupPlan, after: MeetupPlan, ...fields: (keyof MaterialFields)[]) => fields.some((field) => !sameValue(before[field], after[field]));

/**
 * The notice of an edit made at `now`, saying what changed from what ("“…” moved from Sun 28 Mar,
 * 10:00 to Sun 28 Mar 2027, 14:00 CEST at Café de la Gare."), or null when nobody is to be told:
 * the meetup has started, or nothing they planned around changed. The number of seats is not
 * news to everyone (decision 004 §7): more seats tell only those promoted from the waitlist, by
 * their own notice; fewer take no seat back, so nobody's standing changes.
 */
export function changeNotice(before: MeetupPlan & { startsAt: Date }, after: MeetupPlan, now: Date): string | null {
  if (!editNotifies(before, now)) return null;
  const title = `“${after.title}”`;
  const sentences: string[] = [];
  if (before.title !== after.title) sentences.push(`“${before.title}” is now called ${title}.`);
  const moved = changed(before, after, "startsAt");
  const placeMoved = placeName(before) !== placeName(after) || before.online !== after.online;
  const newWhen = formatInZone(after.startsAt, after.timeZone);
  const newPlace = placePhrase(after);
  const at = (phrase: string) => (phrase ? ` ${phrase}` : "");
  if (moved) {
    // The old place is named only when it changed too; the new one always, as where to go.
    // The old time on the new zone's clock: a change of zone alone ("14:10 UTC" to "14:10
    // UTC+9") would otherwise read as the same time, though the meetup moved by nine hours.
    const was = formatBeside(before.startsAt, after.timeZone, after.startsAt, after.timeZone) + (placeMoved ? at(placePhrase(before)) : "");
    sentences.push(`${title} moved from ${was} to ${newWhen}${at(newPlace)}.`);
  } else if (changed(before, after, "endsAt")) {
    sentences.push(`${title} now ends ${formatBeside(after.endsAt, after.timeZone, after.startsAt, after.timeZone)} instead of ${formatBeside(before.endsAt, after.timeZone, after.startsAt, after.timeZone)}.`);
  }
  if (!moved && placeMoved) {
    const from = placePhrase(before) || "a place to be announced";
    sentences.push(after.online ? `${title} is now online (it was ${from}).` : `${title} moved from ${from.replace(/^at /, "")} to ${placeName(after) ?? "a place to be announced"}.`);
  }
  // Details of the same place: named without repeating the place.
  if (!placeMoved && changed(before, after, "venueAddress")) sentences.push(after.venueAddress ? `The address of ${title} is now ${after.venueAddress}.` : `The address of ${title} was removed.`);
  if (changed(before, after, "onlineUrl") && after.onlineUrl) sentences.push(`${title} has a new meeting link (on its page).`);
  if (changed(before, after, "mapUrl") && after.mapUrl) sentences.push(`${title} has a new map link (on its page).`);
  if (changed(before, after, "rsvpDeadline")) {
    const was = before.rsvpDeadline ? ` (it was ${formatBeside(before.rsvpDeadline, before.timeZone, after.rsvpDeadline ?? after.startsAt, after.timeZone)})` : "";
    sentences.push(after.rsvpDeadline ? `Answers to ${title} now close ${formatInZone(after.rsvpDeadline, after.timeZone)}${was}.` : `Answers to ${title} now stay open until it starts${was}.`);
  }
  if (sentences.length === 0) return null;
  // When the time did not move, the notice still says when (and where) it is.
  if (!moved) sentences.push(`It is still ${newWhen}${at(newPlace)}.`);
  return sentences.join(" ");
}
