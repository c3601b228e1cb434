import Link from "next/link";
import { listAttendance } from "@/lib/meetups/page-wording";
import { meetupPath } from "@/lib/meetups/paths";
import { EventTime } from "./event-time";

export interface MeetupListItem {
  id: number;
  title: string;
  startsAt: Date;
  timeZone: string;
  online: boolean;
  venueName: string | null;
  capacity: number | null;
  cancelledAt: Date | null;
  goingCount: number;
  checkInCount: number;
  /** In lists across groups; `language` marks the group's name, the title and the venue (`lang`). */
  group?: { slug: string; name: string; language: string };
}

/**
 * Meetups as a list: title, when (in the event's zone), where, and attendance. What the group's
 * people wrote (title, venue, group name) carries the group's language: `lang` for one group's
 * list, each meetup's `group.language` across groups.
 */
export function MeetupList({ meetups, groupSlug, lang, label, badge }: { meetups: MeetupListItem[]; groupSlug?: string; lang?: string; label: string; badge?: (meetup: MeetupListItem) => string | null }) {
  return (
    <ul aria-label={label} className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {meetups.map((meetup) => {
        const slug = meetup.group?.slug ?? groupSlug!;
        const extra = badge?.(meetup);
        const attendance = listAttendance(meetup);
        const language = meetup.group?.language ?? lang;
        return (
          <li key={meetup.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
            <div className="min-w-0 grow">
              <p className="flex flex-wrap items-center gap-2">
                {meetup.cancelledAt && <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-800">Cancelled</span>}
                {extra && <span className="rounded bg-brand-50 px-1.5 py-0.5 text-xs font-medium text-brand-800">{extra}</span>}
                <Link href={meetupPath(slug, meetup.id)} lang={language} className="font-medium text-stone-900 wrap-anywhere hover:underline">
                  {meetup.title}
                </Link>
              </p>
              <p className="text-xs text-stone-600">
                <EventTime date={meetup.startsAt} timeZone={meetup.timeZone} />
                {" · "}
                {meetup.online ? "Online" : meetup.venueName ? <span lang={language}>{meetup.venueName}</span> : "Venue to be announced"}
                {meetup.group && (
                  <>
                    {" · "}
                    <Link href={`/g/${meetup.group.slug}`} lang={meetup.group.language} className="hover:underline">
                      {meetup.group.name}
                    </Link>
                  </>
                )}
              </p>
            </div>
            {attendance && <p className="text-xs text-stone-600">{attendance}</p>}
          </li>
        );
      })}
    </ul>
  );
}
