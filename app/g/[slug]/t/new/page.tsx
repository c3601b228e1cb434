import Link from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { JoinToTakePart } from "@/components/discussions/join-to-take-part";
import { NewThreadForm } from "@/components/discussions/new-thread-form";
import { signInPath } from "@/lib/auth/paths";
import { NEW_THREAD_TITLE_ID } from "@/lib/discussions/paths";
import { can } from "@/lib/groups/ability";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { groupPageMetadata } from "@/lib/page-titles";

export const generateMetadata = groupPageMetadata("Start a thread");

export default async function NewThreadPage({ params }: PageProps<"/g/[slug]/t/new">) {
  const { slug } = await params;
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) notFound();
  if (!loaded.viewer) redirect(signInPath(`/g/${loaded.group.slug}/t/new`));
  const { actor, group } = loaded;
  if (!can(actor, "participate", group)) {
    // Someone who could join is one click from the form: say so, with that click, and once they
    // are a member the same page shows the form. Refused (403) only for whoever cannot join: a
    // removed member (private groups are already a 404 to outsiders).
    if (!can(actor, "join", group)) forbidden();
    return (
      <section aria-labelledby="join-to-start" className="max-w-3xl space-y-3">
        <h2 id="join-to-start" className="text-lg font-semibold">
          Join {group.name} to start a thread
        </h2>
        <p className="text-sm text-stone-600">Threads are started by the group&apos;s members. Anyone can join, and leave again at any time.</p>
        <div className="flex flex-wrap items-center gap-4">
          <JoinToTakePart groupId={group.id} groupName={group.name} focusId={NEW_THREAD_TITLE_ID} />
          <Link href={`/g/${group.slug}`} className="text-sm font-medium text-brand-700 underline">
            Back to {group.name}
          </Link>
        </div>
      </section>
    );
  }
  return (
    <div className="max-w-3xl">
      <h2 className="mb-4 text-lg font-semibold">Start a thread</h2>
      <NewThreadForm groupId={group.id} viewerId={loaded.viewer.id} />
    </div>
  );
}
