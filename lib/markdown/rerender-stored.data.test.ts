import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateGroupSettings } from "@/lib/groups/mutations";
import { makeMeetup } from "@/lib/meetups/test-fixtures";
import { postProjectUpdate } from "@/lib/projects/mutations";
import { makeProject } from "@/lib/projects/test-fixtures";
import { makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { RENDER_VERSION, renderMarkdown } from "./render";
import { updateProfile } from "@/lib/users/mutations";
import { rerenderStoredHtml } from "./rerender-stored";

/**
 * Stored HTML follows the pipeline: every write records the RENDER_VERSION it rendered with,
 * and `npm run posts:backfill` re-renders what an older pipeline left, in every table that
 * stores rendered markdown. Through the real mutations and tables.
 */

const SOURCE = "# Plan\n\n<div>Bring gloves</div> and a note[^1].\n\n[^1]: Or borrow some.";
const OLD_HTML = "<h1>Plan</h1>\n<p> and a note</p>";

describe("rerenderStoredHtml", () => {
  let owner: Awaited<ReturnType<typeof makeUser>>;
  let ids: { groupId: string; postId: number; projectId: number; updateId: number; meetupId: number };

  beforeAll(async () => {
    owner = await makeUser();
    const group = await makeGroup(owner.id);
    const { postId } = await makeThread(owner.id, group.id, "Plans", SOURCE);
    const { projectId } = await makeProject(owner.id, group.id, { goal: SOURCE });
    const { updateId } = await postProjectUpdate(owner.id, projectId, SOURCE);
    const meetup = await makeMeetup(owner.id, group.id, { description: SOURCE });
    await updateGroupSettings(owner.id, { groupId: group.id, version: 0, name: "Plans and gloves", description: SOURCE, tags: [], visibility: "public", language: "en" });
    await updateProfile(owner.id, { headline: "", location: "", bio: SOURCE });
    ids = { groupId: group.id, postId, projectId, updateId, meetupId: meetup.id };
  });

  async function stored() {
    const select = { renderVersion: true } as const;
    const [group, post, project, update, meetup, user] = await Promise.all([
      db.group.findUniqueOrThrow({ where: { id: ids.groupId }, select: { ...select, descriptionHtml: true } }),
      db.post.findUniqueOrThrow({ where: { id: ids.postId }, select: { ...select, html: true } }),
      db.project.findUniqueOrThrow({ where: { id: ids.projectId }, select: { ...select, goalHtml: true, updatedAt: true } }),
      db.projectUpdate.findUniqueOrThrow({ where: { id: ids.updateId }, select: { ...select, html: true } }),
      db.meetup.findUniqueOrThrow({ where: { id: ids.meetupId }, select: { ...select, descriptionHtml: true, sequence: true } }),
      db.user.findUniqueOrThrow({ where: { id: owner.id }, select: { ...select, bioHtml: true } }),
    ]);
    return {
      group: { html: group.descriptionHtml, version: group.renderVersion },
      post: { html: post.html, version: post.renderVersion },
      project: { html: project.goalHtml, version: project.renderVersion },
      update: { html: update.html, version: update.renderVersion },
      meetup: { html: meetup.descriptionHtml, version: meetup.renderVersion },
      user: { html: user.bioHtml, version: user.renderVersion },
      untouched: { projectUpdatedAt: project.updatedAt, meetupSequence: meetup.sequence },
    };
  }

  it("the mutations store the current version with what they render", async () => {
    const rows = await stored();
    for (const row of [rows.group, rows.post, rows.project, rows.update, rows.meetup, rows.user]) expect(row).toEqual({ html: renderMarkdown(SOURCE), version: RENDER_VERSION });
    expect(await rerenderStoredHtml()).toEqual({ Post: 0, ProjectUpdate: 0, Project: 0, Meetup: 0, Group: 0, User: 0 });
  });

  it("re-renders every table's rows that an older pipeline rendered, and only those, without counting as an edit", async () => {
    // As a database migrated from before versions were recorded holds them: version 0, old HTML.
    await db.$transaction([
      db.group.update({ where: { id: ids.groupId }, data: { descriptionHtml: OLD_HTML, renderVersion: 0 } }),
      db.post.update({ where: { id: ids.postId }, data: { html: OLD_HTML, renderVersion: 0 } }),
      db.$executeRaw`UPDATE "Project" SET "goalHtml" = ${OLD_HTML}, "renderVersion" = 0 WHERE id = ${ids.projectId}`,
      db.projectUpdate.update({ where: { id: ids.updateId }, data: { html: OLD_HTML, renderVersion: RENDER_VERSION - 1 } }),
      db.meetup.update({ where: { id: ids.meetupId }, data: { descriptionHtml: OLD_HTML, renderVersion: 0 } }),
      db.user.update({ where: { id: owner.id }, data: { bioHtml: OLD_HTML, renderVersion: 0 } }),
    ]);
    const before = await stored();
    const current = await makeThread(owner.id, ids.groupId, "Written now", "Rendered by the current pipeline.");

    const progress: string[] = [];
    const counts = await rerenderStoredHtml({ batchSize: 1, onProgress: (table, done) => progress.push(`${table} ${done}`) });
    expect(counts).toEqual({ Post: 1, ProjectUpdate: 1, Project: 1, Meetup: 1, Group: 1, User: 1 });
    expect(progress).toEqual(["Post 1", "ProjectUpdate 1", "Project 1", "Meetup 1", "Group 1", "User 1"]);

    const after = await stored();
    for (const row of [after.group, after.post, after.project, after.update, after.meetup, after.user]) expect(row).toEqual({ html: renderMarkdown(SOURCE), version: RENDER_VERSION });
    expect(after.post.html).toContain("<h3>Plan</h3>");
    expect(after.post.html).toContain("<div>Bring gloves</div>");
    // Re-rendering is not an edit: the project's "updated" time and the meetup's calendar sequence stay.
    expect(after.untouched).toEqual(before.untouched);
    expect((await db.post.findUniqueOrThrow({ where: { id: current.postId } })).renderVersion).toBe(RENDER_VERSION);
    expect(await rerenderStoredHtml()).toEqual({ Post: 0, ProjectUpdate: 0, Project: 0, Meetup: 0, Group: 0, User: 0 });
  });
});
