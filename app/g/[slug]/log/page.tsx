import { notFound } from "next/navigation";
import { ModerationLogFilter, ModerationLogItem } from "@/components/moderation/moderation-log";
import { Pagination } from "@/components/ui/pagination";
import { loadModerationPage } from "@/lib/groups/page-data";
import { listModerationLog } from "@/lib/moderation/data";
import { ACTION_FILTER_GROUPS, MODERATION_LOG_PAGE_SIZE, moderationLogPath, moderationLogQuerySchema } from "@/lib/moderation/log";
import { groupPageMetadata } from "@/lib/page-titles";
import { pageExists } from "@/lib/pagination";
import { EmptyState } from "@/components/ui/empty-state";

export const generateMetadata = groupPageMetadata("Moderation log");

/**
 * What the people who run the group did with their powers (decision 018), for them (owners,
 * moderators, site admins): newest first, 30 to a page, all of it or one kind of action.
 */
export default async function ModerationLogPage({ params, searchParams }: PageProps<"/g/[slug]/log">) {
  const query = await searchParams;
  const { group } = await loadModerationPage((await params).slug, moderationLogPath, query, "viewModerationLog");
  const { action, page } = moderationLogQuerySchema.parse(query);
  const basePath = moderationLogPath(group.slug);
  const { entries, total } = await listModerationLog(group, { action, page });
  if (!pageExists(page, total, MODERATION_LOG_PAGE_SIZE)) notFound();
  const filterLabel = action && ACTION_FILTER_GROUPS.flatMap((option) => option.actions).find((option) => option.value === action)?.label;
  const now = new Date();
  return (
    <section aria-labelledby="moderation-log-heading" className="space-y-4">
      <h2 id="moderation-log-heading" className="text-lg font-semibold">
        Moderation log ({total})
      </h2>
      <p className="text-sm text-stone-600">
        What the group&apos;s owners, moderators and site admins did with their powers, newest first: posts and threads they deleted, threads they locked, pinned or renamed for their
        authors, reports they dismissed, members they added, removed or gave a role, invitation links they created or revoked, projects and project updates they deleted or restored, meetups they moved or cancelled for their
        hosts, and changes to the group&apos;s settings. Only they see it.
      </p>
      <ModerationLogFilter action={action} basePath={basePath} />
      {entries.length === 0 ? (
        <EmptyState title={filterLabel ? `No “${filterLabel}” recorded.` : "Nothing recorded yet."}>
          {filterLabel ? "Choose another kind of action above, or all of them." : "What the group's moderators do with their powers is listed here as they do it."}
        </EmptyState>
      ) : (
        <ol aria-label={filterLabel ? `Moderation log: ${filterLabel}` : "Moderation log"} className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm">
          {entries.map((entry) => (
            <li key={entry.id} className="space-y-0.5 px-3 py-2">
              <ModerationLogItem entry={entry} lang={group.language} now={now} />
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pageSize={MODERATION_LOG_PAGE_SIZE} total={total} basePath={basePath} params={{ action }} label="Pages of the moderation log" />
    </section>
  );
}
