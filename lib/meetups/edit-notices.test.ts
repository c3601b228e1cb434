import { describe, expect, it } from "vitest";
import { changeNotice, editNotifies, materialChanges, meetupHasStarted } from "./edit-notices";

const HOUR = 3600_000;
const startsAt = new Date("2026-11-22T19:00:00Z");

const stored = {
  title: "Star party",
  startsAt,
  endsAt: new Date(startsAt.getTime() + 3 * HOUR),
  timeZone: "Europe/Paris",
  venueName: "Observatory hill",
  venueAddress: "Route de l'Observatoire",
  online: false,
  onlineUrl: null,
  mapUrl: null,
  rsvpDeadline: null,
  capacity: 10,
};

describe("what an edit announces", () => {
  it("names what attendees planned around, and nothing for a description-only edit", () => {
    expect(materialChanges(stored, stored)).toBeNull();
    expect(materialChanges(stored, { ...stored, venueName: "Observatory car park" })).toBe("place");
    expect(materialChanges(stored, { ...stored, startsAt: new Date(startsAt.getTime() + HOUR), endsAt: new Date(startsAt.getTime() + 4 * HOUR) })).toBe("time");
    expect(materialChanges(stored, { ...stored, title: "Star party!", venueAddress: "Elsewhere", capacity: 12 })).toBe("title, place and number of seats");
    // The same instant in another Date object is no change.
    expect(materialChanges(stored, { ...stored, startsAt: new Date(startsAt.getTime()) })).toBeNull();
  });

  it("a meetup has started from its start time on", () => {
    expect(meetupHasStarted(stored, new Date(startsAt.getTime() - 1))).toBe(false);
    expect(meetupHasStarted(stored, startsAt)).toBe(true);
    expect(meetupHasStarted(stored, new Date(startsAt.getTime() + 7 * 24 * HOUR))).toBe(true);
  });

  it("edits notify until the start, and no one from the start on", () => {
    expect(editNotifies(stored, new Date(startsAt.getTime() - 60_000))).toBe(true);
    expect(editNotifies(stored, startsAt)).toBe(false);
    expect(editNotifies(stored, new Date(startsAt.getTime() + HOUR))).toBe(false);
  });

  it("tells nobody once the meetup has started (a typo fixed for the record), nor for an edit that changes nothing material", () => {
    const moved = { ...stored, venueName: "Observatory car park" };
    expect(changeNotice(stored, moved, new Date(startsAt.getTime() - HOUR))).not.toBeNull();
    expect(changeNotice(stored, moved, startsAt)).toBeNull();
    expect(changeNotice(stored, { ...stored, title: "Star party (clouds)" }, new Date(startsAt.getTime() + 2 * 24 * HOUR))).toBeNull();
    expect(changeNotice(stored, stored, new Date(startsAt.getTime() - HOUR))).toBeNull();
    // Another zone name for the same instants (Paris and Brussels keep the same clock) moves nothing.
    const brussels = { ...stored, timeZone: "Europe/Brussels" };
    expect(materialChanges(stored, brussels)).toBeNull();
    expect(changeNotice(stored, brussels, new Date(startsAt.getTime() - HOUR))).toBeNull();
    // The same wall-clock time in another zone is another instant: that moves it.
    const london = { ...brussels, timeZone: "Europe/London", startsAt: new Date(startsAt.getTime() + HOUR), endsAt: new Date(startsAt.getTime() + 4 * HOUR) };
    expect(materialChanges(stored, london)).toBe("time");
    expect(changeNotice(stored, london, new Date(startsAt.getTime() - HOUR))).toMatch(/^“Star party” moved from /);
  });
});

describe("what a change notice says", () => {
  // Sunday 28 March 2027, 10:00 in Paris (CEST, the clocks went forward that night).
  const brunch = {
    ...stored,
    title: "Seed swap",
    startsAt: new Date("2027-03-28T08:00:00Z"),
    endsAt: new Date("2027-03-28T10:00:00Z"),
    venueName: "Café de la Gare",
    venueAddress: "1 place de la Gare",
  };
  const before = new Date("2027-03-20T12:00:00Z");

  it("says what the time moved from, and where it is", () => {
    const later = { ...brunch, startsAt: new Date("2027-03-28T12:00:00Z"), endsAt: new Date("2027-03-28T14:00:00Z") };
    expect(changeNotice(brunch, later, before)).toBe("“Seed swap” moved from Sun 28 Mar, 10:00 to Sun 28 Mar 2027, 14:00 CEST at Café de la Gare.");
    // From winter time to summer time, and to another year: both are named.
    const fromWinter = { ...brunch, startsAt: new Date("2026-12-31T09:00:00Z"), endsAt: new Date("2026-12-31T11:00:00Z") };
    expect(changeNotice(fromWinter, brunch, new Date("2026-12-01T12:00:00Z"))).toBe("“Seed swap” moved from Thu 31 Dec 2026, 10:00 CET to Sun 28 Mar 2027, 10:00 CEST at Café de la Gare.");
  });

  it("a change of zone that keeps the clock time says how far the meetup moved, on the new zone's clock", () => {
    const utc = { ...brunch, startsAt: new Date("2026-11-29T14:10:00Z"), endsAt: new Date("2026-11-29T16:10:00Z"), timeZone: "UTC" };
    const tokyo = { ...utc, startsAt: new Date("2026-11-29T05:10:00Z"), endsAt: new Date("2026-11-29T07:10:00Z"), timeZone: "Asia/Tokyo" };
    expect(changeNotice(utc, tokyo, new Date("2026-11-20T12:00:00Z"))).toBe("“Seed swap” moved from Sun 29 Nov, 23:10 to Sun 29 Nov 2026, 14:10 UTC+9 at Café de la Gare.");
  });

  it("says what the place moved from", () => {
    expect(changeNotice(brunch, { ...brunch, venueName: "Le Bistrot", venueAddress: "3 rue Haute" }, before)).toBe("“Seed swap” moved from Café de la Gare to Le Bistrot. It is still Sun 28 Mar 2027, 10:00 CEST at Le Bistrot.");
    expect(changeNotice(brunch, { ...brunch, online: true, venueName: null, venueAddress: null, onlineUrl: "https://meet.example/seed" }, before)).toBe(
      "“Seed swap” is now online (it was at Café de la Gare). “Seed swap” has a new meeting link (on its page). It is still Sun 28 Mar 2027, 10:00 CEST online.",
    );
    // Time and place together: the old time at the old place, the new time at the new one.
    const both = { ...brunch, startsAt: new Date("2027-03-28T12:00:00Z"), endsAt: new Date("2027-03-28T14:00:00Z"), venueName: "Le Bistrot" };
    expect(changeNotice(brunch, both, before)).toBe("“Seed swap” moved from Sun 28 Mar, 10:00 at Café de la Gare to Sun 28 Mar 2027, 14:00 CEST at Le Bistrot.");
    // The same venue at a corrected address.
    expect(changeNotice(brunch, { ...brunch, venueAddress: "2 place de la Gare" }, before)).toBe("The address of “Seed swap” is now 2 place de la Gare. It is still Sun 28 Mar 2027, 10:00 CEST at Café de la Gare.");
  });

  it("says what the title, the end and the RSVP deadline were", () => {
    expect(changeNotice(brunch, { ...brunch, title: "Spring seed swap" }, before)).toBe("“Seed swap” is now called “Spring seed swap”. It is still Sun 28 Mar 2027, 10:00 CEST at Café de la Gare.");
    expect(changeNotice(brunch, { ...brunch, endsAt: new Date("2027-03-28T11:00:00Z") }, before)).toBe("“Seed swap” now ends Sun 28 Mar, 13:00 instead of Sun 28 Mar, 12:00. It is still Sun 28 Mar 2027, 10:00 CEST at Café de la Gare.");
    const deadline = new Date("2027-03-26T17:00:00Z");
    expect(changeNotice(brunch, { ...brunch, rsvpDeadline: deadline }, before)).toBe("Answers to “Seed swap” now close Fri 26 Mar 2027, 18:00 CET. It is still Sun 28 Mar 2027, 10:00 CEST at Café de la Gare.");
    expect(changeNotice({ ...brunch, rsvpDeadline: deadline }, brunch, before)).toBe("Answers to “Seed swap” now stay open until it starts (it was Fri 26 Mar, 18:00 CET). It is still Sun 28 Mar 2027, 10:00 CEST at Café de la Gare.");
  });

  it("is not sent for a change of seats alone: more seats tell those promoted, fewer take no seat back", () => {
    expect(changeNotice(brunch, { ...brunch, capacity: 20 }, before)).toBeNull();
    expect(changeNotice(brunch, { ...brunch, capacity: 2 }, before)).toBeNull();
    expect(changeNotice(brunch, { ...brunch, capacity: null }, before)).toBeNull();
    // With another change, the notice tells that one, not the seats.
    expect(changeNotice(brunch, { ...brunch, capacity: 20, title: "Big seed swap" }, before)).toBe("“Seed swap” is now called “Big seed swap”. It is still Sun 28 Mar 2027, 10:00 CEST at Café de la Gare.");
  });
});
