import Link from "next/link";
import { loadThreadMeetupsForRequest } from "@/lib/meetups/page-data";
import { meetupPath, newMeetupPath } from "@/lib/meetups/paths";
import { EventTime } from "./event-time";

/**
 * On a thread page: the meetups that deepen this thread, and "Take this offline" for those who
 * may organize one (it opens the schedule form with the thread already linked).
 */
export async function ThreadMeetups({ groupSlug, lang, threadId }: { groupSlug: string; /** The group's language, of its meetups' titles. */ lang: string; threadId: number }) {
  const loaded = await loadThreadMeetupsForRequest(groupSlug, threadId);
  if (!loaded || (loaded.meetups.length === 0 && !loaded.canOrganize)) return null;
  return (
    <section aria-labelledby="thread-meetups-heading" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="thread-meetups-heading" className="text-sm font-semibold text-stone-800">
          Meetups on this topic
        </h2>
        {loaded.canOrganize && (
          <Link href={newMeetupPath(loaded.groupSlug, threadId)} className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm font-medium text-stone-800 hover:bg-stone-100">
            Take this offline
          </Link>
        )}
      </div>
      {loaded.meetups.length === 0 ? (
        <p className="text-sm text-stone-600">No meetup yet: meeting in person is a good way to go deeper.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {loaded.meetups.map((meetup) => (
            <li key={meetup.id}>
              <Link href={meetupPath(loaded.groupSlug, meetup.id)} lang={lang} className="font-medium text-brand-700 wrap-anywhere hover:underline">
                {meetup.title}
              </Link>{" "}
              <span className="text-stone-600">
                · <EventTime date={meetup.startsAt} timeZone={meetup.timeZone} />
                {meetup.cancelledAt && " · cancelled"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
