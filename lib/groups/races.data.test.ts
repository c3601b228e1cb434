/**
 * Acts checked before their transaction, raced by another person's change that commits while
 * they wait for its locks: each is judged again by what committed (found by a review of the
 * check-then-write paths).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearPostHistory, deletePost } from "@/lib/discussions/mutations";
import { acceptInvite, createInvite } from "@/lib/invites/mutations";
import { createProject, deleteProjectUpdate, postProjectUpdate } from "@/lib/projects/mutations";
import { addMember, editAsShown, makeGroup, makeThread, makeUser, noticeAndLogMark, refusal, toldAndLoggedSince } from "@/test/fixtures";
import { raced } from "@/test/held";
import { leaveGroup, removeMember, setMemberRole, updateGroupSettings } from "./mutations";

type Person = Awaited<ReturnType<typeof makeUser>>;

let founder: Person;
beforeAll(async () => {
  founder = await makeUser({ name: "Founder" });
});

async function groupWith(...roles: ("owner" | "moderator" | "member")[]) {
  const group = await makeGroup(founder.id);
  const people = [];
  for (const role of roles) {
    const person = await makeUser();
    await addMember(group.id, person.id, role);
    people.push(person);
  }
  return { group, people };
}

const membership = (groupId: string, userId: string) => db.membership.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { role: true, status: true } });

describe("acts judged again by what committed while they waited", () => {
  it("leaving while being removed: the removal stands, ban and all", async () => {
    const { group, people } = await groupWith("member");
    const [member] = people as [Person];
    const leaving = await raced((tx) => tx.membership.update({ where: { groupId_userId: { groupId: group.id, userId: member.id } }, data: { status: "banned", removedAt: new Date() } }), () => refusal(leaveGroup(member.id, group.id)));
    expect(leaving.message).toBe("You were removed from this group.");
    expect(await membership(group.id, member.id)).toEqual({ role: "member", status: "banned" });
  });

  it("an owner demoted while changing someone's role is refused, the role unchanged", async () => {
    const { group, people } = await groupWith("owner", "member");
    const [owner, member] = people as [Person, Person];
    const promoting = await raced((tx) => tx.membership.update({ where: { groupId_userId: { groupId: group.id, userId: owner.id } }, data: { role: "member" } }), () => refusal(setMemberRole(owner.id, group.id, member.id, "moderator")));
    expect(promoting.code).toBe("FORBIDDEN");
    expect(await membership(group.id, member.id)).toEqual({ role: "member", status: "active" });
  });

  it("a promotion sent as the person is removed, or leaves, is refused by name: no role, notice or log entry", async () => {
    const { group, people } = await groupWith("owner", "member", "member");
    const [owner, removed, leaving] = people as [Person, Person, Person];
    const mark = await noticeAndLogMark();
    const promotingRemoved = await raced((tx) => tx.membership.update({ where: { groupId_userId: { groupId: group.id, userId: removed.id } }, data: { status: "banned", role: "member", removedAt: new Date() } }), () => refusal(setMemberRole(owner.id, group.id, removed.id, "owner")));
    expect(promotingRemoved).toMatchObject({ code: "NOT_FOUND", message: `${removed.name} is no longer a member of this group.` });
    expect(await membership(group.id, removed.id)).toEqual({ role: "member", status: "banned" });
    const promotingLeaving = await raced((tx) => tx.membership.delete({ where: { groupId_userId: { groupId: group.id, userId: leaving.id } } }), () => refusal(setMemberRole(owner.id, group.id, leaving.id, "moderator")));
    expect(promotingLeaving).toMatchObject({ code: "NOT_FOUND", message: `${leaving.name} is no longer a member of this group.` });
    expect(await membership(group.id, leaving.id)).toBeNull();
    expect(await toldAndLoggedSince(mark)).toEqual({ notices: [], entries: [] });
  });

  it("an owner promoting someone while another owner removes them: both finish, the removal stands", async () => {
    const { group, people } = await groupWith("owner", "owner", "member");
    const [promoter, remover, member] = people as [Person, Person, Person];
    for (let round = 0; round < 5; round++) {
      await addMember(group.id, member.id);
      const outcomes = await Promise.allSettled([setMemberRole(promoter.id, group.id, member.id, "moderator"), removeMember(remover.id, group.id, member.id)]);
      // No deadlock, nothing but the intended refusal: the removal always succeeds.
      expect(outcomes[1].status).toBe("fulfilled");
      if (outcomes[0].status === "rejected") expect(outcomes[0].reason).toMatchObject({ code: "NOT_FOUND", message: `${member.name} is no longer a member of this group.` });
      expect(await membership(group.id, member.id)).toEqual({ role: "member", status: "banned" });
    }
  }, 60_000);

  it("an owner demoted while saving the settings is refused, the settings unchanged", async () => {
    const { group, people } = await groupWith("owner");
    const [owner] = people as [Person];
    const saving = await raced((tx) => tx.membership.update({ where: { groupId_userId: { groupId: group.id, userId: owner.id } }, data: { role: "member" } }), () => refusal(updateGroupSettings(owner.id, { groupId: group.id, version: 0, name: "Taken over", description: "A group that changed hands.", tags: [], visibility: "public", language: "en" })));
    expect(saving.code).toBe("FORBIDDEN");
    expect((await db.group.findUniqueOrThrow({ where: { id: group.id } })).name).not.toBe("Taken over");
  });

  it("an edit sent as the thread is locked, or as the post is deleted, is refused and saves nothing", async () => {
    const { group, people } = await groupWith("member");
    const [member] = people as [Person];
    const first = await makeThread(member.id, group.id, "Locked soon", "The words as they were.");
    const editing = await raced((tx) => tx.$executeRaw`UPDATE "Thread" SET locked = true WHERE id = ${first.threadId}`.then(() => tx.$queryRaw`SELECT id FROM "Thread" WHERE id = ${first.threadId} FOR UPDATE`), () => refusal(editAsShown(member.id, first.postId, "Words changed under a lock.")));
    expect(editing.message).toBe("This thread is locked: its posts can no longer be edited.");

    const second = await makeThread(member.id, group.id, "Deleted soon", "The words as they were.");
    const editingDeleted = await raced((tx) => tx.post.update({ where: { id: second.postId }, data: { deletedAt: new Date(), deletedById: founder.id } }), () => refusal(editAsShown(member.id, second.postId, "Words written into a deleted post.")));
    expect(editingDeleted.message).toBe("This post was deleted.");
    const posts = await db.post.findMany({ where: { id: { in: [first.postId, second.postId] } }, select: { body: true, editCount: true } });
    expect(posts).toEqual([
      { body: "The words as they were.", editCount: 0 },
      { body: "The words as they were.", editCount: 0 },
    ]);
  });

  it("an author and a moderator deleting an update at once: the author's deletion stands, the moderators' is not recorded", async () => {
    const { group, people } = await groupWith("member", "moderator");
    const [author, moderator] = people as [Person, Person];
    const project = await createProject(author.id, group.id, { name: "Seed library", goal: "Share seeds.", status: "active", links: [] });
    const { updateId } = await postProjectUpdate(author.id, project.projectId, "First shelf built.");
    const moderators = await raced(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${project.projectId} FOR UPDATE`;
      await tx.projectUpdate.update({ where: { id: updateId }, data: { deletedAt: new Date(), deletedById: author.id } });
    }, () => refusal(deleteProjectUpdate(moderator.id, updateId)));
    expect(moderators.code).toBe("NOT_FOUND");
    expect(await db.projectUpdate.findUniqueOrThrow({ where: { id: updateId }, select: { deletedById: true } })).toEqual({ deletedById: author.id });
    expect(await db.moderationEntry.count({ where: { groupId: group.id, action: "project_update_deleted" } })).toBe(0);
  });
});

describe("two owners editing the settings from pages opened at the same version", () => {
  it("the later save is refused with what to do, undoing nothing; saved again from the page as it is now, it goes through", async () => {
    const { group, people } = await groupWith("owner", "owner");
    const [amelie, tomas] = people as [Person, Person];
    const shown = { groupId: group.id, version: 0, name: "City Gardeners", description: "A group made by a test fixture.", tags: ["testing"], visibility: "public" as const, language: "en" as const };
    await updateGroupSettings(amelie.id, { ...shown, name: "City Growers" });
    const error = await refusal(updateGroupSettings(tomas.id, { ...shown, tags: ["compost"] }));
    expect(error).toMatchObject({ code: "CONFLICT", message: "Someone else (or you, in another tab) saved these settings since you opened this page, so your changes were not saved. Save again to replace those changes with yours, or reload the page to see them first." });
    expect(await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { name: true, tags: true, settingsVersion: true } })).toEqual({ name: "City Growers", tags: ["testing"], settingsVersion: 1 });
    await updateGroupSettings(tomas.id, { ...shown, version: 1, name: "City Growers", tags: ["compost"] });
    expect(await db.group.findUniqueOrThrow({ where: { id: group.id }, select: { name: true, tags: true, settingsVersion: true } })).toEqual({ name: "City Growers", tags: ["compost"], settingsVersion: 2 });
  });
});

describe("what one may no longer do", () => {
  it("an owner demoted or removed: their links still bring people in, but they are no longer told who came", async () => {
    const { group, people } = await groupWith("owner", "owner");
    const [demoted, removed] = people as [Person, Person];
    const byDemoted = await createInvite(demoted.id, { groupId: group.id, expiresInDays: 7, maxUses: null });
    const byRemoved = await createInvite(removed.id, { groupId: group.id, expiresInDays: 7, maxUses: null });
    const byFounder = await createInvite(founder.id, { groupId: group.id, expiresInDays: 7, maxUses: null });
    await setMemberRole(founder.id, group.id, demoted.id, "moderator");
    await setMemberRole(founder.id, group.id, removed.id, "member");
    await removeMember(founder.id, group.id, removed.id);
    const token = (path: string) => path.split("/").pop()!;
    const told = (userId: string) => db.notification.count({ where: { userId, kind: "group.joined" } });
    for (const link of [byDemoted, byRemoved, byFounder]) {
      expect(await acceptInvite((await makeUser()).id, token(link.path))).toEqual({ slug: group.slug, alreadyMember: false });
    }
    expect([await told(demoted.id), await told(removed.id), await told(founder.id)]).toEqual([0, 0, 1]);
  });

  it("an author removed from the group cannot clear their post's edit history", async () => {
    const { group, people } = await groupWith("member");
    const [author] = people as [Person];
    const { postId } = await makeThread(author.id, group.id, "Bait", "Harmless words.");
    await editAsShown(author.id, postId, "Spam, edited in.");
    await removeMember(founder.id, group.id, author.id);
    expect((await refusal(clearPostHistory(author.id, postId))).code).toBe("FORBIDDEN");
    expect(await db.postRevision.count({ where: { postId } })).toBe(1);
    // Their post can still be taken down by the moderators, history and all.
    await deletePost(founder.id, postId);
  });
});
