import { describe, expect, it } from "vitest";
import { ValidationError, fieldErrorsOf, parseInput } from "@/lib/forms";
import { checkInPhase, checkInRefusal } from "./check-in";
import { cancelSchema, checkInSchema, editMeetupFormSchema, isHttpUrl, meetupFormSchema, newMeetupFormSchema, rsvpSchema } from "./schema";

const valid = {
  title: "Seed swap",
  description: "Bring **seeds**.",
  venueName: "Café de la Gare",
  venueAddress: "12 rue des Lilas",
  mapUrl: "https://www.openstreetmap.org/#map=19/48.85/2.35",
  startsAt: "2026-07-15T18:30",
  endsAt: "2026-07-15T21:00",
  timeZone: "Europe/Paris",
  capacity: "12",
  rsvpDeadline: "2026-07-14T12:00",
  threadIds: "7,3,7",
};

function errorsOf(input: Record<string, string>, schema: ReturnType<typeof editMeetupFormSchema> = meetupFormSchema): Record<string, string> {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (error instanceof ValidationError) return error.fieldErrors;
    throw error;
  }
  return {};
}

describe("meetup form schema", () => {
  it("turns wall-clock fields into UTC instants and tidies the rest", () => {
    const input = parseInput(meetupFormSchema, valid);
    expect(input.startsAt.toISOString()).toBe("2026-07-15T16:30:00.000Z");
    expect(input.endsAt.toISOString()).toBe("2026-07-15T19:00:00.000Z");
    expect(input.rsvpDeadline?.toISOString()).toBe("2026-07-14T10:00:00.000Z");
    expect(input.capacity).toBe(12);
    expect(input.threadIds).toEqual([7, 3]);
    expect(input.online).toBe(false);
    expect(input.onlineUrl).toBeNull();
  });

  it("refuses a wall-clock time that happens twice (clocks going back) as it refuses one that never happens", () => {
    // Paris, 31 October 2027: 03:00 CEST → 02:00 CET, so 02:00–02:59 happen twice.
    const night = { ...valid, rsvpDeadline: "", startsAt: "2027-10-31T02:30", endsAt: "2027-10-31T03:30" };
    expect(errorsOf(night)).toEqual({ startsAt: "02:30 happens twice that night in Europe/Paris, as the clocks go back: choose another time." });
    expect(errorsOf({ ...night, rsvpDeadline: "2027-10-31T02:00" }).rsvpDeadline).toMatch(/^02:00 happens twice that night/);
    // The spring gap, for comparison: refused too.
    expect(errorsOf({ ...valid, rsvpDeadline: "", startsAt: "2027-03-28T02:30", endsAt: "2027-03-28T04:00" })).toEqual({ startsAt: expect.stringMatching(/does not exist in Europe\/Paris: the clocks jump forward/) });
    // Either side of the repeated hour is one moment: 01:30 CEST to 03:30 CET lasts three hours.
    const around = parseInput(meetupFormSchema, { ...night, startsAt: "2027-10-31T01:30" });
    expect(around.endsAt.getTime() - around.startsAt.getTime()).toBe(3 * 3600_000);
  });

  it("an edit keeps a time that happens twice when it is the one stored (saved before such times were refused)", () => {
    const night = { ...valid, rsvpDeadline: "", startsAt: "2027-10-31T02:30", endsAt: "2027-10-31T04:00" };
    // Stored as the second 02:30 (CET, 01:30 UTC): sent back unchanged, it stays that one.
    const stored = { startsAt: new Date("2027-10-31T01:30:00Z"), endsAt: new Date("2027-10-31T03:00:00Z"), rsvpDeadline: null };
    expect(parseInput(editMeetupFormSchema(stored), night).startsAt.toISOString()).toBe("2027-10-31T01:30:00.000Z");
    // Another meetup's times do not make it acceptable, nor does having none stored.
    expect(errorsOf(night, editMeetupFormSchema({ ...stored, startsAt: new Date("2027-10-30T01:30:00Z") })).startsAt).toMatch(/happens twice/);
    expect(errorsOf(night, editMeetupFormSchema(null)).startsAt).toMatch(/happens twice/);
  });

  it("optional fields may be empty: no capacity, no deadline, no thread", () => {
    const input = parseInput(meetupFormSchema, { ...valid, capacity: "", rsvpDeadline: "", threadIds: "", mapUrl: "", venueAddress: "" });
    expect(input).toMatchObject({ capacity: null, rsvpDeadline: null, threadIds: [], mapUrl: null, venueAddress: null });
  });

  it("an end before (or at) the start is refused on the end field", () => {
    expect(errorsOf({ ...valid, endsAt: "2026-07-15T18:00" })).toEqual({ endsAt: "The meetup must end after it starts." });
    expect(errorsOf({ ...valid, endsAt: valid.startsAt })).toEqual({ endsAt: "The meetup must end after it starts." });
    expect(errorsOf({ ...valid, endsAt: "2026-07-25T18:00" }).endsAt).toMatch(/at most 7 days/);
  });

  it("refuses a start more than two years ahead (a mistyped year), but not an edit that keeps the stored start", () => {
    const now = new Date("2026-07-10T12:00:00Z");
    const far = { ...valid, rsvpDeadline: "", startsAt: "2206-07-15T18:30", endsAt: "2206-07-15T21:00" };
    expect(errorsOf(far, newMeetupFormSchema(now))).toEqual({ startsAt: "A meetup can be scheduled at most 2 years ahead: check the year." });
    expect(errorsOf({ ...far, startsAt: "2028-07-01T18:30", endsAt: "2028-07-01T21:00" }, newMeetupFormSchema(now))).toEqual({});
    const stored = { startsAt: new Date("2206-07-15T16:30:00Z"), endsAt: new Date("2206-07-15T19:00:00Z"), rsvpDeadline: null };
    expect(errorsOf(far, editMeetupFormSchema(stored))).toEqual({});
    expect(errorsOf({ ...far, startsAt: "2206-07-15T18:00" }, editMeetupFormSchema(stored)).startsAt).toMatch(/at most 2 years ahead/);
  });

  it("scheduling names a start or a deadline in the past in the same round as every other problem", () => {
    const now = new Date("2026-07-10T12:00:00Z");
    const past = { ...valid, startsAt: "2026-07-01T18:30", endsAt: "2026-06-30T18:00", rsvpDeadline: "2026-06-30T12:00", capacity: "0" };
    expect(errorsOf(past, newMeetupFormSchema(now))).toEqual({
      startsAt: "The meetup must start in the future.",
      endsAt: "The meetup must end after it starts.",
      rsvpDeadline: "The RSVP deadline must be in the future, or empty.",
      capacity: expect.stringMatching(/whole number of at least 1/),
    });
    // Editing may keep a past start or close the answers with a past deadline: the mutation decides.
    expect(errorsOf({ ...valid, startsAt: "2026-07-01T18:30", endsAt: "2026-07-01T20:00", rsvpDeadline: "2026-06-30T12:00" })).toEqual({});
    expect(errorsOf(valid, newMeetupFormSchema(now))).toEqual({});
  });

  it("capacity must be a whole number of at least 1", () => {
    for (const capacity of ["0", "-3", "2.5", "ten"]) expect(errorsOf({ ...valid, capacity }).capacity).toMatch(/whole number of at least 1/);
    expect(errorsOf({ ...valid, capacity: "100000" }).capacity).toMatch(/at most 10,000/);
  });

  it("an unknown time zone is named in the error", () => {
    expect(errorsOf({ ...valid, timeZone: "Europe/Atlantis" })).toEqual({ timeZone: "“Europe/Atlantis” is not a time zone we know: choose one from the list (e.g. Europe/Paris)." });
  });

  it("takes only the zones the picker offers: a different case is its listed name, legacy names and abbreviations are unknown", () => {
    expect(parseInput(meetupFormSchema, { ...valid, timeZone: "asia/tokyo" }).timeZone).toBe("Asia/Tokyo");
    expect(parseInput(meetupFormSchema, { ...valid, timeZone: " Europe/PARIS " }).timeZone).toBe("Europe/Paris");
    expect(parseInput(meetupFormSchema, { ...valid, timeZone: "Asia/Kolkata" }).timeZone).toBe("Asia/Kolkata");
    // What the picker never offers, injected into the select, is not stored as typed.
    for (const timeZone of ["US/Eastern", "Asia/Calcutta", "EST"]) {
      expect(errorsOf({ ...valid, timeZone })).toEqual({ timeZone: `“${timeZone}” is not a time zone we know: choose one from the list (e.g. Europe/Paris).` });
    }
  });

  it("a time skipped by daylight saving is refused with the reason", () => {
    expect(errorsOf({ ...valid, startsAt: "2026-03-29T02:30", endsAt: "2026-03-29T05:00", rsvpDeadline: "" }).startsAt).toMatch(/does not exist in Europe\/Paris/);
  });

  it("the RSVP deadline must come before the start", () => {
    expect(errorsOf({ ...valid, rsvpDeadline: "2026-07-15T19:00" })).toEqual({ rsvpDeadline: "The RSVP deadline must be before the meetup starts." });
  });

  it("needs a venue unless the meetup is online; links must be http(s)", () => {
    expect(errorsOf({ ...valid, venueName: "" }).venueName).toMatch(/venue's name, or tick “Online meetup”/);
    expect(errorsOf({ ...valid, venueName: "", online: "on", onlineUrl: "https://meet.example/x" })).toEqual({});
    expect(errorsOf({ ...valid, mapUrl: "javascript:alert(1)" }).mapUrl).toMatch(/http:\/\/ or https:\/\//);
    expect(errorsOf({ ...valid, online: "on", onlineUrl: "ftp://x.example" }).onlineUrl).toMatch(/http:\/\/ or https:\/\//);
    expect(isHttpUrl("https://example.org/a?b=c")).toBe(true);
    expect(isHttpUrl("data:text/html,hi")).toBe(false);
  });

  it("reports every problem at once, each on its field", () => {
    const errors = errorsOf({ ...valid, title: "", capacity: "0", endsAt: "2026-07-15T10:00", threadIds: "abc" });
    expect(Object.keys(errors).sort()).toEqual(["capacity", "endsAt", "threadIds", "title"]);
  });

  it("missing dates are asked for", () => {
    expect(errorsOf({ ...valid, startsAt: "", endsAt: "" })).toMatchObject({ startsAt: "Enter when the meetup starts.", endsAt: "Enter when the meetup ends." });
    expect(errorsOf({ ...valid, startsAt: "tomorrow" }).startsAt).toBe("Enter a valid start date and time.");
  });
});

describe("small schemas", () => {
  it("RSVP answers, cancel reasons and check-ins", () => {
    expect(rsvpSchema.safeParse({ meetupId: "5", answer: "going" }).success).toBe(true);
    expect(rsvpSchema.safeParse({ meetupId: "5", answer: "waitlisted" }).success).toBe(false);
    expect(rsvpSchema.safeParse({ meetupId: "x", answer: "going" }).success).toBe(false);
    expect(cancelSchema.parse({ meetupId: "5", reason: "  " }).reason).toBeNull();
    expect(checkInSchema.parse({ meetupId: "5", userId: "u1" }).present).toBe(true);
    expect(checkInSchema.parse({ meetupId: "5", userId: "u1", present: "false" }).present).toBe(false);
  });

  it("a check-in names the person by id (the lists) or as typed (a large group's walk-in field), exactly one", () => {
    const fieldErrors = (input: Record<string, string>) => {
      const result = checkInSchema.safeParse({ meetupId: "5", ...input });
      return result.success ? null : fieldErrorsOf(result.error);
    };
    expect(checkInSchema.parse({ meetupId: "5", userId: " u1 " })).toEqual({ meetupId: 5, attendee: { userId: "u1" }, present: true });
    expect(checkInSchema.parse({ meetupId: "5", person: " Ana\u200b ", present: "true" })).toEqual({ meetupId: 5, attendee: { person: "Ana" }, present: true });
    expect(fieldErrors({})).toEqual({ userId: "Choose who came." });
    expect(fieldErrors({ userId: "" })).toEqual({ userId: "Choose who came." });
    expect(fieldErrors({ person: "  " })).toEqual({ person: "Enter the name or email of the member who came." });
    expect(fieldErrors({ person: "x".repeat(321) })).toEqual({ person: "No member's name or email is that long (320 characters at most): check what you typed." });
    expect(fieldErrors({ person: "Ana", userId: "u1" })?.person).toMatch(/and nothing else/);
    // Undoing goes through the list, by id.
    expect(fieldErrors({ person: "Ana", present: "false" })?.person).toMatch(/and nothing else/);
  });
});

describe("check-in window", () => {
  const startsAt = new Date("2026-07-15T16:30:00Z");
  const minutes = (n: number) => new Date(startsAt.getTime() + n * 60_000);
  it("opens at the start and closes 7 days after", () => {
    expect(checkInRefusal({ startsAt, cancelledAt: null }, minutes(-1))).toBe("Check-in opens when the meetup starts.");
    expect(checkInRefusal({ startsAt, cancelledAt: null }, minutes(0))).toBeNull();
    expect(checkInRefusal({ startsAt, cancelledAt: null }, minutes(7 * 24 * 60))).toBeNull();
    expect(checkInRefusal({ startsAt, cancelledAt: null }, minutes(7 * 24 * 60 + 1))).toMatch(/closed 7 days after/);
    expect(checkInRefusal({ startsAt, cancelledAt: minutes(-1000) }, minutes(5))).toMatch(/cancelled/);
  });
  it("names the phase the check-in page shows", () => {
    expect(checkInPhase({ startsAt, cancelledAt: null }, minutes(-1))).toBe("before");
    expect(checkInPhase({ startsAt, cancelledAt: null }, minutes(0))).toBe("open");
    expect(checkInPhase({ startsAt, cancelledAt: null }, minutes(7 * 24 * 60))).toBe("open");
    expect(checkInPhase({ startsAt, cancelledAt: null }, minutes(7 * 24 * 60 + 1))).toBe("after");
    // Cancelled wins, whenever it is asked.
    expect(checkInPhase({ startsAt, cancelledAt: minutes(-1000) }, minutes(-5))).toBe("cancelled");
    expect(checkInPhase({ startsAt, cancelledAt: minutes(-1000) }, minutes(8 * 24 * 60))).toBe("cancelled");
  });
});
