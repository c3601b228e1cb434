import Link from "next/link";
import { loadGroupNextMeetupsForRequest } from "@/lib/meetups/page-data";
import { listAttendance } from "@/lib/meetups/page-wording";
import { meetupPath, meetupsPath, newMeetupPath } from "@/lib/meetups/paths";
import { EventTime } from "./event-time";

interface AsideMeetup {
  id: number;
  title: string;
  startsAt: Date;
  timeZone: string;
  capacity: number | null;
  cancelledAt: Date | null;
  goingCount: number;
  checkInCount: number;
}

function AsideList({ label, meetups, groupSlug, lang, past }: { label: string; meetups: AsideMeetup[]; groupSlug: string; lang: string; past: boolean }) {
  return (
    <ul aria-label={label} className="space-y-2 text-sm">
      {meetups.map((meetup) => (
        <li key={meetup.id}>
          <Link href={meetupPath(groupSlug, meetup.id)} lang={lang} className="font-medium text-stone-900 hover:underline">
            {meetup.title}
          </Link>
          <span className="block text-xs text-stone-600">
            {/* Upcoming: going against the seats, as the Meetups tab says it ("10 / 10 going": it is full). */}
            <EventTime date={meetup.startsAt} timeZone={meetup.timeZone} /> · {past ? `${meetup.checkInCount} came` : listAttendance(meetup)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The group page's aside: the next meetups and the latest past ones, with a link to all of them. */
export async function GroupNextMeetups({ groupSlug, lang }: { groupSlug: string; /** The group's language, of its meetups' titles. */ lang: string }) {
  const loaded = await loadGroupNextMeetupsForRequest(groupSlug, new Date());
  if (!loaded) return null;
  return (
    <section aria-labelledby="next-meetups-heading" className="space-y-2 border-t border-stone-200 pt-4">
      <h2 id="next-meetups-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
        Upcoming meetups
      </h2>
      {loaded.upcoming.length === 0 ? (
        <p className="text-sm text-stone-600">No meetup planned.</p>
      ) : (
        <AsideList label="Upcoming meetups" meetups={loaded.upcoming} groupSlug={loaded.groupSlug} lang={lang} past={false} />
      )}
      {loaded.recent.length > 0 && (
        <>
          <h3 className="pt-2 text-sm font-semibold uppercase tracking-wide text-stone-500">Recent meetups</h3>
          <AsideList label="Recent meetups" meetups={loaded.recent} groupSlug={loaded.groupSlug} lang={lang} past />
        </>
      )}
      <p className="flex flex-wrap gap-x-3 text-sm">
        <Link href={meetupsPath(loaded.groupSlug)} className="text-brand-700 hover:underline">
          All meetups
        </Link>
        {loaded.canOrganize && (
          <Link href={newMeetupPath(loaded.groupSlug)} className="text-brand-700 hover:underline">
            Schedule a meetup
          </Link>
        )}
      </p>
    </section>
  );
}
