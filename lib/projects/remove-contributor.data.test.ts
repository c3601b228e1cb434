import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMember, makeGroup, makeUser } from "@/test/fixtures";
import { joinProject, leaveProject, removeProjectContributor, setContributorRole } from "./mutations";
import { expectAppError, makeProject, roleOf } from "./test-fixtures";

type User = Awaited<ReturnType<typeof makeUser>>;

/** The lead takes someone else off the project (decision 005 §13). */
describe("projects: the lead removes people", () => {
  let owner: User;
  let lea: User;
  let colin: User;
  let bob: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [owner, lea, colin, bob] = await Promise.all([makeUser(), makeUser({ name: "Lea" }), makeUser({ name: "Colin" }), makeUser({ name: "Bob" })]);
    group = await makeGroup(owner.id);
    for (const user of [lea, colin, bob]) await addMember(group.id, user.id);
  });

  it("removes a contributor and a co-lead, and tells each of them", async () => {
    const { projectId } = await makeProject(lea.id, group.id, { name: "Seed library" });
    await joinProject(bob.id, projectId);
    await joinProject(colin.id, projectId);
    await setContributorRole(lea.id, projectId, colin.id, "colead");

    expect(await removeProjectContributor(lea.id, projectId, bob.id)).toMatchObject({ name: "Bob", groupSlug: group.slug });
    expect(await roleOf(projectId, bob.id)).toBeNull();
    expect(await db.notification.findMany({ where: { userId: bob.id, kind: "project.member.removed" }, select: { message: true, url: true } })).toEqual([
      { message: "Lea removed you from Seed library.", url: `/g/${group.slug}/projects/${projectId}` },
    ]);

    await removeProjectContributor(lea.id, projectId, colin.id);
    expect(await roleOf(projectId, colin.id)).toBeNull();
    expect(await db.notification.count({ where: { userId: colin.id, kind: "project.member.removed" } })).toBe(1);
    // Removed, not banned: they may join again while it is open.
    await joinProject(bob.id, projectId);
    expect(await roleOf(projectId, bob.id)).toBe("contributor");
  });

  it("removes another lead, but never leaves the project without one", async () => {
    const { projectId } = await makeProject(lea.id, group.id);
    await joinProject(colin.id, projectId);
    await setContributorRole(lea.id, projectId, colin.id, "lead");
    await removeProjectContributor(colin.id, projectId, lea.id);
    expect(await roleOf(projectId, lea.id)).toBeNull();
    // Colin is the last lead now: he leaves by handing over, not by removing himself.
    await expectAppError(removeProjectContributor(colin.id, projectId, colin.id), "CONFLICT", /Leave this project/);
    expect(await roleOf(projectId, colin.id)).toBe("lead");
  });

  it("only the lead: co-leads, contributors and the group's moderators are refused", async () => {
    const { projectId } = await makeProject(lea.id, group.id);
    await joinProject(colin.id, projectId);
    await joinProject(bob.id, projectId);
    await setContributorRole(lea.id, projectId, colin.id, "colead");
    await expectAppError(removeProjectContributor(colin.id, projectId, bob.id), "FORBIDDEN", /Only the project's lead can remove people/);
    await expectAppError(removeProjectContributor(bob.id, projectId, colin.id), "FORBIDDEN");
    await expectAppError(removeProjectContributor(owner.id, projectId, bob.id), "FORBIDDEN");
    expect(await roleOf(projectId, bob.id)).toBe("contributor");
    expect(await db.notification.count({ where: { userId: { in: [bob.id, colin.id] }, kind: "project.member.removed", url: `/g/${group.slug}/projects/${projectId}` } })).toBe(0);
  });

  it("someone who already left, or a project that is gone, gets a clear error", async () => {
    const { projectId } = await makeProject(lea.id, group.id);
    await joinProject(bob.id, projectId);
    await leaveProject(bob.id, projectId);
    await expectAppError(removeProjectContributor(lea.id, projectId, bob.id), "CONFLICT", /no longer on this project/);
    await expectAppError(removeProjectContributor(lea.id, projectId, "no-such-user"), "CONFLICT", /no longer on this project/);
    await expectAppError(removeProjectContributor(lea.id, 2_000_000_000, bob.id), "NOT_FOUND", /This project does not exist/);
  });
});
