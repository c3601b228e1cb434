/**
 * Links that put a meetup in a web calendar, beside the .ics download: Google Calendar's event
 * template (its documented `render?action=TEMPLATE` address, as Meetup and Eventbrite offer), and
 * a `webcal:` address for subscribing to a feed, which calendar apps (Apple Calendar, Outlook)
 * open as a subscription rather than a one-time import. Pure, and light enough for the browser
 * (no iCalendar library): the page's origin and the place's wording are passed in.
 */
/** 20260314T173000Z: the compact UTC form calendar templates take. */
function compactUtc(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}Z$/, "Z");
}

/**
 * Google Calendar's "add this event" page, filled in: title, start and end (UTC), the place as
 * anyone may see it (`meetupLocation` without the meeting link: the link is for members, and
 * Google keeps what it is given), and the meetup page's address as details, where the rest is.
 */
export function googleCalendarUrl(meetup: { title: string; startsAt: Date; endsAt: Date; location: string | null }, pageUrl: string): string {
  const params = new URLSearchParams({ action: "TEMPLATE", text: meetup.title, dates: `${compactUtc(meetup.startsAt)}/${compactUtc(meetup.endsAt)}`, details: pageUrl });
  if (meetup.location) params.set("location", meetup.location);
  return `https://calendar.google.com/calendar/render?${params}`;
}

/** A feed's address as a subscription (`webcal://host/path`), from the page's origin and the feed's path. */
export function webcalUrl(origin: string, path: string): string {
  return `webcal://${new URL(origin).host}${path}`;
}
