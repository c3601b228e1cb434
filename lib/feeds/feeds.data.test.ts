import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deletePost, deleteThread, replyToPost } from "@/lib/discussions/mutations";
import { removeMember } from "@/lib/groups/mutations";
import { loadGroupFeedAccess } from "@/lib/meetups/data";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { listFeedPosts, listFeedThreads } from "./data";
import { feedAccessFor, loadGroupForFeed } from "./page-data";

type User = Awaited<ReturnType<typeof makeUser>>;
const params = (access: { member: string; key: string } | null) => new URLSearchParams(access ?? {});
const nobody = async () => null;

/** Decision 024: Atom feeds of a group's new threads and of a thread's posts. */
describe("discussion feeds", () => {
  let owner: User, member: User, outsider: User, removed: User;
  let open: { id: string; slug: string };
  let secret: { id: string; slug: string };

  beforeAll(async () => {
    [owner, member, outsider, removed] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
    open = await makeGroup(owner.id);
    secret = await makeGroup(owner.id, { visibility: "private" });
    for (const group of [open, secret]) {
      await addMember(group.id, member.id);
      await addMember(group.id, removed.id);
    }
  });

  it("lists the group's newest threads with their openers; deleted threads leave, a deleted opener says so", async () => {
    const first = await makeThread(owner.id, open.id, "First", "The **first** opener.");
    const second = await makeThread(member.id, open.id, "Second", "The second opener.");
    const gone = await makeThread(member.id, open.id, "Gone", "Soon deleted.");
    await deleteThread(owner.id, gone.threadId);
    await replyToPost(owner.id, { threadId: second.threadId, parentId: second.postId, body: "A reply keeps the thread." });
    await deletePost(member.id, second.postId);

    const threads = await listFeedThreads(open.id);
    expect(threads.map((thread) => thread.title)).toEqual(["Second", "First"]);
    expect(threads[1]).toMatchObject({ id: first.threadId, html: "<p>The <strong>first</strong> opener.</p>", editedAt: null });
    expect(threads[0]!.html).toBe("<p><em>The opening post was deleted.</em></p>");
  });

  it("lists a thread's standing posts, newest first", async () => {
    const thread = await makeThread(owner.id, open.id, "Posts", "Opener.");
    const a = await replyToPost(member.id, { threadId: thread.threadId, parentId: thread.postId, body: "Reply A" });
    const b = await replyToPost(owner.id, { threadId: thread.threadId, parentId: a.postId, body: "Reply B" });
    const c = await replyToPost(member.id, { threadId: thread.threadId, parentId: thread.postId, body: "Reply C" });
    await deletePost(member.id, c.postId);
    expect((await listFeedPosts(thread.threadId)).map((post) => post.id)).toEqual([b.postId, a.postId, thread.postId]);
  });

  it("a public group's feed needs no key; a wrong key is a 404 all the same", async () => {
    expect(await loadGroupForFeed(open.slug, params(null), nobody)).toMatchObject({ group: { id: open.id }, personal: false });
    const key = (await loadGroupFeedAccess(member.id, secret.id, "discussions"))!;
    expect(await loadGroupForFeed(open.slug, params(key), nobody)).toBeNull();
    expect(await loadGroupForFeed(open.slug, new URLSearchParams({ member: member.id }), nobody)).toBeNull();
  });

  it("a private group's feed opens with a member's discussions key, not their calendar key, and not after they are removed", async () => {
    expect(await loadGroupForFeed(secret.slug, params(null), nobody)).toBeNull();
    const key = (await feedAccessFor(member, { id: secret.id, visibility: "private" }, true))!;
    expect(key.key).not.toBe((await loadGroupFeedAccess(member.id, secret.id))!.key);
    expect(await loadGroupForFeed(secret.slug, params(key), nobody)).toMatchObject({ group: { id: secret.id }, reader: { id: member.id }, personal: true });
    expect(await loadGroupForFeed(secret.slug, params(await loadGroupFeedAccess(member.id, secret.id)), nobody)).toBeNull();
    // A key computed for someone outside opens nothing; nor does one to another group.
    expect(await loadGroupForFeed(secret.slug, params(await loadGroupFeedAccess(outsider.id, secret.id, "discussions")), nobody)).toBeNull();
    expect(await loadGroupForFeed(secret.slug, params(await loadGroupFeedAccess(member.id, open.id, "discussions")), nobody)).toBeNull();

    const removedKey = (await loadGroupFeedAccess(removed.id, secret.id, "discussions"))!;
    expect(await loadGroupForFeed(secret.slug, params(removedKey), nobody)).not.toBeNull();
    await removeMember(owner.id, secret.id, removed.id);
    expect(await loadGroupForFeed(secret.slug, params(removedKey), nobody)).toBeNull();
    // Resetting one's calendar token changes every key made from it.
    await db.user.update({ where: { id: member.id }, data: { calendarToken: "c".repeat(64) } });
    expect(await loadGroupForFeed(secret.slug, params(key), nobody)).toBeNull();
  });

  it("a signed-in member reads a private group's feed without a key; public groups' addresses carry none", async () => {
    expect(await loadGroupForFeed(secret.slug, params(null), async () => ({ id: owner.id, isSiteAdmin: false }))).toMatchObject({ personal: true });
    expect(await loadGroupForFeed(secret.slug, params(null), async () => ({ id: outsider.id, isSiteAdmin: false }))).toBeNull();
    expect(await feedAccessFor(owner, { id: open.id, visibility: "public" }, true)).toBeNull();
    expect(await feedAccessFor(outsider, { id: secret.id, visibility: "private" }, false)).toBeNull();
    expect(await feedAccessFor(null, { id: secret.id, visibility: "private" }, true)).toBeNull();
  });
});
