import { beforeAll, describe, expect, it } from "vitest";
import { joinGroup, leaveGroup } from "@/lib/groups/mutations";
import { addMember, makeGroup, makeUser } from "@/test/fixtures";
import { listProjectsLedAlone } from "./data";
import { changeProjectStatus, deleteProject, joinProject, setContributorRole } from "./mutations";
import { makeProject } from "./test-fixtures";

describe("listProjectsLedAlone: what leaving the group would strand", () => {
  let owner: Awaited<ReturnType<typeof makeUser>>;
  let lead: Awaited<ReturnType<typeof makeUser>>;
  let other: Awaited<ReturnType<typeof makeUser>>;
  let group: Awaited<ReturnType<typeof makeGroup>>;

  beforeAll(async () => {
    [owner, lead, other] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    group = await makeGroup(owner.id);
    await addMember(group.id, lead.id);
    await addMember(group.id, other.id);
  });

  it("lists the projects they lead with no other lead in the group, by name, and only those", async () => {
    await makeProject(lead.id, group.id, { name: "Zinc roof survey" });
    await makeProject(lead.id, group.id, { name: "Apple press" });
    // Shared: someone else still runs it.
    const shared = await makeProject(lead.id, group.id, { name: "Seed library" });
    await joinProject(other.id, shared.projectId);
    await setContributorRole(lead.id, shared.projectId, other.id, "lead");
    // A co-lead is not a lead: the project would still have nobody to manage roles.
    const coled = await makeProject(lead.id, group.id, { name: "Bike repair cafe" });
    await joinProject(other.id, coled.projectId);
    await setContributorRole(lead.id, coled.projectId, other.id, "colead");
    // Someone else's project they merely contribute to.
    const theirs = await makeProject(other.id, group.id, { name: "Tool shed" });
    await joinProject(lead.id, theirs.projectId);
    // Elsewhere: another group's project is no concern of leaving this one.
    const elsewhere = await makeGroup(lead.id);
    await makeProject(lead.id, elsewhere.id, { name: "Elsewhere" });

    const names = (await listProjectsLedAlone(group.id, lead.id)).map((project) => project.name);
    expect(names).toEqual(["Apple press", "Bike repair cafe", "Zinc roof survey"]);
    expect((await listProjectsLedAlone(group.id, other.id)).map((project) => project.name)).toEqual(["Tool shed"]);
      });

  it("counts a fellow lead who left the group as no lead, and leaves out archived and deleted projects", async () => {
    const person = await makeUser();
    const partner = await makeUser();
    await joinGroup(person.id, group.id);
    await joinGroup(partner.id, group.id);
    const project = await makeProject(person.id, group.id, { name: "Rain barrels" });
    await joinProject(partner.id, project.projectId);
    await setContributorRole(person.id, project.projectId, partner.id, "lead");
    expect(await listProjectsLedAlone(group.id, person.id)).toEqual([]);
    await leaveGroup(partner.id, group.id);
    expect((await listProjectsLedAlone(group.id, person.id)).map((found) => found.name)).toEqual(["Rain barrels"]);

    const archived = await makeProject(person.id, group.id, { name: "Archived one" });
    await changeProjectStatus(person.id, archived.projectId, "archived");
    const deleted = await makeProject(person.id, group.id, { name: "Deleted one" });
    await deleteProject(owner.id, deleted.projectId);
    expect((await listProjectsLedAlone(group.id, person.id)).map((found) => found.name)).toEqual(["Rain barrels"]);
  });
});
