import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { removeMember } from "@/lib/groups/mutations";
import { expectAppError } from "@/lib/projects/test-fixtures";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { loadGroup } from "@/lib/groups/data";
import { isFollowing, setGroupFollow, setThreadFollow } from "./follows";
import { mentionMarkdown } from "./mentions";
import { createThread, deleteThread, replyToPost } from "./mutations";
import { postPermalink, threadPath } from "./paths";
import { recordThreadVisit } from "./visits";

type User = Awaited<ReturnType<typeof makeUser>>;

const followNotices = (userId: string) =>
  db.notification.findMany({ where: { userId, kind: "thread.replies" }, orderBy: { id: "asc" }, select: { message: true, url: true, readAt: true } });

/** Decision 022: followers are told of every reply, one unread notice per thread at a time. */
describe("following a thread", () => {
  let owner: User, ana: User, ben: User, cleo: User, outsider: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [owner, ana, ben, cleo, outsider] = await Promise.all([makeUser({ name: "Olga Owner" }), makeUser({ name: "Ana Souza" }), makeUser({ name: "Ben Okafor" }), makeUser({ name: "Cleo Park" }), makeUser()]);
    group = await makeGroup(owner.id, { name: "Seed savers" });
    for (const user of [ana, ben, cleo]) await addMember(group.id, user.id);
  });

  it("members follow and unfollow; outsiders of a private group find no thread, non-members of a public one are refused", async () => {
    const thread = await makeThread(owner.id, group.id, "Swap day");
    await setThreadFollow(ana.id, thread.threadId, true);
    await setThreadFollow(ana.id, thread.threadId, true);
    expect(await isFollowing(ana.id, thread.threadId)).toBe(true);
    await setThreadFollow(ana.id, thread.threadId, false);
    expect(await isFollowing(ana.id, thread.threadId)).toBe(false);
    // Six tabs asking at once all get what they asked for (an upsert raced to a unique violation).
    await Promise.all(Array.from({ length: 6 }, () => setThreadFollow(ana.id, thread.threadId, true)));
    expect(await db.threadFollow.count({ where: { userId: ana.id, threadId: thread.threadId } })).toBe(1);
    await setThreadFollow(ana.id, thread.threadId, false);
    await expectAppError(setThreadFollow(outsider.id, thread.threadId, true), "FORBIDDEN", /Join the group to follow threads/);
    const hidden = await makeGroup(owner.id, { visibility: "private" });
    const secret = await makeThread(owner.id, hidden.id, "Members only");
    await expectAppError(setThreadFollow(outsider.id, secret.threadId, true), "NOT_FOUND");
    await deleteThread(owner.id, thread.threadId);
    await expectAppError(setThreadFollow(ana.id, thread.threadId, true), "NOT_FOUND");
  });

  it("replies gather into one unread notice per follower, leading to the first; reading it, or the thread, starts a new one", async () => {
    const thread = await makeThread(owner.id, group.id, "Seed library");
    await setThreadFollow(ana.id, thread.threadId, true);
    const first = await replyToPost(ben.id, { threadId: thread.threadId, parentId: thread.postId, body: "I can bring beans." });
    await replyToPost(cleo.id, { threadId: thread.threadId, parentId: thread.postId, body: "And I some squash seeds." });
    expect(await followNotices(ana.id)).toEqual([{ message: "New replies in “Seed library”, the latest by Cleo Park.", url: postPermalink(group.slug, first.postId), readAt: null }]);

    // Opening the thread reads it; the next reply is a new notice.
    await recordThreadVisit({ id: ana.id, isSiteAdmin: false }, thread.threadId, new Date());
    const next = await replyToPost(ben.id, { threadId: thread.threadId, parentId: thread.postId, body: "Labels too." });
    const notices = await followNotices(ana.id);
    expect(notices).toHaveLength(2);
    expect(notices[0]!.readAt).toBeInstanceOf(Date);
    expect(notices[1]).toEqual({ message: "New reply in “Seed library” by Ben Okafor.", url: postPermalink(group.slug, next.postId), readAt: null });
  });

  it("nobody is told twice of one reply, nor of their own; a removed follower is told nothing", async () => {
    const thread = await makeThread(owner.id, group.id, "Compost bins");
    for (const user of [owner, ana, ben, cleo]) await setThreadFollow(user.id, thread.threadId, true);
    // Ben answers the opener (Olga hears "replied to your thread") and mentions Cleo (she hears of the mention).
    await replyToPost(ben.id, { threadId: thread.threadId, parentId: thread.postId, body: `Ask ${mentionMarkdown(cleo)}, she built three.` });
    const kinds = async (user: User) => (await db.notification.findMany({ where: { userId: user.id, url: { contains: `/g/${group.slug}/` }, createdAt: { gte: new Date(Date.now() - 60_000) }, message: { contains: "Compost bins" } }, select: { kind: true } })).map((row) => row.kind);
    expect(await kinds(owner)).toEqual(["post.replied"]);
    expect(await kinds(cleo)).toEqual(["post.mentioned"]);
    expect(await kinds(ana)).toEqual(["thread.replies"]);
    expect(await kinds(ben)).toEqual([]);
    await removeMember(owner.id, group.id, ana.id);
    await replyToPost(cleo.id, { threadId: thread.threadId, parentId: thread.postId, body: "Happy to show anyone." });
    expect((await followNotices(ana.id)).filter((notice) => notice.message.includes("Compost bins"))).toEqual([
      { message: "New reply in “Compost bins” by Ben Okafor.", url: expect.any(String), readAt: null },
    ]);
  });

  it("members who follow the group's new threads are told of each, but its author and those it mentions already", async () => {
    const other = await makeGroup(owner.id, { name: "Balcony growers" });
    for (const user of [ana, ben, cleo]) await addMember(other.id, user.id);
    for (const user of [owner, ana, cleo]) await setGroupFollow(user.id, other.id, true);
    await setGroupFollow(cleo.id, other.id, false);
    const followsNewThreads = async (user: User) => (await loadGroup(other.slug, { id: user.id, isSiteAdmin: false }))?.followsNewThreads;
    expect(await followsNewThreads(ana)).toBe(true);
    expect(await followsNewThreads(cleo)).toBe(false);
    await expectAppError(setGroupFollow(outsider.id, other.id, true), "FORBIDDEN", /Join the group to follow its threads/);

    const since = (await db.notification.aggregate({ _max: { id: true } }))._max.id ?? 0;
    const created = await createThread(ben.id, other.id, { title: "Tomatoes in pots", body: `Which variety, ${mentionMarkdown(owner)}?` });
    const notices = await db.notification.findMany({ where: { id: { gt: since } }, orderBy: { id: "asc" }, select: { userId: true, kind: true, message: true, url: true } });
    const path = threadPath(other.slug, { id: created.threadId, slug: created.threadSlug });
    // Olga follows too, but the mention told her; Cléo stopped; Ben wrote it.
    expect(notices).toEqual([
      { userId: owner.id, kind: "post.mentioned", message: "Ben Okafor mentioned you in “Tomatoes in pots”.", url: postPermalink(other.slug, created.postId) },
      { userId: ana.id, kind: "thread.created", message: "Ben Okafor started “Tomatoes in pots” in Balcony growers.", url: path },
    ]);
  });
});
