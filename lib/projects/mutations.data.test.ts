import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deletePost, replyToPost } from "@/lib/discussions/mutations";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { loadProject } from "./data";
import { changeProjectStatus, createProject, joinProject, leaveProject, postProjectUpdate, setContributorRole, updateProject } from "./mutations";
import { expectAppError, makeProject } from "./test-fixtures";

type User = Awaited<ReturnType<typeof makeUser>>;

async function rowCounts() {
  const [projects, links, members, updates] = await Promise.all([db.project.count(), db.projectLink.count(), db.projectMember.count(), db.projectUpdate.count()]);
  return { projects, links, members, updates };
}

async function roleOf(projectId: number, userId: string) {
  return (await db.projectMember.findUnique({ where: { projectId_userId: { projectId, userId } }, select: { role: true } }))?.role ?? null;
}

describe("projects: writes", () => {
  let owner: User;
  let alice: User;
  let bob: User;
  let carol: User;
  let outsider: User;
  let group: { id: string; slug: string };
  let other: { id: string; slug: string };

  beforeAll(async () => {
    [owner, alice, bob, carol, outsider] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser(), makeUser()]);
    group = await makeGroup(owner.id);
    other = await makeGroup(owner.id);
    for (const user of [alice, bob, carol]) await addMember(group.id, user.id);
  });

  describe("starting a project", () => {
    it("from a thread and one of its posts: the starter leads, links and rendered goal are stored", async () => {
      const thread = await makeThread(alice.id, group.id, "Shared compost?", "Who is in?");
      const reply = await replyToPost(bob.id, { threadId: thread.threadId, parentId: thread.postId, body: "Let's build bays." });
      const created = await createProject(alice.id, group.id, {
        name: "Compost bays",
        goal: "Three bays, **turned weekly**. <script>alert(1)</script>",
        status: "proposed",
        sourceThreadId: thread.threadId,
        sourcePostId: reply.postId,
        links: [
          { kind: "repository", url: "https://github.com/toile/compost" },
          { kind: "document", url: "https://docs.example.org/plan" },
        ],
      });
      expect(created.groupSlug).toBe(group.slug);
      const project = await db.project.findUniqueOrThrow({ where: { id: created.projectId }, include: { links: { orderBy: { id: "asc" } }, members: true } });
      expect(project).toMatchObject({ groupId: group.id, status: "proposed", sourceThreadId: thread.threadId, sourcePostId: reply.postId, createdById: alice.id, completedAt: null });
      expect(project.goalHtml).toContain("<strong>turned weekly</strong>");
      expect(project.goalHtml).not.toContain("<script");
      expect(project.links.map(({ kind, url }) => ({ kind, url }))).toEqual([
        { kind: "repository", url: "https://github.com/toile/compost" },
        { kind: "document", url: "https://docs.example.org/plan" },
      ]);
      expect(project.members.map(({ userId, role }) => ({ userId, role }))).toEqual([{ userId: alice.id, role: "lead" }]);
    });

    it("refuses a source thread of another group, on the source field, and saves nothing", async () => {
      const foreign = await makeThread(owner.id, other.id, "Elsewhere");
      const before = await rowCounts();
      const error = await expectAppError(
        makeProject(alice.id, group.id, { sourceThreadId: foreign.threadId, links: [{ kind: "site", url: "https://example.org" }] }),
        "INVALID",
        /source thread must be a discussion of this group/,
      );
      expect(error.field).toBe("sourceThreadId");
      expect(await rowCounts()).toEqual(before);
    });

    it("refuses a deleted post as the origin, saving nothing", async () => {
      const thread = await makeThread(alice.id, group.id);
      const reply = await replyToPost(bob.id, { threadId: thread.threadId, parentId: thread.postId, body: "Soon deleted." });
      await deletePost(bob.id, reply.postId);
      const before = await rowCounts();
      const error = await expectAppError(makeProject(alice.id, group.id, { sourceThreadId: thread.threadId, sourcePostId: reply.postId }), "INVALID", /was deleted/);
      expect(error.field).toBe("sourceThreadId");
      expect(await rowCounts()).toEqual(before);
    });

    it("refuses a post that is not in the source thread, and an unknown thread, saving nothing", async () => {
      const a = await makeThread(alice.id, group.id, "A");
      const b = await makeThread(alice.id, group.id, "B");
      const before = await rowCounts();
      await expectAppError(makeProject(alice.id, group.id, { sourceThreadId: a.threadId, sourcePostId: b.postId }), "INVALID", /not part of the source thread/);
      await expectAppError(makeProject(alice.id, group.id, { sourceThreadId: 2_000_000_000 }), "INVALID", /source thread/);
      expect(await rowCounts()).toEqual(before);
    });

    it("only active members start projects; a private group's outsiders do not even see it", async () => {
      await expectAppError(makeProject(outsider.id, group.id), "FORBIDDEN", /Join the group/);
      const banned = await makeUser();
      await addMember(group.id, banned.id);
      await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: banned.id } }, data: { status: "banned" } });
      await expectAppError(makeProject(banned.id, group.id), "FORBIDDEN", /removed from this group/);
      const secret = await makeGroup(owner.id, { visibility: "private" });
      await expectAppError(makeProject(outsider.id, secret.id), "NOT_FOUND");
    });

    it("marks the group's health dirty", async () => {
      const fresh = await makeGroup(owner.id);
      await db.groupHealth.create({
        data: { groupId: fresh.id, computedAt: new Date(), overall: 0, band: "dormant", provisional: true, activity: 0, richness: 0, meetups: 0, projects: 0, report: {} },
      });
      await makeProject(owner.id, fresh.id);
      expect((await db.groupHealth.findUniqueOrThrow({ where: { groupId: fresh.id } })).dirtySince).not.toBeNull();
    });
  });

  describe("contributors", () => {
    it("members join once; joining twice is a clear error; non-members cannot join", async () => {
      const { projectId } = await makeProject(alice.id, group.id);
      await joinProject(bob.id, projectId);
      expect(await roleOf(projectId, bob.id)).toBe("contributor");
      await expectAppError(joinProject(bob.id, projectId), "ALREADY_EXISTS", /already contribute/);
      await expectAppError(joinProject(alice.id, projectId), "ALREADY_EXISTS");
      await expectAppError(joinProject(outsider.id, projectId), "FORBIDDEN", /Join the group/);
      expect(await db.projectMember.count({ where: { projectId } })).toBe(2);
    });

    it("two simultaneous joins by one person make one contributor and one clear error", async () => {
      const { projectId } = await makeProject(alice.id, group.id);
      const results = await Promise.allSettled([joinProject(carol.id, projectId), joinProject(carol.id, projectId)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect(rejected.reason).toMatchObject({ code: "ALREADY_EXISTS" });
      expect(await db.projectMember.count({ where: { projectId, userId: carol.id } })).toBe(1);
    });

    it("completed and archived projects take no new contributors", async () => {
      const { projectId } = await makeProject(alice.id, group.id);
      await changeProjectStatus(alice.id, projectId, "completed");
      await expectAppError(joinProject(bob.id, projectId), "CONFLICT", /completed/);
      await changeProjectStatus(alice.id, projectId, "archived");
      await expectAppError(joinProject(bob.id, projectId), "CONFLICT", /archived/);
    });

    it("the only lead cannot leave; after handing over the lead, they can", async () => {
      const { projectId } = await makeProject(alice.id, group.id);
      await joinProject(bob.id, projectId);
      await expectAppError(leaveProject(alice.id, projectId), "CONFLICT", /only lead/);
      await setContributorRole(alice.id, projectId, bob.id, "lead");
      await leaveProject(alice.id, projectId);
      expect(await roleOf(projectId, alice.id)).toBeNull();
      expect(await roleOf(projectId, bob.id)).toBe("lead");
      await expectAppError(leaveProject(alice.id, projectId), "FORBIDDEN", /not a contributor/);
    });

    it("two leads stepping down at once: one leaves, the other stays lead", async () => {
      const { projectId } = await makeProject(alice.id, group.id);
      await joinProject(bob.id, projectId);
      await setContributorRole(alice.id, projectId, bob.id, "lead");
      const results = await Promise.allSettled([leaveProject(alice.id, projectId), leaveProject(bob.id, projectId)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await db.projectMember.count({ where: { projectId, role: "lead" } })).toBe(1);
    });

    it("a contributor who left the group can still leave the project", async () => {
      const leaver = await makeUser();
      await addMember(group.id, leaver.id);
      const { projectId } = await makeProject(alice.id, group.id);
      await joinProject(leaver.id, projectId);
      await db.membership.delete({ where: { groupId_userId: { groupId: group.id, userId: leaver.id } } });
      await expectAppError(postProjectUpdate(leaver.id, projectId, "Still here?"), "FORBIDDEN");
      // Until then the project page lists them, marked as having left the group.
      const page = await loadProject(projectId, group.slug, { id: alice.id, isSiteAdmin: false });
      expect(page?.members.map((member) => [member.user.id, member.leftGroup])).toEqual([
        [alice.id, false],
        [leaver.id, true],
      ]);
      await leaveProject(leaver.id, projectId);
      expect(await roleOf(projectId, leaver.id)).toBeNull();
    });

    it("the lead makes a contributor co-lead and back; co-leads do not manage roles", async () => {
      const { projectId } = await makeProject(alice.id, group.id);
      await joinProject(bob.id, projectId);
      await joinProject(carol.id, projectId);
      await setContributorRole(alice.id, projectId, bob.id, "colead");
      expect(await roleOf(projectId, bob.id)).toBe("colead");
      await expectAppError(setContributorRole(bob.id, projectId, carol.id, "colead"), "FORBIDDEN", /Only the project's lead/);
      await expectAppError(setContributorRole(carol.id, projectId, carol.id, "lead"), "FORBIDDEN");
      await setContributorRole(alice.id, projectId, bob.id, "contributor");
      expect(await roleOf(projectId, bob.id)).toBe("contributor");
    });

    it("roles: never without a lead, only for contributors, only for active group members", async () => {
      const { projectId } = await makeProject(alice.id, group.id);
      await expectAppError(setContributorRole(alice.id, projectId, alice.id, "colead"), "CONFLICT", /only lead/);
      await expectAppError(setContributorRole(alice.id, projectId, carol.id, "colead"), "CONFLICT", /not a contributor/);
      const gone = await makeUser();
      await addMember(group.id, gone.id);
      await joinProject(gone.id, projectId);
      await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: gone.id } }, data: { status: "banned" } });
      await expectAppError(setContributorRole(alice.id, projectId, gone.id, "colead"), "CONFLICT", /no longer an active member/);
      expect(await roleOf(projectId, alice.id)).toBe("lead");
    });
  });

  describe("updates", () => {
    it("leads, co-leads and contributors post rendered updates; others are refused", async () => {
      const { projectId } = await makeProject(alice.id, group.id);
      await joinProject(bob.id, projectId);
      await joinProject(carol.id, projectId);
      await setContributorRole(alice.id, projectId, carol.id, "colead");
      for (const author of [alice, bob, carol]) await postProjectUpdate(author.id, projectId, `Progress by ${author.name}: **bays built**`);
      const updates = await db.projectUpdate.findMany({ where: { projectId } });
      expect(updates).toHaveLength(3);
      expect(updates[0]?.html).toContain("<strong>bays built</strong>");
      await expectAppError(postProjectUpdate(owner.id, projectId, "I only own the group"), "FORBIDDEN", /Join the project/);
      await expectAppError(postProjectUpdate(outsider.id, projectId, "Drive-by"), "FORBIDDEN", /Join the group/);
      expect(await db.projectUpdate.count({ where: { projectId } })).toBe(3);
    });

    it("archived projects take no updates; completed ones still take a closing note", async () => {
      const { projectId } = await makeProject(alice.id, group.id);
      await changeProjectStatus(alice.id, projectId, "completed");
      await postProjectUpdate(alice.id, projectId, "Done: the bays are in use.");
      await changeProjectStatus(alice.id, projectId, "archived");
      await expectAppError(postProjectUpdate(alice.id, projectId, "One more thing"), "CONFLICT", /archived: it takes no new updates/);
      expect(await db.projectUpdate.count({ where: { projectId } })).toBe(1);
    });

    it("a private group's project is not found for outsiders, whatever they try", async () => {
      const secret = await makeGroup(owner.id, { visibility: "private" });
      const { projectId } = await makeProject(owner.id, secret.id);
      await expectAppError(joinProject(outsider.id, projectId), "NOT_FOUND");
      await expectAppError(postProjectUpdate(outsider.id, projectId, "Hello?"), "NOT_FOUND");
      await expectAppError(changeProjectStatus(outsider.id, projectId, "archived"), "NOT_FOUND");
      await expectAppError(joinProject(outsider.id, 2_000_000_000), "NOT_FOUND");
    });
  });

  describe("status", () => {
    it("completing sets completedAt; reopening clears it", async () => {
      const { projectId } = await makeProject(alice.id, group.id, { status: "proposed" });
      await changeProjectStatus(alice.id, projectId, "active");
      const at = new Date("2026-11-20T12:00:00Z");
      await changeProjectStatus(alice.id, projectId, "completed", at);
      expect(await db.project.findUniqueOrThrow({ where: { id: projectId } })).toMatchObject({ status: "completed", completedAt: at });
      await changeProjectStatus(alice.id, projectId, "active");
      expect(await db.project.findUniqueOrThrow({ where: { id: projectId } })).toMatchObject({ status: "active", completedAt: null });
    });

    it("contributors cannot change it; co-leads can; archived is final unless the lead reopens it", async () => {
      const { projectId } = await makeProject(alice.id, group.id);
      await joinProject(bob.id, projectId);
      await joinProject(carol.id, projectId);
      await setContributorRole(alice.id, projectId, carol.id, "colead");
      await expectAppError(changeProjectStatus(bob.id, projectId, "completed"), "FORBIDDEN");
      await changeProjectStatus(carol.id, projectId, "archived");
      await expectAppError(changeProjectStatus(carol.id, projectId, "active"), "FORBIDDEN", /only be reopened by its lead/);
      await expectAppError(changeProjectStatus(owner.id, projectId, "active"), "FORBIDDEN");
      await changeProjectStatus(alice.id, projectId, "active");
      expect((await db.project.findUniqueOrThrow({ where: { id: projectId } })).status).toBe("active");
      await expectAppError(changeProjectStatus(alice.id, projectId, "proposed"), "CONFLICT");
    });

    it("the group's owner may archive a project they are not part of", async () => {
      const { projectId } = await makeProject(alice.id, group.id);
      await expectAppError(changeProjectStatus(owner.id, projectId, "completed"), "FORBIDDEN");
      await changeProjectStatus(owner.id, projectId, "archived");
      expect((await db.project.findUniqueOrThrow({ where: { id: projectId } })).status).toBe("archived");
    });
  });

  describe("editing", () => {
    it("leads and co-leads edit details and links in one go; the source stays in the group", async () => {
      const thread = await makeThread(alice.id, group.id, "Source");
      const { projectId } = await makeProject(alice.id, group.id, { links: [{ kind: "site", url: "https://old.example.org" }] });
      await joinProject(bob.id, projectId);
      const input = { version: 0, name: "Renamed", goal: "New *goal*", sourceThreadId: thread.threadId, links: [{ kind: "repository" as const, url: "https://git.example.org/r" }] };
      await expectAppError(updateProject(bob.id, projectId, input), "FORBIDDEN");
      const foreign = await makeThread(owner.id, other.id, "Foreign");
      await expectAppError(updateProject(alice.id, projectId, { ...input, sourceThreadId: foreign.threadId }), "INVALID");
      // The refused edit changed nothing, links included.
      expect((await db.projectLink.findMany({ where: { projectId } })).map((link) => link.url)).toEqual(["https://old.example.org"]);
      await updateProject(alice.id, projectId, input);
      const project = await db.project.findUniqueOrThrow({ where: { id: projectId }, include: { links: true } });
      expect(project).toMatchObject({ name: "Renamed", goal: "New *goal*", sourceThreadId: thread.threadId });
      expect(project.goalHtml).toContain("<em>goal</em>");
      expect(project.links.map((link) => [link.kind, link.url])).toEqual([["repository", "https://git.example.org/r"]]);
    });

    it("of two leads saving from pages opened at the same version, the later is refused, undoing nothing; saved from the page as it is now, it goes through", async () => {
      const { projectId } = await makeProject(alice.id, group.id, { name: "Seed library" });
      await joinProject(bob.id, projectId);
      await setContributorRole(alice.id, projectId, bob.id, "lead");
      const shown = { version: 0, name: "Seed library", goal: "A shelf of seeds.", links: [] };
      await updateProject(alice.id, projectId, { ...shown, name: "Seed lending library" });
      await expectAppError(updateProject(bob.id, projectId, { ...shown, links: [{ kind: "repository" as const, url: "https://git.example.org/seeds" }] }), "CONFLICT", /^Someone else \(or you, in another tab\) saved this project's details since you opened this page/);
      expect(await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { name: true, detailsVersion: true } })).toEqual({ name: "Seed lending library", detailsVersion: 1 });
      expect(await db.projectLink.count({ where: { projectId } })).toBe(0);
      await updateProject(bob.id, projectId, { ...shown, version: 1, name: "Seed lending library", links: [{ kind: "repository" as const, url: "https://git.example.org/seeds" }] });
      expect(await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { name: true, detailsVersion: true } })).toEqual({ name: "Seed lending library", detailsVersion: 2 });
    });
  });
});
