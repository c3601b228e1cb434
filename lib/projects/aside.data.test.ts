import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { makeGroup, makeUser } from "@/test/fixtures";
import { listAsideProjects } from "./data";
import { changeProjectStatus, deleteProject, postProjectUpdate } from "./mutations";
import { makeProject } from "./test-fixtures";

const DAY = 86_400_000;

/** The group page's "Projects" aside: active ones only, the one that moved last first, a few. */
describe("projects: the group page's aside", () => {
  it("lists active projects by when they last moved (an update counts), leaves out the others, and counts them all", async () => {
    const lead = await makeUser();
    const group = await makeGroup(lead.id);
    expect(await listAsideProjects(group.id)).toEqual({ projects: [], activeCount: 0 });

    const make = async (name: string, daysAgo: number, status: "active" | "proposed" = "active") => {
      const { projectId } = await makeProject(lead.id, group.id, { name, status });
      await db.project.update({ where: { id: projectId }, data: { updatedAt: new Date(Date.now() - daysAgo * DAY) } });
      return projectId;
    };
    const oldest = await make("Seed library", 30);
    await make("Tool shed", 20);
    await make("Pond", 10);
    await make("Bee hotel", 5);
    await make("Just an idea", 1, "proposed");
    const deleted = await make("Spam", 1);
    await deleteProject(lead.id, deleted);
    const completed = await make("Done already", 1);
    await changeProjectStatus(lead.id, completed, "completed");
    // An update today puts the oldest first, though the project row itself has not changed.
    await postProjectUpdate(lead.id, oldest, "New shelves.");
    await db.project.update({ where: { id: oldest }, data: { updatedAt: new Date(Date.now() - 30 * DAY) } });

    const aside = await listAsideProjects(group.id, 3);
    expect(aside.projects.map((project) => project.name)).toEqual(["Seed library", "Bee hotel", "Pond"]);
    expect(aside.activeCount).toBe(4);
    expect(aside.projects[0]!.movedAt.getTime()).toBeGreaterThan(Date.now() - DAY);
  });
});
