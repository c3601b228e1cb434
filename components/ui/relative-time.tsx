"use client";

import { useBrowserTimeZone } from "@/components/meetups/viewer-time";
import { formatAbsolute, formatRelative } from "@/lib/time";

/**
 * "3 hours ago", with the exact time on hover — in the reader's own zone once the browser has
 * said which (the server renders UTC, which it states) — and in the machine-readable attribute.
 */
export function RelativeTime({ date, now }: { date: Date; /** From the server render, so the browser shows the same words. */ now: Date }) {
  const zone = useBrowserTimeZone();
  return (
    <time dateTime={date.toISOString()} title={formatAbsolute(date, zone ?? "UTC")}>
      {formatRelative(date, now)}
    </time>
  );
}
