import { db } from "@/lib/db";

/** Entries in a group's feed of new threads, and in a thread's feed of posts (decision 024). */
export const FEED_THREADS = 30;
export const FEED_POSTS = 50;

/**
 * A group's newest threads with their opening posts, newest first: the group feed's entries. A
 * thread's opener deleted while its replies stand reads as such, as on the page.
 */
export async function listFeedThreads(groupId: string) {
  const threads = await db.thread.findMany({
    where: { groupId, deletedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: FEED_THREADS,
    select: { id: true, slug: true, title: true, createdAt: true, author: { select: { name: true } } },
  });
  const openers = await db.post.findMany({
    where: { threadId: { in: threads.map((thread) => thread.id) }, parentId: null },
    select: { threadId: true, html: true, editedAt: true, deletedAt: true },
  });
  const openerOf = new Map(openers.map((post) => [post.threadId, post]));
  return threads.map((thread) => {
    const opener = openerOf.get(thread.id);
    const standing = opener && opener.deletedAt === null;
    return { ...thread, html: standing ? opener.html : "<p><em>The opening post was deleted.</em></p>", editedAt: standing ? opener.editedAt : null };
  });
}

/** A thread's newest standing posts, newest first: its feed's entries (the page shows the rest). */
export function listFeedPosts(threadId: number) {
  return db.post.findMany({
    where: { threadId, deletedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: FEED_POSTS,
    select: { id: true, parentId: true, html: true, createdAt: true, editedAt: true, author: { select: { name: true } } },
  });
}
