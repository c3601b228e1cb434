import { countsBy } from "@/lib/counts";
import { db } from "@/lib/db";
import { visibleGroupsWhere, type ViewerRef } from "@/lib/groups/data";

/**
 * A thread with all its posts (a thread page renders the whole tree), or null when it does not
 * exist, is not in `groupSlug`, or its group is hidden from the viewer.
 */
export async function loadThread(threadId: number, groupSlug: string, viewer: ViewerRef | null) {
  const thread = await db.thread.findFirst({
    where: { id: threadId, group: { AND: [{ slug: groupSlug }, visibleGroupsWhere(viewer)] } },
    select: {
      id: true,
      title: true,
      slug: true,
      pinned: true,
      locked: true,
      createdAt: true,
      lastActivityAt: true,
      groupId: true,
      author: { select: { id: true, name: true } },
      posts: {
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
      },
    },
  });
  if (!thread) return null;
  const likeRows = thread.posts.length
    ? await db.reaction.groupBy({ by: ["postId"], where: { postId: { in: thread.posts.map((p) => p.id) } }, _count: { _all: true } })
    : [];
  const likes = countsBy(likeRows, (row) => row.postId);
  const posts = thread.posts.map(({ reactions, ...post }) => ({
    ...post,
    // A deleted post keeps its place in the tree (its replies still make sense) but not its words.
    html: post.deletedAt ? "" : post.html,
    body: post.deletedAt ? "" : post.body,
    likeCount: likes.get(post.id) ?? 0,
    likedByViewer: (reactions ?? []).length > 0,
  }));
  const opener = posts.find((post) => post.parentId === null);
  if (!opener) return null;
  return { ...thread, posts, openerId: opener.id };
}
export type LoadedThread = NonNullable<Awaited<ReturnType<typeof loadThread>>>;
export type ThreadPost = LoadedThread["posts"][number];

