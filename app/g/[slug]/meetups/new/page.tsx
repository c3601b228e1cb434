import Link from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { MeetupForm } from "@/components/meetups/meetup-form";
import { listThreadChoices } from "@/lib/discussions/data";
import { parseIdParam } from "@/lib/discussions/schema";
import { can } from "@/lib/groups/ability";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { scheduleMeetupAction } from "@/lib/meetups/actions";
import { meetupsPath } from "@/lib/meetups/paths";
import { TITLE_MAX } from "@/lib/meetups/schema";
import { listTimeZones } from "@/lib/meetups/time";
import { groupPageMetadata } from "@/lib/page-titles";
import { pathWithQuery, signInPath } from "@/lib/auth/paths";

export const generateMetadata = groupPageMetadata("Schedule a meetup");

export default async function NewMeetupPage({ params, searchParams }: PageProps<"/g/[slug]/meetups/new">) {
  const { slug } = await params;
  const search = await searchParams;
  const { thread } = search;
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) notFound();
  if (!loaded.viewer) redirect(signInPath(pathWithQuery(`/g/${loaded.group.slug}/meetups/new`, search)));
  if (!can(loaded.actor, "organize", loaded.group)) forbidden();

  // "Take this offline" links here with the thread: pre-link it when it is one of this group's.
  const threadId = typeof thread === "string" ? parseIdParam(thread) : null;
  const threads = await listThreadChoices(loaded.group.id, { include: threadId ? [threadId] : [] });
  const linked = threadId === null ? undefined : threads.find((option) => option.id === threadId);
  return (
    <div className="max-w-3xl space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-600">
        <Link href={meetupsPath(loaded.group.slug)} className="hover:underline">
          Meetups
        </Link>{" "}
        › New
      </nav>
      <h2 className="text-lg font-semibold">Schedule a meetup</h2>
      <MeetupForm
        action={scheduleMeetupAction}
        hidden={{ groupId: loaded.group.id }}
        // From a thread, its title is a first draft of the meetup's (GitHub does the same for an issue from a discussion).
        initial={linked ? { threadIds: String(linked.id), title: linked.title.slice(0, TITLE_MAX) } : {}}
        threads={threads}
        groupSlug={loaded.group.slug}
        timeZones={listTimeZones()}
        submitLabel="Schedule meetup"
        pendingLabel="Scheduling…"
      />
    </div>
  );
}
