import Link from "next/link";
import { notFound } from "next/navigation";
import { DeletedItems } from "@/components/groups/deleted-items";
import { StatusBadge } from "@/components/projects/status-badge";
import { Pagination } from "@/components/ui/pagination";
import { RelativeTime } from "@/components/ui/relative-time";
import { RestoreButton } from "@/components/ui/restore-button";
import { directoryQuerySchema } from "@/lib/groups/schema";
import { loadModerationPage } from "@/lib/groups/page-data";
import { groupPageMetadata } from "@/lib/page-titles";
import { pageExists } from "@/lib/pagination";
import { restoreProjectAction } from "@/lib/projects/actions";
import { DELETED_PROJECTS_PAGE_SIZE, listDeletedProjects } from "@/lib/projects/data";
import { deletedProjectsPath } from "@/lib/projects/paths";

export const generateMetadata = groupPageMetadata("Deleted projects");

/**
 * The projects the group's moderators deleted, for the people who run the group (owners,
 * moderators, site admins) to restore one deleted by mistake, as they restore threads (decision
 * 005 §9), with who deleted each (from the moderation log, decision 018). Restoring takes the
 * moderator to the project, which says so.
 */
export default async function DeletedProjectsPage({ params, searchParams }: PageProps<"/g/[slug]/projects/deleted">) {
  const query = await searchParams;
  const { group, basePath } = await loadModerationPage((await params).slug, deletedProjectsPath, query);
  const { page } = directoryQuerySchema.parse(query);
  const { projects, total } = await listDeletedProjects(group.id, page);
  if (!pageExists(page, total, DELETED_PROJECTS_PAGE_SIZE)) notFound();
  const now = new Date();
  return (
    <section aria-labelledby="deleted-projects-heading" className="space-y-4">
      <DeletedItems
        id="deleted-projects-heading"
        title="Deleted projects"
        total={total}
        back={{ href: `/g/${group.slug}/projects`, label: "Back to the projects" }}
        intro="Projects the group's moderators deleted, newest deletion first. Restoring one brings it back as it was: its status, contributors, links and updates, and its links work again."
        columns={["Project", "Status", "Started by", "Deleted by", "Deleted", "Actions"]}
        empty="No deleted projects."
      >
        {projects.map((project) => (
          <tr key={project.id}>
            {/* The name is not a link: the project's page answers 404 until it is restored. */}
            <th scope="row" lang={group.language} className="px-3 py-2 text-left font-medium">
              {project.name}
            </th>
            <td className="px-3 py-2">
              <StatusBadge status={project.status} />
            </td>
            <td className="px-3 py-2">
              <Link href={`/u/${project.createdBy.id}`} className="hover:underline">
                {project.createdBy.name}
              </Link>
            </td>
            <td className="px-3 py-2">
              {/* From the moderation log (decision 018): not known for a project deleted before it. */}
              {project.deletedBy ? (
                <Link href={`/u/${project.deletedBy.id}`} className="hover:underline">
                  {project.deletedBy.name}
                </Link>
              ) : (
                <span className="text-stone-500">Not recorded</span>
              )}
            </td>
            <td className="px-3 py-2 text-stone-600">
              <RelativeTime date={project.deletedAt} now={now} />
            </td>
            <td className="px-3 py-2">
              <RestoreButton action={restoreProjectAction} field="projectId" id={project.id} label={`project: ${project.name}`} />
            </td>
          </tr>
        ))}
      </DeletedItems>
      <Pagination page={page} pageSize={DELETED_PROJECTS_PAGE_SIZE} total={total} basePath={basePath} label="Pages of deleted projects" />
    </section>
  );
}
