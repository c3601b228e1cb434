import { forbidden, notFound, redirect } from "next/navigation";
import { JoinToStart } from "@/components/groups/join-to-start";
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
      <JoinToStart group={group} what="a thread" focusId={NEW_THREAD_TITLE_ID}>
        Threads are started by the group&apos;s members. Anyone can join, and leave again at any time.
      </JoinToStart>
    );
  }
  return (
    <div className="max-w-3xl">
      <h2 className="mb-4 text-lg font-semibold">Start a thread</h2>
      <NewThreadForm groupId={group.id} viewerId={loaded.viewer.id} />
    </div>
  );
}
