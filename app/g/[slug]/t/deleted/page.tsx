import Link from "next/link";
import { notFound } from "next/navigation";
import { DeletedItems } from "@/components/groups/deleted-items";
import { RestoreButton } from "@/components/ui/restore-button";
import { restoreThreadAction } from "@/lib/discussions/actions";
import { OneTimeNotice } from "@/components/ui/one-time-notice";
import { Pagination } from "@/components/ui/pagination";
import { RelativeTime } from "@/components/ui/relative-time";
import { DELETED_THREADS_PAGE_SIZE, listDeletedThreads, loadStandingThreadRef } from "@/lib/discussions/data";
import { deletedThreadsPath, NOTICE_PARAM, NOTICES, RESTORED_PARAM, threadPath } from "@/lib/discussions/paths";
import { parseIdParam } from "@/lib/discussions/schema";
import { directoryQuerySchema } from "@/lib/groups/schema";
import { loadModerationPage } from "@/lib/groups/page-data";
import { groupPageMetadata } from "@/lib/page-titles";
import { pageExists } from "@/lib/pagination";

export const generateMetadata = groupPageMetadata("Deleted threads");

/**
 * The threads a moderator deleted, for the people who run the group (owners, moderators, site
 * admins) to restore one deleted by mistake (decision 009, Restoring). Threads that went with
 * their last post are not here: there is nothing left in them to read.
 */
export default async function DeletedThreadsPage({ params, searchParams }: PageProps<"/g/[slug]/t/deleted">) {
  const query = await searchParams;
  const { group, basePath } = await loadModerationPage((await params).slug, deletedThreadsPath, query);
  const { page } = directoryQuerySchema.parse(query);
  const restoredId = query[NOTICE_PARAM] === NOTICES.threadRestored && typeof query[RESTORED_PARAM] === "string" ? parseIdParam(query[RESTORED_PARAM]) : null;
  const [{ threads, total }, restored] = await Promise.all([listDeletedThreads(group.id, page), restoredId === null ? null : loadStandingThreadRef(group.id, restoredId)]);
  if (!pageExists(page, total, DELETED_THREADS_PAGE_SIZE)) notFound();
  const now = new Date();
  return (
    <section aria-labelledby="deleted-heading" className="space-y-4">
      <DeletedItems
        id="deleted-heading"
        title="Deleted threads"
        total={total}
        back={{ href: `/g/${group.slug}`, label: "Back to the discussions" }}
        intro="Threads the group's moderators deleted, newest deletion first. Restoring one brings it back with all its replies, and its links work again. Threads that went with their last post are not listed: nothing is left in them to read."
        notice={
          // The restored thread's row is gone from the list: the outcome takes focus, with the way to it.
          restored && (
            <OneTimeNotice param={[NOTICE_PARAM, RESTORED_PARAM]} message="The thread was restored." focus>
              {" "}
              <Link href={threadPath(group.slug, restored)} className="font-medium underline">
                Go to “<span lang={group.language}>{restored.title}</span>”
              </Link>
            </OneTimeNotice>
          )
        }
        columns={["Thread", "Started by", "Deleted by", "Deleted", "Actions"]}
        empty="No deleted threads."
      >
        {threads.map((thread) => (
          <tr key={thread.id}>
            {/* The title is not a link: the thread's page answers 404 until it is restored. */}
            <th scope="row" lang={group.language} className="px-3 py-2 text-left font-medium">
              {thread.title}
            </th>
            <td className="px-3 py-2">
              <Link href={`/u/${thread.author.id}`} className="hover:underline">
                {thread.author.name}
              </Link>
            </td>
            <td className="px-3 py-2">
              <Link href={`/u/${thread.deletedBy.id}`} className="hover:underline">
                {thread.deletedBy.name}
              </Link>
            </td>
            <td className="px-3 py-2 text-stone-600">
              <RelativeTime date={thread.deletedAt} now={now} />
            </td>
            <td className="px-3 py-2">
              <RestoreButton action={restoreThreadAction} field="threadId" id={thread.id} label={`thread: ${thread.title}`} />
            </td>
          </tr>
        ))}
      </DeletedItems>
      <Pagination page={page} pageSize={DELETED_THREADS_PAGE_SIZE} total={total} basePath={basePath} label="Pages of deleted threads" />
    </section>
  );
}
