import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeGroup, makeThread, makeUser, addMember, refusal } from "@/test/fixtures";
import { expectAppError } from "@/lib/projects/test-fixtures";
import { removeMember } from "@/lib/groups/mutations";
import { countOpenReports, listResolvedReports, loadReportQueue, loadThread, loadThreadPosts } from "./data";
import { deletePost, deleteThread, replyToPost, reportPost, resolvePostReports } from "./mutations";
import { reportsPath } from "./paths";

type User = Awaited<ReturnType<typeof makeUser>>;
const ref = (user: User) => ({ id: user.id, isSiteAdmin: user.isSiteAdmin });

/** Reported-post notifications of `user`, as they read them. */
async function reportNotices(user: User) {
  return db.notification.findMany({ where: { userId: user.id, kind: "post.reported" }, orderBy: { id: "asc" }, select: { message: true, url: true } });
}

describe("reporting a post (decision 012)", () => {
  let owner: User, moderator: User, author: User, reporter: User, other: User, outsider: User;
  let group: Awaited<ReturnType<typeof makeGroup>>;

  beforeAll(async () => {
    [owner, moderator, author, reporter, other, outsider] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser(), makeUser(), makeUser()]);
    group = await makeGroup(owner.id, { name: "Seed savers" });
    await addMember(group.id, moderator.id, "moderator");
    for (const member of [author, reporter, other]) await addMember(group.id, member.id);
  });

  /** A thread by the author with a reply by the author (so deleting the reply leaves the thread). */
  async function reply(body = "Buy cheap watches at my shop.") {
    const thread = await makeThread(owner.id, group.id, "Swapping seeds in spring", "Who has tomato seeds to swap?");
    const { postId } = await replyToPost(author.id, { threadId: thread.threadId, parentId: thread.postId, body });
    return { ...thread, replyId: postId };
  }

  it("the first open report notifies the owners and moderators (not the reporter, nor the author); later ones add to the count only", async () => {
    const { replyId } = await reply();
    expect(await reportPost(reporter.id, { postId: replyId, reason: "spam", note: null })).toMatchObject({ notified: 2 });
    const expected = [{ message: `${author.name}'s post in “Swapping seeds in spring” in Seed savers was reported: review it.`, url: reportsPath(group.slug) }];
    expect(await reportNotices(owner)).toEqual(expected);
    expect(await reportNotices(moderator)).toEqual(expected);
    expect(await reportNotices(reporter)).toEqual([]);
    expect(await reportNotices(author)).toEqual([]);

    expect(await reportPost(other.id, { postId: replyId, reason: "abusive", note: "Insults a member." })).toMatchObject({ notified: 0 });
    expect(await reportPost(moderator.id, { postId: replyId, reason: "spam", note: null })).toMatchObject({ notified: 0 });
    expect(await reportNotices(owner)).toHaveLength(1);
    expect(await countOpenReports(group.id)).toBe(3);
  });

  it("refuses one's own post, a deleted post, a deleted thread, outsiders, removed members and a second open report", async () => {
    const { replyId, threadId } = await reply("A reply to report twice.");
    await expectAppError(reportPost(author.id, { postId: replyId, reason: "spam", note: null }), "FORBIDDEN", /^You cannot report your own post\.$/);
    await expectAppError(reportPost(outsider.id, { postId: replyId, reason: "spam", note: null }), "FORBIDDEN", /^Join the group to report posts\.$/);

    await reportPost(reporter.id, { postId: replyId, reason: "off_topic", note: null });
    await expectAppError(reportPost(reporter.id, { postId: replyId, reason: "spam", note: null }), "ALREADY_EXISTS", /^You already reported this post\.$/);

    const removed = await makeUser();
    await addMember(group.id, removed.id);
    await removeMember(owner.id, group.id, removed.id);
    await expectAppError(reportPost(removed.id, { postId: replyId, reason: "spam", note: null }), "FORBIDDEN", /^You were removed from this group and cannot report posts\.$/);

    const gone = await reply("A reply its author deletes.");
    await deletePost(author.id, gone.replyId);
    await expectAppError(reportPost(reporter.id, { postId: gone.replyId, reason: "spam", note: null }), "CONFLICT", /^This post was deleted\.$/);

    // A deleted thread's posts do not exist any more (decision 009): its members are told why.
    await deleteThread(owner.id, threadId);
    await expectAppError(reportPost(other.id, { postId: replyId, reason: "spam", note: null }), "NOT_FOUND", /^This post's thread was deleted, and its posts with it\.$/);
    await expectAppError(reportPost(other.id, { postId: 2_000_000_000, reason: "spam", note: null }), "NOT_FOUND");
  });

  it("a private group's posts do not exist for outsiders", async () => {
    const secret = await makeGroup(owner.id, { visibility: "private" });
    const thread = await makeThread(owner.id, secret.id);
    await expectAppError(reportPost(outsider.id, { postId: thread.postId, reason: "spam", note: null }), "NOT_FOUND", /^This post does not exist\.$/);
  });

  it("reporting again after a dismissal reopens the same row with the new reason, and notifies again", async () => {
    const { replyId } = await reply("Kept once, reported again.");
    const first = await reportPost(reporter.id, { postId: replyId, reason: "spam", note: null });
    await resolvePostReports(moderator.id, replyId, "dismissed");
    const again = await reportPost(reporter.id, { postId: replyId, reason: "other", note: "Now it links to a scam." });
    expect(again.reportId).toBe(first.reportId);
    expect(again.notified).toBe(2);
    expect(await db.postReport.findUniqueOrThrow({ where: { id: first.reportId } })).toMatchObject({ reason: "other", note: "Now it links to a scam.", resolvedAt: null, resolvedById: null, resolution: null });
  });

  it("the same report sent twice at once makes one row; two first reports at once notify once", async () => {
    const { replyId } = await reply("Reported by two people at once.");
    const twice = await Promise.allSettled([0, 1].map(() => reportPost(reporter.id, { postId: replyId, reason: "spam", note: null })));
    expect(twice.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.postReport.count({ where: { postId: replyId } })).toBe(1);

    const other2 = await reply("Reported first by two people at once.");
    const before = (await reportNotices(owner)).length;
    const both = await Promise.all([reporter, other].map((user) => reportPost(user.id, { postId: other2.replyId, reason: "spam", note: null })));
    expect(both.map((result) => result.notified).sort()).toEqual([0, 2]);
    expect(await reportNotices(owner)).toHaveLength(before + 1);
  });

  it("the thread page knows which posts the viewer reported, and nothing of anyone else's reports", async () => {
    const { threadId, replyId } = await reply("Marked as reported for its reporter.");
    await reportPost(reporter.id, { postId: replyId, reason: "spam", note: null });
    const shown = async (user: User) => (await loadThreadPosts(threadId, [replyId], ref(user)))[0]!.reportedByViewer;
    expect(await shown(reporter)).toBe(true);
    expect(await shown(other)).toBe(false);
    expect(await shown(author)).toBe(false);
  });

  describe("rate limit", () => {
    // Off again for the tests after this one (test/data-setup.ts turns limits off for data tests).
    afterEach(() => {
      process.env.TOILE_RATE_LIMITS = "off";
    });

    it("a person reports at most 20 posts an hour", async () => {
      const busy = await makeUser();
      await addMember(group.id, busy.id);
      const thread = await makeThread(owner.id, group.id);
      const replies = [];
      for (let i = 0; i < 21; i++) replies.push((await replyToPost(author.id, { threadId: thread.threadId, parentId: thread.postId, body: `Spam number ${i}` })).postId);
      process.env.TOILE_RATE_LIMITS = "on";
      for (const postId of replies.slice(0, 20)) await reportPost(busy.id, { postId, reason: "spam", note: null });
      expect((await refusal(reportPost(busy.id, { postId: replies[20]!, reason: "spam", note: null }))).message).toBe("You have reported many posts in a short time. Wait a while and try again.");
      expect(await db.postReport.count({ where: { reporterId: busy.id } })).toBe(20);
    }, 60_000);
  });
});

describe("reviewing reports (decision 012)", () => {
  let owner: User, moderator: User, author: User, reporter: User, other: User, admin: User, organizer: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [owner, moderator, author, reporter, other, admin, organizer] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser(), makeUser(), makeUser({ isSiteAdmin: true }), makeUser()]);
    group = await makeGroup(owner.id);
    await addMember(group.id, moderator.id, "moderator");
    await addMember(group.id, organizer.id, "organizer");
    for (const member of [author, reporter, other]) await addMember(group.id, member.id);
  });

  async function reportedReply(body: string, reporters: User[] = [reporter]) {
    const thread = await makeThread(owner.id, group.id, `About ${body}`, "An opening post that stays.");
    const { postId } = await replyToPost(author.id, { threadId: thread.threadId, parentId: thread.postId, body });
    for (const user of reporters) await reportPost(user.id, { postId, reason: user === reporter ? "spam" : "off_topic", note: user === reporter ? null : "Not about seeds." });
    return { ...thread, replyId: postId };
  }

  it("deleting a reported post uses deletePost and resolves its reports, recording who and when", async () => {
    const { threadId, replyId } = await reportedReply("spam to delete", [reporter, other]);
    expect(await resolvePostReports(moderator.id, replyId, "post_deleted")).toEqual({ groupSlug: group.slug, threadDeleted: false });
    expect((await db.post.findUniqueOrThrow({ where: { id: replyId } })).deletedAt).not.toBeNull();
    const reports = await db.postReport.findMany({ where: { postId: replyId } });
    expect(reports).toHaveLength(2);
    for (const report of reports) expect(report).toMatchObject({ resolution: "post_deleted", resolvedById: moderator.id, resolvedAt: expect.any(Date) });
    expect(await loadThread(threadId, group.slug, null)).not.toBeNull();
  });

  it("the last post standing takes its thread along, as anywhere (decision 009)", async () => {
    const thread = await makeThread(author.id, group.id, "A lone spam thread", "Spam without replies.");
    await reportPost(reporter.id, { postId: thread.postId, reason: "spam", note: null });
    expect(await resolvePostReports(owner.id, thread.postId, "post_deleted")).toMatchObject({ threadDeleted: true });
    expect(await loadThread(thread.threadId, group.slug, null)).toBeNull();
    // Still listed among the decisions, without the gone thread's title.
    const resolved = await listResolvedReports(group.id, ref(owner));
    expect(resolved!.find((decision) => decision.postId === thread.postId)).toMatchObject({ resolution: "post_deleted", excerpt: null, thread: { deleted: true }, resolvedBy: { id: owner.id } });
  });

  it("keeping a post dismisses its reports; the post stays", async () => {
    const { replyId } = await reportedReply("a fair opinion");
    await resolvePostReports(admin.id, replyId, "dismissed");
    expect((await db.post.findUniqueOrThrow({ where: { id: replyId } })).deletedAt).toBeNull();
    expect(await db.postReport.findFirstOrThrow({ where: { postId: replyId } })).toMatchObject({ resolution: "dismissed", resolvedById: admin.id });
  });

  it("two moderators at once: one decides, the other is told, and nothing happens twice", async () => {
    for (const [a, b] of [
      ["post_deleted", "post_deleted"],
      ["dismissed", "dismissed"],
      ["post_deleted", "dismissed"],
    ] as const) {
      const { replyId } = await reportedReply(`a race of ${a} and ${b}`);
      const results = await Promise.allSettled([resolvePostReports(moderator.id, replyId, a), resolvePostReports(owner.id, replyId, b)]);
      const lost = results.filter((result) => result.status === "rejected");
      expect(lost).toHaveLength(1);
      expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/^This post has no open reports: another moderator may have dealt with them\./) });
      const report = await db.postReport.findFirstOrThrow({ where: { postId: replyId } });
      const winner = results[0]!.status === "fulfilled" ? a : b;
      expect(report.resolution).toBe(winner);
      // A post is deleted only when the deletion won.
      expect((await db.post.findUniqueOrThrow({ where: { id: replyId } })).deletedAt !== null).toBe(winner === "post_deleted");
    }
  });

  it("a second click on a decided post is told so", async () => {
    const { replyId } = await reportedReply("decided twice");
    await resolvePostReports(moderator.id, replyId, "dismissed");
    await expectAppError(resolvePostReports(moderator.id, replyId, "dismissed"), "CONFLICT");
    await expectAppError(resolvePostReports(moderator.id, replyId, "post_deleted"), "CONFLICT");
    expect((await db.post.findUniqueOrThrow({ where: { id: replyId } })).deletedAt).toBeNull();
  });

  it("members and organizers do not review; nor does a moderator on their own post", async () => {
    const { replyId } = await reportedReply("not theirs to decide");
    await expectAppError(resolvePostReports(other.id, replyId, "dismissed"), "FORBIDDEN", /^Only the group's moderators can review reports\.$/);
    await expectAppError(resolvePostReports(organizer.id, replyId, "post_deleted"), "FORBIDDEN");
    const thread = await makeThread(moderator.id, group.id, "A moderator's own thread", "Reported by a member.");
    await reportPost(reporter.id, { postId: thread.postId, reason: "off_topic", note: null });
    await expectAppError(resolvePostReports(moderator.id, thread.postId, "dismissed"), "FORBIDDEN", /reviewed by the group's other moderators/);
    expect(await db.postReport.count({ where: { postId: { in: [replyId, thread.postId] }, resolvedAt: null } })).toBe(2);
  });

  it("once a post's reports are resolved, kept or deleted, from the queue or its thread, every moderator's notice of them is read; other posts' stay unread", async () => {
    /** The owner's and the moderator's notices about the reported reply `body`: [unread, all]. */
    const notices = async (body: string) => {
      const about = { kind: "post.reported", userId: { in: [owner.id, moderator.id] }, message: { contains: `“About ${body}”` } };
      return [await db.notification.count({ where: { ...about, readAt: null } }), await db.notification.count({ where: about })];
    };
    const [kept, deleted, fromThread, waiting] = ["kept by the owner", "deleted by the moderator", "deleted in its thread", "still waiting"];
    for (const body of [kept, deleted, fromThread, waiting]) await reportedReply(body);
    expect(await notices(kept)).toEqual([2, 2]);

    // The owner keeps one: the moderator's notice is read too (and the owner's own).
    const keptReply = await db.post.findFirstOrThrow({ where: { body: kept }, select: { id: true } });
    await resolvePostReports(owner.id, keptReply.id, "dismissed");
    expect(await notices(kept)).toEqual([0, 2]);
    // Reported again, it notifies afresh; deleting it then settles the new notices and the old alike.
    await reportPost(reporter.id, { postId: keptReply.id, reason: "spam", note: null });
    expect(await notices(kept)).toEqual([2, 4]);
    await resolvePostReports(moderator.id, keptReply.id, "post_deleted");
    expect(await notices(kept)).toEqual([0, 4]);

    const deletedReply = await db.post.findFirstOrThrow({ where: { body: deleted }, select: { id: true } });
    await resolvePostReports(moderator.id, deletedReply.id, "post_deleted");
    expect(await notices(deleted)).toEqual([0, 2]);
    // Any deletion resolves the reports (decision 012), and with them their notices.
    const threadReply = await db.post.findFirstOrThrow({ where: { body: fromThread }, select: { id: true } });
    await deletePost(author.id, threadReply.id);
    expect(await notices(fromThread)).toEqual([0, 2]);
    expect(await notices(waiting)).toEqual([2, 2]);
  });

  it("a post deleted from its thread, by its author or a moderator, has its reports resolved with it", async () => {
    const { replyId } = await reportedReply("deleted by its author");
    await deletePost(author.id, replyId);
    expect(await db.postReport.findFirstOrThrow({ where: { postId: replyId } })).toMatchObject({ resolution: "post_deleted", resolvedById: author.id });
  });
});

describe("the review queue's data (decision 012)", () => {
  let owner: User, moderator: User, author: User, reporters: User[], member: User, admin: User, removedModerator: User, outsider: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [owner, moderator, author, member, admin, removedModerator, outsider] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser(), makeUser({ isSiteAdmin: true }), makeUser(), makeUser()]);
    reporters = await Promise.all([makeUser({ name: "Ada Reporter" }), makeUser({ name: "Bo Reporter" }), makeUser({ name: "Cy Reporter" })]);
    group = await makeGroup(owner.id);
    await addMember(group.id, moderator.id, "moderator");
    await addMember(group.id, removedModerator.id, "moderator");
    for (const user of [author, member, ...reporters]) await addMember(group.id, user.id);
    await removeMember(owner.id, group.id, removedModerator.id);
  });

  it("only the group's owners, moderators and site admins read it", async () => {
    for (const user of [owner, moderator, admin]) expect(await loadReportQueue(group.id, ref(user), 1)).not.toBeNull();
    for (const user of [member, removedModerator, outsider, author]) {
      expect(await loadReportQueue(group.id, ref(user), 1)).toBeNull();
      expect(await listResolvedReports(group.id, ref(user))).toBeNull();
    }
  });

  it("lists reported posts the most reported first, then the longest waiting, with reasons counted, reporters and notes", async () => {
    const thread = await makeThread(owner.id, group.id, "Queue order", "The opener.");
    const posts = [];
    for (const body of ["Reported once, first.", "Reported three times.", "Reported once, later."]) {
      posts.push((await replyToPost(author.id, { threadId: thread.threadId, parentId: thread.postId, body })).postId);
    }
    await reportPost(reporters[0]!.id, { postId: posts[0]!, reason: "spam", note: null });
    await reportPost(reporters[0]!.id, { postId: posts[1]!, reason: "abusive", note: "Calls people names." });
    await reportPost(reporters[1]!.id, { postId: posts[1]!, reason: "abusive", note: null });
    await reportPost(reporters[2]!.id, { postId: posts[1]!, reason: "spam", note: null });
    await reportPost(reporters[1]!.id, { postId: posts[2]!, reason: "off_topic", note: null });

    const queue = (await loadReportQueue(group.id, ref(moderator), 1))!;
    expect(queue.total).toBe(3);
    expect(queue.posts.map((post) => post.id)).toEqual([posts[1], posts[0], posts[2]]);
    const top = queue.posts[0]!;
    expect(top).toMatchObject({ excerpt: "Reported three times.", author: { id: author.id }, thread: { id: thread.threadId, title: "Queue order" }, reportCount: 3, own: false });
    expect(top.reasons).toEqual([
      { reason: "spam", count: 1 },
      { reason: "abusive", count: 2 },
    ]);
    expect(top.reports!.map((report) => [report.reporter.name, report.reason, report.note])).toEqual([
      ["Ada Reporter", "abusive", "Calls people names."],
      ["Bo Reporter", "abusive", null],
      ["Cy Reporter", "spam", null],
    ]);
    expect(await countOpenReports(group.id)).toBe(5);

    // Decided: out of the queue, into Resolved recently, newest first, with who decided.
    await resolvePostReports(moderator.id, posts[1]!, "dismissed");
    await resolvePostReports(owner.id, posts[0]!, "post_deleted");
    expect((await loadReportQueue(group.id, ref(moderator), 1))!.posts.map((post) => post.id)).toEqual([posts[2]]);
    const resolved = (await listResolvedReports(group.id, ref(moderator)))!;
    expect(resolved.slice(0, 2).map((decision) => [decision.postId, decision.resolution, decision.reports, decision.resolvedBy?.id, decision.excerpt])).toEqual([
      [posts[0], "post_deleted", 1, owner.id, null],
      [posts[1], "dismissed", 3, moderator.id, "Reported three times."],
    ]);
  });

  it("never shows a post's author who reported it, even a moderator", async () => {
    const thread = await makeThread(moderator.id, group.id, "A moderator's post", "Reported by a member.");
    await reportPost(reporters[0]!.id, { postId: thread.postId, reason: "other", note: "Something is off." });
    const mine = (await loadReportQueue(group.id, ref(moderator), 1))!.posts.find((post) => post.id === thread.postId)!;
    expect(mine).toMatchObject({ own: true, reports: null, reportCount: 1, reasons: [{ reason: "other", count: 1 }] });
    expect(JSON.stringify(mine)).not.toContain(reporters[0]!.name);
    const theirs = (await loadReportQueue(group.id, ref(owner), 1))!.posts.find((post) => post.id === thread.postId)!;
    expect(theirs.reports!.map((report) => report.reporter.name)).toEqual([reporters[0]!.name]);
  });

  it("leaves out posts of deleted threads, and pages by 50 posts", async () => {
    const other = await makeGroup(owner.id);
    await addMember(other.id, reporters[0]!.id);
    const thread = await makeThread(owner.id, other.id, "Many reports", "The opener.");
    for (let i = 0; i < 51; i++) {
      const { postId } = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: `Reply ${i}` });
      await reportPost(reporters[0]!.id, { postId, reason: "spam", note: null });
    }
    const [first, second] = await Promise.all([loadReportQueue(other.id, ref(owner), 1), loadReportQueue(other.id, ref(owner), 2)]);
    expect(first!.total).toBe(51);
    expect(first!.posts).toHaveLength(50);
    expect(second!.posts).toHaveLength(1);
    await deleteThread(owner.id, thread.threadId);
    expect((await loadReportQueue(other.id, ref(owner), 1))!.total).toBe(0);
    expect(await countOpenReports(other.id)).toBe(0);
  }, 60_000);
});
