import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { removeMember } from "@/lib/groups/mutations";
import { deleteProject, deleteProjectUpdate, joinProject, postProjectUpdate, restoreProject, setContributorRole } from "@/lib/projects/mutations";
import { makeProject } from "@/lib/projects/test-fixtures";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { deletePost, deleteThread, replyToPost, reportPost, resolvePostReports, restoreThread } from "./mutations";
import { threadPath } from "./paths";

type User = Awaited<ReturnType<typeof makeUser>>;

/** The notices `userId` got since `since` (id), oldest first. */
async function noticesOf(userId: string, since: number) {
  return db.notification.findMany({ where: { userId, id: { gt: since } }, orderBy: { id: "asc" }, select: { kind: true, message: true, url: true } });
}
const lastNoticeId = async () => (await db.notification.aggregate({ _max: { id: true } }))._max.id ?? 0;

describe("an author is told when the moderators delete or restore their post, thread, project or update (decision 019)", () => {
  let owner: User, moderator: User, author: User, reporter: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [owner, moderator, author, reporter] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
    group = await makeGroup(owner.id, { name: "Seed savers" });
    await addMember(group.id, moderator.id, "moderator");
    await addMember(group.id, author.id);
    await addMember(group.id, reporter.id);
  });

  it("a post deleted by a moderator: the author hears it from 'the moderators', with a way to the thread; their own deletion says nothing", async () => {
    const thread = await makeThread(owner.id, group.id, "Swapping seeds");
    const { postId } = await replyToPost(author.id, { threadId: thread.threadId, parentId: thread.postId, body: "Cheap watches at my shop." });
    const since = await lastNoticeId();
    await deletePost(moderator.id, postId);
    const path = threadPath(group.slug, await db.thread.findUniqueOrThrow({ where: { id: thread.threadId }, select: { id: true, slug: true } }));
    expect(await noticesOf(author.id, since)).toEqual([{ kind: "post.removed", message: "The moderators of Seed savers deleted your post in “Swapping seeds”.", url: path }]);
    // The moderator is not named to the author.
    expect((await noticesOf(author.id, since))[0]!.message).not.toContain(moderator.name);

    const own = await replyToPost(author.id, { threadId: thread.threadId, parentId: thread.postId, body: "Sorry, wrong group." });
    const before = await lastNoticeId();
    await deletePost(author.id, own.postId);
    expect(await noticesOf(author.id, before)).toEqual([]);
  });

  it("deleted from the review queue, the notice says it was reported; a post that took its thread along leads to the group", async () => {
    const lone = await makeThread(author.id, group.id, "Buy followers");
    await reportPost(reporter.id, { postId: lone.postId, reason: "spam", note: null });
    const since = await lastNoticeId();
    expect(await resolvePostReports(moderator.id, lone.postId, "post_deleted")).toMatchObject({ threadDeleted: true });
    expect(await noticesOf(author.id, since)).toEqual([
      { kind: "post.removed", message: "The moderators of Seed savers deleted your post in “Buy followers” after it was reported.", url: `/g/${group.slug}` },
    ]);
    // Nobody else hears of it: not the reporter, not the moderator.
    expect(await noticesOf(reporter.id, since)).toEqual([]);
    expect(await noticesOf(moderator.id, since)).toEqual([]);
  });

  it("a thread deleted, then restored: two notices, the second leading back to it; a moderator deleting their own thread tells nobody", async () => {
    const { threadId } = await makeThread(author.id, group.id, "Off-topic rant");
    const since = await lastNoticeId();
    await deleteThread(moderator.id, threadId);
    await restoreThread(owner.id, threadId);
    const thread = await db.thread.findUniqueOrThrow({ where: { id: threadId }, select: { id: true, slug: true } });
    expect(await noticesOf(author.id, since)).toEqual([
      { kind: "thread.removed", message: "The moderators of Seed savers deleted your thread “Off-topic rant”.", url: `/g/${group.slug}` },
      { kind: "thread.restored", message: "The moderators of Seed savers restored your thread “Off-topic rant”.", url: threadPath(group.slug, thread) },
    ]);

    const mine = await makeThread(moderator.id, group.id, "Moderator's draft");
    const before = await lastNoticeId();
    await deleteThread(moderator.id, mine.threadId);
    expect(await noticesOf(moderator.id, before)).toEqual([]);
  });

  it("a moderator's reason goes to the author with the notice, and into the group's log", async () => {
    const thread = await makeThread(owner.id, group.id, "Tool library");
    const { postId } = await replyToPost(author.id, { threadId: thread.threadId, parentId: thread.postId, body: "Buy my drill, 50% off!" });
    await reportPost(reporter.id, { postId, reason: "spam", note: null });
    const since = await lastNoticeId();
    await resolvePostReports(moderator.id, postId, "post_deleted", "Selling is for the Marketplace thread.");
    expect((await noticesOf(author.id, since)).map((notice) => notice.message)).toEqual([
      "The moderators of Seed savers deleted your post in “Tool library” after it was reported: “Selling is for the Marketplace thread.”",
    ]);
    const entry = await db.moderationEntry.findFirstOrThrow({ where: { groupId: group.id, targetId: String(postId) } });
    expect(entry.details).toEqual({ fromReports: true, reason: "Selling is for the Marketplace thread." });

    const { threadId } = await makeThread(author.id, group.id, "Tool library (again)");
    await deleteThread(moderator.id, threadId, "A duplicate of “Tool library”.");
    expect((await noticesOf(author.id, since)).at(-1)?.message).toBe("The moderators of Seed savers deleted your thread “Tool library (again)”: “A duplicate of “Tool library”.”");
  });

  it("a project deleted and restored: its lead and co-leads are told, not its contributors; an update deleted: its author", async () => {
    const { projectId } = await makeProject(author.id, group.id, { name: "Seed catalogue" });
    await joinProject(reporter.id, projectId);
    await setContributorRole(author.id, projectId, reporter.id, "colead");
    const contributor = await makeUser();
    await addMember(group.id, contributor.id);
    await joinProject(contributor.id, projectId);
    const { updateId } = await postProjectUpdate(contributor.id, projectId, "Scanned 40 packets.");

    let since = await lastNoticeId();
    await deleteProjectUpdate(moderator.id, updateId);
    const path = `/g/${group.slug}/projects/${projectId}`;
    expect(await noticesOf(contributor.id, since)).toEqual([{ kind: "project.update.removed", message: "The moderators of Seed savers deleted your update to the project “Seed catalogue”.", url: path }]);

    since = await lastNoticeId();
    await deleteProject(moderator.id, projectId, { reason: "A shop's catalogue, not the group's." });
    await restoreProject(owner.id, projectId);
    for (const lead of [author, reporter]) {
      expect(await noticesOf(lead.id, since), lead.name).toEqual([
        { kind: "project.removed", message: "The moderators of Seed savers deleted your project “Seed catalogue”: “A shop's catalogue, not the group's.”", url: `/g/${group.slug}/projects` },
        { kind: "project.restored", message: "The moderators of Seed savers restored your project “Seed catalogue”.", url: path },
      ]);
    }
    expect(await noticesOf(contributor.id, since)).toEqual([]);
    // The reason is in the log too, with the deletion; without one, the notice ends as before.
    const logged = await db.moderationEntry.findFirstOrThrow({ where: { groupId: group.id, action: "project_deleted", targetId: String(projectId) }, select: { details: true } });
    expect(logged.details).toEqual({ reason: "A shop's catalogue, not the group's." });
    since = await lastNoticeId();
    await deleteProject(moderator.id, projectId);
    expect((await noticesOf(author.id, since)).map((notice) => notice.message)).toEqual(["The moderators of Seed savers deleted your project “Seed catalogue”."]);
  });

  it("an author removed from a private group is led to the directory, not to a page they would get a 404 on", async () => {
    const hidden = await makeGroup(owner.id, { visibility: "private", name: "Inner circle" });
    await addMember(hidden.id, author.id);
    const { threadId } = await makeThread(author.id, hidden.id, "Leaked plans");
    await removeMember(owner.id, hidden.id, author.id);
    const since = await lastNoticeId();
    await deleteThread(owner.id, threadId);
    expect(await noticesOf(author.id, since)).toEqual([{ kind: "thread.removed", message: "The moderators of Inner circle deleted your thread “Leaked plans”.", url: "/groups" }]);
  });
});
