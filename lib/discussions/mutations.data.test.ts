import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addMember, attemptWhileHeld, editAsShown, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { loadThread, loadThreadPosts } from "./data";
import { createThread, deletePost, replyToPost, restorePost, setReaction, setThreadFlags } from "./mutations";

async function expectAppError(promise: Promise<unknown>, code: AppError["code"], message?: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (message) expect((error as AppError).message).toMatch(message);
}


/** A thread with every post's words and likes, as a page showing all of it would load them. */
async function threadWithPosts(threadId: number, groupSlug: string, viewer: { id: string; isSiteAdmin: boolean } | null = null) {
  const thread = await loadThread(threadId, groupSlug, viewer);
  return thread && { ...thread, posts: await loadThreadPosts(thread.id, thread.outline.map((post) => post.id), viewer) };
}

describe("discussions", () => {
  let owner: Awaited<ReturnType<typeof makeUser>>;
  let member: Awaited<ReturnType<typeof makeUser>>;
  let outsider: Awaited<ReturnType<typeof makeUser>>;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [owner, member, outsider] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    group = await makeGroup(owner.id);
    await addMember(group.id, member.id);
  });

  it("starts a thread with its opening post, rendered and sanitised, and bumps the group's activity", async () => {
    const before = await db.group.findUniqueOrThrow({ where: { id: group.id } });
    const created = await makeThread(member.id, group.id, "Compost in winter?", "Does it **work**? <script>alert(1)</script>");
    const thread = await threadWithPosts(created.threadId, group.slug);
    expect(thread?.title).toBe("Compost in winter?");
    expect(thread?.slug).toBe("compost-in-winter");
    expect(thread?.posts).toHaveLength(1);
    expect(thread?.posts[0]?.html).toContain("<strong>work</strong>");
    expect(thread?.posts[0]?.html).not.toContain("<script");
    const after = await db.group.findUniqueOrThrow({ where: { id: group.id } });
    expect(after.lastActivityAt.getTime()).toBeGreaterThanOrEqual(before.lastActivityAt.getTime());
  });

  it("an outsider cannot tell a private group's post from no post at all", async () => {
    const secret = await makeGroup(owner.id, { visibility: "private" });
    const hidden = await makeThread(owner.id, secret.id, "Members only");
    const missing = 2_000_000_000;
    for (const act of [(id: number) => deletePost(outsider.id, id), (id: number) => setReaction(outsider.id, id, "like", true), (id: number) => editAsShown(outsider.id, id, "Mine now.")]) {
      await expectAppError(act(hidden.postId), "NOT_FOUND", /^This post does not exist\.$/);
      await expectAppError(act(missing), "NOT_FOUND", /^This post does not exist\.$/);
    }
    await expectAppError(replyToPost(outsider.id, { threadId: hidden.threadId, parentId: hidden.postId, body: "Hello?" }), "NOT_FOUND", /^This thread does not exist\.$/);
  });

  it("a post that would show nothing is refused on its field, and nothing is written", async () => {
    const before = await db.thread.count({ where: { groupId: group.id } });
    await expectAppError(createThread(member.id, group.id, { title: "Empty", body: "<script>alert(1)</script>" }), "INVALID", /would show nothing/);
    expect(await db.thread.count({ where: { groupId: group.id } })).toBe(before);
    const thread = await makeThread(member.id, group.id, "Has words");
    await expectAppError(replyToPost(member.id, { threadId: thread.threadId, parentId: thread.postId, body: "<!-- later -->" }), "INVALID", /would show nothing/);
    await expectAppError(editAsShown(member.id, thread.postId, "\u200b"), "INVALID", /would show nothing/);
    expect(await db.post.count({ where: { threadId: thread.threadId } })).toBe(1);
  });

  it("replies form a tree: a reply to a reply stores its parent", async () => {
    const { threadId, postId: openerId } = await makeThread(owner.id, group.id);
    const first = await replyToPost(member.id, { threadId, parentId: openerId, body: "First answer" });
    const nested = await replyToPost(owner.id, { threadId, parentId: first.postId, body: "Answer to the answer" });
    const thread = await threadWithPosts(threadId, group.slug);
    const byId = new Map(thread!.posts.map((p) => [p.id, p]));
    expect(byId.get(first.postId)?.parentId).toBe(openerId);
    expect(byId.get(nested.postId)?.parentId).toBe(first.postId);
  });

  it("the same reply sent twice at once, or again within moments, is saved once; another parent or later text is a new post", async () => {
    const { threadId, postId: openerId } = await makeThread(owner.id, group.id);
    const send = (parentId = openerId, body = "Count me in for Saturday.") => replyToPost(member.id, { threadId, parentId, body });
    const [a, b] = await Promise.all([send(), send()]);
    expect(a.postId).toBe(b.postId);
    expect((await send()).postId).toBe(a.postId);
    expect(await db.post.count({ where: { threadId, authorId: member.id } })).toBe(1);
    // Under another post, or with other words, it is another reply.
    const nested = await send(a.postId);
    expect(nested.postId).not.toBe(a.postId);
    expect((await send(openerId, "Count me in for Sunday.")).postId).not.toBe(a.postId);
    // Deleted, or older than a couple of minutes, the same words make a new post.
    await db.post.update({ where: { id: a.postId }, data: { createdAt: new Date(Date.now() - 3 * 60_000) } });
    const again = await send();
    expect(again.postId).not.toBe(a.postId);
    await deletePost(member.id, again.postId);
    expect((await send()).postId).not.toBe(again.postId);
    expect(await db.post.count({ where: { threadId, authorId: member.id } })).toBe(5);
  });

  it("refuses a reply to a post of another thread, and saves nothing", async () => {
    const a = await makeThread(owner.id, group.id, "A");
    const b = await makeThread(owner.id, group.id, "B");
    const count = await db.post.count();
    await expectAppError(replyToPost(member.id, { threadId: a.threadId, parentId: b.postId, body: "Wrong thread" }), "INVALID", /this thread/);
    expect(await db.post.count()).toBe(count);
  });

  it("refuses posts from non-members (403) and hides private groups from them (404)", async () => {
    const { threadId, postId } = await makeThread(owner.id, group.id);
    await expectAppError(replyToPost(outsider.id, { threadId, parentId: postId, body: "Let me in" }), "FORBIDDEN", /Join the group/);
    const privateGroup = await makeGroup(owner.id, { visibility: "private" });
    const secret = await makeThread(owner.id, privateGroup.id);
    await expectAppError(replyToPost(outsider.id, { threadId: secret.threadId, parentId: secret.postId, body: "Hello?" }), "NOT_FOUND");
    expect(await loadThread(secret.threadId, privateGroup.slug, { id: outsider.id, isSiteAdmin: false })).toBeNull();
    expect(await loadThread(secret.threadId, privateGroup.slug, { id: owner.id, isSiteAdmin: false })).not.toBeNull();
  });

  it("a banned member can no longer post", async () => {
    const banned = await makeUser();
    await addMember(group.id, banned.id);
    await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: banned.id } }, data: { status: "banned" } });
    const { threadId, postId } = await makeThread(owner.id, group.id);
    await expectAppError(replyToPost(banned.id, { threadId, parentId: postId, body: "Still here" }), "FORBIDDEN", /removed/);
  });

  it("locked threads take no replies; only moderators lock", async () => {
    const { threadId, postId } = await makeThread(member.id, group.id);
    await expectAppError(setThreadFlags(member.id, threadId, { locked: true }), "FORBIDDEN");
    await setThreadFlags(owner.id, threadId, { locked: true });
    await expectAppError(replyToPost(member.id, { threadId, parentId: postId, body: "Too late" }), "FORBIDDEN", /locked/);
  });

  it("a site admin who never joined posts a moderator's note in a locked thread, but joins to reply in an open one", async () => {
    const admin = await makeUser({ isSiteAdmin: true });
    const { threadId, postId } = await makeThread(member.id, group.id);
    await expectAppError(replyToPost(admin.id, { threadId, parentId: postId, body: "Chiming in" }), "FORBIDDEN", /^Join the group to reply\.$/);
    await setThreadFlags(admin.id, threadId, { locked: true });
    await replyToPost(admin.id, { threadId, parentId: postId, body: "Locked: this went off topic." });
    expect(await db.post.count({ where: { threadId, authorId: admin.id } })).toBe(1);
  });

  it("non-members cannot start a thread, and nothing is written", async () => {
    const counts = async () => ({ threads: await db.thread.count(), posts: await db.post.count() });
    const before = await counts();
    const groupBefore = await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { lastActivityAt: true } });
    await expectAppError(createThread(outsider.id, group.id, { title: "Hello", body: "Can I post?" }), "FORBIDDEN", /Join the group to start a thread/);
    const privateGroup = await makeGroup(owner.id, { visibility: "private" });
    await expectAppError(createThread(outsider.id, privateGroup.id, { title: "Hello", body: "Anyone?" }), "NOT_FOUND");
    await expectAppError(createThread(outsider.id, "no-such-group", { title: "Hello", body: "Anyone?" }), "NOT_FOUND");
    expect(await counts()).toEqual(before);
    expect(await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { lastActivityAt: true } })).toEqual(groupBefore);
  });

  it("a locked thread refuses replies to any of its posts and edits, and writes nothing", async () => {
    const { threadId, postId } = await makeThread(member.id, group.id);
    const reply = await replyToPost(owner.id, { threadId, parentId: postId, body: "Before the lock" });
    await setThreadFlags(owner.id, threadId, { locked: true });
    const before = await db.thread.findUniqueOrThrow({ where: { id: threadId }, select: { lastActivityAt: true } });
    await expectAppError(replyToPost(member.id, { threadId, parentId: reply.postId, body: "Nested, too late" }), "FORBIDDEN", /locked/);
    await expectAppError(editAsShown(member.id, postId, "Rewriting history"), "FORBIDDEN", /locked/);
    expect(await db.post.count({ where: { threadId } })).toBe(2);
    expect(await db.thread.findUniqueOrThrow({ where: { id: threadId }, select: { lastActivityAt: true } })).toEqual(before);
    // A moderator may still post a note (why it was locked), as Discourse staff can.
    await replyToPost(owner.id, { threadId, parentId: postId, body: "Locked: the question was answered, thanks all." });
    expect(await db.post.count({ where: { threadId } })).toBe(3);
    await setThreadFlags(owner.id, threadId, { locked: false });
    await replyToPost(member.id, { threadId, parentId: reply.postId, body: "Open again" });
    expect(await db.post.count({ where: { threadId } })).toBe(4);
  });

  it("a lock committed while a reply is being saved refuses that reply (checked inside its transaction)", async () => {
    const { threadId, postId } = await makeThread(member.id, group.id);
    // A moderator's lock holds the thread row, not yet committed: the reply's early check still
    // reads "unlocked", so only the check inside its transaction can stop it.
    const error = await attemptWhileHeld(
      (tx) => tx.thread.update({ where: { id: threadId }, data: { locked: true } }),
      () => replyToPost(member.id, { threadId, parentId: postId, body: "Racing the lock" }),
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("FORBIDDEN");
    expect((error as AppError).message).toMatch(/locked/);
    expect(await db.post.count({ where: { threadId } })).toBe(1);
  });

  it("a removal committed while a post, an edit or a like is being saved refuses it (checked inside its transaction)", async () => {
    const removed = await makeUser();
    await addMember(group.id, removed.id);
    const { threadId, postId } = await makeThread(owner.id, group.id);
    const own = await replyToPost(removed.id, { threadId, parentId: postId, body: "Their reply before the ban" });
    const attempts = [
      () => createThread(removed.id, group.id, { title: "Racing the ban", body: "A thread started as the ban lands" }),
      () => replyToPost(removed.id, { threadId, parentId: postId, body: "A reply racing the ban" }),
      () => editAsShown(removed.id, own.postId, "An edit racing the ban"),
      () => setReaction(removed.id, postId, "like", true),
    ];
    for (const attempt of attempts) {
      await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: removed.id } }, data: { status: "active" } });
      // The ban holds the membership row, not yet committed: the early check still reads "active",
      // so only the check inside the write's transaction can stop it.
      const error = await attemptWhileHeld((tx) => tx.membership.update({ where: { groupId_userId: { groupId: group.id, userId: removed.id } }, data: { status: "banned" } }), attempt);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("FORBIDDEN");
      expect((error as AppError).message).toMatch(/You were removed from this group/);
    }
    expect(await db.thread.count({ where: { groupId: group.id, authorId: removed.id } })).toBe(0);
    expect(await db.post.findMany({ where: { authorId: removed.id }, select: { body: true, editedAt: true } })).toEqual([{ body: "Their reply before the ban", editedAt: null }]);
    expect(await db.reaction.count({ where: { userId: removed.id } })).toBe(0);
  });

  it("a thread in another group is not found under this group's URL", async () => {
    const other = await makeGroup(owner.id);
    const { threadId } = await makeThread(owner.id, other.id);
    expect(await loadThread(threadId, group.slug, null)).toBeNull();
  });

  it("a reaction is set, not toggled: giving it twice leaves one, taking it back twice none", async () => {
    const { threadId, postId } = await makeThread(owner.id, group.id);
    const shown = async (viewer: { id: string; isSiteAdmin: boolean } | null = null) => (await threadWithPosts(threadId, group.slug, viewer))!.posts[0]!;
    // Two clicks on a button that showed "not liked" (a stale page, another tab): one like.
    expect(await setReaction(member.id, postId, "like", true)).toMatchObject({ on: true, threadId });
    expect((await setReaction(member.id, postId, "like", true)).on).toBe(true);
    expect(await shown({ id: member.id, isSiteAdmin: false })).toMatchObject({ reactionCounts: { like: 1 }, viewerReactions: ["like"] });
    expect(await db.reaction.count({ where: { postId } })).toBe(1);
    // And twice the other way: none, and no error for the like that was already gone.
    expect((await setReaction(member.id, postId, "like", false)).on).toBe(false);
    expect((await setReaction(member.id, postId, "like", false)).on).toBe(false);
    expect(await shown()).toMatchObject({ reactionCounts: {} });
    expect(await db.reaction.count({ where: { postId } })).toBe(0);
  });

  it("a post gathers several kinds, each person giving each kind at most once", async () => {
    const { threadId, postId } = await makeThread(owner.id, group.id);
    const other = await makeUser();
    await addMember(group.id, other.id);
    await setReaction(member.id, postId, "insightful", true);
    await setReaction(member.id, postId, "thanks", true);
    await setReaction(other.id, postId, "insightful", true);
    await setReaction(other.id, postId, "like", true);
    const post = (await threadWithPosts(threadId, group.slug, { id: member.id, isSiteAdmin: false }))!.posts[0]!;
    expect(post.reactionCounts).toEqual({ insightful: 2, thanks: 1, like: 1 });
    expect([...post.viewerReactions].sort()).toEqual(["insightful", "thanks"]);
    // Who gave each, the viewer left out (they are "You"); to a reader signed out, everyone, oldest first.
    expect(post.reactorNames).toEqual({ insightful: [other.name], like: [other.name] });
    const readerSees = (await threadWithPosts(threadId, group.slug, null))!.posts[0]!;
    expect(readerSees.reactorNames).toEqual({ insightful: [member.name, other.name], thanks: [member.name], like: [other.name] });
    // Taking one back leaves the others.
    await setReaction(member.id, postId, "insightful", false);
    const after = (await threadWithPosts(threadId, group.slug, { id: member.id, isSiteAdmin: false }))!.posts[0]!;
    expect(after.reactionCounts).toEqual({ insightful: 1, thanks: 1, like: 1 });
    expect(after.viewerReactions).toEqual(["thanks"]);
  });

  it("two likes sent at once make one like (the unique violation is harmless)", async () => {
    const { postId } = await makeThread(owner.id, group.id);
    const results = await Promise.all([setReaction(member.id, postId, "like", true), setReaction(member.id, postId, "like", true)]);
    expect(results.map((result) => result.on)).toEqual([true, true]);
    expect(await db.reaction.count({ where: { postId } })).toBe(1);
  });

  it("nobody reacts to their own post; taking back a reaction that was never there is harmless", async () => {
    const { postId } = await makeThread(owner.id, group.id);
    for (const kind of ["like", "celebrate"] as const) await expectAppError(setReaction(owner.id, postId, kind, true), "FORBIDDEN", /own post/);
    expect((await setReaction(owner.id, postId, "like", false)).on).toBe(false);
    expect(await db.reaction.count({ where: { postId } })).toBe(0);
  });

  it("authors edit their posts; moderators delete any post, softly", async () => {
    const { threadId, postId } = await makeThread(member.id, group.id);
    await expectAppError(editAsShown(owner.id, postId, "Hijack"), "FORBIDDEN", /own posts/);
    await editAsShown(member.id, postId, "Edited *text*");
    const reply = await replyToPost(member.id, { threadId, parentId: postId, body: "A reply" });
    await expectAppError(deletePost(outsider.id, reply.postId), "FORBIDDEN");
    await deletePost(owner.id, postId);
    const thread = await threadWithPosts(threadId, group.slug);
    const opener = thread!.posts.find((p) => p.id === postId)!;
    expect(opener.deletedAt).not.toBeNull();
    expect(opener.html).toBe("");
    expect(thread!.posts.find((p) => p.id === reply.postId)?.parentId).toBe(postId);
    await expectAppError(replyToPost(member.id, { threadId, parentId: postId, body: "To a deleted post" }), "CONFLICT");
  });
});

describe("a thread's last activity", () => {
  it("goes back to its latest standing post when a reply is deleted, and forward again when the moderators restore it", async () => {
    const [owner, member] = await Promise.all([makeUser(), makeUser()]);
    const group = await makeGroup(owner.id);
    await addMember(group.id, member.id);
    const thread = await makeThread(owner.id, group.id, "Seed swap");
    const first = await replyToPost(member.id, { threadId: thread.threadId, parentId: thread.postId, body: "I bring beans." });
    const late = await replyToPost(member.id, { threadId: thread.threadId, parentId: thread.postId, body: "Buy cheap watches." });
    const createdAt = async (postId: number) => (await db.post.findUniqueOrThrow({ where: { id: postId } })).createdAt;
    const activity = async () => (await db.thread.findUniqueOrThrow({ where: { id: thread.threadId } })).lastActivityAt;
    expect(await activity()).toEqual(await createdAt(late.postId));

    await deletePost(owner.id, late.postId);
    expect(await activity()).toEqual(await createdAt(first.postId));
    await restorePost(owner.id, late.postId);
    expect(await activity()).toEqual(await createdAt(late.postId));

    // With only the opener left standing, its time.
    await deletePost(member.id, late.postId);
    await deletePost(member.id, first.postId);
    expect(await activity()).toEqual(await createdAt(thread.postId));
  });
});
