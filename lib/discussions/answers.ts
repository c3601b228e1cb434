/**
 * The answer to a thread (decision 035): the reply its author — or a moderator — marks as the one
 * that answered it, as GitHub Discussions' "Mark as answer" and Discourse's Solved. One per
 * thread; marking another moves it, and it can be cleared.
 */
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { sendNotifications } from "@/lib/notifications/mutations";
import { requireThreadAbility } from "./mutations";
import { postPermalink } from "./paths";

export const NOT_A_REPLY_OF_THREAD = "This reply is not in the thread any more: reload the page.";
export const OPENER_IS_THE_QUESTION = "The opening post asks the question: mark a reply as its answer.";

/** The notice to the reply's author, naming who marked it. */
export function answerNoticeMessage(markerName: string, threadTitle: string): string {
  return `${markerName} marked your reply as the answer to “${threadTitle}”.`;
}

/**
 * Marks `postId`, a reply still there in the thread, as its answer, or clears the answer (null).
 * 404 for a deleted thread or a hidden group, 403 for anyone but its author (while open) and the
 * group's moderators. The reply's author hears of it once (an active member, not the marker).
 */
export async function markAnswer(userId: string, threadId: number, postId: number | null): Promise<{ answerId: number | null }> {
  const { thread } = await requireThreadAbility(userId, threadId, "markAnswer");
  await db.$transaction(async (tx) => {
    // One mark at a time per thread: two clicks in two tabs end with the last one.
    await tx.$executeRaw`SELECT 1 FROM "Thread" WHERE id = ${threadId} FOR UPDATE`;
    if (postId === null) {
      await tx.thread.update({ where: { id: threadId }, data: { answerId: null } });
      return;
    }
    const post = await tx.post.findUnique({ where: { id: postId }, select: { threadId: true, parentId: true, deletedAt: true, authorId: true } });
    if (!post || post.threadId !== threadId || post.deletedAt) throw new AppError("NOT_FOUND", NOT_A_REPLY_OF_THREAD);
    if (post.parentId === null) throw new AppError("INVALID", OPENER_IS_THE_QUESTION);
    await tx.thread.update({ where: { id: threadId }, data: { answerId: postId } });
    if (post.authorId === userId) return;
    const author = await tx.membership.findFirst({ where: { groupId: thread.groupId, userId: post.authorId, status: "active" }, select: { userId: true } });
    if (!author) return;
    const marker = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true } });
    // Once per reply, however often it is marked, cleared and marked again.
    await sendNotifications(
      [{ userId: post.authorId, kind: "post.answer", message: answerNoticeMessage(marker.name, thread.title), url: postPermalink(thread.group.slug, postId), dedupeKey: `post.answer:${postId}` }],
      tx,
    );
  });
  return { answerId: postId };
}
