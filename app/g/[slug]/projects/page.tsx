import Link from "next/link";
import { notFound } from "next/navigation";
import { ProjectList } from "@/components/projects/project-list";
import { ButtonLink } from "@/components/ui/button";
import { OneTimeNotice } from "@/components/ui/one-time-notice";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/groups/ability";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { directoryQuerySchema } from "@/lib/groups/schema";
import { groupPageMetadata } from "@/lib/page-titles";
import { pageExists } from "@/lib/pagination";
import { listGroupProjects, PROJECTS_PAGE_SIZE } from "@/lib/projects/data";
import { deletedProjectsPath, PROJECT_NOTICE_PARAM, PROJECT_NOTICES } from "@/lib/projects/paths";
import { newProjectPath } from "@/lib/projects/schema";
import { signInPath } from "@/lib/auth/paths";
import { EmptyState } from "@/components/ui/empty-state";

export const generateMetadata = groupPageMetadata("Projects");

export default async function ProjectsPage({ params, searchParams }: PageProps<"/g/[slug]/projects">) {
  const { slug } = await params;
  const query = await searchParams;
  const { page } = directoryQuerySchema.parse(query);
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) notFound();
  const { group, actor, viewer } = loaded;
  const { projects, total, byStatus } = await listGroupProjects(group.id, viewer, page);
  if (!pageExists(page, total, PROJECTS_PAGE_SIZE)) notFound();
  const canStart = can(actor, "participate", group);
  const now = new Date();
  return (
    <section aria-labelledby="projects-heading" className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <div>
          <h2 id="projects-heading" className="text-lg font-semibold">
            Projects
          </h2>
          <p className="text-sm text-stone-600">What members build together, most of it born in the group&apos;s discussions.</p>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {/* Where a project deleted by mistake is brought back (decision 005 §9). */}
          {can(actor, "moderate", group) && (
            <Link href={deletedProjectsPath(group.slug)} className="text-sm text-brand-700 hover:underline">
              Deleted projects
            </Link>
          )}
          {canStart && <ButtonLink href={newProjectPath(group.slug)}>Start a project</ButtonLink>}
        </div>
      </div>
      {/* The moderator who deleted a project lands here (its page is gone): the outcome takes focus. */}
      {query[PROJECT_NOTICE_PARAM] === PROJECT_NOTICES.projectDeleted && viewer && <OneTimeNotice param={PROJECT_NOTICE_PARAM} message="The project was deleted." focus />}
      {projects.length === 0 ? (
        <EmptyState title="No project yet." action={canStart ? { href: newProjectPath(group.slug), label: "Start the first project" } : undefined}>
          Projects are born in discussions: on a thread, choose “Turn this into a project”{canStart ? ", or start one from here." : "."}
        </EmptyState>
      ) : (
        <ProjectList groupSlug={group.slug} lang={group.language} projects={projects} byStatus={byStatus} now={now} />
      )}
      <Pagination page={page} pageSize={PROJECTS_PAGE_SIZE} total={total} basePath={`/g/${group.slug}/projects`} />
      {!canStart && (
        <p className="text-sm text-stone-600">
          {viewer ? (
            "Join the group to start or join a project."
          ) : (
            <>
              <Link href={signInPath(`/g/${group.slug}/projects`)} className="font-medium text-brand-700 underline">
                Sign in
              </Link>{" "}
              and join the group to start or join a project.
            </>
          )}
        </p>
      )}
    </section>
  );
}
