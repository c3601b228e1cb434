import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMember, makeGroup, makeUser } from "@/test/fixtures";
import { changeProjectStatus, joinProject, leaveProject, postProjectUpdate, setContributorRole } from "./mutations";
import { makeProject } from "./test-fixtures";

type User = Awaited<ReturnType<typeof makeUser>>;

/** What each person was told about projects, oldest first. */
async function told(user: User) {
  const rows = await db.notification.findMany({ where: { userId: user.id, kind: { startsWith: "project." } }, orderBy: { id: "asc" }, select: { kind: true, message: true, url: true } });
  return rows;
}

/** Decision 005 §11: projects tell the people on them what happened, never the person who did it. */
describe("projects: notifications", () => {
  let owner: User;
  let lena: User;
  let colin: User;
  let bob: User;
  let gone: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [owner, lena, colin, bob, gone] = await Promise.all([makeUser(), makeUser({ name: "Lena" }), makeUser({ name: "Colin" }), makeUser({ name: "Bob" }), makeUser()]);
    group = await makeGroup(owner.id);
    for (const user of [lena, colin, bob, gone]) await addMember(group.id, user.id);
  });

  it("joins go to the leads, updates and status changes to the contributors, a new role to the person", async () => {
    const { projectId } = await makeProject(lena.id, group.id, { name: "Seed library" });
    const url = `/g/${group.slug}/projects/${projectId}`;
    await joinProject(colin.id, projectId);
    expect(await told(lena)).toEqual([{ kind: "project.joined", message: "Colin joined Seed library.", url }]);

    await setContributorRole(lena.id, projectId, colin.id, "colead");
    expect(await told(colin)).toEqual([{ kind: "project.role", message: "Lena made you a co-lead of Seed library.", url }]);

    await joinProject(bob.id, projectId);
    // Both who run it hear of it; the one who joined does not.
    expect((await told(lena)).at(-1)?.message).toBe("Bob joined Seed library.");
    expect((await told(colin)).at(-1)?.message).toBe("Bob joined Seed library.");
    expect(await told(bob)).toEqual([]);

    const { updateId } = await postProjectUpdate(bob.id, projectId, "Sorted the first seeds.");
    for (const user of [lena, colin]) expect((await told(user)).at(-1)).toEqual({ kind: "project.updated", message: "Bob posted an update on Seed library.", url: `${url}#update-${updateId}` });
    expect(await told(bob)).toEqual([]);

    await changeProjectStatus(colin.id, projectId, "completed");
    for (const user of [lena, bob]) expect((await told(user)).at(-1)).toEqual({ kind: "project.status", message: "Colin marked Seed library as completed.", url });
    expect((await told(colin)).at(-1)?.kind).not.toBe("project.status");

    // A moderator's housekeeping is the group's decision, not a person's.
    await changeProjectStatus(owner.id, projectId, "archived");
    expect((await told(bob)).at(-1)?.message).toBe("The group's moderators marked Seed library as archived.");
    // Setting someone back to contributor is no news.
    const before = (await told(colin)).length;
    await setContributorRole(lena.id, projectId, colin.id, "contributor");
    expect(await told(colin)).toHaveLength(before);
  });

  it("leaving tells the leads and co-leads, as joining does, and nobody else", async () => {
    const { projectId } = await makeProject(lena.id, group.id, { name: "Pollinator strip" });
    const url = `/g/${group.slug}/projects/${projectId}`;
    await joinProject(colin.id, projectId);
    await setContributorRole(lena.id, projectId, colin.id, "colead");
    await joinProject(bob.id, projectId);
    await joinProject(owner.id, projectId);
    await leaveProject(bob.id, projectId);
    for (const user of [lena, colin]) expect((await told(user)).at(-1)).toEqual({ kind: "project.left", message: "Bob left Pollinator strip.", url });
    // A contributor is not told of another's leaving, nor the one who left.
    expect((await told(owner)).filter((n) => n.kind === "project.left")).toEqual([]);
    expect((await told(bob)).filter((n) => n.kind === "project.left")).toEqual([]);
    // A co-lead leaving tells the lead.
    await leaveProject(colin.id, projectId);
    expect((await told(lena)).at(-1)?.message).toBe("Colin left Pollinator strip.");
  });

  it("people no longer active in the group are not told", async () => {
    const { projectId } = await makeProject(lena.id, group.id, { name: "Tool shed" });
    await joinProject(gone.id, projectId);
    await db.membership.update({ where: { groupId_userId: { groupId: group.id, userId: gone.id } }, data: { status: "banned" } });
    await postProjectUpdate(lena.id, projectId, "Roof done.");
    expect((await told(gone)).filter((n) => n.message.includes("Tool shed"))).toEqual([]);
  });
});
