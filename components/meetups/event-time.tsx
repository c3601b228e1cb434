import { formatInZone } from "@/lib/meetups/time";
import { ViewerStart } from "./viewer-time";

/** A meetup's moment in its own zone, then in the viewer's when theirs differs (browser side). */
export function EventTime({ date, timeZone }: { date: Date; timeZone: string }) {
  return (
    <>
      <time dateTime={date.toISOString()}>{formatInZone(date, timeZone)}</time>
      <ViewerStart date={date.toISOString()} eventZone={timeZone} />
    </>
  );
}
