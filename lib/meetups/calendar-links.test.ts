import { describe, expect, it } from "vitest";
import { googleCalendarUrl, webcalUrl } from "./calendar-links";

describe("calendar links", () => {
  const meetup = { title: "Seed swap & soup", startsAt: new Date("2026-03-14T17:30:00Z"), endsAt: new Date("2026-03-14T19:00:00Z"), location: "Café de la Gare, 1 place de la Gare" as string | null };

  it("fills Google Calendar's event template with the title, UTC times, place and page", () => {
    const url = new URL(googleCalendarUrl(meetup, "https://toile.example/g/seeds/meetups/7"));
    expect(`${url.origin}${url.pathname}`).toBe("https://calendar.google.com/calendar/render");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      action: "TEMPLATE",
      text: "Seed swap & soup",
      dates: "20260314T173000Z/20260314T190000Z",
      details: "https://toile.example/g/seeds/meetups/7",
      location: "Café de la Gare, 1 place de la Gare",
    });
  });

  it("leaves out a place not given", () => {
    expect(new URL(googleCalendarUrl({ ...meetup, location: null }, "https://toile.example/m")).searchParams.has("location")).toBe(false);
  });

  it("turns a feed's path into a webcal subscription on the page's host", () => {
    expect(webcalUrl("https://toile.example", "/g/seeds/meetups.ics?key=abc")).toBe("webcal://toile.example/g/seeds/meetups.ics?key=abc");
    expect(webcalUrl("http://127.0.0.1:3100", "/calendar/t/meetups.ics")).toBe("webcal://127.0.0.1:3100/calendar/t/meetups.ics");
  });
});
