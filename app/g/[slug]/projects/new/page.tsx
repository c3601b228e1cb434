import { forbidden, notFound, redirect } from "next/navigation";
import { JoinToStart } from "@/components/groups/join-to-start";
import { ProjectForm } from "@/components/projects/project-form";
import { can } from "@/lib/groups/ability";
import { cutText } from "@/lib/text";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { listThreadChoices } from "@/lib/discussions/data";
import { loadProjectOrigin } from "@/lib/projects/data";
import { NAME_MAX, newProjectPath, newProjectQuerySchema, PROJECT_NAME_FIELD_ID } from "@/lib/projects/schema";
import { groupPageMetadata } from "@/lib/page-titles";
import { threadPath } from "@/lib/discussions/paths";
import { signInPath } from "@/lib/auth/paths";

export const generateMetadata = groupPageMetadata("Start a project");

/**
 * `?thread=<id>` pre-selects the source thread and drafts the name from its title (as "Take this
 * offline" drafts a meetup's); `&post=<id>` records the post it started from.
 */
export default async function NewProjectPage({ params, searchParams }: PageProps<"/g/[slug]/projects/new">) {
  const { slug } = await params;
  const query = newProjectQuerySchema.parse(await searchParams);
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) notFound();
  const { group, actor, viewer } = loaded;
  const here = newProjectPath(group.slug, query.thread === undefined ? undefined : { threadId: query.thread, postId: query.post });
  if (!viewer) redirect(signInPath(here));
  if (!can(actor, "participate", group)) {
    // As the new-thread page: whoever could join is told so, with the button; the rest get the 403.
    if (!can(actor, "join", group)) forbidden();
    return (
      <JoinToStart group={group} what="a project" focusId={PROJECT_NAME_FIELD_ID}>
        Projects are started and joined by the group&apos;s members. Anyone can join, and leave again at any time.
      </JoinToStart>
    );
  }
  const origin = await loadProjectOrigin(group.id, query.thread, query.post);
  const threads = await listThreadChoices(group.id, { include: origin ? [origin.thread.id] : [] });
  const ignoredThread = query.thread !== undefined && !origin;
  return (
    <div className="max-w-3xl space-y-4">
      <div>
        <h2 className="text-lg font-semibold">Start a project</h2>
        <p className="text-sm text-stone-600">
          {origin ? (
            <>
              Turning <span className="font-medium text-stone-800">“<span lang={group.language}>{origin.thread.title}</span>”</span> into a project. You will be its lead; members can join and post progress updates.
            </>
          ) : (
            "You will be its lead; members of the group can join and post progress updates."
          )}
        </p>
      </div>
      {ignoredThread && (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          The thread in the link is not a discussion of this group, so no source thread is selected.
        </p>
      )}
      <ProjectForm
        threads={threads}
        groupSlug={group.slug}
        lang={group.language}
        target={{ mode: "create", groupId: group.id, origin: origin ? { threadId: origin.thread.id, name: cutText(origin.thread.title, NAME_MAX), post: origin.post } : null }}
        cancelHref={origin ? threadPath(group.slug, origin.thread) : `/g/${group.slug}/projects`}
      />
    </div>
  );
}
