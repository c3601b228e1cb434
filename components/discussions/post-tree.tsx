import Link from "next/link";
import { FORM_PANEL } from "@/components/ui/form-panel";
import { Pagination } from "@/components/ui/pagination";
import { RelativeTime } from "@/components/ui/relative-time";
import { RestoreButton } from "@/components/ui/restore-button";
import { PersonLink } from "@/components/users/avatar";
import { restorePostAction } from "@/lib/discussions/actions";
import { signInPath } from "@/lib/auth/paths";
import type { ThreadPost } from "@/lib/discussions/data";
import { postHistoryPath, postReactionsPath } from "@/lib/discussions/paths";
import { formatAbsolute } from "@/lib/time";
import { BRANCHES_PER_PAGE, pageOfBranch, replyShownBelow, type TreeNode } from "@/lib/discussions/tree";
import { newProjectPath } from "@/lib/projects/schema";
import { NewBadge } from "./new-badge";
import { MarkAnswer } from "./mark-answer";
import { DeletePost, EditPost, ReplyToPost } from "./post-forms";
import { QuoteInThreadReply } from "./quote-post";
import { Reactions, SignInToReact } from "./reactions";
import { ReportPost } from "./report-post";
import { SavePost } from "./save-post";

export interface PostPermissions {
  viewerId: string | null;
  canParticipate: boolean;
  canModerate: boolean;
  /** Removed from the group by its moderators (they cannot join again). */
  removed: boolean;
  locked: boolean;
  /** The last post standing: deleting it deletes the thread (decision 009). */
  lastStandingPostId: number | null;
  /** The reply marked as the thread's answer, and whether the viewer may mark one (decision 035). */
  answerId: number | null;
  canMarkAnswer: boolean;
}

interface PostProps {
  post: ThreadPost;
  threadId: number;
  threadUrl: string;
  /** The page this post is shown on (the thread, or a sub-thread for deep branches): its permalink's base. */
  pageUrl: string;
  permissions: PostPermissions;
  now: Date;
  /** The group's language, which posts are written in (their `lang`, for screen readers). */
  lang: string;
  /** The opening post is the thread's question: it gets no inline reply button (the thread form answers it). */
  isOpener?: boolean;
  /** Depth in this page's tree (0 for the page's first post): a reply to a post at the cap is shown elsewhere. */
  depth?: number;
  /** Posts by others since the reader's last visit (decision 014): marked "New". */
  newPostIds?: ReadonlySet<number>;
  /** The thread's reply form's field, when this page shows it: the opening post is quoted there. */
  quoteInto?: string;
}

export function PostCard({ post, threadId, threadUrl, pageUrl, permissions, now, lang, isOpener = false, depth = 0, newPostIds, quoteInto }: PostProps) {
  const own = permissions.viewerId === post.author.id;
  const deleted = post.deletedAt !== null;
  const canReply = permissions.canParticipate && !permissions.locked && !deleted && !isOpener;
  // Names the post for its Edit, Delete and Report buttons; formatted here, on the server, in UTC like the hover title.
  const postName = `${own ? "your post" : `${post.author.name}'s post`} from ${formatAbsolute(post.createdAt)}`;
  // The group's slug is the segment after /g/ of the thread URL (/g/<group>/t/<id>-<slug>).
  const groupSlug = threadUrl.split("/")[2]!;
  return (
    // Focusable from script (tabIndex -1): focus lands on the post a link or a deletion leads to.
    <article id={`post-${post.id}`} tabIndex={-1} aria-label={`Post by ${post.author.name}`} className="scroll-mt-20 rounded-lg border border-stone-200 bg-white p-4 target:border-brand-600 target:ring-2 target:ring-brand-100">
      <header className="mb-2 flex flex-wrap items-center gap-x-2 text-sm">
        <PersonLink user={post.author} />
        <span aria-hidden className="text-stone-400">
          ·
        </span>
        {/* The post's time and "(edited …)" are 24 px tall to tap (WCAG 2.5.8), reaching into the
            row's spacing rather than making it taller. */}
        <a href={`${pageUrl}#post-${post.id}`} className="-my-0.5 py-0.5 text-stone-600 hover:underline">
          <RelativeTime date={post.createdAt} now={now} />
          <span className="sr-only"> (permalink)</span>
        </a>
        {permissions.answerId === post.id && !deleted && (
          <span className="rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-medium text-emerald-800">
            <span aria-hidden>✓ </span>Answer
          </span>
        )}
        {newPostIds?.has(post.id) && (
          <NewBadge shown="New" spoken="New since your last visit" />
        )}
        {post.editedAt && !deleted && (
          // When, in words like the post's own time, with the exact time in the reader's zone on
          // hover; it leads to what the edits changed (decision 023).
          <Link href={postHistoryPath(groupSlug, post.id)} className="-my-1 py-1 text-xs text-stone-500 hover:underline">
            (edited <RelativeTime date={post.editedAt} now={now} />)<span className="sr-only">: edit history of {postName}</span>
          </Link>
        )}
      </header>
      {deleted ? <p className="text-sm italic text-stone-500">This post was deleted.</p> : <div lang={lang} className="post-body" dangerouslySetInnerHTML={{ __html: post.html }} />}
      {/* A moderator's deletion can be undone by the group's moderators; an author's own cannot (decision 009). */}
      {/* Its words, sent to the group's moderators only (loadThreadPosts), to read before restoring it. */}
      {deleted && post.deletedHtml !== null && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer text-brand-700 hover:underline">Show what it said</summary>
          <div lang={lang} className="post-body mt-2 border-l-2 border-stone-300 pl-3 text-stone-700" dangerouslySetInnerHTML={{ __html: post.deletedHtml }} />
        </details>
      )}
      {deleted && post.deletedByModerators && permissions.canModerate && (
        <footer className="mt-2 flex flex-wrap items-center gap-2 text-xs text-stone-600">
          <span>Deleted by the moderators.</span>
          <RestoreButton action={restorePostAction} field="postId" id={post.id} label={postName} focusOnDone={`post-${post.id}`} />
        </footer>
      )}
      {!deleted && (
        <footer className="mt-3 flex flex-wrap items-center gap-1">
          {permissions.viewerId === null ? (
            <SignInToReact counts={post.reactionCounts} names={post.reactorNames} authorName={post.author.name} signInHref={signInPath(`${pageUrl}#post-${post.id}`)} />
          ) : (
            <Reactions
              postId={post.id}
              authorName={post.author.name}
              counts={post.reactionCounts}
              mine={post.viewerReactions}
              names={post.reactorNames}
              disabledReason={whyNoReaction(permissions, own)}
            />
          )}
          {/* Everyone who reacted, for whoever may read the thread: tooltips name the first few, and phones show none. */}
          {Object.values(post.reactionCounts).some((count) => count > 0) && (
            <Link href={postReactionsPath(groupSlug, post.id)} className="rounded-md px-2 py-1 text-xs text-stone-600 hover:bg-stone-100 hover:underline">
              Who reacted<span className="sr-only"> to {postName}</span>
            </Link>
          )}
          {/* Saving to read again is reading, not taking part (decision 026): any signed-in reader. */}
          {permissions.viewerId !== null && <SavePost postId={post.id} saved={post.savedByViewer} postName={postName} />}
          {isOpener && quoteInto && <QuoteInThreadReply postId={post.id} authorName={post.author.name} fieldId={quoteInto} />}
          {canReply && <ReplyToPost threadId={threadId} postId={post.id} authorName={post.author.name} groupSlug={groupSlug} shownBelow={replyShownBelow(depth)} viewerId={permissions.viewerId} />}
          {permissions.canMarkAnswer && post.parentId !== null && <MarkAnswer threadId={threadId} postId={post.id} isAnswer={permissions.answerId === post.id} postName={postName} />}
          {own && permissions.canParticipate && !permissions.locked && <EditPost postId={post.id} version={post.editCount} source={post.body} postName={postName} viewerId={permissions.viewerId} />}
          {(own || permissions.canModerate) && permissions.viewerId && (
            <DeletePost postId={post.id} postName={postName} endsThread={permissions.lastStandingPostId === post.id} moderating={own ? null : { authorName: post.author.name }} />
          )}
          {/* Reporting is taking part (decision 012): members report others' posts, never their own. */}
          {!own && permissions.canParticipate && <ReportPost postId={post.id} postName={postName} reported={post.reportedByViewer} />}
          {permissions.canParticipate && !isOpener && (
            <Link
              href={newProjectPath(groupSlug, { threadId, postId: post.id })}
              className="rounded-md px-2 py-1 text-xs font-medium text-stone-700 hover:bg-stone-100"
            >
              Turn this into a project<span className="sr-only"> (post by {post.author.name})</span>
            </Link>
          )}
        </footer>
      )}
      {/* Where the post's open forms show, below its buttons (decision 039). */}
      {!deleted && <div {...{ [FORM_PANEL]: "" }} />}
    </article>
  );
}

/** Why a signed-in viewer cannot react to a post, for its disabled buttons; undefined when they can. */
function whyNoReaction(permissions: PostPermissions, own: boolean): string | undefined {
  if (own) return "You cannot react to your own post.";
  if (permissions.canParticipate) return undefined;
  return permissions.removed ? "You were removed from this group and cannot react to posts." : "Join the group to react to posts.";
}

/** Replies, nested by the post they answer; beyond the depth cap, a link to continue. */
export function ReplyTree({ nodes, ...rest }: Omit<PostProps, "post" | "isOpener"> & { nodes: TreeNode<ThreadPost>[] }) {
  if (nodes.length === 0) return null;
  return (
    <ol className="space-y-3">
      {nodes.map((node) => (
        <li key={node.post.id} className="space-y-3">
          <PostCard post={node.post} depth={node.depth} {...rest} />
          {node.children.length > 0 && (
            <div className="border-l-2 border-stone-200 pl-3 sm:pl-5">
              <ReplyTree nodes={node.children} {...rest} />
            </div>
          )}
          {node.hiddenReplies > 0 && (
            <p className="pl-3 sm:pl-5">
              <Link href={`${rest.threadUrl}/p/${node.post.id}`} className="text-sm font-medium text-brand-700 hover:underline">
                Continue this thread ({node.hiddenReplies} more {node.hiddenReplies === 1 ? "reply" : "replies"}) →
              </Link>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

/**
 * A thread's or sub-thread's page of replies (BRANCHES_PER_PAGE branches of its root), named with
 * its page when there are several, and the way to the other pages. `basePath`: page 1's address.
 */
export function ReplyPage({ nodes, page, branches, basePath, className = "", ...rest }: Omit<PostProps, "post" | "isOpener"> & { nodes: TreeNode<ThreadPost>[]; page: number; branches: number; basePath: string; className?: string }) {
  const lastPage = pageOfBranch(Math.max(0, branches - 1));
  return (
    <section aria-label={lastPage > 1 ? `Replies, page ${page} of ${lastPage}` : "Replies"} className={className}>
      <ReplyTree nodes={nodes} {...rest} />
      <Pagination page={page} pageSize={BRANCHES_PER_PAGE} total={branches} basePath={basePath} label="Pages of replies" />
    </section>
  );
}
