import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deletePost, deleteThread, replyToPost } from "@/lib/discussions/mutations";
import { addMember, makeGroup, makeThread, makeUser, refusal } from "@/test/fixtures";
import { listGroupsWithNews, loadThreadFreshness, loadThreadVisit, recordGroupVisits, recordThreadVisit } from "./visits";

const minutesFrom = (base: Date, minutes: number) => new Date(base.getTime() + minutes * 60_000);

/** Sets a post's time, so the test decides what came before and after a visit. */
async function writtenAt(postId: number, at: Date) {
  await db.post.update({ where: { id: postId }, data: { createdAt: at } });
}

describe("thread visits", () => {
  let owner: Awaited<ReturnType<typeof makeUser>>;
  let reader: Awaited<ReturnType<typeof makeUser>>;
  let outsider: Awaited<ReturnType<typeof makeUser>>;
  const now = new Date();
  const earlier = minutesFrom(now, -120);

  beforeAll(async () => {
    [owner, reader, outsider] = await Promise.all([makeUser(), makeUser(), makeUser()]);
  });

  it("records when a reader saw a thread, moving forward only and never past now", async () => {
    const group = await makeGroup(owner.id);
    const { threadId } = await makeThread(owner.id, group.id);
    expect(await loadThreadVisit(reader.id, threadId)).toBeNull();
    expect(await recordThreadVisit(reader, threadId, minutesFrom(now, -30), now)).toBe(true);
    expect(await loadThreadVisit(reader.id, threadId)).toEqual(minutesFrom(now, -30));
    // An older tab reporting late does not move it back.
    await recordThreadVisit(reader, threadId, minutesFrom(now, -60), now);
    expect(await loadThreadVisit(reader.id, threadId)).toEqual(minutesFrom(now, -30));
    // A page "drawn" in the future (a forged time) counts as seen now.
    await recordThreadVisit(reader, threadId, minutesFrom(now, 600), now);
    expect(await loadThreadVisit(reader.id, threadId)).toEqual(now);
    expect(await loadThreadVisit(null, threadId)).toBeNull();
  });

  it("records nothing for a thread the reader may not read: a private group's, or a deleted one", async () => {
    const hidden = await makeGroup(owner.id, { visibility: "private" });
    const secret = await makeThread(owner.id, hidden.id);
    expect(await recordThreadVisit(outsider, secret.threadId, now, now)).toBe(false);
    expect(await db.threadVisit.count({ where: { threadId: secret.threadId } })).toBe(0);

    const group = await makeGroup(owner.id);
    const gone = await makeThread(owner.id, group.id);
    await deleteThread(owner.id, gone.threadId);
    expect(await recordThreadVisit(reader, gone.threadId, now, now)).toBe(false);
    expect(await recordThreadVisit(reader, 2_000_000_000, now, now)).toBe(false);
  });

  it("counts, per thread, the posts by others still there since the reader's visit; a recent thread never opened is new", async () => {
    const group = await makeGroup(owner.id);
    await addMember(group.id, reader.id);
    const visited = await makeThread(owner.id, group.id, "Visited");
    const quiet = await makeThread(owner.id, group.id, "Quiet");
    const unopened = await makeThread(owner.id, group.id, "Never opened");
    const mine = await makeThread(reader.id, group.id, "Started by the reader");
    await writtenAt(visited.postId, earlier);
    await recordThreadVisit(reader, visited.threadId, minutesFrom(earlier, 1), now);
    const seenQuiet = new Date();
    await recordThreadVisit(reader, quiet.threadId, seenQuiet, seenQuiet);

    const before = await replyToPost(owner.id, { threadId: visited.threadId, parentId: visited.postId, body: "Seen already." });
    await writtenAt(before.postId, earlier);
    const after = await replyToPost(owner.id, { threadId: visited.threadId, parentId: visited.postId, body: "New since." });
    await replyToPost(owner.id, { threadId: visited.threadId, parentId: after.postId, body: "Also new." });
    const deleted = await replyToPost(owner.id, { threadId: visited.threadId, parentId: visited.postId, body: "Deleted, so not counted." });
    await deletePost(owner.id, deleted.postId);
    await replyToPost(reader.id, { threadId: visited.threadId, parentId: visited.postId, body: "The reader's own words are not news to them." });

    const threads = await db.thread.findMany({ where: { groupId: group.id }, select: { id: true, authorId: true, createdAt: true } });
    const freshness = await loadThreadFreshness(reader.id, threads, new Date());
    expect(freshness.get(visited.threadId)).toEqual({ kind: "unread", count: 2 });
    expect(freshness.get(quiet.threadId)).toBeNull();
    expect(freshness.get(unopened.threadId)).toEqual({ kind: "new" });
    expect(freshness.get(mine.threadId)).toBeNull();
    // Signed out, nothing is new.
    expect((await loadThreadFreshness(null, threads, now)).size).toBe(0);
    // The home page's count for the group agrees with the marks of its list.
    const news = await listGroupsWithNews(reader.id, new Date());
    expect(news.find((entry) => entry.slug === group.slug)?.threadsWithNews).toBe([...freshness.values()].filter(Boolean).length);
    expect(news.find((entry) => entry.slug === group.slug)?.threadsWithNews).toBe(2);
  });

  it("lists the reader's groups, most recently active first, with their role; a group they were removed from is not theirs", async () => {
    const person = await makeUser();
    const [quiet, busy, gone] = await Promise.all([makeGroup(owner.id, { name: "Quiet one" }), makeGroup(owner.id, { name: "Busy one" }), makeGroup(owner.id, { name: "Left behind" })]);
    await addMember(quiet.id, person.id, "organizer");
    await addMember(busy.id, person.id);
    await addMember(gone.id, person.id);
    await db.membership.update({ where: { groupId_userId: { groupId: gone.id, userId: person.id } }, data: { status: "banned", removedAt: now } });
    await db.group.update({ where: { id: quiet.id }, data: { lastActivityAt: minutesFrom(now, -300) } });
    const old = await makeThread(owner.id, busy.id, "Old news");
    await db.thread.update({ where: { id: old.threadId }, data: { createdAt: minutesFrom(now, -8 * 24 * 60) } });
    await makeThread(owner.id, busy.id, "Fresh news");
    expect(await listGroupsWithNews(person.id, new Date())).toEqual([
      { slug: busy.slug, name: "Busy one", language: "en", role: "member", threadsWithNews: 1 },
      { slug: quiet.slug, name: "Quiet one", language: "en", role: "organizer", threadsWithNews: 0 },
    ]);
    expect(await listGroupsWithNews(outsider.id, now)).toEqual([]);
  });

  it("marks every thread of a group as read at once, moving no visit backwards; a hidden group is not found", async () => {
    const group = await makeGroup(owner.id);
    const [first, second] = [await makeThread(owner.id, group.id, "One"), await makeThread(owner.id, group.id, "Two")];
    const later = minutesFrom(new Date(), 60);
    await recordThreadVisit(reader, second.threadId, later, later);
    const markedAt = new Date();
    await recordGroupVisits(reader, group.id, markedAt);
    expect(await loadThreadVisit(reader.id, first.threadId)).toEqual(markedAt);
    expect(await loadThreadVisit(reader.id, second.threadId)).toEqual(later);
    const threads = await db.thread.findMany({ where: { groupId: group.id }, select: { id: true, authorId: true, createdAt: true } });
    expect([...(await loadThreadFreshness(reader.id, threads, markedAt)).values()]).toEqual([null, null]);

    const hidden = await makeGroup(owner.id, { visibility: "private" });
    await makeThread(owner.id, hidden.id);
    expect((await refusal(recordGroupVisits(outsider, hidden.id))).code).toBe("NOT_FOUND");
    expect(await db.threadVisit.count({ where: { userId: outsider.id } })).toBe(0);
  });
});
