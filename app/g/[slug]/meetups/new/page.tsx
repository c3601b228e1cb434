import Link from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { MeetupForm } from "@/components/meetups/meetup-form";
import { listThreadChoices } from "@/lib/discussions/data";
import { parseIdParam } from "@/lib/discussions/schema";
import { cutText } from "@/lib/text";
import { can } from "@/lib/groups/ability";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { scheduleMeetupAction } from "@/lib/meetups/actions";
import { listSeries, loadMeetup, usualMeetupZone } from "@/lib/meetups/data";
import { copyFormValues } from "@/lib/meetups/form-values";
import { meetupsPath } from "@/lib/meetups/paths";
import { TITLE_MAX } from "@/lib/meetups/schema";
import { listTimeZones } from "@/lib/meetups/time";
import { groupPageMetadata } from "@/lib/page-titles";
import { pathWithQuery, signInPath } from "@/lib/auth/paths";

export const generateMetadata = groupPageMetadata("Schedule a meetup");

export default async function NewMeetupPage({ params, searchParams }: PageProps<"/g/[slug]/meetups/new">) {
  const { slug } = await params;
  const search = await searchParams;
  const { thread, from } = search;
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) notFound();
  if (!loaded.viewer) redirect(signInPath(pathWithQuery(`/g/${loaded.group.slug}/meetups/new`, search)));
  if (!can(loaded.actor, "organize", loaded.group)) forbidden();

  // "Schedule another like this" links here with the meetup to copy: one of this group's, or nothing.
  const fromId = typeof from === "string" ? parseIdParam(from) : null;
  const copied = fromId === null ? null : await loadMeetup(fromId, loaded.group.id);
  // "Take this offline" links here with the thread: pre-link it when it is one of this group's.
  const threadId = typeof thread === "string" ? parseIdParam(thread) : null;
  const include = [...(threadId ? [threadId] : []), ...(copied?.threads.map((linkedThread) => linkedThread.id) ?? [])];
  const threads = await listThreadChoices(loaded.group.id, { include });
  const linked = threadId === null ? undefined : threads.find((option) => option.id === threadId);
  // From a thread, its title is a first draft of the meetup's (GitHub does the same for an issue from a discussion).
  // Otherwise the form starts in the zone the group meets in (the organizer's browser's before its first meetup).
  const usualZone = copied ? null : await usualMeetupZone(loaded.group.id);
  const initial = copied
    ? copyFormValues(copied, new Date(), await listSeries(loaded.group.id, copied.title))
    : { ...(linked ? { threadIds: String(linked.id), title: cutText(linked.title, TITLE_MAX) } : {}), ...(usualZone ? { timeZone: usualZone } : {}) };
  return (
    <div className="max-w-3xl space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-600">
        <Link href={meetupsPath(loaded.group.slug)} className="hover:underline">
          Meetups
        </Link>{" "}
        › New
      </nav>
      <h2 className="text-lg font-semibold">Schedule a meetup</h2>
      {copied && (
        <p className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-stone-700">
          Filled in from “<span lang={loaded.group.language}>{copied.title}</span>”, on the same weekday and time the first week after today: check the date, the place and the seats. Nobody&apos;s answers are copied.
        </p>
      )}
      <MeetupForm
        action={scheduleMeetupAction}
        hidden={{ groupId: loaded.group.id }}
        lang={loaded.group.language}
        initial={initial}
        threads={threads}
        groupSlug={loaded.group.slug}
        timeZones={listTimeZones()}
        submitLabel="Schedule meetup"
        pendingLabel="Scheduling…"
      />
    </div>
  );
}
