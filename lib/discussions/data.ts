import { countsBy } from "@/lib/counts";
import { db } from "@/lib/db";
import { visibleGroupsWhere, type ViewerRef } from "@/lib/groups/data";
import { likeLiteral } from "@/lib/like";
import { pageOfBranch, postPageRoot } from "./tree";

/**
 * A thread and the outline of its posts (ids, parents, times, deletions: what the tree, counts
 * and permissions need, however long the thread), or null when it does not exist, was deleted,
 * is not in `groupSlug`, or its group is hidden from the viewer. The words, authors and likes
 * of the posts a page shows come from `loadThreadPosts`.
 */
export async function loadThread(threadId: number, groupSlug: string, viewer: ViewerRef | null) {
  const thread = await db.thread.findFirst({
    where: { id: threadId, deletedAt: null, group: { AND: [{ slug: groupSlug }, visibleGroupsWhere(viewer)] } },
    select: {
      id: true,
      title: true,
      slug: true,
      pinned: true,
      locked: true,
      createdAt: true,
      lastActivityAt: true,
      groupId: true,
      authorId: true,
      author: { select: { id: true, name: true } },
      posts: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, parentId: true, createdAt: true, deletedAt: true },
      },
    },
  });
  if (!thread) return null;
  const { posts: outline, ...rest } = thread;
  const opener = outline.find((post) => post.parentId === null);
  if (!opener) return null;
  return { ...rest, outline, openerId: opener.id };
}

/**
 * The posts `postIds` of a thread as a page shows them: words (none for a deleted post), author,
 * like count and whether the viewer liked it; in thread order. Ids of other threads are ignored.
 */
export async function loadThreadPosts(threadId: number, postIds: readonly number[], viewer: ViewerRef | null) {
  const rows = await db.post.findMany({
    where: { threadId, id: { in: [...postIds] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      parentId: true,
      body: true,
      html: true,
      createdAt: true,
      editedAt: true,
      deletedAt: true,
      author: { select: { id: true, name: true } },
      reactions: viewer ? { where: { userId: viewer.id }, select: { kind: true } } : false,
    },
  });
  const likeRows = rows.length ? await db.reaction.groupBy({ by: ["postId"], where: { postId: { in: rows.map((p) => p.id) } }, _count: { _all: true } }) : [];
  const likes = countsBy(likeRows, (row) => row.postId);
  return rows.map(({ reactions, ...post }) => ({
    ...post,
    // A deleted post keeps its place in the tree (its replies still make sense) but not its words.
    html: post.deletedAt ? "" : post.html,
    body: post.deletedAt ? "" : post.body,
    likeCount: likes.get(post.id) ?? 0,
    likedByViewer: (reactions ?? []).length > 0,
  }));
}
/** The Deleted threads page's page size (as the Members page's Removed list). */
export const DELETED_THREADS_PAGE_SIZE = 50;

/**
 * The group's threads a moderator deleted, newest deletion first, for the people who run the
 * group (the page checks that; `groupId` is the scope). Threads that went with their last post
 * have no `deletedById` and are not listed: restoring one would show only deleted posts.
 */
export async function listDeletedThreads(groupId: string, page: number) {
  const where = { groupId, deletedAt: { not: null }, deletedById: { not: null } };
  const [rows, total] = await Promise.all([
    db.thread.findMany({
      where,
      orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * DELETED_THREADS_PAGE_SIZE,
      take: DELETED_THREADS_PAGE_SIZE,
      select: { id: true, title: true, deletedAt: true, author: { select: { id: true, name: true } }, deletedBy: { select: { id: true, name: true } } },
    }),
    db.thread.count({ where }),
  ]);
  // The filter guarantees both; the types do not know it.
  const threads = rows.flatMap(({ deletedAt, deletedBy, ...thread }) => (deletedAt && deletedBy ? [{ ...thread, deletedAt, deletedBy }] : []));
  return { threads, total };
}

/** A thread of the group that stands (not deleted), for the link in "The thread was restored.". */
export function loadStandingThreadRef(groupId: string, threadId: number) {
  return db.thread.findFirst({ where: { id: threadId, groupId, deletedAt: null }, select: { id: true, slug: true, title: true } });
}

export type LoadedThread = NonNullable<Awaited<ReturnType<typeof loadThread>>>;
export type ThreadPost = Awaited<ReturnType<typeof loadThreadPosts>>[number];

export interface ThreadChoice {
  id: number;
  title: string;
}

/** Threads offered on a form at first: the group's most recently active ones. */
export const THREAD_CHOICES = 50;
/** Threads a title search returns at most (the form's finder narrows as one types). */
export const THREAD_SEARCH_RESULTS = 20;

/**
 * Threads a form offers to link (a meetup's discussions, a project's source): the group's most
 * recently active, or those whose title contains `query` (case-insensitive), with the threads in
 * `include` (already chosen) first even when older. Ids from another group are ignored, and so
 * are deleted threads: nothing new may link to them.
 */
export async function listThreadChoices(groupId: string, options: { include?: number[]; query?: string; limit?: number } = {}): Promise<ThreadChoice[]> {
  const { include = [], query, limit = query ? THREAD_SEARCH_RESULTS : THREAD_CHOICES } = options;
  const [recent, included] = await Promise.all([
    db.thread.findMany({
      where: { groupId, deletedAt: null, ...(query ? { title: { contains: likeLiteral(query), mode: "insensitive" as const } } : {}) },
      orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, title: true },
    }),
    include.length ? db.thread.findMany({ where: { groupId, deletedAt: null, id: { in: include } }, orderBy: { id: "asc" }, select: { id: true, title: true } }) : [],
  ]);
  const seen = new Set(recent.map((thread) => thread.id));
  return [...included.filter((thread) => !seen.has(thread.id)), ...recent];
}

/** How far up a reply chain the permalink resolver walks: far beyond any real conversation. */
const MAX_ANCESTORS = 10_000;

/**
 * Where a post lives, for the permalink resolver: its thread and the ids from the opener down to
 * the post. Null when the post does not exist, its thread was deleted or is not in `groupSlug`,
 * the group is hidden from the viewer, or the chain does not reach an opener (loadThread's rules:
 * what the thread page would 404 on, this does too). A deleted post still resolves: the thread keeps its
 * place ("This post was deleted."), so links to it still land somewhere meaningful.
 */
export async function loadPostPath(postId: number, groupSlug: string, viewer: ViewerRef | null) {
  // One recursive query walks the ancestors, however deep, instead of one query per level.
  const chain = await db.$queryRaw<{ id: number; parentId: number | null; threadId: number }[]>`
    WITH RECURSIVE chain AS (
      SELECT id, "parentId", "threadId", 0 AS up FROM "Post" WHERE id = ${postId}
      UNION ALL
      SELECT p.id, p."parentId", p."threadId", chain.up + 1
      FROM "Post" p JOIN chain ON p.id = chain."parentId"
      WHERE chain.up < ${MAX_ANCESTORS}
    )
    SELECT id, "parentId", "threadId" FROM chain ORDER BY up DESC`;
  const post = chain.at(-1);
  if (!post || chain[0]!.parentId !== null || chain.some((link) => link.threadId !== post.threadId)) return null;
  const thread = await db.thread.findFirst({
    where: { id: post.threadId, deletedAt: null, group: { AND: [{ slug: groupSlug }, visibleGroupsWhere(viewer)] } },
    select: { id: true, slug: true },
  });
  if (!thread) return null;
  const path = chain.map((link) => link.id);
  return { thread, path, page: await branchPage(path) };
}

/**
 * Which page of its thread (or sub-thread) page shows the post at the end of `path`: the rank,
 * in sibling order, of its ancestor directly below that page's root (lib/discussions/tree
 * pageOfBranch). One indexed count (Post.parentId).
 */
async function branchPage(path: number[]): Promise<number> {
  const rootIndex = path.indexOf(postPageRoot(path) ?? path[0]!);
  const branch = path[rootIndex + 1];
  if (branch === undefined) return 1;
  const [{ before }] = await db.$queryRaw<[{ before: number }]>`
    SELECT count(*)::int AS before FROM "Post" sibling, "Post" branch
    WHERE branch.id = ${branch} AND sibling."parentId" = branch."parentId"
      AND (sibling."createdAt", sibling.id) < (branch."createdAt", branch.id)`;
  return pageOfBranch(before);
}
