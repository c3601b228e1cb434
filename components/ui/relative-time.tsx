import { formatAbsolute, formatRelative } from "@/lib/time";

/** "3 hours ago", with the exact time on hover and in the machine-readable attribute. */
export function RelativeTime({ date, now = new Date() }: { date: Date; now?: Date }) {
  return (
    <time dateTime={date.toISOString()} title={formatAbsolute(date)}>
      {formatRelative(date, now)}
    </time>
  );
}
