"use client";

import { useSyncExternalStore } from "react";
import { formatInZone, formatRangeInZone, modernZoneName, sameOffsetAt, timeZoneLabel } from "@/lib/meetups/time";

const noSubscription = () => () => {};
const browserZone = () => modernZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone);
/** The server does not know the viewer's zone: nothing is rendered until the browser says. */
const serverZone = () => null;

export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(noSubscription, browserZone, serverZone);
}

/**
 * The viewer's zone when it differs from the event's at any of `instants` (someone travelling,
 * or an online meetup across zones); null on the server and when the times would read the same.
 */
function useDifferentZone(eventZone: string, ...instants: Date[]): string | null {
  const zone = useBrowserTimeZone();
  if (!zone || zone === eventZone || sameOffsetAt(zone, eventZone, ...instants)) return null;
  return zone;
}

/** The meetup's time in the viewer's own zone, when it differs from the event's. Rendered by the browser only. */
export function ViewerTime({ startsAt, endsAt, eventZone }: { startsAt: string; endsAt: string; eventZone: string }) {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  // Start and end: a DST change inside the meetup can make only the end read differently.
  const zone = useDifferentZone(eventZone, start, end);
  if (!zone) return null;
  return (
    <span className="block text-sm text-stone-600">
      Your time ({timeZoneLabel(zone)}): {formatRangeInZone(start, end, zone)}
    </span>
  );
}

/** One moment in the viewer's zone, in brackets after the event's, when the zones differ (lists). */
export function ViewerStart({ date, eventZone }: { date: string; eventZone: string }) {
  const start = new Date(date);
  const zone = useDifferentZone(eventZone, start);
  if (!zone) return null;
  return <span className="text-stone-500"> ({formatInZone(start, zone)}, your time)</span>;
}
