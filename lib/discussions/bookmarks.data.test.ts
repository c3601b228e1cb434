import { beforeAll, describe, expect, it } from "vitest";
import { expectAppError } from "@/lib/projects/test-fixtures";
import { removeMember } from "@/lib/groups/mutations";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { listBookmarks, setBookmark } from "./bookmarks";
import { loadThreadPosts } from "./data";
import { deletePost, deleteThread, replyToPost } from "./mutations";

type User = Awaited<ReturnType<typeof makeUser>>;
const reader = (user: User) => ({ id: user.id, isSiteAdmin: false });

/** Decision 026: anyone who may read a post saves it; the list holds what they may still read. */
describe("saved posts", () => {
  let owner: User, member: User, outsider: User;
  let open: { id: string; slug: string };
  let secret: { id: string; slug: string };

  beforeAll(async () => {
    [owner, member, outsider] = await Promise.all([makeUser(), makeUser(), makeUser({ name: "Otto Outsider" })]);
    open = await makeGroup(owner.id);
    secret = await makeGroup(owner.id, { visibility: "private" });
    await addMember(secret.id, member.id);
  });

  it("a reader saves posts (not only members), newest saved first; saving twice, or letting go twice, changes nothing", async () => {
    const thread = await makeThread(owner.id, open.id, "Compost", "Opening words about compost.");
    const reply = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: "A reply worth **keeping**." });
    await setBookmark(reader(outsider), thread.postId, true);
    await setBookmark(reader(outsider), reply.postId, true);
    await setBookmark(reader(outsider), reply.postId, true);
    const { bookmarks, total } = await listBookmarks(reader(outsider), 1);
    expect(total).toBe(2);
    expect(bookmarks.map((post) => post.id)).toEqual([reply.postId, thread.postId]);
    expect(bookmarks[0]).toMatchObject({ excerpt: "A reply worth keeping.", parentId: thread.postId, thread: { title: "Compost", group: { slug: open.slug } } });
    const [shown] = await loadThreadPosts(thread.threadId, [reply.postId], reader(outsider));
    expect(shown?.savedByViewer).toBe(true);
    expect((await loadThreadPosts(thread.threadId, [reply.postId], reader(owner)))[0]?.savedByViewer).toBe(false);
    await setBookmark(reader(outsider), reply.postId, false);
    await setBookmark(reader(outsider), reply.postId, false);
    expect((await listBookmarks(reader(outsider), 1)).total).toBe(1);
  });

  it("a post one may not read is not found; a deleted one cannot be saved", async () => {
    const hidden = await makeThread(owner.id, secret.id, "Members only");
    await expectAppError(setBookmark(reader(outsider), hidden.postId, true), "NOT_FOUND", /^This post does not exist\.$/);
    await expectAppError(setBookmark(reader(outsider), 2_000_000_000, true), "NOT_FOUND");
    const thread = await makeThread(owner.id, open.id, "Soon gone");
    const reply = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: "Deleted soon." });
    await deletePost(owner.id, reply.postId);
    await expectAppError(setBookmark(reader(outsider), reply.postId, true), "CONFLICT", /deleted/);
  });

  it("the list shows only what its owner may still read: deleted posts and threads, and groups they left, drop out", async () => {
    const person = await makeUser();
    await addMember(secret.id, person.id);
    const inside = await makeThread(owner.id, secret.id, "Inside");
    const outside = await makeThread(owner.id, open.id, "Outside");
    const reply = await replyToPost(owner.id, { threadId: outside.threadId, parentId: outside.postId, body: "A reply." });
    const gone = await makeThread(owner.id, open.id, "Gone");
    for (const postId of [inside.postId, outside.postId, reply.postId, gone.postId]) await setBookmark(reader(person), postId, true);
    expect((await listBookmarks(reader(person), 1)).total).toBe(4);
    await deletePost(owner.id, reply.postId);
    await deleteThread(owner.id, gone.threadId);
    await removeMember(owner.id, secret.id, person.id);
    const { bookmarks, total } = await listBookmarks(reader(person), 1);
    expect(total).toBe(1);
    expect(bookmarks.map((post) => post.id)).toEqual([outside.postId]);
  });
});
