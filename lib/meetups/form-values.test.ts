import { describe, expect, it } from "vitest";
import { copyFormValues, linkedFirst, meetupFormValues, nextInSeries, seriesPrefix, weeksUntilNext, type MeetupFields } from "./form-values";

const circle: MeetupFields = {
  title: "Garden circle #4",
  description: "Bring a **cutting**.",
  venueName: "Jardin partagé des Lilas",
  venueAddress: "12 rue des Lilas, Paris",
  mapUrl: null,
  online: false,
  onlineUrl: null,
  timeZone: "Europe/Paris",
  // Saturday 24 October 2026, 18:30 in Paris (summer time, UTC+2).
  startsAt: new Date("2026-10-24T16:30:00Z"),
  endsAt: new Date("2026-10-24T18:30:00Z"),
  rsvpDeadline: new Date("2026-10-23T16:30:00Z"),
  capacity: 12,
  threads: [{ id: 7 }, { id: 3 }],
};

describe("the meetup form's starting values", () => {
  it("a zone stored under a name the picker does not offer starts on the option that is the same zone, at the same wall-clock times", () => {
    const legacy = meetupFormValues({ ...circle, timeZone: "US/Eastern" });
    expect(legacy).toMatchObject({ timeZone: "America/New_York", startsAt: "2026-10-24T12:30" });
    expect(meetupFormValues({ ...circle, timeZone: "Asia/Calcutta" }).timeZone).toBe("Asia/Kolkata");
  });

  it("an edit shows the meetup as it is, its times on its own wall clock", () => {
    expect(meetupFormValues(circle)).toEqual({
      title: "Garden circle #4",
      description: "Bring a **cutting**.",
      venueName: "Jardin partagé des Lilas",
      venueAddress: "12 rue des Lilas, Paris",
      mapUrl: "",
      online: "",
      onlineUrl: "",
      timeZone: "Europe/Paris",
      startsAt: "2026-10-24T18:30",
      endsAt: "2026-10-24T20:30",
      rsvpDeadline: "2026-10-23T18:30",
      capacity: "12",
      threadIds: "7,3",
    });
  });

  it("a numbered title goes on to the next number; others stay as they are", () => {
    expect(nextInSeries("Garden circle #4")).toBe("Garden circle #5");
    expect(nextInSeries("Repair café #9 ")).toBe("Repair café #10");
    expect(nextInSeries("Seed-saving workshop")).toBe("Seed-saving workshop");
    expect(nextInSeries("#1 fan meetup")).toBe("#1 fan meetup");
  });

  it("the copy of an upcoming meetup is the week after it", () => {
    expect(weeksUntilNext(circle.startsAt, circle.timeZone, new Date("2026-10-20T10:00:00Z"))).toBe(1);
  });

  it("the copy of a past meetup is on the first same weekday and time after now", () => {
    // Five weeks and a day after the circle: the next Saturday is six weeks after it.
    expect(weeksUntilNext(circle.startsAt, circle.timeZone, new Date("2026-11-29T10:00:00Z"))).toBe(6);
    // Exactly at a week's start time: that one has begun, the next is a week later.
    expect(weeksUntilNext(circle.startsAt, circle.timeZone, new Date("2026-10-31T17:30:00Z"))).toBe(2);
  });

  it("a copy keeps the wall-clock time across a change of daylight saving time, and moves its end and deadline as much", () => {
    // From 24 October (UTC+2) to 7 November (UTC+1, clocks went back on 25 October).
    const copy = copyFormValues(circle, new Date("2026-11-02T12:00:00Z"));
    expect(copy).toMatchObject({
      title: "Garden circle #5",
      startsAt: "2026-11-07T18:30",
      endsAt: "2026-11-07T20:30",
      rsvpDeadline: "2026-11-06T18:30",
      venueName: "Jardin partagé des Lilas",
      capacity: "12",
      threadIds: "7,3",
      timeZone: "Europe/Paris",
    });
    expect(copyFormValues({ ...circle, rsvpDeadline: null }, new Date("2026-11-02T12:00:00Z")).rsvpDeadline).toBe("");
  });

  it("a copy skips the numbers and weeks the series already has: #4 copied again after #5 was made from it offers #6, a week after #5", () => {
    const now = new Date("2026-11-02T12:00:00Z");
    const fifth = { title: "Garden circle #5", startsAt: new Date("2026-11-07T17:30:00Z") };
    expect(copyFormValues(circle, now, [fifth])).toMatchObject({ title: "Garden circle #6", startsAt: "2026-11-14T18:30" });
    // A #5 at another time takes its number, not its week.
    expect(copyFormValues(circle, now, [{ ...fifth, startsAt: new Date("2026-11-08T09:00:00Z") }])).toMatchObject({ title: "Garden circle #6", startsAt: "2026-11-07T18:30" });
    expect(nextInSeries("Garden circle #4", new Set(["Garden circle #5", "Garden circle #6"]))).toBe("Garden circle #7");
    expect(seriesPrefix("Garden circle #4")).toBe("Garden circle #");
    expect(seriesPrefix("Potluck")).toBeNull();
  });
});

describe("the thread picker's order", () => {
  const threads = [{ id: 9 }, { id: 8 }, { id: 54 }, { id: 7 }];
  it("puts the linked threads first, in the order they were linked, then the others as they came", () => {
    expect(linkedFirst(threads, ["54"]).map((thread) => thread.id)).toEqual([54, 9, 8, 7]);
    expect(linkedFirst(threads, [7, 54]).map((thread) => thread.id)).toEqual([7, 54, 9, 8]);
  });
  it("keeps the list as it is when nothing is linked, and ignores a linked id it does not list", () => {
    expect(linkedFirst(threads, []).map((thread) => thread.id)).toEqual([9, 8, 54, 7]);
    expect(linkedFirst(threads, ["3"]).map((thread) => thread.id)).toEqual([9, 8, 54, 7]);
  });
});
