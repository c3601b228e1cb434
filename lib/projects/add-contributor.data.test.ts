import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addMember, makeGroup, makeLookupCast, makeUser } from "@/test/fixtures";
import { addProjectContributor, changeProjectStatus, joinProject } from "./mutations";
import { expectAppError, makeProject, roleOf } from "./test-fixtures";

type User = Awaited<ReturnType<typeof makeUser>>;

/** Decision 005 §12: the lead adds members of the group directly. */
describe("projects: the lead adds people", () => {
  let lead: User;
  let colead: User;
  let ana: User;
  let removed: User;
  let stranger: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [lead, colead] = await Promise.all([makeUser({ name: "Lea" }), makeUser()]);
    ({ group, member: ana, removed, stranger } = await makeLookupCast(lead.id));
    await addMember(group.id, colead.id);
  });

  it("by email or by name (any case), as contributor or co-lead, and tells them", async () => {
    const { projectId } = await makeProject(lead.id, group.id, { name: "Bike kitchen" });
    const added = await addProjectContributor(lead.id, projectId, ana.name.toUpperCase(), "colead");
    expect(added.name).toBe(ana.name);
    expect(await roleOf(projectId, ana.id)).toBe("colead");
    expect(await db.notification.findFirst({ where: { userId: ana.id, kind: "project.added" }, select: { message: true, url: true } })).toEqual({
      message: "Lea added you to Bike kitchen as a co-lead.",
      url: `/g/${group.slug}/projects/${projectId}`,
    });
    await addProjectContributor(lead.id, projectId, colead.email.toUpperCase(), "contributor");
    expect(await roleOf(projectId, colead.id)).toBe("contributor");
  });

  it("says why someone cannot be added, on the field, and adds nobody", async () => {
    const { projectId } = await makeProject(lead.id, group.id);
    const refused = async (person: string, code: "INVALID" | "ALREADY_EXISTS", message: RegExp) => {
      const error = await expectAppError(addProjectContributor(lead.id, projectId, person, "contributor"), code, message);
      expect(error.field).toBe("person");
    };
    await refused("nobody-here@example.org", "INVALID", /^No member of this group has that email: only its members can be added to its projects\.$/);
    // Someone with an account, outside the group, is not named: a lead maps no email to a name.
    await refused(stranger.email, "INVALID", /^No member of this group has that email/);
    await refused(stranger.name, "INVALID", /No member of this group is called/);
    await refused(removed.email, "INVALID", /was removed from this group/);
    await refused(lead.email, "ALREADY_EXISTS", /You are already on this project \(lead\)/);
    await joinProject(ana.id, projectId);
    await refused(ana.email, "ALREADY_EXISTS", /already on this project \(contributor\)/);
    expect(await db.projectMember.count({ where: { projectId } })).toBe(2);
  });

  it("by the start of a name, as the form suggests it; a start several names share is refused", async () => {
    const g = await makeGroup(lead.id);
    const [grace, greta] = await Promise.all([makeUser({ name: "Grace Kim" }), makeUser({ name: "Greta Lind" })]);
    for (const user of [grace, greta]) await addMember(g.id, user.id);
    const { projectId } = await makeProject(lead.id, g.id);
    expect((await addProjectContributor(lead.id, projectId, "grace", "contributor")).name).toBe("Grace Kim");
    expect(await roleOf(projectId, grace.id)).toBe("contributor");
    const error = await expectAppError(addProjectContributor(lead.id, projectId, "Gr", "contributor"), "INVALID", /Several members' names start with “Gr”: Grace Kim and Greta Lind\./);
    expect(error.field).toBe("person");
    expect(await roleOf(projectId, greta.id)).toBeNull();
  });

  it("a member with the same name as another must be named by email", async () => {
    const g = await makeGroup(lead.id);
    const twins = await Promise.all([makeUser({ name: "Sam Twin" }), makeUser({ name: "Sam Twin" })]);
    for (const twin of twins) await addMember(g.id, twin.id);
    const { projectId } = await makeProject(lead.id, g.id);
    await expectAppError(addProjectContributor(lead.id, projectId, "Sam Twin", "contributor"), "INVALID", /Several members are called/);
    await addProjectContributor(lead.id, projectId, twins[1]!.email, "contributor");
    expect(await roleOf(projectId, twins[1]!.id)).toBe("contributor");
  });

  it("only the lead, and only while the project is open", async () => {
    const { projectId } = await makeProject(lead.id, group.id);
    await addProjectContributor(lead.id, projectId, colead.email, "colead");
    await expectAppError(addProjectContributor(colead.id, projectId, ana.email, "contributor"), "FORBIDDEN", /Only the project's lead/);
    await expectAppError(addProjectContributor(stranger.id, projectId, ana.email, "contributor"), "FORBIDDEN");
    await changeProjectStatus(lead.id, projectId, "completed");
    await expectAppError(addProjectContributor(lead.id, projectId, ana.email, "contributor"), "CONFLICT", /completed/);
    expect(await roleOf(projectId, ana.id)).toBeNull();
  });
});
