import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { expectAppError } from "@/lib/projects/test-fixtures";
import { addMember, editAsShown, makeGroup, makeThread, makeUser, noticeAndLogMark, toldAndLoggedSince } from "@/test/fixtures";
import { loadPostHistory } from "./data";
import { clearPostHistory, deletePost, editPost, replyToPost } from "./mutations";
import { postHistoryPath } from "./paths";

type User = Awaited<ReturnType<typeof makeUser>>;

/** Decision 023: every edit keeps the text it replaces; the author or the moderators may remove it. */
describe("a post's edit history", () => {
  let owner: User, author: User, member: User, outsider: User;
  let group: { id: string; slug: string };
  const reader = (user: User) => ({ id: user.id, isSiteAdmin: false });

  beforeAll(async () => {
    [owner, author, member, outsider] = await Promise.all([makeUser(), makeUser({ name: "Ana Author" }), makeUser(), makeUser()]);
    group = await makeGroup(owner.id, { name: "Seed savers", visibility: "private" });
    await addMember(group.id, author.id);
    await addMember(group.id, member.id);
  });

  async function postBy(user: User, body: string) {
    const thread = await makeThread(owner.id, group.id, "Swapping seeds");
    return (await replyToPost(user.id, { threadId: thread.threadId, parentId: thread.postId, body })).postId;
  }

  it("an edit from a form opened before another edit was saved (another tab) is refused, not silently replacing it", async () => {
    const postId = await postBy(author, "Tomatoes: sow in March.");
    // Two tabs open the editor on version 0; the first saves.
    expect(await editPost(author.id, postId, "Tomatoes: sow in late March.", 0)).toMatchObject({ changed: true });
    await expectAppError(
      editPost(author.id, postId, "Tomatoes: sow in February.", 0),
      "CONFLICT",
      /^Someone else \(or you, in another tab\) saved this post since you opened this page, so your changes were not saved\./,
    );
    // The first tab's words stand, and the history holds no trace of the refused one.
    const post = await db.post.findUniqueOrThrow({ where: { id: postId }, include: { revisions: true } });
    expect(post).toMatchObject({ body: "Tomatoes: sow in late March.", editCount: 1 });
    expect(post.revisions.map((revision) => revision.body)).toEqual(["Tomatoes: sow in March."]);
    // The same text as saved is no edit, whatever the form's version; from the current version, the edit goes through.
    expect(await editPost(author.id, postId, "Tomatoes: sow in late March.", 0)).toMatchObject({ changed: false });
    expect(await editPost(author.id, postId, "Tomatoes: sow in February.", 1)).toMatchObject({ changed: true });
  });

  it("keeps each replaced text with when it was written, in order; saving the same text is no edit", async () => {
    const postId = await postBy(author, "Beans from last year.");
    const posted = await db.post.findUniqueOrThrow({ where: { id: postId } });
    expect(await editAsShown(author.id, postId, "Beans from last year's crop.")).toMatchObject({ changed: true });
    const first = await db.post.findUniqueOrThrow({ where: { id: postId } });
    await editAsShown(author.id, postId, "Runner beans from last year's crop.");
    expect(await editAsShown(author.id, postId, "Runner beans from last year's crop.")).toMatchObject({ changed: false });

    const history = await loadPostHistory(postId, group.slug, reader(member));
    expect(history).toMatchObject({ body: "Runner beans from last year's crop.", editCount: 2, historyClearedAt: null, author: { name: "Ana Author" } });
    expect(history!.revisions.map(({ body, writtenAt }) => ({ body, writtenAt }))).toEqual([
      { body: "Beans from last year.", writtenAt: posted.createdAt },
      { body: "Beans from last year's crop.", writtenAt: first.editedAt },
    ]);
    // The unchanged save left the post as the second edit made it.
    expect((await db.post.findUniqueOrThrow({ where: { id: postId } })).editedAt).toEqual(history!.editedAt);
  });

  it("two edits at once from the same version: one saves, the other is refused, and the history holds what the first replaced", async () => {
    const postId = await postBy(author, "Version one.");
    const outcomes = await Promise.allSettled([editPost(author.id, postId, "Version two.", 0), editPost(author.id, postId, "Version three.", 0)]);
    expect(outcomes.map((outcome) => outcome.status).toSorted()).toEqual(["fulfilled", "rejected"]);
    const history = await loadPostHistory(postId, group.slug, reader(author));
    expect(history!.revisions.map((revision) => revision.body)).toEqual(["Version one."]);
    expect(["Version two.", "Version three."]).toContain(history!.body);
    expect(history!.editCount).toBe(1);
  });

  it("is for whoever may read the thread: not outside a private group, nor for a deleted post", async () => {
    const postId = await postBy(author, "Peas.");
    await editAsShown(author.id, postId, "Sugar snap peas.");
    expect(await loadPostHistory(postId, group.slug, reader(outsider))).toBeNull();
    expect(await loadPostHistory(postId, group.slug, null)).toBeNull();
    expect(await loadPostHistory(postId, "another-group", reader(member))).toBeNull();
    await deletePost(author.id, postId);
    expect(await loadPostHistory(postId, group.slug, reader(author))).toBeNull();
    await expectAppError(clearPostHistory(author.id, postId), "CONFLICT", /deleted/);
  });

  it("its author removes the earlier versions quietly: nothing logged, nobody told", async () => {
    const postId = await postBy(author, "My phone is 555-0100, call me.");
    await editAsShown(author.id, postId, "Message me here instead.");
    const before = await noticeAndLogMark();
    expect(await clearPostHistory(author.id, postId)).toMatchObject({ removed: 1 });
    const history = await loadPostHistory(postId, group.slug, reader(member));
    expect(history).toMatchObject({ revisions: [], editCount: 1, historyClearedById: author.id, body: "Message me here instead." });
    expect(history!.historyClearedAt).toBeInstanceOf(Date);
    expect(await toldAndLoggedSince(before)).toEqual({ notices: [], entries: [] });
    // Nothing left to remove: said so, and nothing written.
    await expectAppError(clearPostHistory(author.id, postId), "CONFLICT", /no earlier versions/);
    // Edited again, the history keeps the new replaced text.
    await editAsShown(author.id, postId, "Message me here, please.");
    expect((await loadPostHistory(postId, group.slug, reader(member)))!.revisions.map((revision) => revision.body)).toEqual(["Message me here instead."]);
  });

  it("the moderators may remove them too: logged with how many, and the author is told; nobody else may", async () => {
    const postId = await postBy(author, "Rude first draft.");
    await editAsShown(author.id, postId, "Polite second draft.");
    await editAsShown(author.id, postId, "Polite final draft.");
    await expectAppError(clearPostHistory(member.id, postId), "FORBIDDEN", /moderators/);
    await expectAppError(clearPostHistory(outsider.id, postId), "NOT_FOUND", /^This post does not exist\.$/);
    await expectAppError(clearPostHistory(owner.id, 2_000_000_000), "NOT_FOUND");
    expect(await db.postRevision.count({ where: { postId } })).toBe(2);

    const before = await noticeAndLogMark();
    expect(await clearPostHistory(owner.id, postId)).toMatchObject({ removed: 2 });
    expect(await db.postRevision.count({ where: { postId } })).toBe(0);
    expect(await toldAndLoggedSince(before)).toEqual({
      notices: [
        {
          userId: author.id,
          kind: "post.history.cleared",
          message: "The moderators of Seed savers removed the earlier versions of your post in “Swapping seeds” from its edit history.",
          url: postHistoryPath(group.slug, postId),
        },
      ],
      entries: [{ actorId: owner.id, action: "post_history_cleared", targetKind: "post", targetId: String(postId), targetLabel: "Ana Author's post in “Swapping seeds”", details: { versions: 2 } }],
    });
  });
});
