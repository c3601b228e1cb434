import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listGroupThreads } from "@/lib/groups/data";
import { loadGroupActivity } from "@/lib/health/load-activity";
import { recomputeGroups } from "@/lib/health/recompute";
import { expectAppError } from "@/lib/projects/test-fixtures";
import { addMember, groupActivityHeld, makeGroup, makeThread, makeUser, untilSomeoneWaitsForALock } from "@/test/fixtures";
import { DELETED_THREADS_PAGE_SIZE, listDeletedThreads, loadStandingThreadRef, loadThread } from "./data";
import { deletePost, deleteThread, replyToPost, restoreThread } from "./mutations";

const DAY = 24 * 3600_000;
type User = Awaited<ReturnType<typeof makeUser>>;

let seed = 0;
const words = (n: number) => Array.from({ length: n }, () => `r${(seed++).toString(36)}`).join(" ");

const groupActivity = async (groupId: string) => (await db.group.findUniqueOrThrow({ where: { id: groupId } })).lastActivityAt;

describe("restoring a deleted thread", () => {
  let owner: User, moderator: User, otherModerator: User, organizer: User, member: User, outsider: User, admin: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [owner, moderator, otherModerator, organizer, member, outsider, admin] = await Promise.all([
      makeUser(),
      makeUser(),
      makeUser(),
      makeUser(),
      makeUser(),
      makeUser(),
      makeUser({ isSiteAdmin: true }),
    ]);
    group = await makeGroup(owner.id);
    await addMember(group.id, moderator.id, "moderator");
    await addMember(group.id, otherModerator.id, "moderator");
    await addMember(group.id, organizer.id, "organizer");
    await addMember(group.id, member.id);
  });

  it("a moderator's deletion records who deleted it, and lists it on the deleted threads, newest deletion first", async () => {
    const first = await makeThread(member.id, group.id, "Deleted first", words(8));
    const second = await makeThread(member.id, group.id, "Deleted second", words(8));
    await deleteThread(moderator.id, first.threadId);
    await deleteThread(owner.id, second.threadId);
    expect(await db.thread.findUniqueOrThrow({ where: { id: first.threadId }, select: { deletedById: true } })).toEqual({ deletedById: moderator.id });

    const { threads, total } = await listDeletedThreads(group.id, 1);
    const mine = threads.filter((t) => [first.threadId, second.threadId].includes(t.id));
    expect(mine.map((t) => t.title)).toEqual(["Deleted second", "Deleted first"]);
    expect(mine[1]).toMatchObject({ author: { id: member.id }, deletedBy: { id: moderator.id } });
    expect(mine[1]!.deletedAt).toBeInstanceOf(Date);
    expect(total).toBeGreaterThanOrEqual(2);
  });

  it("another moderator restores it: listed again, its page and posts back as they were, off the deleted list", async () => {
    const thread = await makeThread(member.id, group.id, "Deleted by mistake", words(8));
    const reply = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: words(8) });
    await deleteThread(moderator.id, thread.threadId);

    expect(await restoreThread(otherModerator.id, thread.threadId)).toMatchObject({ id: thread.threadId, groupSlug: group.slug });

    const row = await db.thread.findUniqueOrThrow({ where: { id: thread.threadId }, select: { deletedAt: true, deletedById: true } });
    expect(row).toEqual({ deletedAt: null, deletedById: null });
    expect((await listGroupThreads(group.id, 1)).threads.map((t) => t.id)).toContain(thread.threadId);
    expect((await loadThread(thread.threadId, group.slug, null))?.outline.map((p) => p.id)).toEqual([thread.postId, reply.postId]);
    expect((await listDeletedThreads(group.id, 1)).threads.map((t) => t.id)).not.toContain(thread.threadId);
    expect(await loadStandingThreadRef(group.id, thread.threadId)).toMatchObject({ id: thread.threadId, title: "Deleted by mistake" });
    // It takes replies again.
    await replyToPost(member.id, { threadId: thread.threadId, parentId: thread.postId, body: words(8) });
  });

  it("health counts a restored thread again, and the group is due for a recompute", async () => {
    const scored = await makeGroup(owner.id, { name: `Scored ${words(1)}` });
    const thread = await makeThread(owner.id, scored.id, "Counted again", words(8));
    const threadsSeen = async () => (await loadGroupActivity(scored.id, new Date()))?.threads.map((t) => t.id) ?? [];
    await deleteThread(owner.id, thread.threadId);
    expect(await threadsSeen()).not.toContain(String(thread.threadId));
    await recomputeGroups([scored.id]);
    expect((await db.groupHealth.findUniqueOrThrow({ where: { groupId: scored.id } })).dirtySince).toBeNull();

    await restoreThread(owner.id, thread.threadId);
    expect((await db.groupHealth.findUniqueOrThrow({ where: { groupId: scored.id } })).dirtySince).not.toBeNull();
    expect(await threadsSeen()).toContain(String(thread.threadId));
  });

  it("owners and site admins restore; members, organizers, removed moderators and outsiders cannot", async () => {
    const thread = await makeThread(member.id, group.id, "Restored by the owner", words(8));
    await deleteThread(moderator.id, thread.threadId);
    const refusal = /Only the group's moderators can restore a thread/;
    await expectAppError(restoreThread(member.id, thread.threadId), "FORBIDDEN", refusal);
    await expectAppError(restoreThread(organizer.id, thread.threadId), "FORBIDDEN", refusal);
    await expectAppError(restoreThread(outsider.id, thread.threadId), "FORBIDDEN", refusal);
    const removed = await makeUser();
    await addMember(group.id, removed.id, "moderator");
    await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: removed.id } }, data: { status: "banned" } });
    await expectAppError(restoreThread(removed.id, thread.threadId), "FORBIDDEN", refusal);
    expect(await loadThread(thread.threadId, group.slug, null)).toBeNull();

    await restoreThread(owner.id, thread.threadId);
    await deleteThread(owner.id, thread.threadId);
    await restoreThread(admin.id, thread.threadId);
    expect(await loadThread(thread.threadId, group.slug, null)).not.toBeNull();
  });

  it("a private group's deleted thread is not found by outsiders", async () => {
    const secret = await makeGroup(owner.id, { visibility: "private" });
    const hidden = await makeThread(owner.id, secret.id, "Members only", words(8));
    await deleteThread(owner.id, hidden.threadId);
    await expectAppError(restoreThread(outsider.id, hidden.threadId), "NOT_FOUND");
    await expectAppError(restoreThread(owner.id, 2_000_000_000), "NOT_FOUND");
  });

  it("refuses a thread that is not deleted, or restored twice", async () => {
    const thread = await makeThread(member.id, group.id, "Never deleted", words(8));
    await expectAppError(restoreThread(moderator.id, thread.threadId), "CONFLICT", /This thread is not deleted/);
    await deleteThread(moderator.id, thread.threadId);
    await restoreThread(moderator.id, thread.threadId);
    await expectAppError(restoreThread(otherModerator.id, thread.threadId), "CONFLICT", /This thread is not deleted/);
  });

  it("refuses a thread that went with its last post, which is not on the deleted list", async () => {
    const thread = await makeThread(member.id, group.id, "Never mind", words(8));
    expect(await deletePost(member.id, thread.postId)).toMatchObject({ threadDeleted: true });
    expect(await db.thread.findUniqueOrThrow({ where: { id: thread.threadId }, select: { deletedById: true } })).toEqual({ deletedById: null });
    expect((await listDeletedThreads(group.id, 1)).threads.map((t) => t.id)).not.toContain(thread.threadId);
    await expectAppError(restoreThread(moderator.id, thread.threadId), "CONFLICT", /went with its last post/);
    expect(await loadThread(thread.threadId, group.slug, null)).toBeNull();
  });

  it("gives the group back the thread's last activity when it is the latest, and never moves it back", async () => {
    const quiet = await makeGroup(owner.id, { createdAt: new Date(Date.now() - 10 * DAY) });
    const older = await makeThread(owner.id, quiet.id, "Older", words(8));
    const recent = await makeThread(owner.id, quiet.id, "Recent", words(8));
    const olderAt = new Date(Date.now() - 3 * DAY);
    const recentAt = new Date(Date.now() - DAY);
    await db.thread.update({ where: { id: older.threadId }, data: { lastActivityAt: olderAt } });
    await db.thread.update({ where: { id: recent.threadId }, data: { lastActivityAt: recentAt } });
    await db.group.update({ where: { id: quiet.id }, data: { lastActivityAt: recentAt } });

    await deleteThread(owner.id, recent.threadId);
    expect(await groupActivity(quiet.id)).toEqual(olderAt);
    await restoreThread(owner.id, recent.threadId);
    expect(await groupActivity(quiet.id)).toEqual(recentAt);

    // Restoring the older thread leaves the later activity where it is.
    await deleteThread(owner.id, older.threadId);
    await restoreThread(owner.id, older.threadId);
    expect(await groupActivity(quiet.id)).toEqual(recentAt);
  });

  it("a reply elsewhere committed while the restore waits for the group's row keeps the later activity", async () => {
    const busy = await makeGroup(owner.id, { createdAt: new Date(Date.now() - 10 * DAY) });
    const thread = await makeThread(owner.id, busy.id, "Back soon", words(8));
    await deleteThread(owner.id, thread.threadId);
    const replyAt = new Date(Date.now() + 60_000);
    // A reply in another thread: it bumps the group's row and holds it until released.
    const reply = await groupActivityHeld(busy.id, replyAt);
    const restoring = restoreThread(owner.id, thread.threadId);
    await untilSomeoneWaitsForALock();
    reply.release();
    await Promise.all([reply.done, restoring]);
    expect(await groupActivity(busy.id)).toEqual(replyAt);
  });

  it("pages through the deleted threads", async () => {
    const crowded = await makeGroup(owner.id);
    // Rows straight in (the post rate limit would stop 51 threads in a row); only the list is tested.
    await db.thread.createMany({
      data: Array.from({ length: DELETED_THREADS_PAGE_SIZE + 1 }, (_, i) => ({ groupId: crowded.id, authorId: owner.id, title: `Spam ${i}`, slug: `spam-${i}`, deletedAt: new Date(), deletedById: owner.id })),
    });
    const [first, second] = await Promise.all([listDeletedThreads(crowded.id, 1), listDeletedThreads(crowded.id, 2)]);
    expect(first.total).toBe(DELETED_THREADS_PAGE_SIZE + 1);
    expect(first.threads).toHaveLength(DELETED_THREADS_PAGE_SIZE);
    expect(second.threads).toHaveLength(1);
  });
});
