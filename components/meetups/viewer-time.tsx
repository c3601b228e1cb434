"use client";

import { useSyncExternalStore } from "react";
import { formatInZone, formatRangeInZone, sameOffsetAt } from "@/lib/meetups/time";

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
/** The server does not know the viewer's zone: nothing is rendered until the browser says. */
const serverZone = () => null;

export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(noSubscription, browserZone, serverZone);
}

/**
 * The meetup's time in the viewer's own zone, when it differs from the event's (someone
 * travelling, or an online meetup across zones). Rendered by the browser only.
 */
export function ViewerTime({ startsAt, endsAt, eventZone }: { startsAt: string; endsAt: string; eventZone: string }) {
  const zone = useBrowserTimeZone();
  if (!zone) return null;
  const start = new Date(startsAt);
  if (zone === eventZone || sameOffsetAt(zone, eventZone, start)) return null;
  return (
    <span className="block text-sm text-stone-600">
      Your time ({zone}): {formatRangeInZone(start, new Date(endsAt), zone)}
    </span>
  );
}

/** One moment in the viewer's zone, in brackets after the event's, when the zones differ (lists). */
export function ViewerStart({ date, eventZone }: { date: string; eventZone: string }) {
  const zone = useBrowserTimeZone();
  if (!zone) return null;
  const start = new Date(date);
  if (zone === eventZone || sameOffsetAt(zone, eventZone, start)) return null;
  return <span className="text-stone-500"> ({formatInZone(start, zone)}, your time)</span>;
}
