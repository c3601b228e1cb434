import Link from "next/link";
import { RelativeTime } from "@/components/ui/relative-time";
import { DELETED_THREAD_LABEL, threadPath } from "@/lib/discussions/paths";
import type { ProjectListItem } from "@/lib/projects/data";
import type { ProjectStatus } from "@/lib/projects/schema";
import { STATUS_LABELS, STATUS_ORDER } from "@/lib/projects/status";
import { StatusBadge } from "./status-badge";

const SECTION_HINTS: Record<ProjectStatus, string> = {
  active: "Work under way.",
  proposed: "Ideas looking for people.",
  completed: "Done.",
  archived: "Shelved.",
};

/**
 * The Projects tab: one section per status, in the list's order (active first). A page may hold
 * part of a section; its heading counts the whole section (`byStatus`). Names, goals and thread
 * titles are the group's people's words, in the group's language (`lang`).
 */
export function ProjectList({ groupSlug, lang, projects, byStatus, now }: { groupSlug: string; lang: string; projects: ProjectListItem[]; byStatus: Map<ProjectStatus, number>; now: Date }) {
  return (
    <div className="space-y-8">
      {STATUS_ORDER.map((status) => {
        const items = projects.filter((project) => project.status === status);
        if (items.length === 0) return null;
        const headingId = `projects-${status}`;
        return (
          <section key={status} aria-labelledby={headingId} className="space-y-2">
            <h3 id={headingId} className="flex items-baseline gap-2 text-base font-semibold">
              {STATUS_LABELS[status]} <span className="text-sm font-normal text-stone-500">({byStatus.get(status) ?? items.length}) · {SECTION_HINTS[status]}</span>
            </h3>
            <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" aria-label={`${STATUS_LABELS[status]} projects`}>
              {items.map((project) => (
                <li key={project.id} className="space-y-1 px-4 py-3">
                  <p className="flex flex-wrap items-center gap-2">
                    <Link href={`/g/${groupSlug}/projects/${project.id}`} lang={lang} className="font-medium text-stone-900 hover:underline">
                      {project.name}
                    </Link>
                    <StatusBadge status={project.status} />
                  </p>
                  <p lang={lang} className="text-sm text-stone-700">{project.goalExcerpt}</p>
                  <p className="flex flex-wrap gap-x-3 text-xs text-stone-600">
                    <span>
                      {project.contributorCount} {project.contributorCount === 1 ? "contributor" : "contributors"}
                    </span>
                    <span>
                      {project.updateCount === 0 ? (
                        "no update yet"
                      ) : (
                        <>
                          {project.updateCount} {project.updateCount === 1 ? "update" : "updates"}, latest <RelativeTime date={project.latestUpdate!.createdAt} now={now} />
                        </>
                      )}
                    </span>
                    {project.status === "completed" && project.completedAt && (
                      <span>
                        completed <RelativeTime date={project.completedAt} now={now} />
                      </span>
                    )}
                    {project.sourceThread && (
                      <span>
                        born in{" "}
                        <Link href={threadPath(groupSlug, project.sourceThread)} lang={lang} className="text-brand-700 wrap-anywhere hover:underline">
                          {project.sourceThread.title}
                        </Link>
                      </span>
                    )}
                    {project.sourceThreadDeleted && <span>born in {DELETED_THREAD_LABEL}</span>}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
