import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { leaveGroup, removeMember } from "@/lib/groups/mutations";
import { countUnreadNotifications, listNotifications } from "@/lib/notifications/data";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { replyToPost } from "./mutations";
import { postPermalink } from "./paths";

type User = Awaited<ReturnType<typeof makeUser>>;

/** The reply notices someone has, as the list shows them (kind, sentence, link). */
async function replyNotices(user: User) {
  const { items } = await listNotifications(user.id);
  return items.filter((item) => item.kind === "post.replied").map(({ message, url }) => ({ message, url }));
}

describe("reply notifications", () => {
  let owner: User;
  let ann: User;
  let ben: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [owner, ann, ben] = await Promise.all([makeUser({ name: "Owner" }), makeUser({ name: "Ann" }), makeUser({ name: "Ben" })]);
    group = await makeGroup(owner.id);
    await Promise.all([addMember(group.id, ann.id), addMember(group.id, ben.id)]);
  });

  it("a reply to the opening post tells the thread's author, in the thread's words, with a link to the reply", async () => {
    const thread = await makeThread(ann.id, group.id, "Seed swap in May?");
    const reply = await replyToPost(ben.id, { threadId: thread.threadId, parentId: thread.postId, body: "Count me in." });
    expect(await replyNotices(ann)).toEqual([{ message: "Ben replied to your thread “Seed swap in May?”.", url: postPermalink(group.slug, reply.postId) }]);
    // The header's unread count includes it.
    expect(await countUnreadNotifications(ann.id)).toBe(1);
    expect(await replyNotices(ben)).toEqual([]);
  });

  it("a reply to a reply tells that reply's author only, not the thread's author (as Discourse does)", async () => {
    const thread = await makeThread(owner.id, group.id, "Tool library");
    const answer = await replyToPost(ann.id, { threadId: thread.threadId, parentId: thread.postId, body: "I have a drill to lend." });
    const before = await replyNotices(owner);
    const nested = await replyToPost(ben.id, { threadId: thread.threadId, parentId: answer.postId, body: "Could I borrow it on Saturday?" });
    expect(await replyNotices(ann)).toContainEqual({ message: "Ben replied to your post in “Tool library”.", url: postPermalink(group.slug, nested.postId) });
    expect(await db.notification.count({ where: { kind: "post.replied", url: postPermalink(group.slug, nested.postId) } })).toBe(1);
    expect(await replyNotices(owner)).toEqual(before);
  });

  it("nobody is told of their own reply", async () => {
    const loner = await makeUser();
    await addMember(group.id, loner.id);
    const thread = await makeThread(loner.id, group.id, "Talking to myself");
    const first = await replyToPost(loner.id, { threadId: thread.threadId, parentId: thread.postId, body: "An afterthought." });
    await replyToPost(loner.id, { threadId: thread.threadId, parentId: first.postId, body: "And another." });
    expect(await db.notification.count({ where: { userId: loner.id } })).toBe(0);
  });

  it("someone removed from the group, or gone from a private one, is not told", async () => {
    const removed = await makeUser();
    await addMember(group.id, removed.id);
    const thread = await makeThread(removed.id, group.id, "Before I was removed");
    await removeMember(owner.id, group.id, removed.id);
    await replyToPost(ben.id, { threadId: thread.threadId, parentId: thread.postId, body: "Still here?" });
    expect(await replyNotices(removed)).toEqual([]);

    const secret = await makeGroup(owner.id, { visibility: "private" });
    const leaver = await makeUser();
    await addMember(secret.id, leaver.id);
    const secretThread = await makeThread(leaver.id, secret.id, "Members only");
    await leaveGroup(leaver.id, secret.id);
    await replyToPost(owner.id, { threadId: secretThread.threadId, parentId: secretThread.postId, body: "They left." });
    expect(await replyNotices(leaver)).toEqual([]);
  });
});
