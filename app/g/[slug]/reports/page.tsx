import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ReviewReportedPost } from "@/components/discussions/report-review";
import { OneTimeNotice } from "@/components/ui/one-time-notice";
import { Pagination } from "@/components/ui/pagination";
import { RelativeTime } from "@/components/ui/relative-time";
import { listResolvedReports, loadReportQueue, REPORTED_POSTS_PAGE_SIZE, type ReportedPost, type ResolvedReport } from "@/lib/discussions/data";
import { DELETED_THREAD_LABEL, NOTICE_PARAM, NOTICES, postPermalink, reportsPath, threadPath } from "@/lib/discussions/paths";
import { REPORT_REASON_LABELS } from "@/lib/discussions/schema";
import { directoryQuerySchema } from "@/lib/groups/schema";
import { loadModerationPage } from "@/lib/groups/page-data";
import { groupPageMetadata } from "@/lib/page-titles";
import { pageExists } from "@/lib/pagination";
import { EmptyState } from "@/components/ui/empty-state";

export const generateMetadata = groupPageMetadata("Reports");

const OUTCOMES = {
  [NOTICES.reportedPostDeleted]: "The post was deleted and its reports resolved.",
  [NOTICES.reportedPostKept]: "The post was kept and its reports dismissed.",
  [NOTICES.reportsHandledElsewhere]: "Another moderator decided on that post first: it is under Resolved recently, with what they did. Nothing else was changed.",
} as const;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The group's review queue (decision 012): the posts members reported, for the people who run the
 * group (owners, moderators, site admins) to delete or keep. The most reported first, then the
 * longest waiting; the latest decisions below, with who took them.
 */
export default async function ReportsPage({ params, searchParams }: PageProps<"/g/[slug]/reports">) {
  const query = await searchParams;
  const { group, viewer, basePath } = await loadModerationPage((await params).slug, reportsPath, query);
  const { page } = directoryQuerySchema.parse(query);
  const [queue, resolved] = await Promise.all([loadReportQueue(group.id, viewer, page), listResolvedReports(group.id, viewer)]);
  // The loaders check again against the database: a role taken away since the layout read it.
  if (!queue || !resolved) forbidden();
  if (!pageExists(page, queue.total, REPORTED_POSTS_PAGE_SIZE)) notFound();
  const notice = query[NOTICE_PARAM];
  const outcome = typeof notice === "string" && notice in OUTCOMES ? OUTCOMES[notice as keyof typeof OUTCOMES] : null;
  const now = new Date();
  return (
    <div className="space-y-8">
      <section aria-labelledby="reports-heading" className="space-y-4">
        {/* The page is one of the group's tabs: they lead back to the discussions. */}
        <h2 id="reports-heading" className="text-lg font-semibold">
          Reported posts ({queue.total})
        </h2>
        <p className="text-sm text-stone-600">
          Posts members reported to the group&apos;s moderators, the most reported first. Delete a post that breaks the group&apos;s rules, or keep it and dismiss its reports. Reporters are never
          told who decided, and a post&apos;s author never sees who reported it.
        </p>
        {/* The decided post's entry has moved below: the outcome takes focus. */}
        {outcome && <OneTimeNotice param={NOTICE_PARAM} message={outcome} focus />}
        {queue.posts.length === 0 ? (
          <EmptyState title="No reports waiting.">Thank you for keeping an eye on the group. Posts members report show up here.</EmptyState>
        ) : (
          <ol aria-label="Reported posts" className="space-y-3">
            {queue.posts.map((post) => (
              <li key={post.id}>
                <ReportedPostCard post={post} groupSlug={group.slug} lang={group.language} now={now} />
              </li>
            ))}
          </ol>
        )}
        <Pagination page={page} pageSize={REPORTED_POSTS_PAGE_SIZE} total={queue.total} basePath={basePath} label="Pages of reported posts" />
      </section>
      <section aria-labelledby="resolved-heading" className="space-y-3">
        <h2 id="resolved-heading" className="text-lg font-semibold">
          Resolved recently
        </h2>
        {resolved.length === 0 ? (
          <EmptyState compact title="No decisions yet.">Reports you keep or delete are listed here for a while.</EmptyState>
        ) : (
          <ul aria-label="Resolved recently" className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm">
            {resolved.map((decision) => (
              <li key={`${decision.postId}-${decision.resolvedAt.toISOString()}`} className="space-y-1 px-3 py-2">
                <ResolvedEntry decision={decision} groupSlug={group.slug} lang={group.language} now={now} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function ReportedPostCard({ post, groupSlug, lang, now }: { post: ReportedPost; groupSlug: string; lang: string; now: Date }) {
  return (
    <article aria-label={`${post.author.name}'s post in “${post.thread.title}”`} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <p className="text-sm text-stone-600">
        <span className="font-medium text-stone-900">{plural(post.reportCount, "report", "reports")}</span>
        {post.reportCount > 1 ? ", the first " : " "}
        {/* "post by": the author wrote it; who reported it is listed below, under Reports. */}
        <RelativeTime date={post.firstReportedAt} now={now} /> · post by{" "}
        <Link href={`/u/${post.author.id}`} className="text-brand-700 underline">
          {post.author.name}
        </Link>{" "}
        in{" "}
        <Link href={threadPath(groupSlug, post.thread)} lang={lang} className="text-brand-700 underline">
          {post.thread.title}
        </Link>
      </p>
      <blockquote lang={lang} className="border-l-2 border-stone-300 pl-3 text-sm text-stone-800">
        {post.excerpt}
      </blockquote>
      <p>
        <Link href={postPermalink(groupSlug, post.id)} className="text-sm font-medium text-brand-700 hover:underline">
          Read the post in its thread<span className="sr-only"> ({post.author.name}&apos;s post)</span>
        </Link>
      </p>
      <ul aria-label="Reasons" className="flex flex-wrap gap-1.5">
        {post.reasons.map(({ reason, count }) => (
          <li key={reason} className="rounded-full bg-amber-50 px-2 py-0.5 text-xs text-amber-900">
            {REPORT_REASON_LABELS[reason]} × {count}
          </li>
        ))}
      </ul>
      {post.reports ? (
        <ul aria-label="Reports" className="space-y-1 text-sm">
          {post.reports.map((report) => (
            <li key={report.id}>
              <Link href={`/u/${report.reporter.id}`} className="font-medium hover:underline">
                {report.reporter.name}
              </Link>
              : {REPORT_REASON_LABELS[report.reason]}
              {report.note && (
                <>
                  {" "}
                  — <q className="text-stone-700">{report.note}</q>
                </>
              )}{" "}
              <span className="text-stone-500">
                (<RelativeTime date={report.createdAt} now={now} />)
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-600">This is your post: the group&apos;s other moderators review its reports, and who reported it is not shown to you.</p>
      )}
      {!post.own && <ReviewReportedPost postId={post.id} authorName={post.author.name} />}
    </article>
  );
}

function ResolvedEntry({ decision, groupSlug, lang, now }: { decision: ResolvedReport; groupSlug: string; lang: string; now: Date }) {
  const outcome = decision.resolution === "post_deleted" ? "Post deleted" : "Post kept";
  return (
    <>
      <p>
        <span className="font-medium">{outcome}</span> by {decision.resolvedBy?.name ?? "a former member"} <RelativeTime date={decision.resolvedAt} now={now} /> ·{" "}
        {plural(decision.reports, "report", "reports")} · {decision.author.name}&apos;s post in{" "}
        {decision.thread.deleted ? (
          DELETED_THREAD_LABEL
        ) : (
          <Link href={threadPath(groupSlug, decision.thread)} lang={lang} className="text-brand-700 underline">
            {decision.thread.title}
          </Link>
        )}
      </p>
      {decision.excerpt !== null && (
        <p lang={lang} className="text-stone-600">
          {decision.excerpt}
        </p>
      )}
    </>
  );
}
