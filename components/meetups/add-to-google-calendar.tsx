"use client";

import { useSyncExternalStore } from "react";
import { googleCalendarUrl } from "@/lib/meetups/calendar-links";

const noSubscription = () => () => {};

/**
 * "Add to Google Calendar", beside the .ics download: Google's event template, its details the
 * meetup page's address as the person sees it (made absolute in the browser, as calendar feed
 * addresses are). Until the page's script runs, the details hold the page's path.
 */
export function AddToGoogleCalendar({ title, startsAt, endsAt, location, path }: { title: string; startsAt: Date; endsAt: Date; location: string | null; path: string }) {
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => "");
  return (
    <a
      href={googleCalendarUrl({ title, startsAt, endsAt, location }, `${origin}${path}`)}
      className="rounded-md border border-stone-300 bg-white px-3.5 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100"
      rel="noopener noreferrer"
      target="_blank"
    >
      Add to Google Calendar<span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}
