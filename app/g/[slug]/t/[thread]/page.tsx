import type { Metadata } from "next";
import Link from "next/link";
import { FeedLink } from "@/components/discussions/feed-link";
import { FollowThread } from "@/components/discussions/follow-thread";
import { notFound, permanentRedirect } from "next/navigation";
import { JoinToTakePart } from "@/components/discussions/join-to-take-part";
import { ThreadReplyForm } from "@/components/discussions/post-forms";
import { FocusHashTarget } from "@/components/discussions/focus-hash-target";
import { PostCard, ReplyPage } from "@/components/discussions/post-tree";
import { RecordThreadVisit } from "@/components/discussions/record-thread-visit";
import { ThreadAnswer } from "@/components/discussions/thread-answer";
import { ThreadModeration } from "@/components/discussions/thread-moderation";
import { ThreadTitleForm } from "@/components/discussions/thread-title-form";
import { ThreadList } from "@/components/groups/thread-list";
import { ThreadMeetups } from "@/components/meetups/thread-meetups";
import { ThreadProjectsBanner } from "@/components/projects/thread-projects-banner";
import { ButtonLink } from "@/components/ui/button";
import { OneTimeNotice } from "@/components/ui/one-time-notice";
import { signInPath } from "@/lib/auth/paths";
import { loadAnswer } from "@/lib/discussions/data";
import { isFollowing } from "@/lib/discussions/follows";
import { threadPostsFeedPath } from "@/lib/feeds/paths";
import { feedAccessFor } from "@/lib/feeds/page-data";
import { loadNewPosts, loadThreadForRequest, loadThreadPage } from "@/lib/discussions/page-data";
import { NOTICE_PARAM, NOTICES, pagedUrl, postPermalink, replyFieldId, THREAD_REPLY_FORM_ID } from "@/lib/discussions/paths";
import { safeDecode, threadPageQuerySchema } from "@/lib/discussions/schema";
import { pageOfBranch, postsInPageBranches, shownPostIds } from "@/lib/discussions/tree";
import { seenUpTo, suggestedThreads } from "@/lib/discussions/unread";
import { loadThreadFreshness } from "@/lib/discussions/visits";
import { listRecentThreads } from "@/lib/groups/data";
import { listThreadProjects } from "@/lib/projects/data";
import { newProjectPath } from "@/lib/projects/schema";

/** "More in <group>" shows this many threads, chosen among the group's this many most recently active. */
const SUGGESTIONS = 5;
const SUGGESTIONS_LOOKED_AT = 15;

export async function generateMetadata({ params, searchParams }: PageProps<"/g/[slug]/t/[thread]">): Promise<Metadata> {
  const { slug, thread } = await params;
  const { page } = threadPageQuerySchema.parse(await searchParams);
  const loaded = await loadThreadForRequest(slug, thread);
  return { title: loaded ? `${loaded.thread.title}${page > 1 ? ` (page ${page})` : ""} · ${loaded.group.name}` : "Thread not found" };
}

export default async function ThreadPage({ params, searchParams }: PageProps<"/g/[slug]/t/[thread]">) {
  const { slug, thread: threadParam } = await params;
  const query = await searchParams;
  const titleSaved = query[NOTICE_PARAM] === NOTICES.titleSaved;
  const { page } = threadPageQuerySchema.parse(query);
  const loaded = await loadThreadForRequest(slug, threadParam);
  if (!loaded) notFound();
  const { group, thread, threadUrl, permissions, viewer } = loaded;
  // The id decides; an outdated or missing title slug redirects to the canonical URL.
  if (safeDecode(threadParam) !== `${thread.id}-${thread.slug}`) permanentRedirect(pagedUrl(threadUrl, page));

  const now = new Date();
  // Projects born in this thread (with their latest update), and what is new to the reader.
  const [paged, projects, newPosts, following, feedAccess, answer] = await Promise.all([
    loadThreadPage(loaded, thread.openerId, page),
    listThreadProjects(thread.id, viewer),
    loadNewPosts(loaded),
    isFollowing(viewer?.id ?? null, thread.id),
    feedAccessFor(viewer, group, permissions.canParticipate),
    thread.answerId === null ? null : loadAnswer(thread.answerId),
  ]);
  if (!paged) notFound();
  const { tree, branches } = paged;
  const shownIds = new Set(shownPostIds(tree));
  // As in the group's thread list: replies that are still there.
  const replyCount = thread.outline.filter((post) => post.parentId !== null && post.deletedAt === null).length;
  const shared = { threadId: thread.id, threadUrl, pageUrl: pagedUrl(threadUrl, page), permissions, now, lang: group.language, newPostIds: newPosts.ids };
  // A new answer to the thread starts the next branch: on this page, or on the (new) last page.
  // The reader's draft of it is kept in their browser under their id (decision 020).
  const reply = { threadId: thread.id, openerId: thread.openerId, groupSlug: group.slug, shownHere: pageOfBranch(branches) === page, viewerId: viewer?.id ?? null };
  // Whether the page shows the thread's reply form: exactly the branches below that render it (a
  // moderator's note in a locked thread; a participant's reply under an opener still there).
  const repliesHere = thread.locked ? permissions.canModerate : permissions.canParticipate && tree.post.deletedAt === null;
  return (
    <div className="space-y-5">
      <FocusHashTarget />
      <nav aria-label="Breadcrumb" className="text-sm text-stone-600">
        <Link href={`/g/${group.slug}`} lang={group.language} className="hover:underline">
          {group.name}
        </Link>{" "}
        › Discussions
      </nav>
      <header className="space-y-2">
        <h1 id="thread-title" lang={group.language} className="text-2xl font-semibold">
          {thread.title}
        </h1>
        {/* After a rename the page is rebuilt at the new address: the outcome takes focus. */}
        {titleSaved && permissions.canEditTitle && <OneTimeNotice param={NOTICE_PARAM} message="Title saved." focus />}
        <p className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
          {thread.pinned && <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-800">Pinned</span>}
          {thread.locked && <span className="rounded bg-stone-200 px-1.5 py-0.5 text-xs font-medium text-stone-700">Locked</span>}
          <span>
            {replyCount} {replyCount === 1 ? "reply" : "replies"}
          </span>
        </p>
        {permissions.canEditTitle && <ThreadTitleForm threadId={thread.id} title={thread.title} />}
        {permissions.canModerate && (
          <ThreadModeration threadId={thread.id} title={thread.title} pinned={thread.pinned} locked={thread.locked} author={{ name: tree.post.author.name, own: tree.post.author.id === viewer?.id }} />
        )}
        <div className="flex flex-wrap items-center gap-2">
          {/* Told of every reply (decision 022): for the people who may post here. */}
          {permissions.canParticipate && <FollowThread threadId={thread.id} following={following} />}
          {permissions.canParticipate && (
            <ButtonLink href={newProjectPath(group.slug, { threadId: thread.id })} variant="secondary" className="px-2.5 py-1 text-xs">
              Turn this into a project
            </ButtonLink>
          )}
        </div>
      </header>

      {/* Seen up to now, or to just before a post not yet seen waiting on another page of the
          thread (posts cut from this page's branches are one "continue" link away: they count as
          reached); on a first visit, every post of others is unseen. The whole tree is walked again
          only when something is unseen. */}
      {viewer && (
        <RecordThreadVisit
          threadId={thread.id}
          shownAt={(newPosts.unseen.length > 0 ? seenUpTo(now, newPosts.unseen, postsInPageBranches(thread.outline, thread.openerId, page)) : now).toISOString()}
        />
      )}
      {newPosts.firstId !== null && (
        <p className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-stone-800">
          {newPosts.ids.size} new {newPosts.ids.size === 1 ? "post" : "posts"} since your last visit.{" "}
          {shownIds.has(newPosts.firstId) ? (
            // On this page: the browser's own jump, which keeps the page (and its markers) as drawn.
            <a href={`#post-${newPosts.firstId}`} className="font-medium text-brand-700 underline">
              Go to the first new post
            </a>
          ) : (
            <Link href={postPermalink(group.slug, newPosts.firstId)} className="font-medium text-brand-700 underline">
              Go to the first new post
            </Link>
          )}
        </p>
      )}
      <ThreadProjectsBanner projects={projects} lang={group.language} now={now} />
      <ThreadMeetups groupSlug={group.slug} lang={group.language} threadId={thread.id} />

      {/* Quoting the opening post fills the thread's reply form, where this page shows one. */}
      <PostCard post={tree.post} isOpener quoteInto={(thread.locked ? permissions.canModerate : permissions.canParticipate) ? replyFieldId(thread.openerId) : undefined} {...shared} />
      {/* The reply marked as its answer, right under the question (decision 035). */}
      {answer && <ThreadAnswer answer={answer} href={shownIds.has(answer.id) ? `#post-${answer.id}` : postPermalink(group.slug, answer.id)} lang={group.language} />}

      {thread.locked && permissions.canModerate ? (
        <>
          <p className="rounded-md border border-stone-300 bg-stone-100 px-3 py-2 text-sm text-stone-700">
            This thread is locked: it takes no new replies. As a moderator you can still post a note, such as why it was locked.
          </p>
          <ThreadReplyForm {...reply} />
        </>
      ) : thread.locked ? (
        <p className="rounded-md border border-stone-300 bg-stone-100 px-3 py-2 text-sm text-stone-700">This thread is locked: it takes no new replies.</p>
      ) : permissions.canParticipate && tree.post.deletedAt ? (
        // Replies stay open under a deleted opener, but the opener itself takes no answer.
        <p className="text-sm text-stone-600">The opening post was deleted: answer one of the replies below.</p>
      ) : permissions.canParticipate ? (
        <ThreadReplyForm {...reply} />
      ) : permissions.canJoin ? (
        // The way on, next to the reason: once a member, the reply form takes its place (and focus).
        <div role="group" aria-labelledby="join-to-reply" className="flex flex-wrap items-center gap-3">
          <p id="join-to-reply" className="text-sm text-stone-600">
            Join the group to reply.
          </p>
          <JoinToTakePart groupId={group.id} groupName={group.name} focusId={replyFieldId(thread.openerId)} />
        </div>
      ) : viewer ? (
        <p className="text-sm text-stone-600">{permissions.removed ? "You were removed from this group and cannot reply." : "Join the group to reply."}</p>
      ) : (
        <p className="text-sm text-stone-600">
          <Link href={signInPath(threadUrl)} className="font-medium text-brand-700 underline">
            Sign in to reply
          </Link>
        </p>
      )}

      <ReplyPage nodes={tree.children} page={page} branches={branches} basePath={threadUrl} className="space-y-3" {...shared} />
      {/* The reply form is under the question: whoever has read down to here is taken back up to it (and its field focused). */}
      {repliesHere && tree.children.length > 0 && (
        <p>
          <a href={`#${THREAD_REPLY_FORM_ID}`} className="text-sm font-medium text-brand-700 hover:underline">
            <span aria-hidden>↑ </span>Write a reply to the thread
          </a>
        </p>
      )}
      {/* Its posts in a feed reader (decision 024); a private group's address carries the member's key. */}
      {(group.visibility === "public" || feedAccess) && <FeedLink href={threadPostsFeedPath(group.slug, thread, feedAccess)} label="Atom feed of this thread" personal={feedAccess !== null} />}
      {/* Where to go next, where the reading ends (decision 036): what is new to the reader first. */}
      {page === pageOfBranch(Math.max(0, branches - 1)) && <MoreInGroup group={group} threadId={thread.id} viewerId={viewer?.id ?? null} now={now} />}
    </div>
  );
}

/** Other threads of the group to read next (decision 036): those with news for the reader first. */
async function MoreInGroup({ group, threadId, viewerId, now }: { group: { id: string; slug: string; name: string; language: string }; threadId: number; viewerId: string | null; now: Date }) {
  // Read here, so that only the last page (where this shows) asks for them.
  const recent = await listRecentThreads(group.id, threadId, SUGGESTIONS_LOOKED_AT);
  const freshness = await loadThreadFreshness(viewerId, recent.map((thread) => ({ id: thread.id, authorId: thread.author.id, createdAt: thread.createdAt })), now);
  const threads = suggestedThreads(recent, freshness, SUGGESTIONS);
  if (threads.length === 0) return null;
  return (
    <section aria-labelledby="more-threads-heading" className="space-y-3 border-t border-stone-200 pt-5">
      <h2 id="more-threads-heading" className="text-lg font-semibold">
        More in <span lang={group.language}>{group.name}</span>
      </h2>
      <ThreadList groupSlug={group.slug} lang={group.language} threads={threads} freshness={freshness} now={now} />
    </section>
  );
}
