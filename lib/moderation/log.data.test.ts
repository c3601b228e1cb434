import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deletePost, deleteThread, renameThread, replyToPost, reportPost, resolvePostReports, restoreThread, setThreadFlags } from "@/lib/discussions/mutations";
import { addMemberByEmail, reinstateMember, removeMember, setMemberRole, updateGroupSettings } from "@/lib/groups/mutations";
import { cancelMeetup, updateMeetup } from "@/lib/meetups/mutations";
import { makeMeetup, meetupInput } from "@/lib/meetups/test-fixtures";
import { listDeletedProjects } from "@/lib/projects/data";
import { deleteProject, deleteProjectUpdate, joinProject, postProjectUpdate, restoreProject } from "@/lib/projects/mutations";
import { expectAppError, makeProject } from "@/lib/projects/test-fixtures";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { listModerationLog } from "./data";
import { MODERATION_LOG_PAGE_SIZE, type ModerationAction } from "./log";

type User = Awaited<ReturnType<typeof makeUser>>;
type Group = Awaited<ReturnType<typeof makeGroup>>;

const entriesOf = (groupId: string) =>
  db.moderationEntry.findMany({ where: { groupId }, orderBy: { id: "asc" }, select: { actorId: true, action: true, targetKind: true, targetId: true, targetLabel: true, details: true } });

/**
 * Runs `act` and returns the entries it added to the group's log: a test says which it expects
 * (exactly one, or none).
 */
async function logged(groupId: string, act: () => Promise<unknown>) {
  const before = await db.moderationEntry.count({ where: { groupId } });
  await act();
  return (await entriesOf(groupId)).slice(before);
}

describe("each act of moderation writes one entry, and a refused one none (decision 018)", () => {
  let owner: User, moderator: User, organizer: User, author: User, member: User, admin: User;
  let group: Group;

  beforeAll(async () => {
    [owner, moderator, organizer, author, member, admin] = await Promise.all([
      makeUser({ name: "Olga Owner" }),
      makeUser({ name: "Mo Moderator" }),
      makeUser({ name: "Orson Organizer" }),
      makeUser({ name: "Ana Author" }),
      makeUser({ name: "Max Member" }),
      makeUser({ isSiteAdmin: true }),
    ]);
    group = await makeGroup(owner.id, { name: "Seed savers" });
    await addMember(group.id, moderator.id, "moderator");
    await addMember(group.id, organizer.id, "organizer");
    await addMember(group.id, author.id);
    await addMember(group.id, member.id);
  });

  /** A thread by the owner with a reply by the author (deleting the reply leaves the thread). */
  async function authorsReply(title = "Swapping seeds") {
    const thread = await makeThread(owner.id, group.id, title, "Who has tomato seeds to swap?");
    const { postId } = await replyToPost(author.id, { threadId: thread.threadId, parentId: thread.postId, body: "Buy cheap watches at my shop." });
    return { ...thread, replyId: postId };
  }

  it("deleting someone else's post is recorded with its label; one's own is not; a member's attempt is refused and leaves none", async () => {
    const { replyId } = await authorsReply();
    expect(await logged(group.id, () => expectAppError(deletePost(member.id, replyId), "FORBIDDEN"))).toEqual([]);
    expect(await logged(group.id, () => deletePost(moderator.id, replyId))).toEqual([
      { actorId: moderator.id, action: "post_deleted", targetKind: "post", targetId: String(replyId), targetLabel: "Ana Author's post in “Swapping seeds”", details: {} },
    ]);
    // A second click changes nothing, and records nothing.
    expect(await logged(group.id, () => deletePost(moderator.id, replyId))).toEqual([]);
    const own = await authorsReply();
    expect(await logged(group.id, () => deletePost(author.id, own.replyId))).toEqual([]);
    // A moderator deleting their own post is not moderating either.
    const mine = await makeThread(moderator.id, group.id, "My own thread");
    const { postId } = await replyToPost(moderator.id, { threadId: mine.threadId, parentId: mine.postId, body: "And a reply of mine." });
    expect(await logged(group.id, () => deletePost(moderator.id, postId))).toEqual([]);
  });

  it("the last post standing takes its thread: one entry that says so", async () => {
    const lone = await makeThread(author.id, group.id, "Lonely spam");
    const entries = await logged(group.id, () => deletePost(moderator.id, lone.postId));
    expect(entries).toMatchObject([{ action: "post_deleted", details: { threadDeleted: true } }]);
  });

  it("locking, unlocking, pinning record each change once; a flag already set and a member's try record nothing", async () => {
    const { threadId } = await makeThread(author.id, group.id, "Rules of the plot");
    expect(await logged(group.id, () => expectAppError(setThreadFlags(member.id, threadId, { locked: true }), "FORBIDDEN"))).toEqual([]);
    const lock = await logged(group.id, () => setThreadFlags(moderator.id, threadId, { locked: true }));
    expect(lock).toEqual([{ actorId: moderator.id, action: "thread_locked", targetKind: "thread", targetId: String(threadId), targetLabel: "Rules of the plot", details: null }]);
    expect(await logged(group.id, () => setThreadFlags(owner.id, threadId, { locked: true }))).toEqual([]);
    expect((await logged(group.id, () => setThreadFlags(admin.id, threadId, { locked: false, pinned: true }))).map((entry) => entry.action)).toEqual(["thread_pinned", "thread_unlocked"]);
    expect((await logged(group.id, () => setThreadFlags(moderator.id, threadId, { pinned: false }))).map((entry) => entry.action)).toEqual(["thread_unpinned"]);
  });

  it("deleting and restoring a thread are recorded once each", async () => {
    const { threadId } = await makeThread(author.id, group.id, "Off-topic rant");
    expect(await logged(group.id, () => expectAppError(deleteThread(member.id, threadId), "FORBIDDEN"))).toEqual([]);
    expect((await logged(group.id, () => deleteThread(moderator.id, threadId))).map((entry) => [entry.action, entry.targetLabel])).toEqual([["thread_deleted", "Off-topic rant"]]);
    expect(await logged(group.id, () => expectAppError(deleteThread(moderator.id, threadId), "NOT_FOUND"))).toEqual([]);
    expect((await logged(group.id, () => restoreThread(owner.id, threadId))).map((entry) => [entry.actorId, entry.action])).toEqual([[owner.id, "thread_restored"]]);
    expect(await logged(group.id, () => expectAppError(restoreThread(owner.id, threadId), "CONFLICT"))).toEqual([]);
  });

  it("the review queue: keeping a post records its dismissed reports; deleting it records the deletion, from the reports", async () => {
    const kept = await authorsReply("Seed catalogues");
    await reportPost(member.id, { postId: kept.replyId, reason: "spam", note: null });
    await reportPost(organizer.id, { postId: kept.replyId, reason: "off_topic", note: null });
    expect(await logged(group.id, () => resolvePostReports(moderator.id, kept.replyId, "dismissed"))).toEqual([
      { actorId: moderator.id, action: "reports_dismissed", targetKind: "post", targetId: String(kept.replyId), targetLabel: "Ana Author's post in “Seed catalogues”", details: { reports: 2 } },
    ]);
    expect(await logged(group.id, () => expectAppError(resolvePostReports(owner.id, kept.replyId, "dismissed"), "CONFLICT"))).toEqual([]);
    const removed = await authorsReply("Seed sellers");
    await reportPost(member.id, { postId: removed.replyId, reason: "spam", note: null });
    expect(await logged(group.id, () => resolvePostReports(owner.id, removed.replyId, "post_deleted"))).toMatchObject([{ actorId: owner.id, action: "post_deleted", details: { fromReports: true } }]);
  });

  it("adding, removing, reinstating and changing roles are recorded under the person's name", async () => {
    const newcomer = await makeUser({ name: "Nina Newcomer" });
    expect(await logged(group.id, () => expectAppError(addMemberByEmail(moderator.id, group.id, newcomer.email), "FORBIDDEN"))).toEqual([]);
    expect(await logged(group.id, () => addMemberByEmail(owner.id, group.id, newcomer.email))).toEqual([
      { actorId: owner.id, action: "member_added", targetKind: "member", targetId: newcomer.id, targetLabel: "Nina Newcomer", details: null },
    ]);
    // Already a member: refused, nothing recorded.
    expect(await logged(group.id, () => expectAppError(addMemberByEmail(owner.id, group.id, newcomer.email), "ALREADY_EXISTS"))).toEqual([]);

    expect(await logged(group.id, () => expectAppError(setMemberRole(moderator.id, group.id, newcomer.id, "organizer"), "FORBIDDEN"))).toEqual([]);
    expect(await logged(group.id, () => setMemberRole(owner.id, group.id, newcomer.id, "organizer"))).toMatchObject([
      { action: "member_role_changed", targetLabel: "Nina Newcomer", details: { from: "member", to: "organizer" } },
    ]);
    expect(await logged(group.id, () => setMemberRole(owner.id, group.id, newcomer.id, "organizer"))).toEqual([]);

    expect(await logged(group.id, () => expectAppError(removeMember(member.id, group.id, newcomer.id), "FORBIDDEN"))).toEqual([]);
    expect((await logged(group.id, () => removeMember(moderator.id, group.id, newcomer.id))).map((entry) => [entry.action, entry.targetId])).toEqual([["member_removed", newcomer.id]]);
    expect(await logged(group.id, () => expectAppError(removeMember(owner.id, group.id, newcomer.id), "CONFLICT"))).toEqual([]);
    expect((await logged(group.id, () => reinstateMember(owner.id, group.id, newcomer.id))).map((entry) => [entry.action, entry.actorId])).toEqual([["member_reinstated", owner.id]]);
  });

  it("deleting and restoring a project are recorded, and the Deleted projects page says who deleted it", async () => {
    const { projectId } = await makeProject(author.id, group.id, { name: "Seed library" });
    const project = { id: projectId };
    expect(await logged(group.id, () => expectAppError(deleteProject(member.id, project.id), "FORBIDDEN"))).toEqual([]);
    // Its lead is no moderator either.
    expect(await logged(group.id, () => expectAppError(deleteProject(author.id, project.id), "FORBIDDEN"))).toEqual([]);
    expect((await logged(group.id, () => deleteProject(moderator.id, project.id))).map((entry) => [entry.action, entry.targetLabel])).toEqual([["project_deleted", "Seed library"]]);
    const { projects } = await listDeletedProjects(group.id, 1);
    expect(projects.find((row) => row.id === project.id)?.deletedBy).toEqual({ id: moderator.id, name: "Mo Moderator" });
    expect(await logged(group.id, () => expectAppError(restoreProject(member.id, project.id), "FORBIDDEN"))).toEqual([]);
    expect((await logged(group.id, () => restoreProject(owner.id, project.id))).map((entry) => entry.action)).toEqual(["project_restored"]);
    // Deleted again by someone else: the page names the latest.
    await deleteProject(admin.id, project.id);
    expect((await listDeletedProjects(group.id, 1)).projects.find((row) => row.id === project.id)?.deletedBy?.id).toBe(admin.id);
  });

  it("a meetup cancelled by someone other than its host is recorded with the reason; by its host, not", async () => {
    const hosted = await makeMeetup(organizer.id, group.id, { title: "Seed swap" });
    expect(await logged(group.id, () => cancelMeetup(organizer.id, hosted.id, null))).toEqual([]);
    const other = await makeMeetup(organizer.id, group.id, { title: "Planting day" });
    expect(await logged(group.id, () => expectAppError(cancelMeetup(member.id, other.id, null), "FORBIDDEN"))).toEqual([]);
    expect(await logged(group.id, () => cancelMeetup(moderator.id, other.id, "Storm warning"))).toEqual([
      { actorId: moderator.id, action: "meetup_cancelled", targetKind: "meetup", targetId: String(other.id), targetLabel: "Planting day", details: { reason: "Storm warning" } },
    ]);
  });

  it("a moderator renaming someone else's thread is recorded with the title it had; an author renaming their own is not", async () => {
    const { threadId } = await makeThread(author.id, group.id, "cheap watches!!!");
    expect(await logged(group.id, () => renameThread(author.id, threadId, "Cheap watches"))).toEqual([]);
    expect(await logged(group.id, () => expectAppError(renameThread(member.id, threadId, "Mine now"), "FORBIDDEN"))).toEqual([]);
    expect(await logged(group.id, () => renameThread(moderator.id, threadId, "Off topic: watches"))).toEqual([
      { actorId: moderator.id, action: "thread_renamed", targetKind: "thread", targetId: String(threadId), targetLabel: "Off topic: watches", details: { previousTitle: "Cheap watches" } },
    ]);
    // The same title again changes nothing, and records nothing.
    expect(await logged(group.id, () => renameThread(moderator.id, threadId, "Off topic: watches"))).toEqual([]);
  });

  it("another organizer moving someone's meetup is recorded with what changed; its host's edit, or a description's, is not", async () => {
    const input = meetupInput({ title: "Seed swap", venueName: "Library" });
    const meetup = await makeMeetup(organizer.id, group.id, input);
    expect(await logged(group.id, () => updateMeetup(organizer.id, meetup.id, { ...input, capacity: 30 }))).toEqual([]);
    expect(await logged(group.id, () => updateMeetup(moderator.id, meetup.id, { ...input, capacity: 30, description: "Bring envelopes." }))).toEqual([]);
    expect(await logged(group.id, () => updateMeetup(moderator.id, meetup.id, { ...input, capacity: 30, venueName: "Town hall" }))).toEqual([
      { actorId: moderator.id, action: "meetup_edited", targetKind: "meetup", targetId: String(meetup.id), targetLabel: "Seed swap", details: { changes: "place" } },
    ]);
  });

  it("a moderator deleting someone's project update is recorded under the project with its author; its author's own deletion is not", async () => {
    const { projectId } = await makeProject(author.id, group.id, { name: "Seed catalogue" });
    await joinProject(member.id, projectId);
    const mine = await postProjectUpdate(author.id, projectId, "Scanned the first 40 packets.");
    const theirs = await postProjectUpdate(member.id, projectId, "I can host the scanner.");
    expect(await logged(group.id, () => deleteProjectUpdate(author.id, mine.updateId))).toEqual([]);
    expect(await logged(group.id, () => deleteProjectUpdate(moderator.id, theirs.updateId))).toEqual([
      { actorId: moderator.id, action: "project_update_deleted", targetKind: "project", targetId: String(projectId), targetLabel: "Seed catalogue", details: { author: "Max Member" } },
    ]);
  });

  it("a settings save that changes something is recorded with what changed; an unchanged save and a moderator's are not", async () => {
    const settings = { groupId: group.id, version: 0, name: "Seed savers", description: "A group made by a test fixture.", tags: ["testing"], visibility: "public" as const, language: "en" as const };
    expect(await logged(group.id, () => expectAppError(updateGroupSettings(moderator.id, settings), "FORBIDDEN"))).toEqual([]);
    expect(await logged(group.id, () => updateGroupSettings(owner.id, settings))).toEqual([]);
    expect(await logged(group.id, () => updateGroupSettings(owner.id, { ...settings, version: 1, name: "Seed keepers", tags: ["seeds"] }))).toEqual([
      { actorId: owner.id, action: "settings_changed", targetKind: "group", targetId: group.id, targetLabel: "Seed keepers", details: { fields: ["name", "tags"] } },
    ]);
  });
});

describe("an act and its entry are one transaction", () => {
  it("when the entry cannot be written, the act is undone with it", async () => {
    const [owner, author] = await Promise.all([makeUser(), makeUser()]);
    const group = await makeGroup(owner.id);
    await addMember(group.id, author.id);
    const { threadId } = await makeThread(author.id, group.id, "Held thread");
    const project = { id: (await makeProject(author.id, group.id)).projectId };
    // This test file has its own database: a trigger refusing this group's entries is safe here.
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_entry() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'log refused'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_entry BEFORE INSERT ON "ModerationEntry" FOR EACH ROW WHEN (NEW."groupId" = '${group.id}') EXECUTE FUNCTION refuse_entry()`);
    try {
      await expect(setThreadFlags(owner.id, threadId, { locked: true })).rejects.toThrow(/log refused/);
      await expect(deleteThread(owner.id, threadId)).rejects.toThrow(/log refused/);
      await expect(removeMember(owner.id, group.id, author.id)).rejects.toThrow(/log refused/);
      await expect(deleteProject(owner.id, project.id)).rejects.toThrow(/log refused/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_entry ON "ModerationEntry"`);
      await db.$executeRawUnsafe(`DROP FUNCTION refuse_entry()`);
    }
    expect(await db.thread.findUniqueOrThrow({ where: { id: threadId }, select: { locked: true, deletedAt: true } })).toEqual({ locked: false, deletedAt: null });
    expect(await db.membership.findUniqueOrThrow({ where: { groupId_userId: { groupId: group.id, userId: author.id } }, select: { status: true } })).toEqual({ status: "active" });
    expect(await db.project.findUniqueOrThrow({ where: { id: project.id }, select: { deletedAt: true } })).toEqual({ deletedAt: null });
  });
});

describe("the log page's query", () => {
  let group: Group;
  let owner: User;

  beforeAll(async () => {
    owner = await makeUser({ name: "Lou Logger" });
    group = await makeGroup(owner.id);
    const start = Date.UTC(2026, 0, 1);
    // 35 entries a minute apart: the odd ones locks, the even ones pins, the newest last.
    await db.moderationEntry.createMany({
      data: Array.from({ length: 35 }, (_, n) => ({
        groupId: group.id,
        actorId: owner.id,
        action: (n % 2 ? "thread_locked" : "thread_pinned") as ModerationAction,
        targetKind: "thread" as const,
        targetId: "999999",
        targetLabel: `Thread ${n}`,
        createdAt: new Date(start + n * 60_000),
      })),
    });
  });

  it("pages newest first, 30 to a page, and filters by action with its own total", async () => {
    const first = await listModerationLog(group, { page: 1, action: undefined });
    expect(first.total).toBe(35);
    expect(first.entries).toHaveLength(MODERATION_LOG_PAGE_SIZE);
    expect(first.entries.slice(0, 2).map((entry) => entry.target.label)).toEqual(["Thread 34", "Thread 33"]);
    expect(first.entries[0]).toMatchObject({ action: "thread_pinned", actor: { id: owner.id, name: "Lou Logger" }, details: {} });
    const second = await listModerationLog(group, { page: 2, action: undefined });
    expect(second.entries.map((entry) => entry.target.label)).toEqual(["Thread 4", "Thread 3", "Thread 2", "Thread 1", "Thread 0"]);
    const locks = await listModerationLog(group, { page: 1, action: "thread_locked" });
    expect(locks.total).toBe(17);
    expect(locks.entries.every((entry) => entry.action === "thread_locked")).toBe(true);
    expect((await listModerationLog(group, { page: 1, action: "member_removed" })).total).toBe(0);
    // Another group's log is not this one's.
    expect((await listModerationLog(await makeGroup(owner.id), { page: 1, action: undefined })).total).toBe(0);
  });

  it("links a target while it exists, and keeps only its label once it is gone", async () => {
    const moderator = await makeUser();
    await addMember(group.id, moderator.id, "moderator");
    const standing = await makeThread(owner.id, group.id, "Still here");
    const gone = await makeThread(owner.id, group.id, "Gone now");
    await setThreadFlags(moderator.id, standing.threadId, { pinned: true });
    await deleteThread(moderator.id, gone.threadId);
    const { entries } = await listModerationLog(group, { page: 1, action: undefined });
    expect(entries.slice(0, 2).map((entry) => [entry.target.label, entry.target.href])).toEqual([
      ["Gone now", null],
      ["Still here", `/g/${group.slug}/t/${standing.threadId}-still-here`],
    ]);
    // The seeded entries' thread never existed.
    expect(entries.at(-1)!.target.href).toBeNull();
  });

  it("links a deleted post while its thread stands: its place is where the moderators restore it", async () => {
    const moderator = await makeUser();
    await addMember(group.id, moderator.id, "moderator");
    const thread = await makeThread(owner.id, group.id, "Links to deleted posts");
    const { postId } = await replyToPost(moderator.id, { threadId: thread.threadId, parentId: thread.postId, body: "A reply the owner will delete." });
    await deletePost(owner.id, postId);
    const [deleted] = (await listModerationLog(group, { page: 1, action: "post_deleted" })).entries;
    expect(deleted?.target.href).toBe(`/g/${group.slug}/posts/${postId}`);
    await deleteThread(owner.id, thread.threadId);
    const [gone] = (await listModerationLog(group, { page: 1, action: "post_deleted" })).entries;
    expect(gone?.target.href).toBeNull();
  });
});
