import Link from "next/link";
import { loadGroupNextMeetupsForRequest } from "@/lib/meetups/page-data";
import { meetupPath, meetupsPath, newMeetupPath } from "@/lib/meetups/paths";
import { formatInZone } from "@/lib/meetups/time";

/** The group page's aside: the next meetups, with a link to all of them. */
export async function GroupNextMeetups({ groupSlug }: { groupSlug: string }) {
  const loaded = await loadGroupNextMeetupsForRequest(groupSlug, new Date());
  if (!loaded) return null;
  return (
    <section aria-labelledby="next-meetups-heading" className="space-y-2 border-t border-stone-200 pt-4">
      <h2 id="next-meetups-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
        Upcoming meetups
      </h2>
      {loaded.meetups.length === 0 ? (
        <p className="text-sm text-stone-600">No meetup planned.</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {loaded.meetups.map((meetup) => (
            <li key={meetup.id}>
              <Link href={meetupPath(loaded.groupSlug, meetup.id)} className="font-medium text-stone-900 hover:underline">
                {meetup.title}
              </Link>
              <span className="block text-xs text-stone-600">
                <time dateTime={meetup.startsAt.toISOString()}>{formatInZone(meetup.startsAt, meetup.timeZone)}</time> · {meetup.goingCount} going
              </span>
            </li>
          ))}
        </ul>
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
