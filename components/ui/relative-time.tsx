"use client";

import { useBrowserTimeZone } from "@/components/meetups/viewer-time";
import { formatAbsolute, formatRelative } from "@/lib/time";

/**
 * The words of a relative time: what everyone sees ("3 hours ago"), the exact time for the hover
 * title ("Wed, 25 Nov 2026, 14:03 UTC") and what screen readers hear after the visible words
 * (" (Wed, 25 Nov 2026, 14:03 UTC)"), in `timeZone`: the reader's once the browser has said,
 * UTC on the server (which the words state).
 */
export function relativeTimeWords(date: Date, now: Date, timeZone = "UTC"): { visible: string; absolute: string; hidden: string } {
  const absolute = formatAbsolute(date, timeZone);
  return { visible: formatRelative(date, now), absolute, hidden: ` (${absolute})` };
}

/**
 * "3 hours ago", with the exact time on hover and in the machine-readable attribute. The hover
 * title reaches neither the keyboard nor most screen readers, so the exact time is also in the
 * text, visually hidden: the visible words stay short, and a link or sentence holding a time is
 * named with the exact one too.
 */
export function RelativeTime({ date, now }: { date: Date; /** From the server render, so the browser shows the same words. */ now: Date }) {
  const zone = useBrowserTimeZone();
  const { visible, absolute, hidden } = relativeTimeWords(date, now, zone ?? "UTC");
  return (
    // Relative: the hidden text is absolutely placed, and would otherwise be placed against the
    // page, past a sideways-scrolling table's edge, and widen the page on a phone.
    <time dateTime={date.toISOString()} title={absolute} className="relative">
      {visible}
      <span className="sr-only">{hidden}</span>
    </time>
  );
}
