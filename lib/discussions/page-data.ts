import { cache } from "react";
import { can } from "@/lib/groups/ability";
import { deletionEndsThread, threadActorFor, threadRefusal } from "./ability";
import { loadGroupForRequest } from "@/lib/groups/page-data";
import { loadThread, loadThreadPosts, type ThreadPost } from "./data";
import { buildPostTree, mapTree, shownPostIds, treePage, type TreeNode } from "./tree";
import { threadPath } from "./paths";
import { parseThreadParam } from "./schema";
import { postsNewSince, postsUnseenSince } from "./unread";
import { loadThreadVisit } from "./visits";

/**
 * A thread page's data: the group (visibility checked), the thread inside that group, and what
 * the viewer may do. Null for anything that should be a 404 (malformed id, unknown thread,
 * thread of another group, hidden group).
 */
export const loadThreadForRequest = cache(async (groupSlug: string, threadParam: string) => {
  const threadId = parseThreadParam(threadParam);
  if (threadId === null) return null;
  const loaded = await loadGroupForRequest(groupSlug);
  if (!loaded) return null;
  const thread = await loadThread(threadId, loaded.group.slug, loaded.viewer);
  if (!thread) return null;
  const { actor, group, viewer } = loaded;
  const threadActor = threadActorFor(actor, group);
  const standing = thread.outline.filter((post) => post.deletedAt === null);
  return {
    group,
    thread,
    viewer,
    threadUrl: threadPath(group.slug, thread),
    permissions: {
      viewerId: viewer?.id ?? null,
      canParticipate: can(actor, "participate", group),
      canModerate: can(actor, "moderate", group),
      // A reader who may not reply yet but may join (signed in, public group, never removed).
      canJoin: can(actor, "join", group),
      canEditTitle: viewer !== null && threadRefusal(threadActor, "editTitle", thread) === null,
      // Who may say which reply answered it, and which one did (decision 035).
      canMarkAnswer: viewer !== null && threadRefusal(threadActor, "markAnswer", thread) === null,
      answerId: thread.answerId,
      removed: threadActor.removed,
      locked: thread.locked,
      // The post whose deletion would take the thread along (its Delete button says so), if any.
      lastStandingPostId: standing.length > 0 && deletionEndsThread(standing.length - 1) ? standing[0]!.id : null,
    },
  };
});

/**
 * Page `page` of the tree under `rootId` (the opener on the thread page, a post on a sub-thread
 * page): whole branches, BRANCHES_PER_PAGE at a time, with the words and likes of the posts it
 * shows and nothing more (a thread of thousands of posts loads a few dozen). Null when `rootId`
 * is not in the thread or the page is past the last.
 */
export async function loadThreadPage(loaded: NonNullable<Awaited<ReturnType<typeof loadThreadForRequest>>>, rootId: number, page: number) {
  const whole = buildPostTree(loaded.thread.outline, rootId);
  const paged = whole && treePage(whole, page);
  if (!whole || !paged) return null;
  const posts = new Map((await loadThreadPosts(loaded.thread.id, shownPostIds(paged), loaded.viewer)).map((post) => [post.id, post]));
  const tree: TreeNode<ThreadPost> = mapTree(paged, (outline) => posts.get(outline.id) ?? vanished(outline));
  return { tree, branches: whole.children.length };
}

/** A post gone between the outline and its words (its thread was deleted meanwhile): shown as deleted. */
function vanished(outline: { id: number; parentId: number | null; createdAt: Date }): ThreadPost {
  return { ...outline, body: "", html: "", editedAt: null, editCount: 0, deletedAt: outline.createdAt, deletedByModerators: false, deletedHtml: null, author: { id: "", name: "Someone" }, reactionCounts: {}, viewerReactions: [], reactorNames: {}, reportedByViewer: false, savedByViewer: false };
}

/**
 * What is new to the reader in this thread (decision 014): posts by others since their last
 * visit — which to mark "New", how many, and the first (in time) for the page's "go to" link —
 * and what they have not seen at all (`unseen`: on a first visit, every post by others), which
 * bounds what the page may record as read.
 */
export async function loadNewPosts(loaded: NonNullable<Awaited<ReturnType<typeof loadThreadForRequest>>>) {
  const viewerId = loaded.viewer?.id ?? null;
  const seenAt = await loadThreadVisit(viewerId, loaded.thread.id);
  const posts = viewerId ? postsNewSince(loaded.thread.outline, seenAt, viewerId) : [];
  const unseen = viewerId ? postsUnseenSince(loaded.thread.outline, seenAt, viewerId) : [];
  return { posts, unseen, ids: new Set(posts.map((post) => post.id)) as ReadonlySet<number>, firstId: posts[0]?.id ?? null };
}
