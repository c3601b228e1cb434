import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deletePost, replyToPost, restorePost, setThreadFlags } from "@/lib/discussions/mutations";
import { addMember, editAsShown, makeGroup, makeThread, makeUser, uniqueSuffix } from "@/test/fixtures";
import { DIRECTORY_PAGE_SIZE, listGroups, listGroupThreads, listRecentThreads, THREADS_PAGE_SIZE } from "./data";
import { updateGroupSettings } from "./mutations";

type User = Awaited<ReturnType<typeof makeUser>>;
const viewerOf = (user: User) => ({ id: user.id, isSiteAdmin: user.isSiteAdmin });
/** Activity in the past (before any reply a test posts now). */
const hoursAgo = (hours: number) => new Date(Date.now() - (hours + 2) * 3_600_000);

describe("a group's thread list", () => {
  let owner: User;
  let group: { id: string; slug: string };
  /** Thread ids, in the order the list must show them. */
  let expected: number[];

  beforeAll(async () => {
    owner = await makeUser();
    group = await makeGroup(owner.id);
    const extra = 3;
    const count = THREADS_PAGE_SIZE + extra;
    // Created in one order, active in another: hours of quiet per thread, shuffled.
    const quietHours = Array.from({ length: count }, (_, i) => (i * 7) % count);
    const threads: { id: number; quiet: number; pinned: boolean }[] = [];
    for (const [i, quiet] of quietHours.entries()) {
      const { threadId } = await makeThread(owner.id, group.id, `Thread ${i}`);
      await db.thread.update({ where: { id: threadId }, data: { lastActivityAt: hoursAgo(quiet) } });
      threads.push({ id: threadId, quiet, pinned: false });
    }
    // The two quietest threads are pinned: they still come first, the less quiet of them first.
    const quietest = [...threads].sort((a, b) => b.quiet - a.quiet).slice(0, 2);
    for (const thread of quietest) {
      await setThreadFlags(owner.id, thread.id, { pinned: true });
      thread.pinned = true;
    }
    expected = [...threads].sort((a, b) => Number(b.pinned) - Number(a.pinned) || a.quiet - b.quiet).map((thread) => thread.id);
  });

  it("shows pinned threads first, then the most recently active, a page at a time", async () => {
    const first = await listGroupThreads(group.id, 1);
    expect(first.total).toBe(THREADS_PAGE_SIZE + 3);
    expect(first.threads.map((thread) => thread.id)).toEqual(expected.slice(0, THREADS_PAGE_SIZE));
    expect(first.threads.slice(0, 2).every((thread) => thread.pinned)).toBe(true);
    expect(first.threads.slice(2).some((thread) => thread.pinned)).toBe(false);
    const activity = first.threads.slice(2).map((thread) => thread.lastActivityAt.getTime());
    expect(activity).toEqual([...activity].sort((a, b) => b - a));

    const second = await listGroupThreads(group.id, 2);
    expect(second.total).toBe(THREADS_PAGE_SIZE + 3);
    expect(second.threads.map((thread) => thread.id)).toEqual(expected.slice(THREADS_PAGE_SIZE));
    expect((await listGroupThreads(group.id, 3)).threads).toEqual([]);
  });

  it("a reply moves a thread to the top of the unpinned ones", async () => {
    const last = expected.at(-1)!;
    const opener = await db.post.findFirstOrThrow({ where: { threadId: last, parentId: null }, select: { id: true } });
    await replyToPost(owner.id, { threadId: last, parentId: opener.id, body: "Back to life" });
    const { threads } = await listGroupThreads(group.id, 1);
    expect(threads.map((thread) => thread.id).slice(0, 3)).toEqual([...expected.slice(0, 2), last]);
  });

  it("counts the replies still there: not the opening post, not deleted replies", async () => {
    const g = await makeGroup(owner.id);
    const { threadId, postId } = await makeThread(owner.id, g.id);
    const kept = await replyToPost(owner.id, { threadId, parentId: postId, body: "Kept" });
    await replyToPost(owner.id, { threadId, parentId: kept.postId, body: "Nested, kept" });
    const gone = await replyToPost(owner.id, { threadId, parentId: postId, body: "Deleted" });
    await deletePost(owner.id, gone.postId);
    const quiet = await makeThread(owner.id, g.id, "No replies yet");
    const { threads } = await listGroupThreads(g.id, 1);
    expect(Object.fromEntries(threads.map((thread) => [thread.id, thread.replyCount]))).toEqual({ [threadId]: 2, [quiet.threadId]: 0 });
  });

  it("an empty group has one empty page", async () => {
    const empty = await makeGroup(owner.id);
    expect(await listGroupThreads(empty.id, 1)).toEqual({ threads: [], total: 0 });
  });
});

describe("a group's thread list, unanswered and by replies (decision 034)", () => {
  let owner: User;
  let group: { id: string; slug: string };
  const threads: Record<string, { threadId: number; postId: number }> = {};

  beforeAll(async () => {
    owner = await makeUser();
    group = await makeGroup(owner.id);
    // Each reply says something new: the same words again under the same post would be the same reply, sent twice.
    let sent = 0;
    const reply = (name: string, parentId = threads[name]!.postId) => replyToPost(owner.id, { threadId: threads[name]!.threadId, parentId, body: `On ${name}, reply ${++sent}` });
    // Created oldest first: quiet, busy, answered-then-deleted, nested, gone, pinned-quiet.
    for (const [i, name] of ["quiet", "busy", "withdrawn", "nested", "gone", "pinnedQuiet"].entries()) {
      threads[name] = await makeThread(owner.id, group.id, name);
      await db.thread.update({ where: { id: threads[name]!.threadId }, data: { createdAt: hoursAgo(100 - i) } });
    }
    for (let i = 0; i < 3; i++) await reply("busy");
    const { postId } = await reply("withdrawn");
    await deletePost(owner.id, postId);
    const first = await reply("nested");
    await reply("nested", first.postId);
    await reply("gone");
    await deletePost(owner.id, threads.gone!.postId); // the opening post: its reply still answers it
    await setThreadFlags(owner.id, threads.pinnedQuiet!.threadId, { pinned: true });
  });
  const ids = (names: string[]) => names.map((name) => threads[name]!.threadId);

  it("unanswered: threads with no reply still there, newest first, pinned ones in their place", async () => {
    const { threads: listed, total } = await listGroupThreads(group.id, 1, "unanswered");
    expect(listed.map((thread) => thread.id)).toEqual(ids(["pinnedQuiet", "withdrawn", "quiet"]));
    expect(total).toBe(3);
    expect(listed.every((thread) => thread.replyCount === 0)).toBe(true);
  });

  it("top: most replies still there first, ties by latest activity", async () => {
    const { threads: listed, total } = await listGroupThreads(group.id, 1, "top");
    expect(listed.slice(0, 3).map((thread) => [thread.id, thread.replyCount])).toEqual([
      [threads.busy!.threadId, 3],
      [threads.nested!.threadId, 2],
      [threads.gone!.threadId, 1],
    ]);
    expect(listed.slice(3).map((thread) => thread.replyCount)).toEqual([0, 0, 0]);
    const quietOnes = listed.slice(3).map((thread) => thread.lastActivityAt.getTime());
    expect(quietOnes).toEqual([...quietOnes].sort((a, b) => b - a));
    expect(total).toBe(6);
  });

  it("keeps each thread's count of replies through every write: replies, deletions, restorations, bulk inserts and deletes", async () => {
    const g = await makeGroup(owner.id);
    const moderator = await makeUser();
    await addMember(g.id, moderator.id, "moderator");
    const { threadId, postId } = await makeThread(owner.id, g.id);
    const count = async () => (await db.thread.findUniqueOrThrow({ where: { id: threadId }, select: { replyCount: true } })).replyCount;
    const first = await replyToPost(owner.id, { threadId, parentId: postId, body: "One" });
    const nested = await replyToPost(owner.id, { threadId, parentId: first.postId, body: "Two, nested" });
    expect(await count()).toBe(2);
    await deletePost(moderator.id, nested.postId, { reason: null });
    expect(await count()).toBe(1);
    await restorePost(moderator.id, nested.postId);
    expect(await count()).toBe(2);
    await editAsShown(owner.id, first.postId, "One, edited");
    expect(await count()).toBe(2);
    // Rows written in bulk (a seed, an import) and removed in bulk: one statement each.
    const opener = await db.post.findUniqueOrThrow({ where: { id: postId }, select: { html: true } });
    await db.post.createMany({ data: Array.from({ length: 5 }, (_, i) => ({ threadId, authorId: owner.id, parentId: postId, body: `Bulk ${i}`, html: opener.html, deletedAt: i === 0 ? new Date() : null })) });
    expect(await count()).toBe(6);
    await db.post.deleteMany({ where: { threadId, body: { startsWith: "Bulk" } } });
    expect(await count()).toBe(2);
    // The opening post is not a reply: deleting it changes nothing.
    await deletePost(owner.id, postId);
    expect(await count()).toBe(2);
    expect(await db.post.count({ where: { threadId, parentId: { not: null }, deletedAt: null } })).toBe(2);
  });

  it("pages through a view, and leaves deleted threads out of every one", async () => {
    const g = await makeGroup(owner.id);
    const made = [];
    for (let i = 0; i < THREADS_PAGE_SIZE + 2; i++) made.push(await makeThread(owner.id, g.id, `Unanswered ${i}`));
    await db.thread.update({ where: { id: made[0]!.threadId }, data: { deletedAt: new Date() } });
    for (const view of ["unanswered", "top"] as const) {
      const [first, second] = [await listGroupThreads(g.id, 1, view), await listGroupThreads(g.id, 2, view)];
      expect(first.total).toBe(THREADS_PAGE_SIZE + 1);
      expect(first.threads).toHaveLength(THREADS_PAGE_SIZE);
      const seen = [...first.threads, ...second.threads].map((thread) => thread.id);
      expect(seen.toSorted()).toEqual(made.slice(1).map((thread) => thread.threadId).toSorted());
    }
  });
});

describe("a group's recent threads, for \"More in <group>\" (decision 036)", () => {
  it("lists the most recently active but the one being read, pinned or not, deleted ones left out", async () => {
    const owner = await makeUser();
    const group = await makeGroup(owner.id);
    const made: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { threadId } = await makeThread(owner.id, group.id, `Recent ${i}`);
      await db.thread.update({ where: { id: threadId }, data: { lastActivityAt: hoursAgo(10 - i) } });
      made.push(threadId);
    }
    await setThreadFlags(owner.id, made[0]!, { pinned: true });
    await db.thread.update({ where: { id: made[3]! }, data: { deletedAt: new Date() } });
    const recent = await listRecentThreads(group.id, made[4]!, 3);
    expect(recent.map((thread) => thread.id)).toEqual([made[2], made[1], made[0]]);
    expect(recent.every((thread) => thread.answered === false)).toBe(true);
  });
});

describe("the group directory", () => {
  let owner: User;
  let member: User;
  let stranger: User;
  let admin: User;
  let marker: string;
  /** Public groups' slugs, most recently active first. */
  let expected: string[];
  let secret: { id: string; slug: string };

  beforeAll(async () => {
    [owner, member, stranger, admin] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser({ isSiteAdmin: true })]);
    // A word in every name, so other files' groups in this database never count.
    marker = `Dirtest${uniqueSuffix()}`;
    const count = DIRECTORY_PAGE_SIZE + 2;
    const groups: { slug: string; quiet: number }[] = [];
    for (let i = 0; i < count; i++) {
      const quiet = (i * 5) % count;
      const group = await makeGroup(owner.id, { name: `${marker} ${i}` });
      await db.group.update({ where: { id: group.id }, data: { lastActivityAt: hoursAgo(quiet), ...(i % 2 ? { tags: ["testing", "odd"] } : {}) } });
      groups.push({ slug: group.slug, quiet });
    }
    expected = groups.sort((a, b) => a.quiet - b.quiet).map((group) => group.slug);
    secret = await makeGroup(owner.id, { name: `${marker} secret`, visibility: "private" });
    await db.group.update({ where: { id: secret.id }, data: { lastActivityAt: hoursAgo(-1) } });
    await addMember(secret.id, member.id);
  });

  it("lists visible groups by last activity, a page at a time", async () => {
    const first = await listGroups(null, { q: marker, page: 1 });
    expect(first.total).toBe(DIRECTORY_PAGE_SIZE + 2);
    expect(first.groups.map((group) => group.slug)).toEqual(expected.slice(0, DIRECTORY_PAGE_SIZE));
    const second = await listGroups(null, { q: marker, page: 2 });
    expect(second.total).toBe(DIRECTORY_PAGE_SIZE + 2);
    expect(second.groups.map((group) => group.slug)).toEqual(expected.slice(DIRECTORY_PAGE_SIZE));
    expect((await listGroups(null, { q: marker, page: 3 })).groups).toEqual([]);
  });

  it("search ignores case; the tag filter combines with it", async () => {
    const lower = await listGroups(null, { q: marker.toLowerCase(), page: 1 });
    expect(lower.total).toBe(DIRECTORY_PAGE_SIZE + 2);
    const odd = await listGroups(null, { q: marker, tag: "odd", page: 1 });
    expect(odd.total).toBe((DIRECTORY_PAGE_SIZE + 2) / 2);
    expect(odd.groups.every((group) => group.tags.includes("odd"))).toBe(true);
  });

  it("search ignores accents, matches every word in any order, and finds topics; a renamed group is found by its new name", async () => {
    const cafe = await makeGroup(owner.id, { name: `${marker} Atelier Vélo Café` });
    const found = async (q: string) => (await listGroups(null, { q, page: 1 })).groups.map((group) => group.id);
    expect(await found(`cafe velo ${marker}`)).toEqual([cafe.id]);
    expect(await found(`${marker} ATELIER`)).toEqual([cafe.id]);
    await updateGroupSettings(owner.id, { groupId: cafe.id, version: 0, name: `${marker} Bike Kitchen`, description: "Fixing bikes together, every week.", tags: ["bike-repair"], visibility: "public", language: "en" });
    expect(await found(`${marker} velo`)).toEqual([]);
    expect(await found(`${marker} kitchen`)).toEqual([cafe.id]);
    expect(await found(`${marker} repair`)).toEqual([cafe.id]);
    await db.group.delete({ where: { id: cafe.id } });
  });

  it("search takes % and _ literally", async () => {
    const literal = await makeGroup(owner.id, { name: `${marker}_100% remote` });
    expect((await listGroups(null, { q: `${marker}_`, page: 1 })).groups.map((group) => group.id)).toEqual([literal.id]);
    expect((await listGroups(null, { q: "100% remote", page: 1 })).groups.map((group) => group.id)).toEqual([literal.id]);
    await db.group.delete({ where: { id: literal.id } });
  });

  it("private groups count only for their members and site admins, and come first here as the most active", async () => {
    expect((await listGroups(viewerOf(stranger), { q: marker, page: 1 })).total).toBe(DIRECTORY_PAGE_SIZE + 2);
    for (const viewer of [member, admin]) {
      const { groups, total } = await listGroups(viewerOf(viewer), { q: marker, page: 1 });
      expect(total).toBe(DIRECTORY_PAGE_SIZE + 3);
      expect(groups[0]?.slug).toBe(secret.slug);
      expect(groups.map((group) => group.slug).slice(1)).toEqual(expected.slice(0, DIRECTORY_PAGE_SIZE - 1));
    }
    // The page boundary moves with what the viewer sees.
    expect((await listGroups(viewerOf(member), { q: marker, page: 2 })).groups.map((group) => group.slug)).toEqual(expected.slice(DIRECTORY_PAGE_SIZE - 1));
  });

  it("member counts leave out banned members", async () => {
    const banned = await makeUser();
    await addMember(secret.id, banned.id);
    await db.membership.update({ where: { groupId_userId: { groupId: secret.id, userId: banned.id } }, data: { status: "banned" } });
    const { groups } = await listGroups(viewerOf(member), { q: `${marker} secret`, page: 1 });
    expect(groups).toHaveLength(1);
    expect(groups[0]?.memberCount).toBe(2);
  });
});
