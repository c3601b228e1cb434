/**
 * Following (decision 022): a member asks to be told of every reply to a thread, as Discourse's
 * "Watching" and GitHub's "Subscribe" do, or of every new thread of a group. The notices are gathered: while one is unread, later
 * replies update it ("the latest by …") instead of adding one each, so a busy thread is one line
 * in the list, leading to the first reply the follower has not seen.
 */
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireGroupAbility } from "@/lib/groups/authorize";
import { sendNotifications } from "@/lib/notifications/mutations";
import { postPermalink, threadPath } from "./paths";

const THREAD_NOT_FOUND = "This thread does not exist.";

/** The kind of a follower's notice, and the start of its dedupe key (one per follower, thread and first reply). */
export const FOLLOW_NOTICE = "thread.replies";
const noticeKeyPrefix = (threadId: number, userId: string) => `${FOLLOW_NOTICE}:${threadId}:${userId}:`;
/** The dedupe key of a follower's notice that started at reply `postId`: which thread and person it is about. */
export const followNoticeKey = (threadId: number, userId: string, postId: number) => `${noticeKeyPrefix(threadId, userId)}${postId}`;

/** A follower's notice: of one reply, or of several gathered ("the latest by …"). */
export function followNoticeMessage(threadTitle: string, latestAuthor: string, replies: "one" | "several"): string {
  return replies === "one" ? `New reply in “${threadTitle}” by ${latestAuthor}.` : `New replies in “${threadTitle}”, the latest by ${latestAuthor}.`;
}

/**
 * Starts or stops following a thread, for its group's active members (others: 403, or 404 where
 * the group is hidden, as every act on a thread). Saying the same twice changes nothing.
 */
export async function setThreadFollow(userId: string, threadId: number, follow: boolean): Promise<{ following: boolean }> {
  const thread = await db.thread.findFirst({ where: { id: threadId, deletedAt: null }, select: { groupId: true } });
  if (!thread) throw new AppError("NOT_FOUND", THREAD_NOT_FOUND);
  await requireGroupAbility(thread.groupId, userId, "participate", { verb: "follow threads", hidden: THREAD_NOT_FOUND });
  // Two tabs asking at once: the second insert finds the row there, which is what it asked for
  // (an upsert would race to a unique violation).
  if (follow) await db.threadFollow.createMany({ data: [{ userId, threadId }], skipDuplicates: true });
  else await db.threadFollow.deleteMany({ where: { userId, threadId } });
  return { following: follow };
}

/**
 * Starts or stops telling a member of every new thread of their group (decision 022, amended), as
 * Discourse's "Watching First Post" on a category. For active members only.
 */
export async function setGroupFollow(userId: string, groupId: string, follow: boolean): Promise<{ following: boolean }> {
  await requireGroupAbility(groupId, userId, "participate", { verb: "follow its threads" });
  await db.membership.update({ where: { groupId_userId: { groupId, userId } }, data: { followsNewThreads: follow } });
  return { following: follow };
}

/**
 * Tells the members who follow the group's new threads of one, in its transaction: active members,
 * never its author nor anyone in `skip` (those its opening post mentions, told already).
 */
export async function notifyNewThread(
  tx: Tx,
  thread: { id: number; slug: string; title: string; authorId: string; authorName: string; skip: readonly string[] },
  group: { id: string; slug: string; name: string },
) {
  const followers = await tx.membership.findMany({
    where: { groupId: group.id, status: "active", followsNewThreads: true, userId: { notIn: [thread.authorId, ...thread.skip] } },
    select: { userId: true },
  });
  await sendNotifications(
    followers.map(({ userId }) => ({ userId, kind: "thread.created" as const, message: `${thread.authorName} started “${thread.title}” in ${group.name}.`, url: threadPath(group.slug, thread) })),
    tx,
  );
}

/** Whether `userId` follows the thread (the thread page's button). */
export async function isFollowing(userId: string | null, threadId: number): Promise<boolean> {
  if (!userId) return false;
  return (await db.threadFollow.count({ where: { userId, threadId } })) > 0;
}

/**
 * Tells the thread's followers of a reply, in the reply's transaction: its active members only,
 * never its author nor anyone in `skip` (told of this reply otherwise: the author of the post
 * answered, the people it mentions). A follower with an unread notice for the thread has it
 * brought up to date and to the top of their list; anyone else gets one leading to this reply.
 */
export async function notifyFollowers(
  tx: Tx,
  reply: { postId: number; authorId: string; authorName: string; skip: readonly string[] },
  thread: { id: number; groupId: string; title: string; group: { slug: string } },
  now: Date,
) {
  const followers = await tx.threadFollow.findMany({
    where: { threadId: thread.id, userId: { notIn: [reply.authorId, ...reply.skip] }, user: { memberships: { some: { groupId: thread.groupId, status: "active" } } } },
    select: { userId: true },
  });
  if (followers.length === 0) return;
  const ids = followers.map((follower) => follower.userId);
  // One statement for every follower with an unread notice for the thread, whatever their number.
  const updated = await tx.$queryRaw<{ userId: string }[]>`
    UPDATE "Notification" SET message = ${followNoticeMessage(thread.title, reply.authorName, "several")}, "createdAt" = ${now}
    WHERE "userId" = ANY(${ids}) AND kind = ${FOLLOW_NOTICE} AND "readAt" IS NULL
      AND "dedupeKey" LIKE ${`${FOLLOW_NOTICE}:${thread.id}:`} || "userId" || ':%'
    RETURNING "userId"`;
  const brought = new Set(updated.map((row) => row.userId));
  const fresh = ids.filter((userId) => !brought.has(userId));
  await sendNotifications(
    fresh.map((userId) => ({
      userId,
      kind: FOLLOW_NOTICE,
      message: followNoticeMessage(thread.title, reply.authorName, "one"),
      url: postPermalink(thread.group.slug, reply.postId),
      dedupeKey: followNoticeKey(thread.id, userId, reply.postId),
    })),
    tx,
  );
}

/** Reading the thread reads its followers' notice too, as GitHub clears a notification when its thread is opened. */
export async function readFollowNotices(tx: Tx | typeof db, userId: string, threadId: number, now: Date): Promise<void> {
  await tx.notification.updateMany({ where: { userId, kind: FOLLOW_NOTICE, readAt: null, dedupeKey: { startsWith: noticeKeyPrefix(threadId, userId) } }, data: { readAt: now } });
}
