import { z } from "zod";
import { editVersionField } from "@/lib/edit-version";
import { singleLineText, trimInvisible } from "@/lib/forms";
import { memberNameOrEmailField } from "@/lib/groups/schema";
import { FEED_KEY_PATTERN } from "./calendar-keys";
import { RSVP_ANSWERS } from "./rsvp";
import { localToUtc, normalizeTimeZone, sameMinute } from "./time";

export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 10_000;
export const CAPACITY_MAX = 10_000;
export const MAX_LINKED_THREADS = 10;
/** Longer than a weekend retreat is probably a typo in the end date. */
export const MAX_DURATION_DAYS = 7;

const idSchema = z.coerce
  .number({ error: "Invalid reference." })
  .int("Invalid reference.")
  .positive("Invalid reference.")
  .max(2_147_483_647, "Invalid reference.");

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** An optional text field: trimmed, empty → null. */
const optionalText = (max: number, message: string) =>
  z
    .string()
    .overwrite(singleLineText)
    .max(max, message)
    .optional()
    .transform((value) => value || null);

/** An optional link: http(s) only (no javascript:, data: or file: links on a public page). */
const optionalHttpUrl = (message: string) =>
  z
    .string()
    .trim()
    .max(2000, "Keep the link within 2,000 characters.")
    .optional()
    .transform((value) => value || null)
    .refine((value) => value === null || isHttpUrl(value), message);

const splitIds = (raw: string | undefined) =>
  (raw ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * "12, 7,12" (a checkbox list joined by formValues) → [12, 7]. Checks are refinements, not
 * failing transforms, so the form's other checks still run and every error shows at once.
 */
const threadIdsSchema = z
  .string()
  .optional()
  .refine((raw) => splitIds(raw).every((part) => idSchema.safeParse(part).success), "One of the selected threads is not valid: choose from the list.")
  .refine((raw) => new Set(splitIds(raw)).size <= MAX_LINKED_THREADS, `Link at most ${MAX_LINKED_THREADS} threads.`)
  .transform((raw) => [...new Set(splitIds(raw).map(Number))]);

const WHOLE_NUMBER = /^\d+$/;

const fields = z.object({
  title: z.string().overwrite(singleLineText).min(3, "Give the meetup a title of at least 3 characters.").max(TITLE_MAX, `Keep the title within ${TITLE_MAX} characters.`),
  description: z
    .string()
    .overwrite(trimInvisible)
    .max(DESCRIPTION_MAX, `Keep the description within ${DESCRIPTION_MAX.toLocaleString("en")} characters.`)
    .optional()
    .transform((value) => value ?? ""),
  online: z
    .string()
    .optional()
    .transform((value) => value === "on" || value === "true"),
  venueName: optionalText(200, "Keep the venue's name within 200 characters."),
  venueAddress: optionalText(500, "Keep the address within 500 characters."),
  mapUrl: optionalHttpUrl("The map link must be a web address starting with http:// or https://."),
  onlineUrl: optionalHttpUrl("The meeting link must be a web address starting with http:// or https://."),
  startsAt: z.string({ error: "Enter when the meetup starts." }).trim().min(1, "Enter when the meetup starts."),
  endsAt: z.string({ error: "Enter when the meetup ends." }).trim().min(1, "Enter when the meetup ends."),
  timeZone: z.string({ error: "Choose the meetup's time zone." }).trim().min(1, "Choose the meetup's time zone."),
  capacity: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || (WHOLE_NUMBER.test(value) && Number(value) >= 1), "Capacity must be a whole number of at least 1, or empty for no limit.")
    .refine((value) => !value || !WHOLE_NUMBER.test(value) || Number(value) <= CAPACITY_MAX, `Capacity can be at most ${CAPACITY_MAX.toLocaleString("en")}: leave it empty for no limit.`)
    .transform((value) => (value ? Number(value) : null)),
  rsvpDeadline: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null),
  threadIds: threadIdsSchema,
});

type Fields = z.output<typeof fields>;

function gapMessage(zone: string): string {
  return `That time does not exist in ${zone}: the clocks jump forward that night. Choose another time.`;
}

/** "02:30" from "2027-10-31T02:30". */
const wallTime = (local: string) => local.trim().slice(11, 16);

function ambiguousMessage(local: string, zone: string): string {
  return `${wallTime(local)} happens twice that night in ${zone}, as the clocks go back: choose another time.`;
}

/** A meetup's stored instants (an edit): a wall-clock time that happens twice means the one stored, if it is one of its two. */
export type StoredTimes = { startsAt: Date; endsAt: Date; rsvpDeadline: Date | null };

/** Turns the wall-clock fields into UTC instants, or lists what is wrong with them. */
function resolveTimes(value: Fields, stored?: StoredTimes): { errors: { path: string; message: string }[]; startsAt?: Date; endsAt?: Date; rsvpDeadline?: Date | null; timeZone?: string } {
  const errors: { path: string; message: string }[] = [];
  const timeZone = normalizeTimeZone(value.timeZone);
  if (!timeZone) {
    errors.push({ path: "timeZone", message: `“${value.timeZone}” is not a time zone we know: choose one from the list (e.g. Europe/Paris).` });
    return { errors };
  }
  const resolve = (local: string, path: string, missing: string) => {
    const result = localToUtc(local, timeZone);
    if (result.ok) return result.date;
    if (result.reason === "ambiguous") {
      // Saved before such times were refused (as their first occurrence): saving the form again keeps it.
      const kept = [stored?.startsAt, stored?.endsAt, stored?.rsvpDeadline].find((instant) => instant && result.occurrences.some((occurrence) => sameMinute(occurrence, instant)));
      const occurrence = kept && result.occurrences.find((candidate) => sameMinute(candidate, kept));
      if (occurrence) return occurrence;
    }
    errors.push({ path, message: result.reason === "gap" ? gapMessage(timeZone) : result.reason === "ambiguous" ? ambiguousMessage(local, timeZone) : missing });
    return undefined;
  };
  const startsAt = resolve(value.startsAt, "startsAt", "Enter a valid start date and time.");
  const endsAt = resolve(value.endsAt, "endsAt", "Enter a valid end date and time.");
  const rsvpDeadline = value.rsvpDeadline === null ? null : resolve(value.rsvpDeadline, "rsvpDeadline", "Enter a valid date and time for the RSVP deadline, or leave it empty.");
  if (startsAt && endsAt) {
    if (endsAt.getTime() <= startsAt.getTime()) errors.push({ path: "endsAt", message: "The meetup must end after it starts." });
    else if (endsAt.getTime() - startsAt.getTime() > MAX_DURATION_DAYS * 24 * 3600 * 1000) errors.push({ path: "endsAt", message: `A meetup can last at most ${MAX_DURATION_DAYS} days: check the end date.` });
  }
  if (startsAt && rsvpDeadline && rsvpDeadline.getTime() >= startsAt.getTime()) errors.push({ path: "rsvpDeadline", message: "The RSVP deadline must be before the meetup starts." });
  return { errors, startsAt, endsAt, rsvpDeadline, timeZone };
}

/**
 * Every problem with the form's values at once. `now` (scheduling only) adds the checks that
 * depend on the clock, so a start in the past is named in the same round as an end before the
 * start; the mutation checks them again at its own "now" (lib/meetups/mutations.ts).
 */
function refineMeetup(value: Fields, ctx: z.RefinementCtx, now?: Date, stored?: StoredTimes) {
  if (!value.online && !value.venueName) {
    ctx.addIssue({ code: "custom", path: ["venueName"], message: "Give the venue's name, or tick “Online meetup”." });
  }
  // Field-level failures above leave some values unparsed: check times only when they are strings.
  if (typeof value.startsAt !== "string" || typeof value.endsAt !== "string" || typeof value.timeZone !== "string") return;
  const times = resolveTimes(value, stored);
  for (const error of times.errors) ctx.addIssue({ code: "custom", path: [error.path], message: error.message });
  const named = new Set(times.errors.map((error) => error.path));
  // Years away is a typo ("2206" for "2026"), told before everyone hears of the meetup. An edit
  // that keeps the stored start is not asked again.
  const keptStart = stored !== undefined && times.startsAt !== undefined && stored.startsAt.getTime() === times.startsAt.getTime();
  if (times.startsAt && !named.has("startsAt") && !keptStart && times.startsAt.getTime() > (now ?? new Date()).getTime() + MAX_YEARS_AHEAD * 366 * 24 * 3600 * 1000) {
    ctx.addIssue({ code: "custom", path: ["startsAt"], message: MEETUP_START_TOO_FAR });
  }
  if (!now) return;
  if (times.startsAt && !named.has("startsAt") && times.startsAt.getTime() <= now.getTime()) {
    ctx.addIssue({ code: "custom", path: ["startsAt"], message: MEETUP_START_PAST });
  }
  if (times.rsvpDeadline && !named.has("rsvpDeadline") && times.rsvpDeadline.getTime() <= now.getTime()) {
    ctx.addIssue({ code: "custom", path: ["rsvpDeadline"], message: RSVP_DEADLINE_PAST });
  }
}

export const MEETUP_START_PAST = "The meetup must start in the future.";
export const MAX_YEARS_AHEAD = 2;
export const MEETUP_START_TOO_FAR = `A meetup can be scheduled at most ${MAX_YEARS_AHEAD} years ahead: check the year.`;
export const RSVP_DEADLINE_PAST = "The RSVP deadline must be in the future, or empty.";

/**
 * The schedule/edit form. Times arrive as wall-clock values in `timeZone` and leave as UTC
 * instants. An edit may keep a start or set a deadline in the past (lib/meetups/mutations.ts
 * decides): only scheduling (`newMeetupFormSchema`) refuses the past.
 */
export const meetupFormSchema = fields.superRefine((value, ctx) => refineMeetup(value, ctx)).transform((value) => toMeetupInput(value));

/** Editing a meetup stored with `stored` times: the form's checks, where a time that happens twice may be the stored one. */
export function editMeetupFormSchema(stored: StoredTimes | null) {
  if (!stored) return meetupFormSchema;
  return fields.superRefine((value, ctx) => refineMeetup(value, ctx, undefined, stored)).transform((value) => toMeetupInput(value, stored));
}

/** Scheduling a meetup at `now`: the form's checks plus "starts, and takes answers, in the future". */
export function newMeetupFormSchema(now: Date) {
  return fields.superRefine((value, ctx) => refineMeetup(value, ctx, now)).transform((value) => toMeetupInput(value));
}

function toMeetupInput(value: Fields, stored?: StoredTimes) {
  const times = resolveTimes(value, stored);
  return {
    title: value.title,
    description: value.description,
    online: value.online,
    venueName: value.venueName,
    venueAddress: value.venueAddress,
    mapUrl: value.mapUrl,
    onlineUrl: value.online ? value.onlineUrl : null,
    timeZone: times.timeZone!,
    startsAt: times.startsAt!,
    endsAt: times.endsAt!,
    rsvpDeadline: times.rsvpDeadline ?? null,
    capacity: value.capacity,
    threadIds: value.threadIds,
  };
}
export type MeetupInput = z.output<typeof meetupFormSchema>;

export const meetupRefSchema = z.object({ meetupId: idSchema });
/** The edit form's hidden version: the meetup's SEQUENCE as the form was shown (decision 045). */
export const meetupVersionSchema = z.object({ version: editVersionField });

export const rsvpSchema = meetupRefSchema.extend({
  answer: z.enum(RSVP_ANSWERS as [string, ...string[]], { error: "Choose going, maybe or not going." }).transform((value) => value as (typeof RSVP_ANSWERS)[number]),
});

export const cancelSchema = meetupRefSchema.extend({
  reason: z
    .string()
    .overwrite(trimInvisible)
    .max(500, "Keep the reason within 500 characters.")
    .optional()
    .transform((value) => value || null),
});

const CHOOSE_WHO_CAME = "Choose who came.";
const WALK_IN_PROMPT = "Enter the name or email of the member who came.";

/**
 * One check-in: the person is `userId` (the checklist's buttons, and the walk-in list of a small
 * group) or `person`, their name or email as typed (a large group's walk-in field, see
 * WALK_IN_LIST_MAX); exactly one of them. A typed person can only be checked in: undoing goes
 * through the list, where they then are.
 */
export const checkInSchema = meetupRefSchema
  .extend({
    userId: z.string({ error: CHOOSE_WHO_CAME }).trim().min(1, CHOOSE_WHO_CAME).max(40, CHOOSE_WHO_CAME).optional(),
    person: memberNameOrEmailField(WALK_IN_PROMPT).optional(),
    present: z
      .enum(["true", "false"])
      .optional()
      .transform((value) => value !== "false"),
  })
  .transform(({ meetupId, userId, person, present }, context) => {
    if (person !== undefined && (userId !== undefined || !present)) {
      context.addIssue({ code: "custom", path: ["person"], message: "Type the name or email of someone to check in, and nothing else." });
      return z.NEVER;
    }
    if (person === undefined && userId === undefined) {
      context.addIssue({ code: "custom", path: ["userId"], message: CHOOSE_WHO_CAME });
      return z.NEVER;
    }
    const attendee: { userId: string } | { person: string } = person !== undefined ? { person } : { userId: userId! };
    return { meetupId, attendee, present };
  });

/**
 * A calendar request's query: `member` and `key` for a private group's feed (both or neither).
 * Anything else in it, such as the `token` feeds once carried, is ignored. Null when malformed.
 */
export const feedAccessSchema = z
  .object({ member: z.string().min(1).max(40).optional(), key: z.string().regex(FEED_KEY_PATTERN).optional() })
  .refine((access) => (access.member === undefined) === (access.key === undefined));

export function parseFeedAccess(searchParams: URLSearchParams): { member: string; key: string } | "none" | null {
  const parsed = feedAccessSchema.safeParse({ member: searchParams.get("member") ?? undefined, key: searchParams.get("key") ?? undefined });
  if (!parsed.success) return null;
  const { member, key } = parsed.data;
  return member !== undefined && key !== undefined ? { member, key } : "none";
}
