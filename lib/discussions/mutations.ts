import slugify from "@sindresorhus/slugify";
import { db } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { requireGroupAbility } from "@/lib/groups/authorize";
import { markHealthDirty } from "@/lib/health/snapshots";
import { consumeRateLimit } from "@/lib/rate-limit";
import { preparePostContent } from "./post-content";
import type { CreateThreadInput, ReplyInput } from "./schema";

export function threadSlug(title: string): string {
  return slugify(title).slice(0, 60).replace(/-+$/, "") || "thread";
}

const requireParticipant = (groupId: string, userId: string, verb: string) => requireGroupAbility(groupId, userId, "participate", { verb });
const requireModerator = (groupId: string, userId: string) =>
  requireGroupAbility(groupId, userId, "moderate", { verb: "moderate its discussions", role: "Only the group's moderators can do that." });

export async function createThread(authorId: string, groupId: string, input: CreateThreadInput) {
  await requireParticipant(groupId, authorId, "start a thread");
  // Rendered first: a body that would show nothing is refused before it costs a rate-limit point.
  const content = preparePostContent(input.body);
  await consumeRateLimit("post", authorId);
  const now = new Date();
  const created = await db.$transaction(async (tx) => {
    const thread = await tx.thread.create({
      data: { groupId, authorId, title: input.title, slug: threadSlug(input.title), createdAt: now, lastActivityAt: now },
      select: { id: true, slug: true },
    });
    const post = await tx.post.create({
      data: { threadId: thread.id, authorId, parentId: null, createdAt: now, ...content },
      select: { id: true },
    });
    const group = await tx.group.update({ where: { id: groupId }, data: { lastActivityAt: now }, select: { slug: true } });
    return { threadId: thread.id, threadSlug: thread.slug, postId: post.id, groupSlug: group.slug };
  });
  await markHealthDirty(groupId);
  return created;
}

/** Replies to any post of a thread (the opener for a reply to the thread itself). */
export async function replyToPost(authorId: string, input: ReplyInput) {
  const parent = await db.post.findUnique({
    where: { id: input.parentId },
    select: { threadId: true, deletedAt: true, thread: { select: { groupId: true, locked: true } } },
  });
  const thread = await db.thread.findUnique({ where: { id: input.threadId }, select: { groupId: true, locked: true } });
  if (!thread) throw new AppError("NOT_FOUND", "This thread does not exist.");
  await requireParticipant(thread.groupId, authorId, "reply");
  if (!parent || parent.threadId !== input.threadId) throw new AppError("INVALID", "You can only reply to a post of this thread.", { field: "body" });
  if (thread.locked) throw new AppError("FORBIDDEN", "This thread is locked: it takes no new replies.");
  if (parent.deletedAt) throw new AppError("CONFLICT", "That post was deleted: reply to the thread instead.");
  const content = preparePostContent(input.body);
  await consumeRateLimit("post", authorId);
  const now = new Date();
  const created = await db.$transaction(async (tx) => {
    // The check above gives the usual message early; this one decides. Bumping the thread only
    // while it is unlocked takes the row lock first: a lock committed meanwhile makes it match
    // nothing (PostgreSQL re-reads the row after waiting), and a lock arriving later waits for
    // this reply. Either way no reply lands after a lock.
    const open = await tx.thread.updateMany({ where: { id: input.threadId, locked: false }, data: { lastActivityAt: now } });
    if (open.count === 0) throw new AppError("FORBIDDEN", "This thread is locked: it takes no new replies.");
    const post = await tx.post.create({
      data: { threadId: input.threadId, authorId, parentId: input.parentId, createdAt: now, ...content },
      select: { id: true },
    });
    await tx.group.update({ where: { id: thread.groupId }, data: { lastActivityAt: now } });
    return { postId: post.id, groupId: thread.groupId };
  });
  await markHealthDirty(thread.groupId);
  return created;
}

async function loadPostContext(postId: number) {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: { id: true, authorId: true, deletedAt: true, threadId: true, thread: { select: { groupId: true, locked: true } } },
  });
  if (!post) throw new AppError("NOT_FOUND", "This post does not exist.");
  return post;
}

export async function editPost(userId: string, postId: number, body: string) {
  const post = await loadPostContext(postId);
  await requireParticipant(post.thread.groupId, userId, "edit posts");
  if (post.authorId !== userId) throw new AppError("FORBIDDEN", "You can only edit your own posts.");
  if (post.deletedAt) throw new AppError("CONFLICT", "This post was deleted.");
  if (post.thread.locked) throw new AppError("FORBIDDEN", "This thread is locked: its posts can no longer be edited.");
  await db.post.update({ where: { id: postId }, data: { ...preparePostContent(body), editedAt: new Date() } });
  await markHealthDirty(post.thread.groupId);
  return { threadId: post.threadId, groupId: post.thread.groupId };
}

/** Authors delete their own posts; moderators any post of their groups. Soft: the tree keeps its shape. */
export async function deletePost(userId: string, postId: number) {
  const post = await loadPostContext(postId);
  if (post.authorId !== userId) await requireModerator(post.thread.groupId, userId);
  else await requireParticipant(post.thread.groupId, userId, "delete posts");
  if (!post.deletedAt) {
    await db.post.update({ where: { id: postId }, data: { deletedAt: new Date() } });
    await markHealthDirty(post.thread.groupId);
  }
  return { threadId: post.threadId, groupId: post.thread.groupId };
}

/** Likes a post, or takes the like back. Returns whether the viewer now likes it. */
export async function toggleLike(userId: string, postId: number): Promise<{ liked: boolean; threadId: number }> {
  const post = await loadPostContext(postId);
  await requireParticipant(post.thread.groupId, userId, "react");
  if (post.deletedAt) throw new AppError("CONFLICT", "This post was deleted.");
  if (post.authorId === userId) throw new AppError("FORBIDDEN", "You cannot like your own post.");
  await markHealthDirty(post.thread.groupId);
  const removed = await db.reaction.deleteMany({ where: { postId, userId, kind: "like" } });
  if (removed.count > 0) return { liked: false, threadId: post.threadId };
  try {
    await db.reaction.create({ data: { postId, userId, kind: "like" } });
  } catch (error) {
    // Two clicks at once: the other request already added the like.
    if (!isUniqueViolation(error)) throw error;
  }
  return { liked: true, threadId: post.threadId };
}

export async function setThreadFlags(userId: string, threadId: number, flags: { pinned?: boolean; locked?: boolean }) {
  const thread = await db.thread.findUnique({ where: { id: threadId }, select: { groupId: true } });
  if (!thread) throw new AppError("NOT_FOUND", "This thread does not exist.");
  await requireModerator(thread.groupId, userId);
  await db.thread.update({ where: { id: threadId }, data: flags });
  return { groupId: thread.groupId };
}
