import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadThreadPosts } from "@/lib/discussions/data";
import { deletePost, replyToPost, reportPost, restorePost } from "@/lib/discussions/mutations";
import { postPermalink } from "@/lib/discussions/paths";
import { loadGroupActivity } from "@/lib/health/load-activity";
import { listDeletedProjectUpdates, loadProject } from "@/lib/projects/data";
import { changeProjectStatus, deleteProject, deleteProjectUpdate, joinProject, postProjectUpdate, restoreProjectUpdate } from "@/lib/projects/mutations";
import { expectAppError, makeProject } from "@/lib/projects/test-fixtures";
import { addMember, makeGroup, makeThread, makeUser, noticeAndLogMark, toldAndLoggedSince } from "@/test/fixtures";

type User = Awaited<ReturnType<typeof makeUser>>;

/** Decisions 009 and 005 §9 (amended): the moderators undo their own deletions, never an author's. */
describe("moderators restore a post or a project update the moderators deleted", () => {
  let owner: User, moderator: User, author: User, member: User, outsider: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [owner, moderator, author, member, outsider] = await Promise.all([makeUser(), makeUser(), makeUser({ name: "Ana Author" }), makeUser(), makeUser()]);
    group = await makeGroup(owner.id, { name: "Seed savers" });
    await addMember(group.id, moderator.id, "moderator");
    await addMember(group.id, author.id);
    await addMember(group.id, member.id);
  });

  it("a post deleted by a moderator comes back with its words and likes; the author is told, the log says who", async () => {
    const thread = await makeThread(owner.id, group.id, "Swapping seeds");
    const { postId } = await replyToPost(author.id, { threadId: thread.threadId, parentId: thread.postId, body: "Bean seeds from last year's crop, anyone?" });
    await reportPost(member.id, { postId, reason: "spam", note: null });
    await deletePost(moderator.id, postId);
    const [shown] = await loadThreadPosts(thread.threadId, [postId], { id: owner.id, isSiteAdmin: false });
    expect(shown).toMatchObject({ html: "", deletedByModerators: true });

    for (const refused of [author, member]) await expectAppError(restorePost(refused.id, postId), "FORBIDDEN", /moderators/);
    const before = await noticeAndLogMark();
    await restorePost(owner.id, postId);

    const [back] = await loadThreadPosts(thread.threadId, [postId], { id: member.id, isSiteAdmin: false });
    expect(back).toMatchObject({ deletedAt: null, deletedByModerators: false });
    expect(back?.html).toContain("Bean seeds");
    expect(await db.post.findUniqueOrThrow({ where: { id: postId }, select: { deletedById: true } })).toEqual({ deletedById: null });
    expect(await toldAndLoggedSince(before)).toEqual({
      notices: [{ userId: author.id, kind: "post.restored", message: "The moderators of Seed savers restored your post in “Swapping seeds”.", url: postPermalink(group.slug, postId) }],
      entries: [{ actorId: owner.id, action: "post_restored", targetKind: "post", targetId: String(postId), targetLabel: "Ana Author's post in “Swapping seeds”", details: null }],
    });
    // Its reports stay settled: the deletion decided them, the restore was the second look.
    expect(await db.postReport.count({ where: { postId, resolvedAt: null } })).toBe(0);
    expect((await loadGroupActivity(group.id, new Date()))?.posts.map((post) => post.id)).toContain(String(postId));
    // A second click, or another moderator meanwhile: nothing to do, and nothing written.
    const again = await noticeAndLogMark();
    await expectAppError(restorePost(moderator.id, postId), "CONFLICT", /not deleted/);
    expect(await toldAndLoggedSince(again)).toEqual({ notices: [], entries: [] });
  });

  it("a post its author deleted stays theirs: no restore, and the thread shows it as any deleted post", async () => {
    const thread = await makeThread(owner.id, group.id, "Withdrawn words");
    const { postId } = await replyToPost(author.id, { threadId: thread.threadId, parentId: thread.postId, body: "On second thoughts, never mind." });
    await deletePost(author.id, postId);
    const [shown] = await loadThreadPosts(thread.threadId, [postId], { id: moderator.id, isSiteAdmin: false });
    expect(shown).toMatchObject({ deletedByModerators: false });
    await expectAppError(restorePost(moderator.id, postId), "CONFLICT", /Its author deleted this post/);
    expect((await db.post.findUniqueOrThrow({ where: { id: postId } })).deletedAt).toBeInstanceOf(Date);
    // A deletion from before deleters were kept cannot be told from an author's: not restored either.
    const old = await replyToPost(author.id, { threadId: thread.threadId, parentId: thread.postId, body: "Deleted long ago by someone." });
    await db.post.update({ where: { id: old.postId }, data: { deletedAt: new Date() } });
    await expectAppError(restorePost(moderator.id, old.postId), "CONFLICT", /not recorded/);
  });

  it("what a post the moderators deleted said reaches the group's moderators, owners and site admins only; an author's own deletion, nobody", async () => {
    const thread = await makeThread(owner.id, group.id, "Before restoring");
    const { postId } = await replyToPost(author.id, { threadId: thread.threadId, parentId: thread.postId, body: "Cheap **watches** at my shop." });
    const withdrawn = await replyToPost(author.id, { threadId: thread.threadId, parentId: thread.postId, body: "Words I took back." });
    await deletePost(moderator.id, postId);
    await deletePost(author.id, withdrawn.postId);
    const admin = await makeUser({ isSiteAdmin: true });
    const organizer = await makeUser();
    await addMember(group.id, organizer.id, "organizer");
    const seenBy = async (viewer: { id: string; isSiteAdmin: boolean } | null) => {
      const posts = await loadThreadPosts(thread.threadId, [postId, withdrawn.postId], viewer);
      return posts.map((post) => ({ html: post.html, body: post.body, deletedHtml: post.deletedHtml }));
    };
    const words = expect.stringContaining("<strong>watches</strong>");
    for (const reader of [owner, moderator, { id: admin.id, isSiteAdmin: true }]) {
      expect(await seenBy({ id: reader.id, isSiteAdmin: reader.isSiteAdmin })).toEqual([{ html: "", body: "", deletedHtml: words }, { html: "", body: "", deletedHtml: null }]);
    }
    // Members, organizers, the author, people outside the group and signed-out readers never receive it.
    for (const reader of [member, organizer, author, outsider]) {
      expect(await seenBy({ id: reader.id, isSiteAdmin: false })).toEqual([{ html: "", body: "", deletedHtml: null }, { html: "", body: "", deletedHtml: null }]);
    }
    expect(await seenBy(null)).toEqual([{ html: "", body: "", deletedHtml: null }, { html: "", body: "", deletedHtml: null }]);
    // A moderator removed from the group is a moderator no longer.
    const former = await makeUser();
    await addMember(group.id, former.id, "moderator");
    await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: former.id } }, data: { status: "banned" } });
    expect((await seenBy({ id: former.id, isSiteAdmin: false }))[0]?.deletedHtml).toBeNull();
  });

  it("outsiders of a private group find no post to restore", async () => {
    const hidden = await makeGroup(owner.id, { visibility: "private" });
    await addMember(hidden.id, author.id);
    const thread = await makeThread(owner.id, hidden.id, "Behind closed doors");
    const { postId } = await replyToPost(author.id, { threadId: thread.threadId, parentId: thread.postId, body: "Members only, please." });
    await deletePost(owner.id, postId);
    await expectAppError(restorePost(outsider.id, postId), "NOT_FOUND");
    await expectAppError(restorePost(moderator.id, postId), "NOT_FOUND");
  });

  it("an update the moderators deleted is listed for them and restored, even on an archived project; the author's own deletion is not", async () => {
    const { projectId } = await makeProject(member.id, group.id, { name: "Seed library" });
    await joinProject(author.id, projectId);
    const flagged = await postProjectUpdate(author.id, projectId, "Catalogued **forty** varieties.");
    const withdrawn = await postProjectUpdate(author.id, projectId, "Typo, ignore.");
    await changeProjectStatus(member.id, projectId, "archived");
    await deleteProjectUpdate(moderator.id, flagged.updateId);
    await deleteProjectUpdate(author.id, withdrawn.updateId);

    const listed = await listDeletedProjectUpdates(projectId);
    expect(listed).toEqual({ total: 1, updates: [expect.objectContaining({ id: flagged.updateId, author: { id: author.id, name: "Ana Author" }, deletedBy: { id: moderator.id, name: moderator.name } })] });

    for (const refused of [author, member]) await expectAppError(restoreProjectUpdate(refused.id, flagged.updateId), "FORBIDDEN", /moderators/);
    await expectAppError(restoreProjectUpdate(outsider.id, flagged.updateId), "FORBIDDEN");
    await expectAppError(restoreProjectUpdate(moderator.id, withdrawn.updateId), "CONFLICT", /Its author deleted this update/);
    await expectAppError(restoreProjectUpdate(moderator.id, 2_147_483_647), "NOT_FOUND");
    const before = await noticeAndLogMark();
    await restoreProjectUpdate(moderator.id, flagged.updateId);

    expect((await loadProject(projectId, group.slug, { id: member.id, isSiteAdmin: false }))?.updates.map((update) => update.id)).toEqual([flagged.updateId]);
    expect(await listDeletedProjectUpdates(projectId)).toEqual({ total: 0, updates: [] });
    expect(await toldAndLoggedSince(before)).toEqual({
      notices: [{ userId: author.id, kind: "project.update.restored", message: "The moderators of Seed savers restored your update to the project “Seed library”.", url: `/g/${group.slug}/projects/${projectId}` }],
      entries: [{ actorId: moderator.id, action: "project_update_restored", targetKind: "project", targetId: String(projectId), targetLabel: "Seed library", details: { author: "Ana Author" } }],
    });
    // Restored, it is a standing update again: a second restore finds no deleted update.
    await expectAppError(restoreProjectUpdate(moderator.id, flagged.updateId), "NOT_FOUND");
  });

  it("a deleted project's updates are not restored one by one", async () => {
    const { projectId } = await makeProject(member.id, group.id);
    const { updateId } = await postProjectUpdate(member.id, projectId, "Progress worth keeping.");
    await deleteProjectUpdate(moderator.id, updateId);
    await deleteProject(moderator.id, projectId);
    await expectAppError(restoreProjectUpdate(moderator.id, updateId), "NOT_FOUND");
  });
});
