/**
 * Posts someone saved to read again (decision 026): a private list, like Discourse's bookmarks
 * or GitHub's saved replies. Anyone who may read a post may save it (a public group's reader
 * too: saving is not taking part). The list shows only what its owner may still read.
 */
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { visibleGroupsWhere, type ViewerRef } from "@/lib/groups/data";
import { htmlExcerpt } from "@/lib/markdown/excerpt";
import { consumeRateLimit } from "@/lib/rate-limit";

export const SAVED_PAGE_SIZE = 30;
const POST_NOT_FOUND = "This post does not exist.";

/**
 * Saves the post, or lets it go (`saved`: what the person asked for; asking twice changes
 * nothing). A post they may not read is not found; a deleted one cannot be saved, only let go.
 */
export async function setBookmark(viewer: ViewerRef, postId: number, saved: boolean): Promise<{ saved: boolean }> {
  await consumeRateLimit("react", viewer.id);
  if (!saved) {
    await db.bookmark.deleteMany({ where: { userId: viewer.id, postId } });
    return { saved: false };
  }
  const post = await db.post.findFirst({
    where: { id: postId, thread: { deletedAt: null, group: visibleGroupsWhere(viewer) } },
    select: { deletedAt: true },
  });
  if (!post) throw new AppError("NOT_FOUND", POST_NOT_FOUND);
  if (post.deletedAt) throw new AppError("CONFLICT", "This post was deleted.");
  await db.bookmark.createMany({ data: [{ userId: viewer.id, postId }], skipDuplicates: true });
  return { saved: true };
}

/**
 * One page of the posts `viewer` saved, most recently saved first, with how many in all: only
 * those they may still read (a deleted post or thread, a group they left or that hid itself,
 * drop out of the list, and come back should they be readable again).
 */
export async function listBookmarks(viewer: ViewerRef, page: number) {
  const where = { userId: viewer.id, post: { deletedAt: null, thread: { deletedAt: null, group: visibleGroupsWhere(viewer) } } };
  const [rows, total] = await Promise.all([
    db.bookmark.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { postId: "desc" }],
      skip: (page - 1) * SAVED_PAGE_SIZE,
      take: SAVED_PAGE_SIZE,
      select: {
        createdAt: true,
        post: {
          select: {
            id: true,
            html: true,
            createdAt: true,
            parentId: true,
            author: { select: { id: true, name: true } },
            thread: { select: { id: true, slug: true, title: true, group: { select: { slug: true, name: true, language: true } } } },
          },
        },
      },
    }),
    db.bookmark.count({ where }),
  ]);
  return {
    total,
    bookmarks: rows.map(({ createdAt, post: { html, ...post } }) => ({ savedAt: createdAt, ...post, excerpt: htmlExcerpt(html, 280) })),
  };
}
