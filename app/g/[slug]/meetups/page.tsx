import Link from "next/link";
import { notFound } from "next/navigation";
import { CalendarFeedLink } from "@/components/meetups/calendar-link";
import { MeetupList } from "@/components/meetups/meetup-list";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/groups/ability";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { directoryQuerySchema } from "@/lib/groups/schema";
import { canSeeMeetingLink } from "@/lib/meetups/ability";
import { listGroupMeetups, loadGroupFeedAccess, PAST_MEETUPS_PAGE_SIZE } from "@/lib/meetups/data";
import { groupFeedPath, newMeetupPath } from "@/lib/meetups/paths";
import { pageExists } from "@/lib/pagination";
import { groupPageMetadata } from "@/lib/page-titles";
import { EmptyState } from "@/components/ui/empty-state";

export const generateMetadata = groupPageMetadata("Meetups");

/** Upcoming meetups listed at once (the calendar feed carries up to 500). */
const UPCOMING_SHOWN = 50;

function feedHint(visibility: "public" | "private", member: boolean): string {
  if (visibility === "private") return "Subscribe in your calendar app. The link is personal: it lets anyone with it read this private group's meetups, and nothing else.";
  // A public group's feed is the same for everyone, so it carries nobody's key and no meeting link.
  return member
    ? "Subscribe in your calendar app to see the group's meetups as they are scheduled. The meeting links of online meetups you go to are in your personal feed, on My meetups."
    : "Subscribe in your calendar app to see the group's meetups as they are scheduled.";
}

export default async function GroupMeetupsPage({ params, searchParams }: PageProps<"/g/[slug]/meetups">) {
  const { slug } = await params;
  const { page } = directoryQuerySchema.parse(await searchParams);
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) notFound();
  const { group, actor, viewer } = loaded;
  const now = new Date();
  const [upcoming, past] = await Promise.all([listGroupMeetups(group.id, now, { past: false, limit: UPCOMING_SHOWN }), listGroupMeetups(group.id, now, { past: true, page })]);
  // `?page=` pages the past meetups (the next UPCOMING_SHOWN upcoming ones show on every page).
  if (!pageExists(page, past.total, PAST_MEETUPS_PAGE_SIZE)) notFound();
  const canOrganize = can(actor, "organize", group);
  // A private group's feed needs a member's key to it (calendar apps have no session); a public
  // group's is one address for all, which anyone may pass on.
  const member = viewer !== null && canSeeMeetingLink(actor);
  const access = group.visibility === "private" && member ? await loadGroupFeedAccess(viewer.id, group.id) : null;
  const showFeed = group.visibility === "public" || access !== null;
  return (
    <div className="space-y-8">
      <section aria-labelledby="upcoming-heading" className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h2 id="upcoming-heading" className="text-lg font-semibold">
            Upcoming meetups
          </h2>
          {canOrganize && (
            <Link href={newMeetupPath(group.slug)} className="rounded-md bg-brand-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-800">
              Schedule a meetup
            </Link>
          )}
        </div>
        {upcoming.meetups.length === 0 ? (
          <EmptyState title="No meetup planned yet." action={canOrganize ? { href: newMeetupPath(group.slug), label: "Schedule the first meetup" } : undefined}>
            {canOrganize ? "Schedule one, or use “Take this offline” on a thread worth discussing face to face." : "The group's organisers schedule meetups; they show here."}
          </EmptyState>
        ) : (
          <MeetupList meetups={upcoming.meetups} groupSlug={group.slug} lang={group.language} label="Upcoming meetups" />
        )}
        {upcoming.total > upcoming.meetups.length && (
          <p className="text-sm text-stone-600">
            These are the next {upcoming.meetups.length} of {upcoming.total} upcoming meetups{showFeed ? "; the calendar feed below has them all" : ""}.
          </p>
        )}
      </section>

      <section aria-labelledby="past-heading" className="space-y-4">
        <h2 id="past-heading" className="text-lg font-semibold">
          Past meetups
        </h2>
        {past.meetups.length === 0 ? (
          <EmptyState compact title="No past meetup." />
        ) : (
          <MeetupList meetups={past.meetups} groupSlug={group.slug} lang={group.language} label="Past meetups" />
        )}
        <Pagination page={page} pageSize={PAST_MEETUPS_PAGE_SIZE} total={past.total} basePath={`/g/${group.slug}/meetups`} />
      </section>

      {showFeed && (
        <section aria-labelledby="feed-heading" className="max-w-2xl space-y-2">
          <h2 id="feed-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
            Calendar
          </h2>
          <CalendarFeedLink
            path={groupFeedPath(group.slug, access ?? undefined)}
            label="Group calendar feed"
            hint={feedHint(group.visibility, member)}
          />
        </section>
      )}
    </div>
  );
}
