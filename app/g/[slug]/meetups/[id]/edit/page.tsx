import Link from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { CancelMeetupForm } from "@/components/meetups/cancel-meetup-form";
import { MeetupForm } from "@/components/meetups/meetup-form";
import { updateMeetupAction } from "@/lib/meetups/actions";
import { listThreadChoices } from "@/lib/discussions/data";
import { countConcernedMembers } from "@/lib/meetups/data";
import { loadMeetupForRequest, meetupPageMetadata } from "@/lib/meetups/page-data";
import { meetupPath } from "@/lib/meetups/paths";
import { meetupFormValues } from "@/lib/meetups/form-values";
import { meetupHasStarted } from "@/lib/meetups/edit-notices";
import { editSaveNote } from "@/lib/meetups/page-wording";
import { listTimeZones } from "@/lib/meetups/time";
import { signInPath } from "@/lib/auth/paths";

export const generateMetadata = meetupPageMetadata((title) => `Edit “${title}”`);

export default async function EditMeetupPage({ params }: PageProps<"/g/[slug]/meetups/[id]/edit">) {
  const { slug, id } = await params;
  const loaded = await loadMeetupForRequest(slug, id);
  if (!loaded) notFound();
  const { group, meetup, viewer, permissions } = loaded;
  if (!viewer) redirect(signInPath(`/g/${group.slug}/meetups/${meetup.id}/edit`));
  if (!permissions.canOrganize) forbidden();
  const threadIds = meetup.threads.map((thread) => thread.id);
  const back = meetupPath(group.slug, meetup.id);
  if (meetup.cancelledAt) {
    return (
      <div className="max-w-3xl space-y-3">
        <h2 className="text-lg font-semibold">Edit “{meetup.title}”</h2>
        <p role="status" className="rounded-md border border-stone-300 bg-stone-100 px-3 py-2 text-sm">
          This meetup was cancelled: it can no longer be edited.{" "}
          <Link href={back} className="text-brand-700 underline">
            Back to the meetup
          </Link>
        </p>
      </div>
    );
  }
  const initial = meetupFormValues(meetup);
  const threads = await listThreadChoices(group.id, { include: threadIds });
  const started = meetupHasStarted(meetup, new Date());
  // Who a cancellation tells: everyone who answered, and the host, but the one cancelling.
  const told = started ? 0 : await countConcernedMembers({ id: meetup.id, groupId: group.id, organizerId: meetup.organizer.id }, viewer.id);
  return (
    <div className="max-w-3xl space-y-8">
      <div className="space-y-4">
        <nav aria-label="Breadcrumb" className="text-sm text-stone-600">
          <Link href={back} lang={group.language} className="hover:underline">
            {meetup.title}
          </Link>{" "}
          › Edit
        </nav>
        <h2 className="text-lg font-semibold">Edit the meetup</h2>
        <p className="text-sm text-stone-600">
          {started
            ? "The meetup has started: its time and seats stay as they were, and it can no longer be cancelled. You can still fix its title, description, place and linked discussions."
            : "Everyone who answered is told when the title, time or place changes, and calendars that imported it update."}
        </p>
        <MeetupForm
          action={updateMeetupAction}
          hidden={{ meetupId: String(meetup.id), version: String(meetup.sequence) }}
          lang={group.language}
          initial={initial}
          threads={threads}
          groupSlug={group.slug}
          timeZones={listTimeZones()}
          submitLabel="Save changes"
          pendingLabel="Saving…"
          settled={started}
          submitNote={editSaveNote(started)}
        />
      </div>
      {!started && (
        <section aria-labelledby="cancel-heading" className="space-y-3 rounded-lg border border-red-200 bg-white p-4">
          <h3 id="cancel-heading" className="font-semibold text-red-800">
            Cancel the meetup
          </h3>
          <p className="text-sm text-stone-600">The page stays, with a banner; answers are closed.</p>
          <CancelMeetupForm meetupId={meetup.id} toldCount={told} hosting={meetup.organizer.id === viewer.id} />
        </section>
      )}
    </div>
  );
}
