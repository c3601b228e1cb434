import { describe, expect, it } from "vitest";
import { inReminderWindow, REMINDER_AHEAD_MS } from "./reminders";

const startsAt = new Date("2026-11-22T19:00:00Z");
const before = (ms: number) => new Date(startsAt.getTime() - ms);
const HOUR = 3600_000;

describe("the 24-hour reminder's window", () => {
  it("opens 24 hours before the start and closes at the start", () => {
    const meetup = { startsAt, cancelledAt: null };
    expect(inReminderWindow(meetup, before(REMINDER_AHEAD_MS + 60_000))).toBe(false);
    expect(inReminderWindow(meetup, before(REMINDER_AHEAD_MS))).toBe(true);
    expect(inReminderWindow(meetup, before(HOUR))).toBe(true);
    expect(inReminderWindow(meetup, before(1))).toBe(true);
    // Nobody is reminded of a meetup under way or over.
    expect(inReminderWindow(meetup, startsAt)).toBe(false);
    expect(inReminderWindow(meetup, new Date(startsAt.getTime() + HOUR))).toBe(false);
  });

  it("a cancelled meetup is reminded of to nobody", () => {
    expect(inReminderWindow({ startsAt, cancelledAt: before(2 * HOUR) }, before(HOUR))).toBe(false);
  });
});
