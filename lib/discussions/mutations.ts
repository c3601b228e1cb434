import { db, type Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { recomputeGroupActivity, recordGroupActivity } from "@/lib/groups/activity";
import { loadVisibleGroupActor, requireGroupAbility } from "@/lib/groups/authorize";
import { requireActiveMembership } from "@/lib/groups/membership-lock";
import { slugFromName } from "@/lib/groups/schema";
import { markHealthDirty } from "@/lib/health/snapshots";
import { postLabel } from "@/lib/moderation/log";
import { recordModeration } from "@/lib/moderation/mutations";
import { requireVersion } from "@/lib/edit-version";
import { endingWithReason, tellOfModeration } from "@/lib/moderation/notices";
import { sendNotifications } from "@/lib/notifications/mutations";
import { consumeRateLimit } from "@/lib/rate-limit";
import { deletionEndsThread, reportRefusal, reviewRefusal, threadActorFor, threadRefusal, type Refusal, type ThreadAction } from "./ability";
import { FOLLOW_NOTICE, notifyFollowers, notifyNewThread } from "./follows";
import { mentionedUserIds, mentionNoticeMessage, newlyMentioned } from "./mentions";
import { postHistoryPath, postPermalink, reportsPath, threadPath } from "./paths";
import { notifyReacted } from "./reaction-notices";
import { preparePostContent } from "./post-content";
import type { ReactionKind } from "./reactions";
import type { CreateThreadInput, ReplyInput, ReportPostInput, ReportResolution } from "./schema";

export function threadSlug(title: string): string {
  return slugFromName(title, 60) || "thread";
}

// `hidden`: what a person outside a private group is told (decision 009's rule for 404s): the
// thing they acted on does not exist, as when it really does not.
const requireParticipant = (groupId: string, userId: string, verb: string, hidden?: string) => requireGroupAbility(groupId, userId, "participate", { verb, hidden });
const requireModerator = (groupId: string, userId: string, hidden?: string) =>
  requireGroupAbility(groupId, userId, "moderate", { verb: "moderate its discussions", role: "Only the group's moderators can do that.", hidden });

export async function createThread(authorId: string, groupId: string, input: CreateThreadInput) {
  await requireParticipant(groupId, authorId, "start a thread");
  // Rendered first: a body that would show nothing is refused before it costs a rate-limit point.
  const content = preparePostContent(input.body);
  await consumeRateLimit("post", authorId);
  const now = new Date();
  const created = await db.$transaction(async (tx) => {
    await requireActiveMembership(tx, groupId, authorId, "start a thread");
    const thread = await tx.thread.create({
      data: { groupId, authorId, title: input.title, slug: threadSlug(input.title), createdAt: now, lastActivityAt: now },
      select: { id: true, slug: true },
    });
    const post = await tx.post.create({
      data: { threadId: thread.id, authorId, parentId: null, createdAt: now, ...content },
      select: { id: true },
    });
    const group = await tx.group.update({ where: { id: groupId }, data: { lastActivityAt: now }, select: { id: true, slug: true, name: true } });
    const author = await tx.user.findUniqueOrThrow({ where: { id: authorId }, select: { id: true, name: true } });
    const mentioned = await notifyMentioned(tx, { postId: post.id, author, body: input.body }, { groupId, title: input.title, group });
    await notifyNewThread(tx, { ...thread, title: input.title, authorId, authorName: author.name, skip: mentioned }, group);
    return { threadId: thread.id, threadSlug: thread.slug, postId: post.id, groupSlug: group.slug };
  });
  await markHealthDirty(groupId);
  return created;
}

/** How long an identical reply from the same author, to the same post, counts as the same send. */
const RESENT_REPLY_MS = 2 * 60_000;

/** Replies to any post of a thread (the opener for a reply to the thread itself). */
export async function replyToPost(authorId: string, input: ReplyInput) {
  const parent = await db.post.findUnique({
    where: { id: input.parentId },
    select: { threadId: true, deletedAt: true, authorId: true, parentId: true },
  });
  const thread = await db.thread.findUnique({
    where: { id: input.threadId },
    select: { groupId: true, authorId: true, locked: true, deletedAt: true, title: true, group: { select: { slug: true } } },
  });
  if (!thread) throw new AppError("NOT_FOUND", THREAD_NOT_FOUND);
  const group = await loadVisibleGroupActor(thread.groupId, authorId, THREAD_NOT_FOUND);
  // Said to those who may see the group: a reply form left open on a thread deleted meanwhile.
  if (thread.deletedAt) throw new AppError("NOT_FOUND", THREAD_DELETED);
  const replier = threadActorFor(group.actor, group);
  // Members reply; in a locked thread only moderators do (a closing note).
  const refusal = threadRefusal(replier, "reply", thread);
  if (refusal) throw new AppError(refusal.code, refusal.message);
  if (!parent || parent.threadId !== input.threadId) throw new AppError("INVALID", "You can only reply to a post of this thread.", { field: "body" });
  if (parent.deletedAt) throw new AppError("CONFLICT", "That post was deleted: reply to the thread instead.");
  const content = preparePostContent(input.body);
  await consumeRateLimit("post", authorId);
  const now = new Date();
  const created = await db.$transaction(async (tx) => {
    // A member removed since the check above is refused (a moderator's closing note in a locked
    // thread needs no membership: a site admin may post it).
    if (replier.participant) await requireActiveMembership(tx, thread.groupId, authorId, "reply");
    // The check above gives the usual message early; this one decides. Bumping the thread only
    // while it is unlocked (and not deleted) takes the row lock first: a lock or a deletion
    // committed meanwhile makes it match nothing (PostgreSQL re-reads the row after waiting), and
    // one arriving later waits for this reply. Either way no reply lands after a lock or a deletion.
    const open = await tx.thread.updateMany({ where: { id: input.threadId, deletedAt: null, ...(replier.moderator ? {} : { locked: false }) }, data: { lastActivityAt: now } });
    if (open.count === 0) {
      const current = await tx.thread.findUniqueOrThrow({ where: { id: input.threadId }, select: { deletedAt: true } });
      if (current.deletedAt) throw new AppError("NOT_FOUND", THREAD_DELETED);
      throw new AppError("FORBIDDEN", "This thread is locked: it takes no new replies.");
    }
    // The same reply sent again within moments (a double submit, a retry after an answer that
    // was lost) is the one already saved: the thread's row lock above orders the two sends, so
    // the second finds the first, and nobody is notified twice.
    const sent = await tx.post.findFirst({
      where: { threadId: input.threadId, authorId, parentId: input.parentId, body: content.body, deletedAt: null, createdAt: { gte: new Date(now.getTime() - RESENT_REPLY_MS) } },
      select: { id: true },
    });
    if (sent) return { postId: sent.id, groupId: thread.groupId };
    const post = await tx.post.create({
      data: { threadId: input.threadId, authorId, parentId: input.parentId, createdAt: now, ...content },
      select: { id: true },
    });
    await recordGroupActivity(tx, thread.groupId, now);
    const author = await tx.user.findUniqueOrThrow({ where: { id: authorId }, select: { id: true, name: true } });
    await notifyRepliedTo(tx, { postId: post.id, author }, parent, thread);
    // The author of the post answered hears of the reply already: one notice per person and post.
    const mentioned = await notifyMentioned(tx, { postId: post.id, author, body: input.body, skip: [parent.authorId] }, thread);
    // Followers hear of every reply, but for those just told of this one otherwise (decision 022).
    await notifyFollowers(tx, { postId: post.id, authorId, authorName: author.name, skip: [parent.authorId, ...mentioned] }, { ...thread, id: input.threadId }, now);
    return { postId: post.id, groupId: thread.groupId };
  });
  await markHealthDirty(thread.groupId);
  return created;
}

/**
 * Tells the author of the post replied to, in the reply's transaction (a reply and its notice are
 * saved together or not at all). Only that person, as Discourse does: the thread's author hears
 * of a reply to their opening post ("replied to your thread"), not of every reply deeper in the
 * thread, which would bury the answers meant for them. Nobody hears of their own reply, and only
 * an active member hears at all: someone removed from the group, or gone from it, learns nothing
 * more of it (from a private group, that would leak it). A parent deleted after the reply's check
 * above (a race; replies to deleted posts are refused) still notifies its author: they wrote it,
 * they can still read the thread, and the reply under it is there for them.
 */
async function notifyRepliedTo(
  tx: Tx,
  reply: { postId: number; author: { id: string; name: string } },
  parent: { authorId: string; parentId: number | null },
  thread: { groupId: string; title: string; group: { slug: string } },
) {
  if (parent.authorId === reply.author.id) return;
  const recipient = await tx.membership.findFirst({ where: { groupId: thread.groupId, userId: parent.authorId, status: "active" }, select: { userId: true } });
  if (!recipient) return;
  const what = parent.parentId === null ? `your thread “${thread.title}”` : `your post in “${thread.title}”`;
  await sendNotifications([{ userId: parent.authorId, kind: "post.replied", message: `${reply.author.name} replied to ${what}.`, url: postPermalink(thread.group.slug, reply.postId) }], tx);
}

/**
 * Tells the people a post mentions (decision 021), in the post's transaction: those `newlyMentioned`
 * picks (an edit: only the ones it adds) who are active members of the group — a mention cannot
 * reach into a group someone is not in, nor tell them of a private group's post.
 */
async function notifyMentioned(
  tx: Tx,
  post: { postId: number; author: { id: string; name: string }; body: string; before?: string; skip?: readonly string[] },
  thread: { groupId: string; title: string; group: { slug: string } },
): Promise<string[]> {
  const mentioned = newlyMentioned(post.body, { before: post.before, authorId: post.author.id, skip: post.skip });
  if (mentioned.length === 0) return [];
  const members = await tx.membership.findMany({ where: { groupId: thread.groupId, userId: { in: mentioned }, status: "active" }, select: { userId: true } });
  const url = postPermalink(thread.group.slug, post.postId);
  await sendNotifications(members.map(({ userId }) => ({ userId, kind: "post.mentioned" as const, message: mentionNoticeMessage(post.author.name, thread.title), url })), tx);
  return mentioned;
}

const THREAD_NOT_FOUND = "This thread does not exist.";
const THREAD_DELETED = "This thread was deleted: it takes no new replies.";
const POST_NOT_FOUND = "This post does not exist.";
const POST_THREAD_DELETED = "This post's thread was deleted, and its posts with it.";
const ALREADY_REPORTED = "You already reported this post.";
// Who resolved is not said: the queue's "Resolved recently" shows it to the moderators.
const REPORTS_ALREADY_RESOLVED = "This post has no open reports: another moderator may have dealt with them. Reload the page to see the queue as it is now.";

/**
 * A post and its thread; a post of a deleted thread does not exist any more (its URLs 404). To
 * `viewerId`, an active member of its group (a form left open on a page since gone), that is said.
 */
async function loadPostContext(postId: number, viewerId: string) {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: {
      id: true,
      authorId: true,
      parentId: true,
      deletedAt: true,
      threadId: true,
      // For the moderation log's label, should a moderator act on the post.
      author: { select: { name: true } },
      thread: { select: { id: true, groupId: true, locked: true, deletedAt: true, title: true, slug: true, group: { select: { slug: true } } } },
    },
  });
  if (!post) throw new AppError("NOT_FOUND", POST_NOT_FOUND);
  if (post.thread.deletedAt) {
    const member = await db.membership.count({ where: { groupId: post.thread.groupId, userId: viewerId, status: "active" } });
    throw new AppError("NOT_FOUND", member > 0 ? POST_THREAD_DELETED : POST_NOT_FOUND);
  }
  return post;
}

export async function editPost(userId: string, postId: number, body: string, version: number) {
  const post = await loadPostContext(postId, userId);
  await requireParticipant(post.thread.groupId, userId, "edit posts", POST_NOT_FOUND);
  if (post.authorId !== userId) throw new AppError("FORBIDDEN", "You can only edit your own posts.");
  await consumeRateLimit("edit", userId);
  const content = preparePostContent(body);
  const changed = await db.$transaction(async (tx) => {
    await requireActiveMembership(tx, post.thread.groupId, userId, "edit posts");
    // The body as it was, read under the row's lock: two edits at once each keep the text they
    // replace in the history (decision 023) and each tell only whom they add. The thread's key
    // share lock holds off a lock or a deletion of the thread (FOR UPDATE) until the edit is in,
    // not the replies; a deletion of the post or thread or a lock that came first refuses it
    // (checked here only: what was read before the transaction may be out of date by now).
    // Locked first, then read by a second statement: a locking read that waited may return the
    // row as it was before the change it waited for (Postgres rechecks only conflicting updates).
    await tx.$queryRaw`SELECT p.id FROM "Post" p JOIN "Thread" t ON t.id = p."threadId" WHERE p.id = ${postId} FOR NO KEY UPDATE OF p FOR KEY SHARE OF t`;
    const [before] = await tx.$queryRaw<{ body: string; createdAt: Date; editedAt: Date | null; editCount: number; deletedAt: Date | null; locked: boolean; threadDeletedAt: Date | null }[]>`
      SELECT p.body, p."createdAt", p."editedAt", p."editCount", p."deletedAt", t.locked, t."deletedAt" AS "threadDeletedAt"
      FROM "Post" p JOIN "Thread" t ON t.id = p."threadId" WHERE p.id = ${postId}`;
    if (!before) throw new AppError("NOT_FOUND", POST_NOT_FOUND);
    if (before.threadDeletedAt) throw new AppError("NOT_FOUND", POST_THREAD_DELETED);
    if (before.deletedAt) throw new AppError("CONFLICT", "This post was deleted.");
    if (before.locked) throw new AppError("FORBIDDEN", "This thread is locked: its posts can no longer be edited.");
    // Saving the same text again is no edit: nothing to show in the history, no "(edited)".
    if (before.body === body) return false;
    // An edit saved since the form was opened (in another tab) is not silently replaced (decision 045).
    requireVersion(before.editCount, version, "this post", { shown: true });
    const now = new Date();
    await tx.postRevision.create({ data: { postId, body: before.body, writtenAt: before.editedAt ?? before.createdAt, replacedAt: now } });
    await tx.post.update({ where: { id: postId }, data: { ...content, editedAt: now, editCount: { increment: 1 } } });
    await notifyMentioned(tx, { postId, author: { id: userId, name: post.author.name }, body, before: before.body }, post.thread);
    return true;
  });
  if (changed) await markHealthDirty(post.thread.groupId);
  return { threadId: post.threadId, groupId: post.thread.groupId, changed };
}

/**
 * Removes a post's earlier versions from its edit history (decision 023): what someone regrets
 * having written, or what should not stay readable, goes; the current text stays. Its author may,
 * and the group's moderators (logged, and the author is told, as for any act on their content).
 * A deleted post's history goes with the post's text: deletion hides both.
 */
export async function clearPostHistory(userId: string, postId: number) {
  const post = await loadPostContext(postId, userId);
  const own = post.authorId === userId;
  // An author clears their history while they may edit: someone removed from the group cannot
  // wipe the versions that show what their edits changed (decision 023).
  if (own) await requireParticipant(post.thread.groupId, userId, "clear the history of posts", POST_NOT_FOUND);
  else await requireModerator(post.thread.groupId, userId, POST_NOT_FOUND);
  if (post.deletedAt) throw new AppError("CONFLICT", "This post was deleted.");
  const removed = await db.$transaction(async (tx) => {
    // Under the post's lock: an edit saving a revision meanwhile is removed too, or waits and stays.
    await tx.$queryRaw`SELECT id FROM "Post" WHERE id = ${postId} FOR NO KEY UPDATE`;
    const { count } = await tx.postRevision.deleteMany({ where: { postId } });
    // A second click, or two people at once: nothing left to remove, nothing recorded twice.
    if (count === 0) return 0;
    await tx.post.update({ where: { id: postId }, data: { historyClearedAt: new Date(), historyClearedById: userId } });
    if (!own) {
      await recordModeration(tx, {
        groupId: post.thread.groupId,
        actorId: userId,
        action: "post_history_cleared",
        target: { id: postId, label: postLabel(post.author.name, post.thread.title) },
        details: { versions: count },
      });
      await tellOfModeration(tx, {
        userIds: [post.authorId],
        groupId: post.thread.groupId,
        kind: "post.history.cleared",
        message: (group) => `The moderators of ${group} removed the earlier versions of your post in “${post.thread.title}” from its edit history.`,
        url: postHistoryPath(post.thread.group.slug, postId),
      });
    }
    return count;
  });
  if (removed === 0) throw new AppError("CONFLICT", "This post has no earlier versions to remove.");
  return { removed, groupSlug: post.thread.group.slug };
}

/**
 * Authors delete their own posts; moderators any post of their groups. Soft: the tree keeps its
 * shape. The last post standing takes its thread with it (`deletionEndsThread`): an opener
 * without replies, or the last reply under a deleted opener, would otherwise leave a listed
 * thread with nothing to read. With replies left, the thread stays and its opener reads
 * "This post was deleted." (decision 009). `threadDeleted` tells the page to leave the thread.
 * Its open reports are resolved with it (decision 012). Deleting someone else's post is
 * moderation: it goes into the group's log, with the deletion (decision 018); one's own is not. `reviewingReports`: the review queue's
 * "Delete post", refused (CONFLICT, nothing deleted) when another moderator decided first.
 */
export async function deletePost(userId: string, postId: number, options: { reviewingReports?: boolean; reason?: string | null } = {}) {
  const post = await loadPostContext(postId, userId);
  if (post.authorId !== userId) await requireModerator(post.thread.groupId, userId, POST_NOT_FOUND);
  else await requireParticipant(post.thread.groupId, userId, "delete posts", POST_NOT_FOUND);
  const result = { threadId: post.threadId, groupId: post.thread.groupId, groupSlug: post.thread.group.slug };
  // From the review queue, a post deleted meanwhile had its reports resolved by that deletion.
  if (post.deletedAt && options.reviewingReports) throw new AppError("CONFLICT", REPORTS_ALREADY_RESOLVED);
  if (post.deletedAt) return { ...result, threadDeleted: false };
  const now = new Date();
  const threadDeleted = await db.$transaction(async (tx) => {
    // The thread's row lock orders this with replies (which bump the thread first): a reply that
    // committed before is counted below; one arriving after waits, then finds the thread deleted.
    await tx.$queryRaw`SELECT id FROM "Thread" WHERE id = ${post.threadId} FOR UPDATE`;
    // A concurrent delete of the same post got here first: it decided about the thread.
    // Who deleted it is kept: a moderator may restore what the moderators deleted, never what its author withdrew.
    const deleted = await tx.post.updateMany({ where: { id: postId, deletedAt: null }, data: { deletedAt: now, deletedById: userId } });
    if (deleted.count === 0) {
      if (options.reviewingReports) throw new AppError("CONFLICT", REPORTS_ALREADY_RESOLVED);
      return false;
    }
    // Its open reports are settled with it, whoever deleted it and from wherever (decision 012).
    // After the post's update, which waited for any report being filed on it (reportPost holds
    // the post's row), so no report stays open on a deleted post.
    const resolved = await tx.postReport.updateMany({ where: { postId, resolvedAt: null }, data: { resolvedAt: now, resolvedById: userId, resolution: "post_deleted" } });
    // From the queue, another moderator who kept the post meanwhile decided: nothing is deleted.
    if (options.reviewingReports && resolved.count === 0) throw new AppError("CONFLICT", REPORTS_ALREADY_RESOLVED);
    if (resolved.count > 0) await markReportNoticesRead(tx, postId, now);
    await markPostNoticesRead(tx, postId, postPermalink(post.thread.group.slug, postId), now);
    const othersStanding = await tx.post.count({ where: { threadId: post.threadId, deletedAt: null } });
    const endsThread = deletionEndsThread(othersStanding);
    // No `deletedById`: a thread that went with its last post has nothing left to restore.
    if (endsThread) await markThreadDeleted(tx, post.threadId, post.thread.groupId, now, null);
    // Otherwise its last activity goes back to its latest standing post: a reply posted and
    // deleted does not leave the thread bumped to the top of "Latest" (as in Discourse).
    else await recomputeThreadActivity(tx, post.threadId);
    if (post.authorId !== userId) {
      await recordModeration(tx, {
        groupId: post.thread.groupId,
        actorId: userId,
        action: "post_deleted",
        target: { id: postId, label: postLabel(post.author.name, post.thread.title) },
        details: { ...(options.reviewingReports ? { fromReports: true } : {}), ...(endsThread ? { threadDeleted: true } : {}), ...(options.reason ? { reason: options.reason } : {}) },
      });
      await tellOfModeration(tx, {
        userIds: [post.authorId],
        groupId: post.thread.groupId,
        kind: "post.removed",
        message: (group) => `The moderators of ${group} deleted your post in “${post.thread.title}”${options.reviewingReports ? " after it was reported" : ""}${endingWithReason(options.reason)}`,
        url: endsThread ? null : threadPath(post.thread.group.slug, post.thread),
      });
    }
    return endsThread;
  });
  await markHealthDirty(post.thread.groupId);
  return { ...result, threadDeleted };
}

/**
 * A thread's last activity as its standing posts make it: the latest one's time (its creation,
 * should none stand). Under the thread's row lock, after a post was deleted or restored.
 */
async function recomputeThreadActivity(tx: Tx, threadId: number) {
  await tx.$executeRaw`
    UPDATE "Thread" t SET "lastActivityAt" = GREATEST(t."createdAt", (SELECT max(p."createdAt") FROM "Post" p WHERE p."threadId" = t.id AND p."deletedAt" IS NULL))
    WHERE t.id = ${threadId}`;
}

/**
 * The group's moderators bring back a post the moderators deleted (a mistake, a report that was
 * not what it seemed), with its words, likes and place in the tree; its author is told. A post its
 * author deleted stays deleted: withdrawing one's words is theirs to decide. Its reports stay
 * resolved: the deletion settled them, and the restore is the moderators' second look.
 */
export async function restorePost(userId: string, postId: number) {
  const post = await loadPostContext(postId, userId);
  await requireModerator(post.thread.groupId, userId, POST_NOT_FOUND);
  const restored = await db.$transaction(async (tx) => {
    // The thread first, in the order a deletion locks them: its last activity follows the post.
    await tx.$queryRaw`SELECT id FROM "Thread" WHERE id = ${post.threadId} FOR UPDATE`;
    // Decided on the row itself: a second click, or another moderator, may have restored it.
    const back = await tx.post.updateMany({
      where: { id: postId, deletedAt: { not: null }, deletedById: { not: null, notIn: [post.authorId] } },
      data: { deletedAt: null, deletedById: null },
    });
    if (back.count === 0) return false;
    await recomputeThreadActivity(tx, post.threadId);
    await recordModeration(tx, { groupId: post.thread.groupId, actorId: userId, action: "post_restored", target: { id: postId, label: postLabel(post.author.name, post.thread.title) } });
    if (post.authorId !== userId) {
      await tellOfModeration(tx, {
        userIds: [post.authorId],
        groupId: post.thread.groupId,
        kind: "post.restored",
        message: (group) => `The moderators of ${group} restored your post in “${post.thread.title}”.`,
        url: postPermalink(post.thread.group.slug, postId),
      });
    }
    return true;
  });
  if (!restored) {
    const current = await db.post.findUnique({ where: { id: postId }, select: { deletedAt: true, deletedById: true } });
    if (!current?.deletedAt) throw new AppError("CONFLICT", "This post is not deleted: there is nothing to restore.");
    if (current.deletedById === post.authorId) throw new AppError("CONFLICT", "Its author deleted this post: only the moderators' deletions can be undone.");
    throw new AppError("CONFLICT", "Who deleted this post was not recorded: it cannot be restored.");
  }
  await markHealthDirty(post.thread.groupId);
  return { threadId: post.threadId, groupSlug: post.thread.group.slug };
}

/**
 * Sets whether the viewer reacts to a post with `kind` (decision 027): `on` is what the person
 * asked for (what their button showed, turned over), not a flip of what is stored, so a second
 * request from a stale page, or the same click sent twice, changes nothing. A person may give a
 * post several kinds, but none to their own post. A reaction given tells the post's author
 * (decision 029), in the same transaction.
 */
export async function setReaction(userId: string, postId: number, kind: ReactionKind, on: boolean): Promise<{ on: boolean; threadId: number }> {
  const post = await loadPostContext(postId, userId);
  await requireParticipant(post.thread.groupId, userId, "react", POST_NOT_FOUND);
  if (post.deletedAt) throw new AppError("CONFLICT", "This post was deleted.");
  if (on && post.authorId === userId) throw new AppError("FORBIDDEN", "You cannot react to your own post.");
  await consumeRateLimit("react", userId);
  if (!on) {
    await db.reaction.deleteMany({ where: { postId, userId, kind } });
  } else {
    await db.$transaction(async (tx) => {
      await requireActiveMembership(tx, post.thread.groupId, userId, "react");
      // Given already (another tab, or the same click twice at once) is what was asked for: nothing to tell.
      const { count } = await tx.reaction.createMany({ data: [{ postId, userId, kind }], skipDuplicates: true });
      if (count === 0) return;
      const reactor = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true } });
      await notifyReacted(tx, { postId, kind, reactor }, post, new Date());
    });
  }
  // After the write: a recompute that starts after the mark must see the reaction (or its absence).
  await markHealthDirty(post.thread.groupId);
  return { on, threadId: post.threadId };
}

/**
 * Pins, unpins, locks or unlocks a thread (the group's moderators). Each flag that really changes
 * is one entry of the group's moderation log (decision 018): read under the thread's row lock, so
 * two moderators clicking "Lock" at once record one lock.
 */
export async function setThreadFlags(userId: string, threadId: number, flags: { pinned?: boolean; locked?: boolean }) {
  const thread = await db.thread.findUnique({ where: { id: threadId }, select: { groupId: true, deletedAt: true } });
  if (!thread || thread.deletedAt) throw new AppError("NOT_FOUND", THREAD_NOT_FOUND);
  await requireModerator(thread.groupId, userId, THREAD_NOT_FOUND);
  await db.$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<{ pinned: boolean; locked: boolean; title: string }[]>`
      SELECT pinned, locked, title FROM "Thread" WHERE id = ${threadId} AND "deletedAt" IS NULL FOR UPDATE`;
    if (!current) throw new AppError("NOT_FOUND", THREAD_NOT_FOUND);
    await tx.thread.update({ where: { id: threadId }, data: flags });
    const changes = [
      flags.pinned !== undefined && flags.pinned !== current.pinned ? (flags.pinned ? "thread_pinned" : "thread_unpinned") : null,
      flags.locked !== undefined && flags.locked !== current.locked ? (flags.locked ? "thread_locked" : "thread_unlocked") : null,
    ] as const;
    for (const action of changes) {
      if (action) await recordModeration(tx, { groupId: thread.groupId, actorId: userId, action, target: { id: threadId, label: current.title } });
    }
  });
  return { groupId: thread.groupId };
}

/**
 * Marks a thread deleted and gives its group back the last activity it had without it
 * (`recomputeGroupActivity`): the directory sorts groups by it, and a deleted spam thread must
 * not keep a group "active now". `deletedById` is the moderator who deleted it, null when it
 * went with its last post: only a moderator's deletion can be restored. False when it was deleted
 * already (a second click, another moderator).
 */
async function markThreadDeleted(tx: Tx, threadId: number, groupId: string, now: Date, deletedById: string | null): Promise<boolean> {
  const [gone] = await tx.$queryRaw<{ lastActivityAt: Date }[]>`
    UPDATE "Thread" SET "deletedAt" = ${now}, "deletedById" = ${deletedById} WHERE id = ${threadId} AND "deletedAt" IS NULL RETURNING "lastActivityAt"`;
  if (!gone) return false;
  await recomputeGroupActivity(tx, groupId, gone.lastActivityAt);
  return true;
}

/**
 * A thread as its own actions see it, and the actor's standing in its group, read from the
 * database: 404 for a deleted thread or a group hidden from the actor, 403 with the rule's
 * message when `threadRefusal` says no.
 */
export async function requireThreadAbility(userId: string, threadId: number, action: ThreadAction) {
  const thread = await db.thread.findUnique({
    where: { id: threadId },
    select: { id: true, groupId: true, authorId: true, locked: true, deletedAt: true, title: true, slug: true, group: { select: { slug: true } } },
  });
  // A deleted thread is gone for every action but restoring it.
  if (!thread || (thread.deletedAt && action !== "restore")) throw new AppError("NOT_FOUND", THREAD_NOT_FOUND);
  const { actor, visibility } = await loadVisibleGroupActor(thread.groupId, userId, THREAD_NOT_FOUND);
  const threadActor = threadActorFor(actor, { visibility });
  const refusal = threadRefusal(threadActor, action, thread);
  if (refusal) throw new AppError(refusal.code, refusal.message);
  return { thread, moderator: threadActor.moderator };
}

/**
 * Deletes a whole thread (the group's moderators): it leaves the thread list, the thread pickers,
 * profiles and health, and its URLs answer 404. Soft: `deletedAt`, its posts untouched. Recorded
 * in the group's moderation log (decision 018), once however many clicks.
 */
export async function deleteThread(userId: string, threadId: number, reason: string | null = null) {
  const { thread } = await requireThreadAbility(userId, threadId, "delete");
  await db.$transaction(async (tx) => {
    const now = new Date();
    if (!(await markThreadDeleted(tx, threadId, thread.groupId, now, userId))) return;
    await markThreadNoticesRead(tx, thread, now);
    await recordModeration(tx, { groupId: thread.groupId, actorId: userId, action: "thread_deleted", target: { id: threadId, label: thread.title }, details: reason ? { reason } : undefined });
    if (thread.authorId !== userId) {
      await tellOfModeration(tx, { userIds: [thread.authorId], groupId: thread.groupId, kind: "thread.removed", message: (group) => `The moderators of ${group} deleted your thread “${thread.title}”${endingWithReason(reason)}`, url: null });
    }
  });
  await markHealthDirty(thread.groupId);
  return { groupId: thread.groupId, groupSlug: thread.group.slug };
}

/**
 * Brings back a thread a moderator deleted (the group's moderators, any of them): it is listed
 * again, its URLs work, its posts are as they were. Undoes what the deletion did to its readers
 * (decision 009): the group's last activity is the latest of its own and the thread's again, and
 * health is recomputed. A thread that went with its last post is refused: it has nothing to read.
 */
export async function restoreThread(userId: string, threadId: number) {
  // The rule first: someone who may not restore learns nothing of the thread's state.
  const { thread } = await requireThreadAbility(userId, threadId, "restore");
  const restored = await db.$transaction(async (tx) => {
    // Decided on the row itself: a second click, or another moderator, may have restored it.
    const [back] = await tx.$queryRaw<{ lastActivityAt: Date }[]>`
      UPDATE "Thread" SET "deletedAt" = NULL, "deletedById" = NULL
      WHERE id = ${threadId} AND "deletedAt" IS NOT NULL AND "deletedById" IS NOT NULL RETURNING "lastActivityAt"`;
    if (!back) return false;
    // The group's row lock orders this with replies and deletions: GREATEST is taken on the row
    // as it stands after any wait, so a later activity elsewhere is never moved back.
    await tx.$executeRaw`
      UPDATE "Group" SET "lastActivityAt" = GREATEST("lastActivityAt", ${back.lastActivityAt}) WHERE id = ${thread.groupId}`;
    await recordModeration(tx, { groupId: thread.groupId, actorId: userId, action: "thread_restored", target: { id: threadId, label: thread.title } });
    if (thread.authorId !== userId) {
      await tellOfModeration(tx, {
        userIds: [thread.authorId],
        groupId: thread.groupId,
        kind: "thread.restored",
        message: (group) => `The moderators of ${group} restored your thread “${thread.title}”.`,
        url: threadPath(thread.group.slug, thread),
      });
    }
    return true;
  });
  if (!restored) {
    const current = await db.thread.findUnique({ where: { id: threadId }, select: { deletedAt: true } });
    if (!current?.deletedAt) throw new AppError("CONFLICT", "This thread is not deleted: there is nothing to restore.");
    throw new AppError("CONFLICT", "This thread went with its last post: with nothing left to read, it cannot be restored.");
  }
  await markHealthDirty(thread.groupId);
  return { id: threadId, slug: thread.slug, groupId: thread.groupId, groupSlug: thread.group.slug };
}

/**
 * Renames a thread (its author while it is unlocked; moderators always). The slug follows the
 * title: the id decides which thread a URL means, and pages redirect an old slug to the new one,
 * so links shared before keep working. A moderator renaming someone else's thread goes into the
 * group's moderation log with the title it had (decision 018).
 */
export async function renameThread(userId: string, threadId: number, title: string) {
  const { thread, moderator } = await requireThreadAbility(userId, threadId, "editTitle");
  const slug = threadSlug(title);
  if (title === thread.title) return { id: threadId, slug: thread.slug, groupSlug: thread.group.slug };
  const renamed = await db.$transaction(async (tx) => {
    // Decided again on the row itself: a lock or a deletion committed since the check wins.
    const [current] = await tx.$queryRaw<{ title: string; locked: boolean }[]>`
      SELECT title, locked FROM "Thread" WHERE id = ${threadId} AND "deletedAt" IS NULL FOR UPDATE`;
    if (!current || (current.locked && !moderator)) return false;
    if (current.title === title) return true;
    await tx.thread.update({ where: { id: threadId }, data: { title, slug } });
    if (thread.authorId !== userId) {
      await recordModeration(tx, { groupId: thread.groupId, actorId: userId, action: "thread_renamed", target: { id: threadId, label: title }, details: { previousTitle: current.title } });
    }
    return true;
  });
  if (!renamed) {
    await requireThreadAbility(userId, threadId, "editTitle");
    throw new AppError("CONFLICT", "This thread changed meanwhile: reload the page and try again.");
  }
  return { id: threadId, slug, groupSlug: thread.group.slug };
}

function refuse(refusal: Refusal | null) {
  if (refusal) throw new AppError(refusal.code, refusal.message);
}

/** A post's context and the actor's standing in its group, for reporting and reviewing (404 for a hidden group). */
async function loadPostForReports(userId: string, postId: number) {
  const post = await loadPostContext(postId, userId);
  const { actor, visibility } = await loadVisibleGroupActor(post.thread.groupId, userId, POST_NOT_FOUND);
  return { post, actor: threadActorFor(actor, { visibility }) };
}

/**
 * Reports a post to its group's owners and moderators (decision 012). One open report per post
 * and person; after a dismissal, reporting again reopens the same row with the new reason. The
 * first open report on a post notifies the moderators; more reports on it while it is open only
 * add to the queue's count.
 */
export async function reportPost(userId: string, input: ReportPostInput) {
  const { post, actor } = await loadPostForReports(userId, input.postId);
  refuse(reportRefusal(actor, { authorId: post.authorId, deleted: post.deletedAt !== null }));
  // The usual answer to a second click, before it costs a rate-limit point; the transaction decides.
  if (await db.postReport.count({ where: { postId: post.id, reporterId: userId, resolvedAt: null } })) throw new AppError("ALREADY_EXISTS", ALREADY_REPORTED);
  await consumeRateLimit("report", userId);
  const now = new Date();
  try {
    return await db.$transaction(async (tx) => {
      // The post's row lock puts the reports on one post (and its deletion) in a line: the report
      // that counts one open report below is the first, exactly once, and none lands on a post
      // deleted meanwhile. NO KEY: replies and likes that reference the post do not wait.
      const [current] = await tx.$queryRaw<{ deletedAt: Date | null }[]>`SELECT "deletedAt" FROM "Post" WHERE id = ${post.id} FOR NO KEY UPDATE`;
      if (!current || current.deletedAt) throw new AppError("CONFLICT", "This post was deleted.");
      const mine = await tx.postReport.findUnique({ where: { postId_reporterId: { postId: post.id, reporterId: userId } }, select: { id: true, resolvedAt: true } });
      if (mine && mine.resolvedAt === null) throw new AppError("ALREADY_EXISTS", ALREADY_REPORTED);
      const report = { reason: input.reason, note: input.note, createdAt: now, resolvedAt: null, resolvedById: null, resolution: null };
      const { id } = mine
        ? await tx.postReport.update({ where: { id: mine.id }, data: report, select: { id: true } })
        : await tx.postReport.create({ data: { postId: post.id, reporterId: userId, ...report }, select: { id: true } });
      const open = await tx.postReport.count({ where: { postId: post.id, resolvedAt: null } });
      const notified = open === 1 ? await notifyReported(tx, { id, at: now, reporterId: userId }, post) : 0;
      return { reportId: id, notified };
    });
  } catch (error) {
    // The row lock makes this unreachable; the unique index stays the last word.
    if (isUniqueViolation(error)) throw new AppError("ALREADY_EXISTS", ALREADY_REPORTED);
    throw error;
  }
}

/**
 * Tells the group's owners and moderators, in the report's transaction, that a post awaits their
 * review. Neither the reporter (a moderator reporting knows) nor the post's author (who never
 * learns who reported them) is told. The message names the post's author and no reporter: the
 * queue shows the reporters, to the moderators.
 */
async function notifyReported(tx: Tx, report: { id: number; at: Date; reporterId: string }, post: { id: number; authorId: string; threadId: number }) {
  const [thread, author] = await Promise.all([
    tx.thread.findUniqueOrThrow({ where: { id: post.threadId }, select: { title: true, groupId: true, group: { select: { name: true, slug: true } } } }),
    tx.user.findUniqueOrThrow({ where: { id: post.authorId }, select: { name: true } }),
  ]);
  const moderators = await tx.membership.findMany({
    where: { groupId: thread.groupId, status: "active", role: { in: ["owner", "moderator"] }, userId: { notIn: [report.reporterId, post.authorId] } },
    select: { userId: true },
  });
  // The author's name tells two reported posts of one thread apart; it is on the post for all to see.
  const message = `${author.name}'s post in “${thread.title}” in ${thread.group.name} was reported: review it.`;
  return sendNotifications(
    // A reopened report keeps its id: the time tells one opening from the next.
    moderators.map(({ userId }) => ({ userId, kind: "post.reported", message, url: reportsPath(thread.group.slug), dedupeKey: `${reportNoticePrefix(report.id)}${report.at.getTime()}:${userId}` })),
    tx,
  );
}

/** The start of the dedupe key of every notice sent about one report: what ties a notice to its report. */
const reportNoticePrefix = (reportId: number) => `post.reported:${reportId}:`;

/**
 * Once a post's reports are resolved (deleted or kept, by whoever), every moderator's notice of
 * them is marked read, as Discourse clears its flag notices: "review it" has nothing left to
 * review. Read rather than deleted: the notification model has a read state and no other, and a
 * notice that vanished from the list someone just looked at would be a puzzle, while a read one
 * still leads to the queue, whose "Resolved recently" says who decided what. In the resolving
 * transaction, after the reports' update: every report on the post is resolved by then, so
 * every notice about any of them (earlier openings of a reopened report too) is settled.
 */
/**
 * The unread notices that lead to a post just deleted ("Ana mentioned you", "Ana replied to your
 * post") are marked read: they would lead to "This post was deleted." (Discourse takes them back).
 * Found by who was told (its mentions in any version, its parent's author), through the
 * notices' user index.
 */
async function markPostNoticesRead(tx: Tx, postId: number, url: string, now: Date) {
  const gone = await tx.post.findUniqueOrThrow({ where: { id: postId }, select: { body: true, revisions: { select: { body: true } }, parent: { select: { authorId: true } } } });
  // Its mentions in every version: one edited out since was told all the same.
  const bodies = [gone.body, ...gone.revisions.map((revision) => revision.body)];
  const told = [...new Set([...bodies.flatMap(mentionedUserIds), ...(gone.parent ? [gone.parent.authorId] : [])])];
  if (told.length === 0) return;
  await tx.notification.updateMany({ where: { userId: { in: told }, readAt: null, kind: { in: ["post.mentioned", "post.replied"] }, url }, data: { readAt: now } });
}

/**
 * The unread notices about a deleted thread, its posts (replies, mentions, reactions, a marked
 * answer) or its new replies (followers): marked read, as a deleted post's are, since each now
 * leads to a 404. Sought by their links among the notices of those they went to: the group's
 * members, its writers and followers (one who left keeps no notice leading nowhere either).
 */
async function markThreadNoticesRead(tx: Tx, thread: { id: number; slug: string; groupId: string; group: { slug: string } }, now: Date) {
  const [posts, members, followers] = await Promise.all([
    tx.post.findMany({ where: { threadId: thread.id }, select: { id: true, authorId: true } }),
    tx.membership.findMany({ where: { groupId: thread.groupId }, select: { userId: true } }),
    tx.threadFollow.findMany({ where: { threadId: thread.id }, select: { userId: true } }),
  ]);
  // Members, and whoever wrote in it or follows it, though they have left the group since.
  const told = new Set([...members, ...followers].map(({ userId }) => userId).concat(posts.map(({ authorId }) => authorId)));
  const urls = [threadPath(thread.group.slug, thread), ...posts.map(({ id }) => postPermalink(thread.group.slug, id))];
  await tx.notification.updateMany({
    where: { userId: { in: [...told] }, readAt: null, OR: [{ url: { in: urls } }, { dedupeKey: { startsWith: `${FOLLOW_NOTICE}:${thread.id}:` } }] },
    data: { readAt: now },
  });
}

async function markReportNoticesRead(tx: Tx, postId: number, now: Date) {
  const reports = await tx.postReport.findMany({ where: { postId }, select: { id: true } });
  if (reports.length === 0) return;
  await tx.notification.updateMany({
    where: { kind: "post.reported", readAt: null, OR: reports.map(({ id }) => ({ dedupeKey: { startsWith: reportNoticePrefix(id) } })) },
    data: { readAt: now },
  });
}

/**
 * Settles the open reports on a post from the review queue (decision 012): `post_deleted`
 * deletes the post with `deletePost` and its rules (the last post standing takes its thread,
 * decision 009), `dismissed` keeps it. Both record who and when, and go into the group's
 * moderation log (decision 018). Two moderators at once: the first decides, the other is told it
 * was dealt with (CONFLICT), and nothing happens twice.
 */
export async function resolvePostReports(userId: string, postId: number, resolution: ReportResolution, reason: string | null = null) {
  const { post, actor } = await loadPostForReports(userId, postId);
  refuse(reviewRefusal(actor, post));
  if (resolution === "post_deleted") {
    const { groupSlug, threadDeleted } = await deletePost(userId, postId, { reviewingReports: true, reason });
    return { groupSlug, threadDeleted };
  }
  await db.$transaction(async (tx) => {
    // Decided on the rows themselves: a report resolved meanwhile is not matched again.
    const now = new Date();
    const { count } = await tx.postReport.updateMany({ where: { postId, resolvedAt: null }, data: { resolvedAt: now, resolvedById: userId, resolution: "dismissed" } });
    if (count === 0) throw new AppError("CONFLICT", REPORTS_ALREADY_RESOLVED);
    await markReportNoticesRead(tx, postId, now);
    const label = postLabel(post.author.name, post.thread.title);
    await recordModeration(tx, { groupId: post.thread.groupId, actorId: userId, action: "reports_dismissed", target: { id: postId, label }, details: { reports: count } });
  });
  return { groupSlug: post.thread.group.slug, threadDeleted: false };
}
