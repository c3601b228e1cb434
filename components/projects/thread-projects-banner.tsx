import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import type { ThreadProject } from "@/lib/projects/data";
import { StatusBadge } from "./status-badge";

/**
 * On a thread: the projects born in it and their latest update, so readers of the
 * conversation see where the work stands (and the work's page links back here).
 */
export function ThreadProjectsBanner({ projects, lang, now }: { projects: ThreadProject[]; /** The group's language, of names and updates. */ lang: string; now: Date }) {
  if (projects.length === 0) return null;
  return (
    <aside aria-label="Projects born in this thread" className="space-y-3 rounded-lg border border-brand-100 bg-brand-50 p-4">
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-800">{projects.length === 1 ? "A project was born in this thread" : `${projects.length} projects were born in this thread`}</p>
      <ul className="space-y-3">
        {projects.map((project) => (
          <li key={project.id} className="space-y-1">
            <p className="flex flex-wrap items-center gap-2">
              <Link href={`/g/${project.groupSlug}/projects/${project.id}`} lang={lang} className="font-medium text-stone-900 wrap-anywhere underline decoration-brand-600/40 hover:decoration-brand-700">
                {project.name}
              </Link>
              <StatusBadge status={project.status} />
              <span className="text-xs text-stone-600">
                {project.contributorCount} {project.contributorCount === 1 ? "contributor" : "contributors"}
              </span>
            </p>
            {project.latestUpdate ? (
              <p className="text-sm text-stone-700">
                {/* The latest update is on the project page's first page of updates. */}
                <Link href={`/g/${project.groupSlug}/projects/${project.id}#update-${project.latestUpdate.id}`} className="text-brand-700 underline decoration-brand-600/40 hover:decoration-brand-700">
                  Latest update by <span className="font-medium">{project.latestUpdate.author.name}</span>, <RelativeTime date={project.latestUpdate.createdAt} now={now} />
                </Link>
                :{" "}
                <span lang={lang}>{project.latestUpdate.excerpt}</span>
              </p>
            ) : (
              <p className="text-sm text-stone-600">No progress update yet.</p>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
