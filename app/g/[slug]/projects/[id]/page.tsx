import type { Metadata } from "next";
import Link from "next/link";
import { PersonLink } from "@/components/users/avatar";
import { OneTimeNotice } from "@/components/ui/one-time-notice";
import { PostLink } from "@/components/discussions/post-link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MemberModerationOutcome, MemberModerationStatus } from "@/components/groups/member-moderation";
import { AddContributorForm, ContributorRoleForm, DeleteProjectButton, ProjectMembershipButton, ProjectUpdateControls, ProjectUpdateForm, RemoveContributorButton, StatusControls } from "@/components/projects/project-controls";
import { StatusBadge } from "@/components/projects/status-badge";
import { ButtonLink } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { RelativeTime } from "@/components/ui/relative-time";
import { RestoreButton } from "@/components/ui/restore-button";
import { parseIdParam } from "@/lib/discussions/schema";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { pageExists } from "@/lib/pagination";
import { PROJECT_NOTICE_PARAM, PROJECT_NOTICES } from "@/lib/projects/paths";
import { can, projectActorFor, refusal, removalRefusal, ROLE_LABELS, updateRefusal } from "@/lib/projects/ability";
import { restoreProjectUpdateAction } from "@/lib/projects/actions";
import { listDeletedProjectUpdates, loadProject, PROJECT_UPDATES_SHOWN } from "@/lib/projects/data";
import { LINK_LABELS, projectPageQuerySchema } from "@/lib/projects/schema";
import { availableTransitions } from "@/lib/projects/status";
import { DELETED_THREAD_LABEL, threadPath } from "@/lib/discussions/paths";
import { formatAbsolute } from "@/lib/time";
import { signInPath } from "@/lib/auth/paths";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * The project in its group with one page of its updates, loaded once per request (metadata and
 * page share it); null → 404, also for a page of updates past the last.
 */
const load = cache(async (slug: string, idParam: string, page: number) => {
  const projectId = parseIdParam(idParam);
  if (projectId === null) return null;
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) return null;
  const project = await loadProject(projectId, loaded.group.slug, loaded.viewer, page);
  if (!project || !pageExists(page, project.updateCount, PROJECT_UPDATES_SHOWN)) return null;
  return { ...loaded, project };
});

async function routeArgs({ params, searchParams }: PageProps<"/g/[slug]/projects/[id]">) {
  const { slug, id } = await params;
  const { page } = projectPageQuerySchema.parse(await searchParams);
  return [slug, id, page] as const;
}

export async function generateMetadata(props: PageProps<"/g/[slug]/projects/[id]">): Promise<Metadata> {
  const loaded = await load(...(await routeArgs(props)));
  return { title: loaded ? `${loaded.project.name} · ${loaded.group.name}` : "Project not found" };
}

export default async function ProjectPage(props: PageProps<"/g/[slug]/projects/[id]">) {
  const [, , page] = await routeArgs(props);
  const restored = (await props.searchParams)[PROJECT_NOTICE_PARAM] === PROJECT_NOTICES.projectRestored;
  const loaded = await load(...(await routeArgs(props)));
  if (!loaded) notFound();
  const { group, actor: groupActor, viewer, project } = loaded;
  const actor = projectActorFor(groupActor, project.viewerRole);
  const subject = { status: project.status, leadCount: project.leadCount };
  const transitions = availableTransitions(actor, project.status);
  const joinRefusal = refusal(actor, "join", subject);
  const leaveRefusal = refusal(actor, "leave", subject);
  const postRefusal = refusal(actor, "postUpdate", subject);
  const canManageRoles = can(actor, "manageRoles", subject);
  const canRemovePeople = can(actor, "removePeople", subject);
  const base = `/g/${group.slug}`;
  const threadUrl = project.sourceThread ? threadPath(group.slug, project.sourceThread) : null;
  const { latestUpdate } = project;
  const projectUrl = `${base}/projects/${project.id}`;
  const now = new Date();
  // Whom a moderator's deletion tells (its leads and co-leads still in the group), named on the button.
  const leadNames = project.members.filter((member) => member.role !== "contributor" && !member.leftGroup && member.user.id !== viewer?.id).map((member) => member.user.name);
  const leadsToTell = leadNames.length ? new Intl.ListFormat("en", { type: "conjunction" }).format(leadNames) : null;
  const deletedUpdates = updateRefusal(actor, "restoreUpdate", { own: false, status: project.status }) === null ? await listDeletedProjectUpdates(project.id) : null;

  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-600">
        <Link href={`${base}/projects`} className="hover:underline">
          Projects
        </Link>{" "}
        › <span lang={group.language}>{project.name}</span>
      </nav>

      <header className="space-y-2">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h1 lang={group.language} className="text-2xl font-semibold">
            {project.name}
          </h1>
          <div className="flex flex-wrap items-center gap-2">
            {can(actor, "edit", subject) && (
              <ButtonLink href={`${projectUrl}/edit`} variant="secondary" className="px-2.5 py-1 text-xs">
                Edit project
              </ButtonLink>
            )}
            {can(actor, "delete", subject) && <DeleteProjectButton projectId={project.id} projectName={project.name} leads={leadsToTell} />}
          </div>
        </div>
        <p className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
          <StatusBadge status={project.status} />
          <span>
            Started by{" "}
            <Link href={`/u/${project.createdBy.id}`} className="font-medium text-stone-800 hover:underline">
              {project.createdBy.name}
            </Link>{" "}
            <RelativeTime date={project.createdAt} now={now} />
          </span>
          {project.status === "completed" && project.completedAt && (
            <span>
              · completed <RelativeTime date={project.completedAt} now={now} />
            </span>
          )}
        </p>
        {/* The moderator who restored it from the Deleted projects page lands here: the outcome takes focus. */}
        {restored && can(actor, "delete", subject) && <OneTimeNotice param={PROJECT_NOTICE_PARAM} message="The project was restored." focus />}
      </header>

      {/* On small screens: goal, then status/contributors (where joining happens), then updates. */}
      <div className="grid gap-8 lg:grid-cols-[1fr_18rem] lg:grid-rows-[auto_1fr]">
        <section aria-labelledby="goal-heading" className="order-1 min-w-0 space-y-2 lg:col-start-1 lg:row-start-1">
          <h2 id="goal-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
            Goal
          </h2>
          <div lang={group.language} className="post-body rounded-lg border border-stone-200 bg-white p-4" dangerouslySetInnerHTML={{ __html: project.goalHtml }} />
        </section>

        <section aria-labelledby="updates-heading" className="order-3 min-w-0 space-y-3 lg:col-start-1 lg:row-start-2">
          <h2 id="updates-heading" className="text-lg font-semibold">
            Updates <span className="text-sm font-normal text-stone-500">({project.updateCount})</span>
          </h2>
          {postRefusal === null ? (
            <ProjectUpdateForm projectId={project.id} />
          ) : project.status === "archived" ? (
            <p className="rounded-md border border-stone-300 bg-stone-100 px-3 py-2 text-sm text-stone-700">This project is archived: it takes no new updates.</p>
          ) : (
            <p className="text-sm text-stone-600">
              {!viewer && project.status !== "completed" ? (
                <>
                  <Link href={signInPath(`${base}/projects/${project.id}`)} className="font-medium text-brand-700 underline">
                    Sign in
                  </Link>{" "}
                  and join the project to post progress updates.
                </>
              ) : (
                postRefusal.message
              )}
            </p>
          )}
          {project.updates.length === 0 ? (
            <EmptyState compact title="No progress update yet.">
              {postRefusal === null ? "Say what moved with the form above: the people who follow the project are told." : "Updates from the project's people show here."}
            </EmptyState>
          ) : (
            <ol className="space-y-3" aria-label="Updates, newest first">
              {project.updates.map((update) => {
                const own = viewer?.id === update.author.id;
                const canEdit = updateRefusal(actor, "editUpdate", { own, status: project.status }) === null;
                return (
                  <li key={update.id}>
                    <article id={`update-${update.id}`} tabIndex={-1} aria-label={`Update by ${update.author.name}`} className="scroll-mt-20 rounded-lg border border-stone-200 bg-white p-4 target:border-brand-600">
                      <header className="mb-2 flex flex-wrap items-center gap-x-2 text-sm">
                        <PersonLink user={update.author} />
                        <span aria-hidden className="text-stone-400">
                          ·
                        </span>
                        <a href={`#update-${update.id}`} className="text-stone-600 hover:underline">
                          <RelativeTime date={update.createdAt} now={now} />
                        </a>
                        {update.editedAt && <span className="text-xs text-stone-500">(edited)</span>}
                      </header>
                      <div lang={group.language} className="post-body" dangerouslySetInnerHTML={{ __html: update.html }} />
                      <ProjectUpdateControls
                        updateId={update.id}
                        body={canEdit ? update.body : ""}
                        updateName={`${own ? "your" : `${update.author.name}'s`} update from ${update.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC`}
                        canEdit={canEdit}
                        canDelete={updateRefusal(actor, "deleteUpdate", { own, status: project.status }) === null}
                      />
                    </article>
                  </li>
                );
              })}
            </ol>
          )}
          <Pagination page={page} pageSize={PROJECT_UPDATES_SHOWN} total={project.updateCount} basePath={projectUrl} label="Older and newer updates" />
          {deletedUpdates && deletedUpdates.total > 0 && (
            // For the group's moderators: what they deleted, to restore one deleted by mistake (decision 005 §9).
            <section aria-labelledby="deleted-updates-heading" className="space-y-2 rounded-lg border border-dashed border-stone-300 p-4">
              <h3 id="deleted-updates-heading" className="font-semibold">
                Deleted by the moderators <span className="text-sm font-normal text-stone-500">({deletedUpdates.total})</span>
              </h3>
              <p className="text-sm text-stone-600">
                Only the group&apos;s moderators see these. Restoring one puts it back among the updates, and its author is told.
                {deletedUpdates.total > deletedUpdates.updates.length && ` The ${deletedUpdates.updates.length} deleted last are shown.`}
              </p>
              <ul className="divide-y divide-stone-200 text-sm">
                {deletedUpdates.updates.map((update) => {
                  const updateName = `${update.author.name}'s update from ${formatAbsolute(update.createdAt)}`;
                  return (
                    <li key={update.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                      <span>
                        {updateName}, deleted <RelativeTime date={update.deletedAt} now={now} /> by {update.deletedBy.name}
                      </span>
                      <RestoreButton action={restoreProjectUpdateAction} field="updateId" id={update.id} label={updateName} focusOnDone={`update-${update.id}`} />
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
        </section>

        <aside className="order-2 space-y-6 lg:col-start-2 lg:row-span-2 lg:row-start-1" aria-label="About this project">
          <section aria-labelledby="status-heading" className="space-y-2">
            <h2 id="status-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
              Status
            </h2>
            <p className="text-sm">
              <StatusBadge status={project.status} />
            </p>
            <StatusControls projectId={project.id} projectName={project.name} status={project.status} transitions={transitions} />
          </section>

          {project.links.length > 0 && (
            <section aria-labelledby="links-heading" className="space-y-2">
              <h2 id="links-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
                Links
              </h2>
              <ul className="space-y-1 text-sm">
                {project.links.map((link) => (
                  <li key={link.id} className="min-w-0">
                    <span className="text-stone-600">{LINK_LABELS[link.kind]}: </span>
                    <a href={link.url} rel="nofollow ugc noopener noreferrer" target="_blank" className="break-all text-brand-700 hover:underline">
                      {link.url}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <section aria-labelledby="contributors-heading" className="space-y-2">
            <h2 id="contributors-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
              Contributors ({project.members.length})
            </h2>
            <MemberModerationStatus>
              {canRemovePeople && <MemberModerationOutcome />}
              <ul className="space-y-2 text-sm" aria-label="Contributors">
                {project.members.map((member) => (
                  <li key={member.user.id} className="space-y-1">
                    {/* The remove button is a form, which a paragraph cannot hold: beside it, not in it. */}
                    <div className="flex flex-wrap items-center gap-2">
                      <p className="flex flex-wrap items-center gap-2">
                        <PersonLink user={member.user} />
                        <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs text-stone-700">{ROLE_LABELS[member.role]}</span>
                        {member.leftGroup && <span className="text-xs text-stone-500">(left the group)</span>}
                      </p>
                      {/* Anyone else but the last lead; the lead takes themselves off by leaving. */}
                      {canRemovePeople && removalRefusal({ self: member.user.id === viewer?.id, role: member.role, leadCount: project.leadCount }) === null && (
                        <RemoveContributorButton projectId={project.id} projectName={project.name} userId={member.user.id} userName={member.user.name} />
                      )}
                    </div>
                    {/* The lead changes roles here: co-leads, and handing over the lead. The only lead's own
                        role has nothing it can change to (a project keeps a lead): no form on that row. */}
                    {canManageRoles && !(member.role === "lead" && project.leadCount <= 1) && <ContributorRoleForm projectId={project.id} userId={member.user.id} userName={member.user.name} role={member.role} />}
                  </li>
                ))}
              </ul>
            </MemberModerationStatus>
            {can(actor, "addPeople", subject) && <AddContributorForm projectId={project.id} />}
            {/* Mounted for every signed-in viewer, so a refusal from an out-of-date page stays on screen. */}
            {viewer && <ProjectMembershipButton projectId={project.id} projectName={project.name} contributor={leaveRefusal === null} available={joinRefusal === null || leaveRefusal === null} />}
            {project.viewerRole === "lead" && leaveRefusal !== null && <p className="text-xs text-stone-600">To leave, first make another contributor lead.</p>}
            {!actor.groupMember && project.viewerRole === null && (project.status === "proposed" || project.status === "active") && (
              // The group's page has its Join button (and says how to sign in first).
              <p className="text-xs text-stone-600">
                {viewer ? "" : "Sign in and "}
                <Link href={base} className="font-medium text-brand-700 underline">
                  {viewer ? "Join the group" : "join the group"}
                </Link>{" "}
                to contribute.
              </p>
            )}
          </section>

          <section aria-labelledby="lineage-heading" className="space-y-2">
            <h2 id="lineage-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
              Lineage
            </h2>
            <ol className="space-y-2 border-l-2 border-stone-200 pl-3 text-sm" aria-label="Lineage">
              <li>
                {project.sourceThread && threadUrl ? (
                  <>
                    <span className="text-stone-600">Born in the thread </span>
                    <Link href={threadUrl} lang={group.language} className="font-medium text-brand-700 hover:underline">
                      {project.sourceThread.title}
                    </Link>
                    {project.sourcePost && (
                      <>
                        {", "}
                        <PostLink groupSlug={group.slug} postId={project.sourcePost.id} className="text-brand-700 hover:underline">
                          {project.sourcePost.authorName ? `from a post by ${project.sourcePost.authorName}` : "from a post"}
                        </PostLink>
                      </>
                    )}
                  </>
                ) : project.sourceThreadDeleted ? (
                  <span className="text-stone-600">Born in {DELETED_THREAD_LABEL}.</span>
                ) : (
                  <span className="text-stone-600">Started from the Projects tab, not from a discussion.</span>
                )}
              </li>
              <li>
                <span className="text-stone-600">Project started </span>
                <RelativeTime date={project.createdAt} now={now} />
              </li>
              <li>
                {latestUpdate ? (
                  <a href={`${page === 1 ? "" : projectUrl}#update-${latestUpdate.id}`} className="text-brand-700 hover:underline">
                    {project.updateCount} {project.updateCount === 1 ? "update" : "updates"}, latest <RelativeTime date={latestUpdate.createdAt} now={now} />
                  </a>
                ) : (
                  <span className="text-stone-600">No update yet</span>
                )}
              </li>
              {project.meetups.length > 0 && (
                <li>
                  <span className="text-stone-600">Meetups from the same thread:</span>
                  <ul className="mt-1 space-y-1">
                    {project.meetups.map((meetup) => (
                      <li key={meetup.id}>
                        <Link href={`${base}/meetups/${meetup.id}`} lang={group.language} className="text-brand-700 hover:underline">
                          {meetup.title}
                        </Link>{" "}
                        <span className="text-xs text-stone-600">
                          {meetup.cancelledAt ? "cancelled" : <RelativeTime date={meetup.startsAt} now={now} />}
                        </span>
                      </li>
                    ))}
                  </ul>
                </li>
              )}
            </ol>
          </section>
        </aside>
      </div>
    </div>
  );
}
