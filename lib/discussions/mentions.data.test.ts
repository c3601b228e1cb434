import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listMentionable } from "@/lib/groups/data";
import { leaveGroup, removeMember } from "@/lib/groups/mutations";
import { addMember, editAsShown, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { mentionMarkdown } from "./mentions";
import { createThread, deletePost, deleteThread, replyToPost } from "./mutations";
import { postPermalink } from "./paths";

type User = Awaited<ReturnType<typeof makeUser>>;

const lastNoticeId = async () => (await db.notification.aggregate({ _max: { id: true } }))._max.id ?? 0;
/** Every notice sent since `since`, oldest first. */
const noticesSince = (since: number) => db.notification.findMany({ where: { id: { gt: since } }, orderBy: { id: "asc" }, select: { userId: true, kind: true, message: true, url: true } });

/** Decision 021: a mention tells the person, once, if they are in the group. */
describe("mentioning people in posts", () => {
  let owner: User, ana: User, ben: User, cleo: User, outsider: User, removed: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [owner, ana, ben, cleo, outsider, removed] = await Promise.all([
      makeUser({ name: "Olga Owner" }),
      makeUser({ name: "Ana Souza" }),
      makeUser({ name: "Ben Okafor" }),
      makeUser({ name: "Cléo Ångström-Dupont" }),
      makeUser({ name: "Otto Outsider" }),
      makeUser({ name: "Rita Removed" }),
    ]);
    group = await makeGroup(owner.id, { name: "Seed savers" });
    for (const user of [ana, ben, cleo, removed]) await addMember(group.id, user.id);
    await removeMember(owner.id, group.id, removed.id);
  });

  it("a new thread and a reply tell the active members they mention, not outsiders, removed members or their author", async () => {
    const since = await lastNoticeId();
    const body = `Ideas from ${mentionMarkdown(ana)}, ${mentionMarkdown(outsider)}, ${mentionMarkdown(removed)} and me, ${mentionMarkdown(owner)}.`;
    const thread = await createThread(owner.id, group.id, { title: "Seed library", body });
    expect(await noticesSince(since)).toEqual([{ userId: ana.id, kind: "post.mentioned", message: "Olga Owner mentioned you in “Seed library”.", url: postPermalink(group.slug, thread.postId) }]);

    const before = await lastNoticeId();
    const reply = await replyToPost(ben.id, { threadId: thread.threadId, parentId: thread.postId, body: `Agreed with ${mentionMarkdown(owner)}; ${mentionMarkdown(cleo)} has the seeds.` });
    // The thread's author hears of the reply once, as a reply; Cléo of her mention.
    expect(await noticesSince(before)).toEqual([
      { userId: owner.id, kind: "post.replied", message: "Ben Okafor replied to your thread “Seed library”.", url: postPermalink(group.slug, reply.postId) },
      { userId: cleo.id, kind: "post.mentioned", message: "Ben Okafor mentioned you in “Seed library”.", url: postPermalink(group.slug, reply.postId) },
    ]);
  });

  it("deleting a post marks read the unread notices that lead to it; others' notices stay", async () => {
    const thread = await makeThread(owner.id, group.id, "Compost rota");
    const keep = await replyToPost(ben.id, { threadId: thread.threadId, parentId: thread.postId, body: `Monday for me, ${mentionMarkdown(ana)}.` });
    const gone = await replyToPost(ben.id, { threadId: thread.threadId, parentId: thread.postId, body: `Tuesday, ${mentionMarkdown(ana)} and ${mentionMarkdown(cleo)}?` });
    // Cléo's mention edited out before the deletion: she was told all the same.
    await editAsShown(ben.id, gone.postId, `Tuesday, ${mentionMarkdown(ana)}?`);
    const urls = [keep.postId, gone.postId].map((postId) => postPermalink(group.slug, postId));
    const unread = () => db.notification.findMany({ where: { url: { in: urls }, readAt: null }, orderBy: { id: "asc" }, select: { userId: true, kind: true, url: true } });
    expect(await unread()).toHaveLength(5);
    await deletePost(ben.id, gone.postId);
    // Left: the notices of the reply that stands (the owner's "replied", Ana's mention).
    expect(await unread()).toEqual([
      { userId: owner.id, kind: "post.replied", url: postPermalink(group.slug, keep.postId) },
      { userId: ana.id, kind: "post.mentioned", url: postPermalink(group.slug, keep.postId) },
    ]);
  });

  it("deleting a thread marks read the unread notices that lead into it; another thread's stay", async () => {
    const thread = await createThread(ana.id, group.id, { title: "Bean trial", body: `Plot plan, ${mentionMarkdown(cleo)}.` });
    const reply = await replyToPost(ben.id, { threadId: thread.threadId, parentId: thread.postId, body: `Count me in, ${mentionMarkdown(owner)}.` });
    const other = await createThread(ana.id, group.id, { title: "Pea trial", body: `And peas, ${mentionMarkdown(cleo)}?` });
    const urls = [thread.postId, reply.postId, other.postId].map((postId) => postPermalink(group.slug, postId));
    const unread = () => db.notification.findMany({ where: { url: { in: urls }, readAt: null }, orderBy: { id: "asc" }, select: { userId: true, url: true } });
    // Cléo's mention, Ana's reply notice, the owner's mention; Cléo's mention in the other thread.
    expect(await unread()).toHaveLength(4);
    // Someone who wrote in it, was answered, then left the group: their notice goes too.
    const leaver = await makeUser({ name: "Lia Leaver" });
    await addMember(group.id, leaver.id);
    const theirs = await replyToPost(leaver.id, { threadId: thread.threadId, parentId: thread.postId, body: "Runner beans?" });
    const answer = await replyToPost(ben.id, { threadId: thread.threadId, parentId: theirs.postId, body: "Yes, two rows." });
    await leaveGroup(leaver.id, group.id);
    const leaverUnread = () => db.notification.count({ where: { userId: leaver.id, url: postPermalink(group.slug, answer.postId), readAt: null } });
    expect(await leaverUnread()).toBe(1);
    await deleteThread(owner.id, thread.threadId);
    expect(await unread()).toEqual([{ userId: cleo.id, url: postPermalink(group.slug, other.postId) }]);
    expect(await leaverUnread()).toBe(0);
  });

  it("an edit tells only the people it adds", async () => {
    const thread = await makeThread(owner.id, group.id, "Swap day", `Who helps, ${mentionMarkdown(ana)}?`);
    const since = await lastNoticeId();
    await editAsShown(owner.id, thread.postId, `Who helps, ${mentionMarkdown(ana)} or ${mentionMarkdown(ben)}?`);
    expect((await noticesSince(since)).map((notice) => [notice.userId, notice.kind])).toEqual([[ben.id, "post.mentioned"]]);
    const again = await lastNoticeId();
    await editAsShown(owner.id, thread.postId, `Who helps, ${mentionMarkdown(ben)} or ${mentionMarkdown(ana)}? Saturday.`);
    expect(await noticesSince(again)).toEqual([]);
  });

  it("suggests the group's active members by the start of any word of their name, accents aside, never the one asking", async () => {
    const names = async (q: string, viewer = owner) => (await listMentionable(group.id, q, viewer.id)).map((person) => person.name);
    // "an" starts "Ana" and, accents aside, "Ångström": by name.
    expect(await names("an")).toEqual(["Ana Souza", "Cléo Ångström-Dupont"]);
    expect(await names("ana")).toEqual(["Ana Souza"]);
    expect(await names("ANGSTROM")).toEqual(["Cléo Ångström-Dupont"]);
    expect(await names("dup")).toEqual(["Cléo Ångström-Dupont"]);
    expect(await names("cleo dup")).toEqual(["Cléo Ångström-Dupont"]);
    // Inside a word is not the start of one; removed members and outsiders are not suggested.
    expect(await names("uza")).toEqual([]);
    expect(await names("rita")).toEqual([]);
    expect(await names("otto")).toEqual([]);
    expect(await names("olga")).toEqual([]);
    expect(await names("olga", ana)).toEqual(["Olga Owner"]);
    // A LIKE wildcard typed is a character, not a pattern.
    expect(await names("%")).toEqual([]);
  });
});
