import Link from "next/link";
import { forbidden, notFound, redirect } from "next/navigation";
import { ProjectForm } from "@/components/projects/project-form";
import { parseIdParam } from "@/lib/discussions/schema";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { projectActorFor, refusal } from "@/lib/projects/ability";
import { listThreadChoices } from "@/lib/discussions/data";
import { loadProjectForEdit } from "@/lib/projects/data";
import type { LinkKind } from "@/lib/projects/schema";
import { DELETED_THREAD_LABEL } from "@/lib/discussions/paths";
import { groupPageMetadata } from "@/lib/page-titles";
import { signInPath } from "@/lib/auth/paths";

export const generateMetadata = groupPageMetadata("Edit project");

export default async function EditProjectPage({ params }: PageProps<"/g/[slug]/projects/[id]/edit">) {
  const { slug, id } = await params;
  const projectId = parseIdParam(id);
  if (projectId === null) notFound();
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) notFound();
  const { group, actor: groupActor, viewer } = loaded;
  const project = await loadProjectForEdit(projectId, group.slug, viewer);
  if (!project) notFound();
  const projectUrl = `/g/${group.slug}/projects/${project.id}`;
  if (!viewer) redirect(signInPath(`${projectUrl}/edit`));
  const actor = projectActorFor(groupActor, project.members?.[0]?.role ?? null);
  const refused = refusal(actor, "edit", { status: project.status, leadCount: project.leadCount });
  if (refused?.code === "FORBIDDEN") forbidden();
  const choices = await listThreadChoices(group.id, { include: project.sourceThreadId ? [project.sourceThreadId] : [] });
  // A source deleted since stays offered (without its title) so saving keeps it; it cannot be chosen anew.
  const threads = project.sourceThreadDeleted && project.sourceThreadId ? [{ id: project.sourceThreadId, title: `Keep ${DELETED_THREAD_LABEL}` }, ...choices] : choices;
  const links: Partial<Record<LinkKind, string>> = {};
  // One link per kind on the form; the first of each kind if older data has several.
  for (const link of project.links) links[link.kind] ??= link.url;
  return (
    <div className="max-w-3xl space-y-4">
      <h2 className="text-lg font-semibold">Edit “<span lang={group.language}>{project.name}</span>”</h2>
      {refused ? (
        <p className="rounded-md border border-stone-300 bg-stone-100 px-3 py-2 text-sm text-stone-700">
          {refused.message}{" "}
          <Link href={projectUrl} className="font-medium text-brand-700 underline">
            Back to the project
          </Link>
        </p>
      ) : (
        <ProjectForm
          threads={threads}
          groupSlug={group.slug}
          lang={group.language}
          target={{ mode: "edit", projectId: project.id, version: project.detailsVersion }}
          defaults={{ name: project.name, goal: project.goal, sourceThreadId: project.sourceThreadId, links }}
          cancelHref={projectUrl}
        />
      )}
    </div>
  );
}
