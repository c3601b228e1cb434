import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadGroupActivity } from "@/lib/health/load-activity";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { listDeletedProjects, listGroupProjects, listThreadProjects, listUserProjects, loadProject, loadProjectForEdit } from "./data";
import { changeProjectStatus, deleteProject, deleteProjectUpdate, editProjectUpdate, joinProject, postProjectUpdate, restoreProject } from "./mutations";
import { expectAppError, makeProject } from "./test-fixtures";

type User = Awaited<ReturnType<typeof makeUser>>;

/** Decision 005 §9: moderators take projects and updates down; authors edit and delete their updates. */
describe("projects: taking content down", () => {
  let owner: User;
  let moderator: User;
  let alice: User;
  let bob: User;
  let outsider: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [owner, moderator, alice, bob, outsider] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser(), makeUser()]);
    group = await makeGroup(owner.id);
    await addMember(group.id, moderator.id, "moderator");
    for (const user of [alice, bob]) await addMember(group.id, user.id);
  });

  it("a moderator deletes a project, even archived: every reader and the health loader leave it out", async () => {
    const thread = await makeThread(alice.id, group.id, "Spam source");
    const { projectId } = await makeProject(alice.id, group.id, { sourceThreadId: thread.threadId });
    await joinProject(bob.id, projectId);
    await postProjectUpdate(bob.id, projectId, "Buy cheap watches");
    await changeProjectStatus(alice.id, projectId, "archived");
    const viewer = { id: bob.id, isSiteAdmin: false };
    expect((await loadGroupActivity(group.id, new Date()))?.projects.map((p) => p.id)).toContain(String(projectId));

    for (const refused of [alice, bob, outsider]) await expectAppError(deleteProject(refused.id, projectId), "FORBIDDEN", /moderators/);
    await deleteProject(moderator.id, projectId);

    expect(await loadProject(projectId, group.slug, viewer)).toBeNull();
    expect(await loadProjectForEdit(projectId, group.slug, { id: alice.id, isSiteAdmin: false })).toBeNull();
    expect((await listGroupProjects(group.id, viewer)).projects.map((p) => p.id)).not.toContain(projectId);
    expect((await listUserProjects(bob.id, viewer)).map((p) => p.id)).not.toContain(projectId);
    expect((await listThreadProjects(thread.threadId, viewer)).map((p) => p.id)).not.toContain(projectId);
    expect((await loadGroupActivity(group.id, new Date()))?.projects.map((p) => p.id)).not.toContain(String(projectId));
    // Gone for every change, a second deletion included; the row is kept for the record.
    await expectAppError(deleteProject(moderator.id, projectId), "NOT_FOUND");
    await expectAppError(changeProjectStatus(alice.id, projectId, "active"), "NOT_FOUND");
    await expectAppError(joinProject(outsider.id, projectId), "NOT_FOUND");
    expect((await db.project.findUniqueOrThrow({ where: { id: projectId } })).deletedAt).toBeInstanceOf(Date);
  });

  it("a moderator restores a deleted project as it was; nobody else can, and a standing one is not restored", async () => {
    const { projectId } = await makeProject(alice.id, group.id, { name: "Deleted by mistake" });
    await joinProject(bob.id, projectId);
    const update = await postProjectUpdate(bob.id, projectId, "Real progress");
    await expectAppError(restoreProject(moderator.id, projectId), "CONFLICT", /not deleted/);
    await deleteProject(moderator.id, projectId);
    expect((await listDeletedProjects(group.id, 1)).projects).toEqual(expect.arrayContaining([expect.objectContaining({ id: projectId, name: "Deleted by mistake", status: "active", createdBy: { id: alice.id, name: alice.name } })]));

    for (const refused of [alice, bob]) await expectAppError(restoreProject(refused.id, projectId), "FORBIDDEN", /moderators/);
    await expectAppError(restoreProject(outsider.id, 2_147_483_647), "NOT_FOUND");
    await restoreProject(owner.id, projectId);

    const viewer = { id: bob.id, isSiteAdmin: false };
    const back = await loadProject(projectId, group.slug, viewer);
    expect(back).toMatchObject({ name: "Deleted by mistake", status: "active", viewerRole: "contributor" });
    expect(back?.latestUpdate?.id).toBe(update.updateId);
    expect((await listGroupProjects(group.id, viewer)).projects.map((p) => p.id)).toContain(projectId);
    expect((await listDeletedProjects(group.id, 1)).projects.map((p) => p.id)).not.toContain(projectId);
    expect((await loadGroupActivity(group.id, new Date()))?.projects.map((p) => p.id)).toContain(String(projectId));
    await expectAppError(restoreProject(moderator.id, projectId), "CONFLICT", /already back/);
  });

  it("a private group's deleted project is not found by outsiders, even site admins can restore it", async () => {
    const hidden = await makeGroup(owner.id, { visibility: "private" });
    const { projectId } = await makeProject(owner.id, hidden.id);
    await deleteProject(owner.id, projectId);
    await expectAppError(restoreProject(outsider.id, projectId), "NOT_FOUND");
    // Nor does an outsider learn whether a hidden project is deleted or standing.
    const standing = await makeProject(owner.id, hidden.id);
    await expectAppError(restoreProject(outsider.id, standing.projectId), "NOT_FOUND");
    await expectAppError(restoreProject(moderator.id, standing.projectId), "NOT_FOUND");
    const admin = await makeUser({ isSiteAdmin: true });
    await restoreProject(admin.id, projectId);
    expect((await db.project.findUniqueOrThrow({ where: { id: projectId } })).deletedAt).toBeNull();
  });

  it("authors edit and delete their own updates; moderators delete anyone's; others are refused", async () => {
    const { projectId } = await makeProject(alice.id, group.id);
    await joinProject(bob.id, projectId);
    const mine = await postProjectUpdate(bob.id, projectId, "Collected **eleven** pallets.");
    const abusive = await postProjectUpdate(bob.id, projectId, "Something abusive");

    await expectAppError(editProjectUpdate(alice.id, mine.updateId, "Rewritten by the lead"), "FORBIDDEN", /Only its author/);
    await expectAppError(editProjectUpdate(moderator.id, mine.updateId, "Rewritten by a moderator"), "FORBIDDEN");
    await editProjectUpdate(bob.id, mine.updateId, "Collected *twelve* pallets.");
    const edited = await db.projectUpdate.findUniqueOrThrow({ where: { id: mine.updateId } });
    expect(edited).toMatchObject({ body: "Collected *twelve* pallets." });
    expect(edited.html).toContain("<em>twelve</em>");
    expect(edited.editedAt).toBeInstanceOf(Date);

    await expectAppError(deleteProjectUpdate(alice.id, abusive.updateId), "FORBIDDEN", /author or the group's moderators/);
    await expectAppError(deleteProjectUpdate(outsider.id, abusive.updateId), "FORBIDDEN");
    await changeProjectStatus(alice.id, projectId, "archived");
    // Archived: the record stays as it was left for its author, a moderator still takes abuse down.
    await expectAppError(editProjectUpdate(bob.id, mine.updateId, "Late change"), "CONFLICT");
    await deleteProjectUpdate(moderator.id, abusive.updateId);
    await expectAppError(deleteProjectUpdate(moderator.id, abusive.updateId), "NOT_FOUND");
    await expectAppError(editProjectUpdate(bob.id, abusive.updateId, "Back"), "NOT_FOUND");

    const project = await loadProject(projectId, group.slug, { id: bob.id, isSiteAdmin: false });
    expect(project?.updates.map((u) => u.id)).toEqual([mine.updateId]);
    expect(project?.updateCount).toBe(1);
    expect(project?.latestUpdate?.id).toBe(mine.updateId);
    const activity = await loadGroupActivity(group.id, new Date());
    expect(activity?.projects.find((p) => p.id === String(projectId))?.updates).toHaveLength(1);

    await deleteProjectUpdate(bob.id, mine.updateId);
    expect((await loadProject(projectId, group.slug, { id: bob.id, isSiteAdmin: false }))?.updateCount).toBe(0);
  });

  it("a private group's update is not found by outsiders", async () => {
    const hidden = await makeGroup(owner.id, { visibility: "private" });
    await addMember(hidden.id, alice.id);
    const { projectId } = await makeProject(alice.id, hidden.id);
    const { updateId } = await postProjectUpdate(alice.id, projectId, "Private progress");
    await expectAppError(deleteProjectUpdate(outsider.id, updateId), "NOT_FOUND");
    await expectAppError(deleteProject(outsider.id, projectId), "NOT_FOUND");
  });
});
