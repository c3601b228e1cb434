import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listGroupThreads } from "@/lib/groups/data";
import { loadGroupActivity } from "@/lib/health/load-activity";
import { reviewGroup } from "@/lib/health/recommendations";
import { listFollowUpPosts, loadMeetup } from "@/lib/meetups/data";
import { scheduleMeetup, setCheckIn } from "@/lib/meetups/mutations";
import { makeMeetup, meetupInput } from "@/lib/meetups/test-fixtures";
import { listGroupProjects, loadProject, loadProjectForEdit, loadProjectOrigin } from "@/lib/projects/data";
import { createProject, updateProject } from "@/lib/projects/mutations";
import { expectAppError, makeProject } from "@/lib/projects/test-fixtures";
import { loadProfile } from "@/lib/users/data";
import { addMember, editAsShown, groupActivityHeld, makeGroup, makeThread, makeUser, untilSomeoneWaitsForALock } from "@/test/fixtures";
import { listThreadChoices, loadPostPath, loadThread, loadThreadPosts } from "./data";
import { deletePost, deleteThread, renameThread, replyToPost, setReaction, setThreadFlags } from "./mutations";
import { parseThreadParam } from "./schema";

const DAY = 24 * 3600_000;
type User = Awaited<ReturnType<typeof makeUser>>;

/** Distinct words, so no two test posts are near-duplicates of each other for the health engine. */
let seed = 0;
const words = (n: number) => Array.from({ length: n }, () => `w${(seed++).toString(36)}`).join(" ");

describe("deleting a thread", () => {
  let owner: User, moderator: User, member: User, admin: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [owner, moderator, member, admin] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser({ isSiteAdmin: true })]);
    group = await makeGroup(owner.id);
    await addMember(group.id, moderator.id, "moderator");
    await addMember(group.id, member.id);
  });

  it("a moderator deletes a spam thread: it leaves the list and its count, and its pages and permalinks are 404 for everyone", async () => {
    const kept = await makeThread(member.id, group.id, "Seed swap in March", words(8));
    const spam = await makeThread(member.id, group.id, "Cheap watches", words(8));
    const reply = await replyToPost(owner.id, { threadId: spam.threadId, parentId: spam.postId, body: "Is this spam?" });
    const before = await listGroupThreads(group.id, 1);

    await expectAppError(deleteThread(member.id, spam.threadId), "FORBIDDEN", /Only the group's moderators can delete a thread/);
    expect(await deleteThread(moderator.id, spam.threadId)).toEqual({ groupId: group.id, groupSlug: group.slug });

    const after = await listGroupThreads(group.id, 1);
    expect(after.total).toBe(before.total - 1);
    expect(after.threads.map((t) => t.id)).toContain(kept.threadId);
    expect(after.threads.map((t) => t.id)).not.toContain(spam.threadId);
    for (const viewer of [null, { id: member.id, isSiteAdmin: false }, { id: moderator.id, isSiteAdmin: false }, { id: admin.id, isSiteAdmin: true }]) {
      expect(await loadThread(spam.threadId, group.slug, viewer)).toBeNull();
      expect(await loadPostPath(reply.postId, group.slug, viewer)).toBeNull();
      expect(await loadPostPath(spam.postId, group.slug, viewer)).toBeNull();
    }
    // Soft: the posts are untouched, should the thread ever be restored.
    expect(await db.post.count({ where: { threadId: spam.threadId, deletedAt: null } })).toBe(2);
  });

  it("a deleted thread takes nothing any more: replies, likes, edits, deletions, flags, renames, a second deletion", async () => {
    const spam = await makeThread(member.id, group.id, "Buy followers", words(8));
    const reply = await replyToPost(owner.id, { threadId: spam.threadId, parentId: spam.postId, body: "Please stop." });
    await deleteThread(owner.id, spam.threadId);
    // Its members, whose forms were open on it, are told it was deleted; others only that it is not there.
    await expectAppError(replyToPost(owner.id, { threadId: spam.threadId, parentId: spam.postId, body: "Late answer" }), "NOT_FOUND", /^This thread was deleted: it takes no new replies\.$/);
    await expectAppError(setReaction(owner.id, spam.postId, "like", true), "NOT_FOUND", /^This post's thread was deleted, and its posts with it\.$/);
    await expectAppError(editAsShown(owner.id, reply.postId, "Edited"), "NOT_FOUND", /^This post's thread was deleted/);
    await expectAppError(setReaction(admin.id, spam.postId, "like", true), "NOT_FOUND", /^This post does not exist\.$/);
    await expectAppError(deletePost(owner.id, reply.postId), "NOT_FOUND");
    await expectAppError(setThreadFlags(owner.id, spam.threadId, { pinned: true }), "NOT_FOUND");
    await expectAppError(renameThread(owner.id, spam.threadId, "New name"), "NOT_FOUND");
    await expectAppError(deleteThread(owner.id, spam.threadId), "NOT_FOUND");
  });

  it("site admins delete threads of any group; organizers cannot", async () => {
    const organizer = await makeUser();
    await addMember(group.id, organizer.id, "organizer");
    const thread = await makeThread(member.id, group.id, "Off topic", words(8));
    await expectAppError(deleteThread(organizer.id, thread.threadId), "FORBIDDEN");
    await deleteThread(admin.id, thread.threadId);
    expect(await loadThread(thread.threadId, group.slug, null)).toBeNull();
  });

  it("the group's last activity goes back to its last activity without the deleted thread", async () => {
    const quiet = await makeGroup(owner.id, { createdAt: new Date(Date.now() - 10 * DAY) });
    const older = await makeThread(owner.id, quiet.id, "Older", words(8));
    const olderAt = new Date(Date.now() - 3 * DAY);
    await db.thread.update({ where: { id: older.threadId }, data: { lastActivityAt: olderAt } });
    await addMember(quiet.id, member.id);
    const spam = await makeThread(member.id, quiet.id, "Spam on top", words(8));
    expect((await db.group.findUniqueOrThrow({ where: { id: quiet.id } })).lastActivityAt.getTime()).toBeGreaterThan(olderAt.getTime());
    await deleteThread(owner.id, spam.threadId);
    expect((await db.group.findUniqueOrThrow({ where: { id: quiet.id } })).lastActivityAt).toEqual(olderAt);
    // Without any thread left, the group's creation is its last activity.
    await deleteThread(owner.id, older.threadId);
    const emptied = await db.group.findUniqueOrThrow({ where: { id: quiet.id } });
    expect(emptied.lastActivityAt).toEqual(emptied.createdAt);
  });
  it("a reply elsewhere committed while the deletion waits for the group's row keeps the group's last activity", async () => {
    const busy = await makeGroup(owner.id, { createdAt: new Date(Date.now() - 10 * DAY) });
    const spam = await makeThread(owner.id, busy.id, "Spam", words(8));
    const replyAt = new Date(Date.now() + 60_000);
    // A reply in another thread: it bumps the group's row and holds it until released.
    const reply = await groupActivityHeld(busy.id, replyAt);
    const deletion = deleteThread(owner.id, spam.threadId);
    await untilSomeoneWaitsForALock();
    reply.release();
    await Promise.all([reply.done, deletion]);
    expect((await db.group.findUniqueOrThrow({ where: { id: busy.id } })).lastActivityAt).toEqual(replyAt);
  });
});

describe("deleting the opening post", () => {
  let owner: User, author: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [owner, author] = await Promise.all([makeUser(), makeUser()]);
    group = await makeGroup(owner.id);
    await addMember(group.id, author.id);
  });

  it("without replies, the author's deletion of the opener deletes the thread with it", async () => {
    const thread = await makeThread(author.id, group.id, "Never mind", words(8));
    expect(await deletePost(author.id, thread.postId)).toMatchObject({ threadDeleted: true, groupSlug: group.slug });
    expect(await loadThread(thread.threadId, group.slug, null)).toBeNull();
    expect((await listGroupThreads(group.id, 1)).threads.map((t) => t.id)).not.toContain(thread.threadId);
  });

  it("a reply deleted before does not keep the thread: only posts still standing do", async () => {
    const thread = await makeThread(author.id, group.id, "Asked and regretted", words(8));
    const reply = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: "Answer I took back" });
    expect(await deletePost(owner.id, reply.postId)).toMatchObject({ threadDeleted: false });
    expect(await deletePost(author.id, thread.postId)).toMatchObject({ threadDeleted: true });
    expect(await loadThread(thread.threadId, group.slug, null)).toBeNull();
  });

  it("with replies, the opener reads as deleted and the replies stay; the last reply deleted then takes the thread along", async () => {
    const thread = await makeThread(author.id, group.id, "Worth answering", words(8));
    const reply = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: "A good answer" });
    expect(await deletePost(author.id, thread.postId)).toMatchObject({ threadDeleted: false });
    const loaded = await loadThread(thread.threadId, group.slug, null);
    const posts = await loadThreadPosts(thread.threadId, loaded!.outline.map((post) => post.id), null);
    expect(posts.find((post) => post.id === thread.postId)).toMatchObject({ deletedAt: expect.any(Date), html: "" });
    expect(posts.find((post) => post.id === reply.postId)?.html).toContain("A good answer");
    expect((await listGroupThreads(group.id, 1)).threads.find((t) => t.id === thread.threadId)?.replyCount).toBe(1);
    // Nothing left to read once the reply goes too: the thread goes with it.
    expect(await deletePost(owner.id, reply.postId)).toMatchObject({ threadDeleted: true });
    expect(await loadThread(thread.threadId, group.slug, null)).toBeNull();
  });

  it("deleting a post twice changes nothing the second time", async () => {
    const thread = await makeThread(author.id, group.id, "Twice", words(8));
    await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: "Still here" });
    const reply = await replyToPost(owner.id, { threadId: thread.threadId, parentId: thread.postId, body: "Going away" });
    expect(await deletePost(owner.id, reply.postId)).toMatchObject({ threadDeleted: false });
    expect(await deletePost(owner.id, reply.postId)).toMatchObject({ threadDeleted: false });
    expect(await loadThread(thread.threadId, group.slug, null)).not.toBeNull();
  });
});

describe("what reads threads leaves a deleted one out", () => {
  let owner: User, member: User;
  let group: { id: string; slug: string };
  let spam: { threadId: number; postId: number };
  let kept: { threadId: number; postId: number };
  let deletedAt: Date;
  const viewer = () => ({ id: member.id, isSiteAdmin: false });

  beforeAll(async () => {
    [owner, member] = await Promise.all([makeUser(), makeUser()]);
    group = await makeGroup(owner.id);
    await addMember(group.id, member.id);
    kept = await makeThread(member.id, group.id, "Cheese making questions", words(8));
    spam = await makeThread(member.id, group.id, "Cheap cheese pills", words(8));
  });

  it("thread choices of the meetup and project forms, recent, searched or already chosen", async () => {
    await deleteThread(owner.id, spam.threadId);
    deletedAt = (await db.thread.findUniqueOrThrow({ where: { id: spam.threadId } })).deletedAt!;
    expect((await listThreadChoices(group.id)).map((t) => t.id)).toEqual([kept.threadId]);
    expect((await listThreadChoices(group.id, { query: "cheese" })).map((t) => t.id)).toEqual([kept.threadId]);
    expect((await listThreadChoices(group.id, { include: [spam.threadId] })).map((t) => t.id)).toEqual([kept.threadId]);
  });

  it("meetups: a deleted thread cannot be linked, and a link made before is hidden, with its follow-ups", async () => {
    const schedule = scheduleMeetup(owner.id, group.id, meetupInput({ threadIds: [spam.threadId] }));
    await expectAppError(schedule, "INVALID", /Linked threads must be discussions of this group/);
    // Linked while it existed: the meetup page no longer lists it, nor posts written in it.
    const startsAt = new Date(Date.now() - 2 * 3600_000);
    const { id } = await makeMeetup(owner.id, group.id, { startsAt, threadIds: [kept.threadId] }, new Date(startsAt.getTime() - 3600_000));
    await db.meetupThread.create({ data: { meetupId: id, threadId: spam.threadId } });
    await setCheckIn(owner.id, id, member.id, true);
    await db.post.create({ data: { threadId: spam.threadId, authorId: member.id, parentId: spam.postId, body: "x", html: "<p>x</p>" } });
    const meetup = await loadMeetup(id, group.id);
    expect(meetup?.threads.map((t) => t.id)).toEqual([kept.threadId]);
    const followUps = await listFollowUpPosts(id, startsAt);
    expect(followUps.posts.map((post) => post.thread.id)).toEqual([kept.threadId]);
    expect(followUps.total).toBe(1);
  });

  it("projects: a deleted source shows as deleted without a link, stays when kept, and cannot be chosen anew", async () => {
    await expectAppError(createProject(member.id, group.id, { name: "P", goal: "G", status: "active", links: [], sourceThreadId: spam.threadId }), "INVALID", /source thread/);
    const project = await makeProject(member.id, group.id, { name: "Born in spam", sourceThreadId: kept.threadId });
    await db.project.update({ where: { id: project.projectId }, data: { sourceThreadId: spam.threadId } });
    const listed = (await listGroupProjects(group.id, viewer())).projects.find((p) => p.id === project.projectId);
    expect(listed).toMatchObject({ sourceThread: null, sourceThreadDeleted: true });
    expect(await loadProject(project.projectId, group.slug, viewer())).toMatchObject({ sourceThread: null, sourceThreadDeleted: true, sourcePost: null, meetups: [] });
    expect(await loadProjectForEdit(project.projectId, group.slug, viewer())).toMatchObject({ sourceThreadId: spam.threadId, sourceThreadDeleted: true });
    expect(await loadProjectOrigin(group.id, spam.threadId, spam.postId)).toBeNull();
    // Saving the edit form as it stands keeps the source; moving to it from another is refused.
    await updateProject(member.id, project.projectId, { version: 0, name: "Born in spam", goal: "G", sourceThreadId: spam.threadId, links: [] });
    expect((await db.project.findUniqueOrThrow({ where: { id: project.projectId } })).sourceThreadId).toBe(spam.threadId);
    await updateProject(member.id, project.projectId, { version: 1, name: "Born in spam", goal: "G", sourceThreadId: kept.threadId, links: [] });
    await expectAppError(updateProject(member.id, project.projectId, { version: 2, name: "Born in spam", goal: "G", sourceThreadId: spam.threadId, links: [] }), "INVALID");
  });

  it("profiles list no post of a deleted thread", async () => {
    const profile = await loadProfile(member.id, null);
    expect(profile?.posts.map((post) => post.thread.id)).not.toContain(spam.threadId);
    expect(profile?.posts.map((post) => post.id)).toContain(kept.postId);
  });

  it("health: its posts count as deleted posts do, it is no unanswered thread nor a project's source; a day recomputed before the deletion still sees it", async () => {
    const later = new Date(Date.now() + 3 * DAY);
    const activity = (await loadGroupActivity(group.id, later))!;
    expect(activity.threads.map((t) => t.id)).toEqual([String(kept.threadId)]);
    const spamPosts = activity.posts.filter((post) => post.threadId === String(spam.threadId));
    expect(spamPosts.length).toBeGreaterThan(0);
    expect(spamPosts.every((post) => !post.visible)).toBe(true);
    expect(reviewGroup(activity, later).unansweredThreadIds).toEqual([String(kept.threadId)]);

    const before = (await loadGroupActivity(group.id, new Date(deletedAt.getTime() - 1)))!;
    expect(before.threads.map((t) => t.id).sort()).toEqual([String(kept.threadId), String(spam.threadId)].sort());
    expect(before.posts.find((post) => post.id === String(spam.postId))?.visible).toBe(true);
  });
});

describe("editing a thread's title", () => {
  let owner: User, moderator: User, author: User, other: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [owner, moderator, author, other] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
    group = await makeGroup(owner.id);
    await addMember(group.id, moderator.id, "moderator");
    await addMember(group.id, author.id);
    await addMember(group.id, other.id);
  });

  it("the author renames their thread; the slug follows and the old address still names the thread", async () => {
    const thread = await makeThread(author.id, group.id, "Compost in winter", words(8));
    const renamed = await renameThread(author.id, thread.threadId, "Compost in a cold winter?");
    expect(renamed).toEqual({ id: thread.threadId, slug: "compost-in-a-cold-winter", groupSlug: group.slug });
    const loaded = await loadThread(thread.threadId, group.slug, null);
    expect(loaded).toMatchObject({ title: "Compost in a cold winter?", slug: "compost-in-a-cold-winter" });
    // The page redirects the old slug: the id alone decides which thread it is.
    expect(parseThreadParam(`${thread.threadId}-compost-in-winter`)).toBe(thread.threadId);
    // The same title again changes nothing.
    expect(await renameThread(author.id, thread.threadId, "Compost in a cold winter?")).toEqual(renamed);
  });

  it("other members cannot; moderators can, even in a locked thread, where the author no longer can", async () => {
    const thread = await makeThread(author.id, group.id, "Original", words(8));
    await expectAppError(renameThread(other.id, thread.threadId, "Hijacked"), "FORBIDDEN", /Only the thread's author and the group's moderators/);
    await setThreadFlags(moderator.id, thread.threadId, { locked: true });
    await expectAppError(renameThread(author.id, thread.threadId, "Sneaky edit"), "FORBIDDEN", /locked/);
    await renameThread(moderator.id, thread.threadId, "Renamed by a moderator");
    expect((await loadThread(thread.threadId, group.slug, null))?.title).toBe("Renamed by a moderator");
  });

  it("an author removed from the group cannot rename; a private group's thread is not found by outsiders", async () => {
    const thread = await makeThread(author.id, group.id, "Before removal", words(8));
    await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: author.id } }, data: { status: "banned" } });
    await expectAppError(renameThread(author.id, thread.threadId, "After removal"), "FORBIDDEN", /You were removed from this group/);
    await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: author.id } }, data: { status: "active" } });
    const secret = await makeGroup(owner.id, { visibility: "private" });
    const hidden = await makeThread(owner.id, secret.id, "Members only", words(8));
    await expectAppError(renameThread(other.id, hidden.threadId, "Peek"), "NOT_FOUND");
  });
});
