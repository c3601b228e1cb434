/**
 * Telling authors of reactions to their posts (decision 029), as Discourse tells of likes: one
 * notice per post while it stays unread, brought up to date and to the top of the list by each
 * new reaction ("Ada and 2 others reacted to your post in …"), leading to the post. Once it is
 * read, a person reacting for the first time starts a new one; nobody starts two for a post, and
 * a second kind from someone already reacting starts none: taking a reaction back and giving it
 * again, or giving another kind, does not tell the author again.
 */
import type { Tx } from "@/lib/db";
import { sendNotifications, wantsNotice } from "@/lib/notifications/mutations";
import { postPermalink } from "./paths";
import { reactionNoticeMessage, type ReactionKind } from "./reactions";

export const REACTION_NOTICE = "post.reacted" as const;
/** The advisory lock class (with the post's id) under which one post's notices are written. */
const NOTICE_LOCK_CLASS = 29;
const noticeKeyPrefix = (postId: number) => `${REACTION_NOTICE}:${postId}:`;
/** The dedupe key of the notice `reactorId` started for `postId`: once per person and post. */
export const reactionNoticeKey = (postId: number, reactorId: string) => `${noticeKeyPrefix(postId)}${reactorId}`;

/**
 * Tells the post's author of a reaction just given, in the reaction's transaction: only an active
 * member of the group (someone removed or gone learns nothing more of it) who has not turned
 * these notices off (decision 031). Two reactions at once wait for each other (an advisory lock
 * per post), so they make one notice, not two.
 */
export async function notifyReacted(
  tx: Tx,
  reaction: { postId: number; kind: ReactionKind; reactor: { id: string; name: string } },
  post: { authorId: string; parentId: number | null; thread: { groupId: string; title: string; group: { slug: string } } },
  now: Date,
): Promise<void> {
  const author = await tx.membership.findFirst({ where: { groupId: post.thread.groupId, userId: post.authorId, status: "active" }, select: { userId: true } });
  if (!author || !(await wantsNotice(post.authorId, REACTION_NOTICE, post.thread.groupId, tx))) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${NOTICE_LOCK_CLASS}::int, ${reaction.postId}::int)`;
  const notices = { userId: post.authorId, kind: REACTION_NOTICE, dedupeKey: { startsWith: noticeKeyPrefix(reaction.postId) } };
  const unread = await tx.notification.findFirst({ where: { ...notices, readAt: null }, select: { id: true } });
  const thread = { title: post.thread.title, opener: post.parentId === null };
  if (!unread) {
    // Someone the author heard of already, giving another kind: nothing new to tell.
    if ((await tx.reaction.count({ where: { postId: reaction.postId, userId: reaction.reactor.id, kind: { not: reaction.kind } } })) > 0) return;
    await sendNotifications(
      [
        {
          userId: post.authorId,
          kind: REACTION_NOTICE,
          groupId: post.thread.groupId,
          message: reactionNoticeMessage({ name: reaction.reactor.name, kind: reaction.kind }, 1, thread),
          url: postPermalink(post.thread.group.slug, reaction.postId),
          dedupeKey: reactionNoticeKey(reaction.postId, reaction.reactor.id),
        },
      ],
      tx,
    );
    return;
  }
  // The people who reacted since the author last read a notice of this post: those it gathers.
  const lastRead = await tx.notification.findFirst({ where: { ...notices, readAt: { not: null } }, orderBy: { readAt: "desc" }, select: { readAt: true } });
  const since = lastRead?.readAt ?? new Date(0);
  const [{ people }] = await tx.$queryRaw<[{ people: number }]>`
    SELECT count(DISTINCT "userId")::int AS people FROM "Reaction" WHERE "postId" = ${reaction.postId} AND "createdAt" > ${since}`;
  await tx.notification.update({
    where: { id: unread.id },
    data: { message: reactionNoticeMessage({ name: reaction.reactor.name, kind: reaction.kind }, Math.max(1, people), thread), createdAt: now },
  });
}
