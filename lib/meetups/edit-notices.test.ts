import { describe, expect, it } from "vitest";
import { changeToAnnounce, editNotifies, materialChanges, meetupHasStarted } from "./edit-notices";

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

  it("announces a change of place before the start, and nothing once the meetup has started (a typo fixed for the record)", () => {
    const moved = { ...stored, venueName: "Observatory car park" };
    expect(changeToAnnounce(stored, moved, new Date(startsAt.getTime() - HOUR))).toBe("place");
    expect(changeToAnnounce(stored, moved, startsAt)).toBeNull();
    expect(changeToAnnounce(stored, { ...stored, title: "Star party (clouds)" }, new Date(startsAt.getTime() + 2 * 24 * HOUR))).toBeNull();
    // Before the start, an edit that changes nothing material still tells nobody.
    expect(changeToAnnounce(stored, stored, new Date(startsAt.getTime() - HOUR))).toBeNull();
  });
});
