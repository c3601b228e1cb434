import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import { loadGroupProjectsAsideForRequest } from "@/lib/projects/page-data";
import { newProjectPath } from "@/lib/projects/schema";

/**
 * The group page's aside, beside its meetups: the active projects that moved last, each linked
 * with when it last moved, and a link to the Projects tab (where the proposed, completed and
 * archived ones are too).
 */
export async function GroupActiveProjects({ groupSlug, lang, now }: { groupSlug: string; /** The group's language, of its projects' names. */ lang: string; now: Date }) {
  const loaded = await loadGroupProjectsAsideForRequest(groupSlug);
  if (!loaded) return null;
  const base = `/g/${loaded.groupSlug}/projects`;
  const more = loaded.activeCount - loaded.projects.length;
  return (
    <section aria-labelledby="active-projects-heading" className="space-y-2 border-t border-stone-200 pt-4">
      <h2 id="active-projects-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
        Projects
      </h2>
      {loaded.projects.length === 0 ? (
        <p className="text-sm text-stone-600">No active project.</p>
      ) : (
        <ul aria-label="Active projects" className="space-y-2 text-sm">
          {loaded.projects.map((project) => (
            <li key={project.id}>
              <Link href={`${base}/${project.id}`} lang={lang} className="font-medium text-stone-900 hover:underline">
                {project.name}
              </Link>
              <span className="block text-xs text-stone-600">
                Active, last moved <RelativeTime date={project.movedAt} now={now} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="flex flex-wrap gap-x-3 text-sm">
        <Link href={base} className="text-brand-700 hover:underline">
          {more > 0 ? `All projects (${more} more active)` : "All projects"}
        </Link>
        {loaded.canStart && (
          <Link href={newProjectPath(loaded.groupSlug)} className="text-brand-700 hover:underline">
            Start a project
          </Link>
        )}
      </p>
    </section>
  );
}
