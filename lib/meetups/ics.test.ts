import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/markdown/render";
import { buildMeetupCalendar, escapeIcsText, meetupUid, type IcsMeetup } from "./ics";

const ORIGIN = "https://toile.example";

// NAME (RFC 7986) and the X-WR-* properties are TEXT, which ical.js only unescapes once told.
for (const property of ["name", "x-wr-calname", "x-wr-caldesc"]) ICAL.design.defaultSet.property[property] = { defaultType: "text" };

/** A description as the form's Markdown is stored: rendered. */
const described = (markdown: string) => renderMarkdown(markdown, "description");

function meetup(overrides: Partial<IcsMeetup> = {}): IcsMeetup {
  return {
    id: 42,
    title: "Seed swap",
    descriptionHtml: described("Bring seeds."),
    venueName: "Café de la Gare",
    venueAddress: "12 rue des Lilas, Paris",
    online: false,
    onlineUrl: null,
    startsAt: new Date("2026-07-15T16:30:00Z"),
    endsAt: new Date("2026-07-15T19:00:00Z"),
    timeZone: "Europe/Paris",
    cancelledAt: null,
    cancelReason: null,
    sequence: 3,
    createdAt: new Date("2026-06-01T08:00:00Z"),
    updatedAt: new Date("2026-06-20T09:15:00Z"),
    group: { slug: "city-gardeners", name: "City Gardeners" },
    ...overrides,
  };
}

/** Parses with ical.js, an independent implementation, and returns the VEVENTs. */
function parseEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

describe("meetup iCalendar", () => {
  it("round-trips times (UTC), UID, SEQUENCE, DTSTAMP, URL, LOCATION and STATUS", () => {
    const ics = buildMeetupCalendar([meetup()], { origin: ORIGIN, name: "Seed swap · City Gardeners" });
    const { calendar, events } = parseEvents(ics);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(String(calendar.getFirstPropertyValue("prodid"))).toContain("Toile");
    expect(events).toHaveLength(1);
    const vevent = events[0]!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe("meetup-42@toile.example");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-07-15T16:30:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-07-15T19:00:00.000Z");
    expect(event.startDate.zone?.tzid).toBe("UTC");
    expect(event.sequence).toBe(3);
    expect(event.summary).toBe("Seed swap");
    expect(event.location).toBe("Café de la Gare, 12 rue des Lilas, Paris");
    expect((vevent.getFirstPropertyValue("dtstamp") as ICAL.Time).toJSDate().toISOString()).toBe("2026-06-20T09:15:00.000Z");
    expect(vevent.getFirstPropertyValue("url")).toBe("https://toile.example/g/city-gardeners/meetups/42");
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(event.description).toContain("Times are set in Europe/Paris (CEST, UTC+2).");
    expect(ics).toMatch(/\r\nDTSTART:20260715T163000Z\r\n/);
  });

  it("marks a cancelled meetup CANCELLED, keeping its UID and a higher SEQUENCE", () => {
    const ics = buildMeetupCalendar([meetup({ cancelledAt: new Date("2026-07-01T00:00:00Z"), cancelReason: "Venue flooded", sequence: 4 })], { origin: ORIGIN, name: "x" });
    const vevent = parseEvents(ics).events[0]!;
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(vevent.getFirstPropertyValue("uid")).toBe(meetupUid(42, ORIGIN));
    expect(vevent.getFirstPropertyValue("sequence")).toBe(4);
    expect(String(vevent.getFirstPropertyValue("description"))).toMatch(/^CANCELLED: Venue flooded/);
  });

  it("describes the event in plain text: what the page shows, without Markdown marks, link addresses kept, then the meetup's page", () => {
    const markdown = "Bring seeds. **Swap** table.\n\nDirections on [the map](https://osm.org/go?a=1&b=2), or https://example.org/plain.\nRing twice.\n\n1. Sort\n2. Swap\n\n- _labels_\n- pens";
    const ics = buildMeetupCalendar([meetup({ descriptionHtml: described(markdown) })], { origin: ORIGIN, name: "x" });
    expect(ics.replaceAll("\r\n ", "")).toContain("DESCRIPTION:Bring seeds. Swap table.\\n\\nDirections on the map (https://osm.org/go?a=1&b=2)");
    const description = new ICAL.Event(parseEvents(ics).events[0]!).description;
    expect(description).toBe(
      [
        "Bring seeds. Swap table.",
        "",
        "Directions on the map (https://osm.org/go?a=1&b=2), or https://example.org/plain.",
        "Ring twice.",
        "",
        "1. Sort",
        "2. Swap",
        "",
        "- labels",
        "- pens",
        "",
        "A meetup of City Gardeners. Times are set in Europe/Paris (CEST, UTC+2).",
        "Details and RSVP: https://toile.example/g/city-gardeners/meetups/42",
      ].join("\n"),
    );
    expect(description).not.toMatch(/\*\*|<|&amp;/);
    // The same in a group's or a personal feed: every calendar is built here.
    const feed = buildMeetupCalendar([meetup(), meetup({ id: 43, descriptionHtml: described("A **bold** plan.") })], { origin: ORIGIN, name: "feed" });
    expect(new ICAL.Event(parseEvents(feed).events[1]!).description.split("\n")[0]).toBe("A bold plan.");
  });

  it("escapes commas, semicolons, backslashes and newlines, and they come back intact", () => {
    const title = "Soil; compost, worms \\ friends";
    const description = "Line one, with a comma;\nline two; and a backslash \\ here.\n\n- a list item";
    const ics = buildMeetupCalendar([meetup({ title, descriptionHtml: described(description), venueName: "Hall A; B", venueAddress: "1, Main St" })], { origin: ORIGIN, name: "x" });
    expect(ics).toContain("SUMMARY:Soil\\; compost\\, worms \\\\ friends");
    expect(ics).toContain("LOCATION:Hall A\\; B\\, 1\\, Main St");
    const event = new ICAL.Event(parseEvents(ics).events[0]!);
    expect(event.summary).toBe(title);
    expect(event.location).toBe("Hall A; B, 1, Main St");
    // The rendered text keeps the line break, the list and every character.
    expect(event.description.startsWith(description)).toBe(true);
  });

  it("folds long lines at 75 octets (multi-byte characters included) and unfolds them losslessly", () => {
    const description = `${"Déjà vu — les œufs de l'été ".repeat(20)}end.`;
    const ics = buildMeetupCalendar([meetup({ descriptionHtml: described(description) })], { origin: ORIGIN, name: "x" });
    // Every line ends with CRLF, the last one too (RFC 5545 §3.1), and no bare LF hides in one.
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
    const lines = ics.slice(0, -2).split("\r\n");
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    const event = new ICAL.Event(parseEvents(ics).events[0]!);
    expect(event.description.startsWith(description)).toBe(true);
  });

  it("a feed holds one event per meetup, each with its own stable UID", () => {
    const ics = buildMeetupCalendar(
      [meetup(), meetup({ id: 43, title: "Online Q&A", online: true, onlineUrl: "https://meet.example/abc", venueName: null, venueAddress: null })],
      { origin: ORIGIN, name: "City Gardeners meetups" },
    );
    const { calendar, events } = parseEvents(ics);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("City Gardeners meetups");
    expect(events.map((vevent) => vevent.getFirstPropertyValue("uid"))).toEqual(["meetup-42@toile.example", "meetup-43@toile.example"]);
    expect(new ICAL.Event(events[1]!).location).toBe("Online: https://meet.example/abc");
    // Same input, same output: calendars see no spurious change between two fetches.
    expect(buildMeetupCalendar([meetup()], { origin: ORIGIN, name: "x" })).toBe(buildMeetupCalendar([meetup()], { origin: ORIGIN, name: "x" }));
  });

  it("writes the meeting link only when it is given, and never in DESCRIPTION or URL", () => {
    const link = "https://meet.example/secret-room";
    const online = { online: true, venueName: null, venueAddress: null };
    const forMember = parseEvents(buildMeetupCalendar([meetup({ ...online, onlineUrl: link })], { origin: ORIGIN, name: "x" })).events[0]!;
    expect(new ICAL.Event(forMember).location).toBe(`Online: ${link}`);
    expect(String(forMember.getFirstPropertyValue("description"))).not.toContain(link);
    expect(forMember.getFirstPropertyValue("url")).toBe("https://toile.example/g/city-gardeners/meetups/42");

    // What the data layer hands over for someone who is not a member: the link is already gone.
    const ics = buildMeetupCalendar([meetup({ ...online, onlineUrl: null })], { origin: ORIGIN, name: "x" });
    expect(ics).not.toContain("meet.example");
    expect(new ICAL.Event(parseEvents(ics).events[0]!).location).toBe("Online");
  });

  it("escapes the calendar's name and description (ical-generator leaves them as given)", () => {
    const name = "Soil; compost, worms \\ friends · Gardeners, Paris";
    const description = "Meetups of A; B, C \\ D\nsecond line";
    const ics = buildMeetupCalendar([meetup()], { origin: ORIGIN, name, description });
    expect(ics).toContain("X-WR-CALNAME:Soil\\; compost\\, worms \\\\ friends · Gardeners\\, Paris");
    const { calendar, events } = parseEvents(ics);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(name);
    expect(calendar.getFirstPropertyValue("name")).toBe(name);
    expect(calendar.getFirstPropertyValue("x-wr-caldesc")).toBe(description);
    expect(events).toHaveLength(1);
  });

  it("escapeIcsText escapes backslashes before the characters it escapes with them", () => {
    expect(escapeIcsText("a\\;b")).toBe("a\\\\\\;b");
    expect(escapeIcsText("one\r\ntwo\nthree")).toBe("one\\ntwo\\nthree");
    expect(escapeIcsText("plain · text")).toBe("plain · text");
  });
});
