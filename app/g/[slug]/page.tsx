import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FeedLink } from "@/components/discussions/feed-link";
import { FollowNewThreads } from "@/components/discussions/follow-thread";
import { MarkAllRead } from "@/components/discussions/mark-all-read";
import { ThreadList } from "@/components/groups/thread-list";
import { GroupNextMeetups } from "@/components/meetups/group-next-meetups";
import { GroupActiveProjects } from "@/components/projects/group-active-projects";
import { OneTimeNotice } from "@/components/ui/one-time-notice";
import { Pagination } from "@/components/ui/pagination";
import { deletedThreadsPath, NOTICE_PARAM, NOTICES } from "@/lib/discussions/paths";
import { loadThreadFreshness } from "@/lib/discussions/visits";
import { groupThreadsFeedPath } from "@/lib/feeds/paths";
import { feedAccessFor } from "@/lib/feeds/page-data";
import { can } from "@/lib/groups/ability";
import { listGroupThreads, THREADS_PAGE_SIZE } from "@/lib/groups/data";
import { loadGroupForRequest, loadListedGroupForRequest } from "@/lib/groups/page-data";
import { AskToJoin } from "@/components/groups/ask-to-join";
import { GroupTopics } from "@/components/groups/group-topics";
import { RelativeTime } from "@/components/ui/relative-time";
import { signInPath } from "@/lib/auth/paths";
import { BandBadge } from "@/components/health/band-badge";
import { tooEarlyToTell } from "@/lib/health/format";
import { loadGroupBand } from "@/lib/health/data";
import { groupPageQuerySchema, THREAD_VIEWS, type ThreadView } from "@/lib/groups/schema";
import { FilterLink } from "@/components/ui/filter-link";
import { pageExists } from "@/lib/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { SearchForm } from "@/components/ui/search-form";

/** The Discussions tab in one of its views (decision 034): the plain address for the default one. */
function threadViewPath(groupSlug: string, view: ThreadView): string {
  return view === "latest" ? `/g/${groupSlug}` : `/g/${groupSlug}?view=${view}`;
}

/** How long a group counts as new for its band badge. */

export async function generateMetadata({ params }: PageProps<"/g/[slug]">): Promise<Metadata> {
  const { slug } = await params;
  const loaded = await loadGroupForRequest(slug);
  if (loaded) return { title: loaded.group.name };
  const listed = await loadListedGroupForRequest(slug);
  return { title: listed?.group.name ?? "Group not found" };
}

/**
 * A listed private group's page for someone who may not read it (decision 025): what the
 * directory shows — its description, topics, when it was last active — and the way in: asking to
 * join, or signing in to ask. Someone removed from it is told so.
 */
async function ListedGroupPage({ slug }: { slug: string }) {
  const listed = await loadListedGroupForRequest(slug);
  if (!listed) notFound();
  const { group, request, removed, viewer } = listed;
  const now = new Date();
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
      <section aria-labelledby="join-heading" className="max-w-2xl space-y-3">
        <h2 id="join-heading" className="text-lg font-semibold">
          A private group
        </h2>
        {removed ? (
          <p className="text-sm text-stone-700">You were removed from this group.</p>
        ) : viewer ? (
          <AskToJoin groupId={group.id} groupName={group.name} request={request} now={now} />
        ) : (
          <p className="text-sm text-stone-700">
            Only members read its discussions.{" "}
            <Link href={signInPath(`/g/${group.slug}`)} className="font-medium text-brand-700 underline">
              Sign in to ask to join
            </Link>
          </p>
        )}
      </section>
      <aside aria-labelledby="about-heading" className="space-y-3">
        <h2 id="about-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
          About
        </h2>
        <div lang={group.language} className="post-body text-sm" dangerouslySetInnerHTML={{ __html: group.descriptionHtml }} />
        <GroupTopics tags={group.tags} />
        <p className="text-xs text-stone-500">
          Last active <RelativeTime date={group.lastActivityAt} now={now} />
        </p>
      </aside>
    </div>
  );
}

export default async function GroupPage({ params, searchParams }: PageProps<"/g/[slug]">) {
  const { slug } = await params;
  const query = await searchParams;
  const loaded = await loadGroupForRequest(slug);
  if (!loaded) return <ListedGroupPage slug={slug} />;
  const parsed = groupPageQuerySchema.safeParse(query);
  if (!parsed.success) notFound();
  const { page, view } = parsed.data;
  const { group, actor } = loaded;
  const now = new Date();
  const [{ threads, total }, health, feedAccess] = await Promise.all([
    listGroupThreads(group.id, page, view),
    loadGroupBand(group.id),
    feedAccessFor(loaded.viewer, group, can(actor, "participate", group)),
  ]);
  // What is new to this reader since they last opened each thread (decision 014).
  const freshness = await loadThreadFreshness(loaded.viewer?.id ?? null, threads.map((thread) => ({ id: thread.id, authorId: thread.author.id, createdAt: thread.createdAt })), now);
  // A group under a month old with a provisional score has not had the time to show anything yet.
  const tooEarly = tooEarlyToTell(Boolean(health?.provisional), group.createdAt, now);
  if (!pageExists(page, total, THREADS_PAGE_SIZE)) notFound();
  // On a phone the two stack: a member, who comes for the discussions, gets them first; anyone
  // else first reads what the group is about. On a wide screen "About" is the right-hand column.
  const discussionsFirst = can(actor, "participate", group);
  const about = (
    <aside aria-labelledby="about-heading" className="space-y-3 lg:col-start-2 lg:row-start-1">
      <h2 id="about-heading" className="text-sm font-semibold uppercase tracking-wide text-stone-500">
        About
      </h2>
      {health && (
        <p>
          {can(actor, "moderate", group) ? (
            <Link href={`/g/${group.slug}/health`}>
              {/* The link's name starts with the words shown ("Health: Thriving"), then says where it leads. */}
              <BandBadge band={health.band} provisional={health.provisional} tooEarly={tooEarly} />
              <span className="sr-only"> — see the details</span>
            </Link>
          ) : (
            <BandBadge band={health.band} provisional={health.provisional} tooEarly={tooEarly} />
          )}
        </p>
      )}
      <div lang={group.language} className="post-body text-sm" dangerouslySetInnerHTML={{ __html: group.descriptionHtml }} />
      <GroupTopics tags={group.tags} />
      <GroupNextMeetups groupSlug={group.slug} lang={group.language} />
      <GroupActiveProjects groupSlug={group.slug} lang={group.language} now={now} />
    </aside>
  );
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
      {!discussionsFirst && about}
      <section aria-labelledby="threads-heading" className="space-y-4 lg:col-start-1 lg:row-start-1">
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-3">
          <h2 id="threads-heading" className="text-lg font-semibold">
            Discussions
          </h2>
          <div className="flex flex-wrap items-center gap-3">
            {/* Where the people who run the group restore a thread deleted by mistake. */}
            {can(actor, "moderate", group) && (
              <Link href={deletedThreadsPath(group.slug)} className="text-sm text-brand-700 hover:underline">
                Deleted threads
              </Link>
            )}
            {loaded.viewer && threads.length > 0 && <MarkAllRead groupId={group.id} />}
            {/* Told of every new thread (decision 022): for the people who may post here. */}
            {can(actor, "participate", group) && <FollowNewThreads groupId={group.id} following={loaded.followsNewThreads} />}
            {can(actor, "participate", group) && (
              <Link href={`/g/${group.slug}/t/new`} className="rounded-md bg-brand-700 px-3.5 py-2 text-sm font-medium text-white hover:bg-brand-800">
                Start a thread
              </Link>
            )}
          </div>
        </div>
        {/* Whoever deleted a thread lands here (its page is gone): the outcome takes focus. */}
        {query[NOTICE_PARAM] === NOTICES.threadDeleted && loaded.viewer && <OneTimeNotice param={NOTICE_PARAM} message="The thread was deleted." focus />}
        {/* Latest, unanswered, most replies (decision 034), and a search of the group's words
            (decision 044): a group with no thread has nothing to sort or search. */}
        {(total > 0 || view !== "latest") && (
          <>
            <SearchForm action="/search" id="group-search" label="Search this group" value={undefined} keep={{ group: group.slug }} />
            <nav aria-label="Sort and filter threads" className="flex flex-wrap gap-2 text-sm">
              {THREAD_VIEWS.map((choice) => (
                <FilterLink key={choice.view} href={threadViewPath(group.slug, choice.view)} current={view === choice.view}>
                  {choice.label}
                </FilterLink>
              ))}
            </nav>
          </>
        )}
        {threads.length === 0 ? (
          <EmptyThreads view={view} newThreadHref={can(actor, "participate", group) ? `/g/${group.slug}/t/new` : null} signedIn={Boolean(loaded.viewer)} />
        ) : (
          <ThreadList groupSlug={group.slug} lang={group.language} threads={threads} freshness={freshness} now={now} />
        )}
        <Pagination page={page} pageSize={THREADS_PAGE_SIZE} total={total} basePath={`/g/${group.slug}`} params={view === "latest" ? {} : { view }} />
        {/* New threads in a feed reader (decision 024); a private group's address carries the member's key. */}
        {(group.visibility === "public" || feedAccess) && (
          <FeedLink href={groupThreadsFeedPath(group.slug, feedAccess)} label="Atom feed of new threads" personal={feedAccess !== null} />
        )}
      </section>
      {discussionsFirst && about}
    </div>
  );
}

/**
 * The thread list with nothing in it: what to do next. The wording is the page's, not the
 * view's `empty` (lib/groups/schema.ts), so that it can say who may start a thread.
 */
function EmptyThreads({ view, newThreadHref, signedIn }: { view: ThreadView; newThreadHref: string | null; signedIn: boolean }) {
  if (view === "unanswered") return <EmptyState title="Every thread has an answer.">Threads still waiting for a reply show up here.</EmptyState>;
  const who = newThreadHref ? "Ask a question or share something worth discussing." : signedIn ? "Join the group to start one." : "Its members start the discussions here.";
  return (
    <EmptyState title={newThreadHref ? "No threads yet — start the first one" : "No threads yet"} action={newThreadHref ? { href: newThreadHref, label: "Start the first thread" } : undefined}>
      {who}
    </EmptyState>
  );
}
