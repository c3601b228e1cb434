import { formatRangeInZone, timeZoneLabel } from "@/lib/meetups/time";
import { ViewerTime } from "./viewer-time";

/** When a meetup happens, in its own zone (for everyone) and in the viewer's (browser side). */
export function MeetupWhen({ startsAt, endsAt, timeZone }: { startsAt: Date; endsAt: Date; timeZone: string }) {
  return (
    <>
      <time dateTime={startsAt.toISOString()} className="block">
        {formatRangeInZone(startsAt, endsAt, timeZone)}
      </time>
      <span className="block text-xs text-stone-500">Time zone: {timeZoneLabel(timeZone)}</span>
      <ViewerTime startsAt={startsAt.toISOString()} endsAt={endsAt.toISOString()} eventZone={timeZone} />
    </>
  );
}
