/**
 * Human times for lists and posts. Relative ("3 hours ago") for reading, absolute for the hover
 * title (in the reader's zone in the browser, UTC on the server), both computed from explicit
 * inputs so they are testable.
 */
const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
const absoluteFormats = new Map<string, Intl.DateTimeFormat>();
function absoluteFormat(timeZone: string): Intl.DateTimeFormat {
  let format = absoluteFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" });
    absoluteFormats.set(timeZone, format);
  }
  return format;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

export function formatRelative(date: Date, now: Date): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  if (Math.abs(seconds) < 45) return "just now";
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size * (unit === "minute" ? 0.75 : 1)) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(Math.round(seconds / 60), "minute");
}

/** The exact time, in `timeZone` (the reader's, once the browser has said; UTC until then). */
export function formatAbsolute(date: Date, timeZone = "UTC"): string {
  return absoluteFormat(timeZone).format(date);
}
