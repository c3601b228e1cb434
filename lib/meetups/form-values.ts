/**
 * What the meetup form starts with: a meetup's fields as the form's values (its wall-clock times
 * in its own zone), for editing it or for scheduling another like it ("Schedule another like
 * this", as Meetup's "Copy event"). Pure: the clock is passed in.
 */
import { DateTime } from "luxon";
import { TITLE_MAX } from "./schema";
import { listedEquivalentZone, utcToLocalInput } from "./time";

export interface MeetupFields {
  title: string;
  description: string;
  venueName: string | null;
  venueAddress: string | null;
  mapUrl: string | null;
  online: boolean;
  onlineUrl: string | null;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  rsvpDeadline: Date | null;
  capacity: number | null;
  threads: { id: number }[];
}

/** The form's values for `meetup` as it is (the edit form). */
export function meetupFormValues(meetup: MeetupFields): Record<string, string> {
  const local = (date: Date) => utcToLocalInput(date, meetup.timeZone);
  return {
    title: meetup.title,
    description: meetup.description,
    venueName: meetup.venueName ?? "",
    venueAddress: meetup.venueAddress ?? "",
    mapUrl: meetup.mapUrl ?? "",
    online: meetup.online ? "on" : "",
    onlineUrl: meetup.onlineUrl ?? "",
    // A zone stored under a name the picker does not offer (saved before only its names were
    // accepted: "US/Eastern") starts on the option that is the same zone, so saving is accepted.
    timeZone: listedEquivalentZone(meetup.timeZone) ?? meetup.timeZone,
    startsAt: local(meetup.startsAt),
    endsAt: local(meetup.endsAt),
    rsvpDeadline: meetup.rsvpDeadline ? local(meetup.rsvpDeadline) : "",
    capacity: meetup.capacity === null ? "" : String(meetup.capacity),
    threadIds: meetup.threads.map((thread) => thread.id).join(","),
  };
}

const NUMBERED = /^(.*#)(\d{1,6})$/;

/** What comes before the number of a numbered title ("Garden circle #"), or null for another title. */
export function seriesPrefix(title: string): string | null {
  return NUMBERED.exec(title.trim())?.[1] ?? null;
}

/**
 * "Garden circle #4" → "Garden circle #5", the way a series is usually named, or the first number
 * after it that no meetup in `taken` has (a #5 already scheduled from #4 makes the next copy #6);
 * any other title stays as it is.
 */
export function nextInSeries(title: string, taken: ReadonlySet<string> = new Set()): string {
  const match = NUMBERED.exec(title.trim());
  if (!match) return title;
  let number = Number(match[2]) + 1;
  while (taken.has(`${match[1]}${number}`)) number++;
  const next = `${match[1]}${number}`;
  return next.length <= TITLE_MAX ? next : title;
}

/**
 * How many whole weeks after `startsAt` the copy of a meetup starts: the first week that starts
 * after `now`, and at least one (a copy of an upcoming meetup is the week after it, not the same
 * evening). Weeks are counted on the wall clock of `zone`, so 18:30 stays 18:30 across a change
 * of daylight saving time.
 */
export function weeksUntilNext(startsAt: Date, zone: string, now: Date): number {
  const start = DateTime.fromJSDate(startsAt, { zone });
  let weeks = Math.max(1, Math.floor(DateTime.fromJSDate(now, { zone }).diff(start, "weeks").weeks));
  while (start.plus({ weeks }).toMillis() <= now.getTime()) weeks++;
  return weeks;
}

/**
 * The form's values for another meetup like `meetup`: the same place, seats, description and
 * linked discussions, the next number of a numbered title, on the same weekday at the same time
 * in its zone, the first week after now (its end and RSVP deadline moved as much). `scheduled`:
 * the group's meetups already in the series (not cancelled): a number or a week one of them has
 * is skipped, so copying #4 again after #5 was made from it offers #6, the week after #5. Nobody's
 * answers are copied: it is a new meetup.
 */
export function copyFormValues(meetup: MeetupFields, now: Date, scheduled: readonly { title: string; startsAt: Date }[] = []): Record<string, string> {
  const at = (weeks: number) => DateTime.fromJSDate(meetup.startsAt, { zone: meetup.timeZone }).plus({ weeks }).toMillis();
  const taken = new Set(scheduled.map((other) => other.startsAt.getTime()));
  let weeks = weeksUntilNext(meetup.startsAt, meetup.timeZone, now);
  while (taken.has(at(weeks))) weeks++;
  const moved = (date: Date) => DateTime.fromJSDate(date, { zone: meetup.timeZone }).plus({ weeks }).toJSDate();
  return meetupFormValues({
    ...meetup,
    title: nextInSeries(meetup.title, new Set(scheduled.map((other) => other.title.trim()))),
    startsAt: moved(meetup.startsAt),
    endsAt: moved(meetup.endsAt),
    rsvpDeadline: meetup.rsvpDeadline && moved(meetup.rsvpDeadline),
  });
}

/**
 * The picker's threads with the linked ones first (in the order they were linked), then the
 * others as given. The picker scrolls after ten rows: a thread pre-linked by "Take this offline",
 * copied from another meetup, kept from a form sent back with an error or already linked to the
 * meetup being edited must be in view, not at row 49 of 50, so the organizer sees what is linked.
 */
export function linkedFirst<T extends { id: number }>(threads: readonly T[], linkedIds: readonly (number | string)[]): T[] {
  const order = new Map(linkedIds.map((id, index) => [String(id), index]));
  const linked = threads.filter((thread) => order.has(String(thread.id))).sort((a, b) => order.get(String(a.id))! - order.get(String(b.id))!);
  return [...linked, ...threads.filter((thread) => !order.has(String(thread.id)))];
}
