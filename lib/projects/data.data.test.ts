import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listThreadChoices } from "@/lib/discussions/data";
import { replyToPost } from "@/lib/discussions/mutations";
import { addMember, makeGroup, makeThread, makeUser } from "@/test/fixtures";
import { listGroupProjects, listThreadProjects, listUserProjects, loadProject, loadProjectOrigin, PROJECT_UPDATES_SHOWN, PROJECTS_PAGE_SIZE } from "./data";
import { changeProjectStatus, joinProject, postProjectUpdate, setContributorRole } from "./mutations";
import { makeProject } from "./test-fixtures";

type User = Awaited<ReturnType<typeof makeUser>>;
const viewerOf = (user: User) => ({ id: user.id, isSiteAdmin: user.isSiteAdmin });

async function backdateUpdates(projectId: number, createdAt: Date) {
  await db.projectUpdate.updateMany({ where: { projectId }, data: { createdAt } });
}

describe("projects: reads", () => {
  let lead: User;
  let member: User;
  let outsider: User;
  let group: { id: string; slug: string };

  beforeAll(async () => {
    [lead, member, outsider] = await Promise.all([makeUser({ name: "Lena Lead" }), makeUser({ name: "Max Member" }), makeUser()]);
    group = await makeGroup(lead.id);
    await addMember(group.id, member.id);
  });

  it("pages a project's updates, newest first: every update is on some page, the latest stays known", async () => {
    const { projectId } = await makeProject(lead.id, group.id);
    const total = PROJECT_UPDATES_SHOWN + 3;
    const base = Date.now() - total * 60_000;
    // Straight to the table: the rate limit would stop a real person (rightly) long before.
    await db.projectUpdate.createMany({
      data: Array.from({ length: total }, (_, i) => ({ projectId, authorId: lead.id, body: `Note ${i}`, html: `<p>Note ${i}</p>`, createdAt: new Date(base + i * 60_000) })),
    });
    const first = await loadProject(projectId, group.slug, viewerOf(member));
    const second = await loadProject(projectId, group.slug, viewerOf(member), 2);
    expect(first?.updateCount).toBe(total);
    expect(first?.updates).toHaveLength(PROJECT_UPDATES_SHOWN);
    expect(first?.updates[0]?.body).toBe(`Note ${total - 1}`);
    expect(second?.updates.map((u) => u.body)).toEqual(["Note 2", "Note 1", "Note 0"]);
    // The lineage's "latest update" is the newest, whichever page is shown.
    expect(second?.latestUpdate?.id).toBe(first?.updates[0]?.id);
    expect((await loadProject(projectId, group.slug, viewerOf(member), 3))?.updates).toEqual([]);
  });

  it("lists a group's projects: active, then proposed, completed, archived; the most recently moving first", async () => {
    const g = await makeGroup(lead.id);
    const make = (name: string, status: "proposed" | "active" = "active") => makeProject(lead.id, g.id, { name, status }).then((p) => p.projectId);
    const archived = await make("Archived one");
    await changeProjectStatus(lead.id, archived, "archived");
    const completed = await make("Completed one");
    await changeProjectStatus(lead.id, completed, "completed");
    const proposed = await make("Proposed one", "proposed");
    const quiet = await make("Quiet active");
    const busy = await make("Busy active");
    await postProjectUpdate(lead.id, busy, "Weekly note: **soil delivered**.");
    await postProjectUpdate(lead.id, quiet, "Earlier note");
    await backdateUpdates(quiet, new Date("2020-01-01T00:00:00Z"));
    // Quiet for years: its last change and its last update are old.
    await db.$executeRaw`UPDATE "Project" SET "updatedAt" = '2020-01-01' WHERE id = ${quiet}`;

    const { projects: list, total, byStatus } = await listGroupProjects(g.id, null);
    expect(list.map((p) => p.id)).toEqual([busy, quiet, proposed, completed, archived]);
    expect(total).toBe(5);
    expect(Object.fromEntries(byStatus)).toEqual({ active: 2, proposed: 1, completed: 1, archived: 1 });
    const busyItem = list[0]!;
    expect(busyItem).toMatchObject({ status: "active", contributorCount: 1, updateCount: 1 });
    expect(busyItem.latestUpdate).toMatchObject({ excerpt: "Weekly note: soil delivered.", author: { id: lead.id, name: "Lena Lead" } });
  });

  it("pages the Projects tab in the same order: a page is a slice of the whole list", async () => {
    const g = await makeGroup(lead.id);
    const ids: number[] = [];
    for (let index = 0; index < PROJECTS_PAGE_SIZE + 2; index++) ids.push((await makeProject(lead.id, g.id, { name: `Project ${index}`, status: index % 2 ? "proposed" : "active" })).projectId);
    const first = await listGroupProjects(g.id, null, 1);
    const second = await listGroupProjects(g.id, null, 2);
    expect(first.projects).toHaveLength(PROJECTS_PAGE_SIZE);
    expect(second.projects).toHaveLength(2);
    expect(second.total).toBe(PROJECTS_PAGE_SIZE + 2);
    const all = [...first.projects, ...second.projects];
    expect(new Set(all.map((p) => p.id)).size).toBe(ids.length);
    // Every active project before every proposed one, newest first inside each.
    const statuses = all.map((p) => p.status);
    expect(statuses.lastIndexOf("active")).toBeLessThan(statuses.indexOf("proposed"));
    const active = all.filter((p) => p.status === "active").map((p) => p.id);
    expect(active).toEqual([...active].sort((a, b) => b - a));
    expect((await listGroupProjects(g.id, null, 3)).projects).toEqual([]);
  });

  it("loads a project page: contributors leads first, updates newest first, source and meetups of the same thread", async () => {
    const thread = await makeThread(lead.id, group.id, "Compost bays?", "Proposal inside.");
    const reply = await replyToPost(member.id, { threadId: thread.threadId, parentId: thread.postId, body: "I can build." });
    const { projectId } = await makeProject(lead.id, group.id, {
      sourceThreadId: thread.threadId,
      sourcePostId: reply.postId,
      links: [{ kind: "repository", url: "https://github.com/toile/bays" }],
    });
    const third = await makeUser({ name: "Cleo Colead" });
    await addMember(group.id, third.id);
    await joinProject(member.id, projectId);
    await joinProject(third.id, projectId);
    await setContributorRole(lead.id, projectId, third.id, "colead");
    await postProjectUpdate(member.id, projectId, "First update");
    await postProjectUpdate(lead.id, projectId, "Second update");
    const meetup = await db.meetup.create({
      data: {
        groupId: group.id,
        organizerId: lead.id,
        title: "Build day",
        description: "Bring gloves",
        descriptionHtml: "<p>Bring gloves</p>",
        startsAt: new Date("2026-12-05T09:00:00Z"),
        endsAt: new Date("2026-12-05T12:00:00Z"),
        timeZone: "Europe/Paris",
        threads: { create: { threadId: thread.threadId } },
      },
    });
    const unrelated = await makeThread(lead.id, group.id, "Unrelated");
    await db.meetup.create({
      data: { groupId: group.id, organizerId: lead.id, title: "Other", description: "", descriptionHtml: "", startsAt: new Date(), endsAt: new Date(), timeZone: "UTC", threads: { create: { threadId: unrelated.threadId } } },
    });

    const project = await loadProject(projectId, group.slug, viewerOf(member));
    expect(project).not.toBeNull();
    expect(project!.members.map((m) => [m.user.name, m.role])).toEqual([
      ["Lena Lead", "lead"],
      ["Cleo Colead", "colead"],
      ["Max Member", "contributor"],
    ]);
    expect(project!.updates.map((u) => u.html)).toEqual(["<p>Second update</p>", "<p>First update</p>"]);
    expect(project!.sourceThread).toEqual({ id: thread.threadId, slug: "compost-bays", title: "Compost bays?" });
    expect(project!.sourcePost).toEqual({ id: reply.postId, authorName: "Max Member" });
    expect(project!.meetups.map((m) => m.id)).toEqual([meetup.id]);
    expect(project!.links).toEqual([expect.objectContaining({ kind: "repository", url: "https://github.com/toile/bays" })]);
    expect(project).toMatchObject({ viewerRole: "contributor", leadCount: 1, updateCount: 2 });
    expect((await loadProject(projectId, group.slug, null))?.viewerRole).toBeNull();
  });

  it("a project is only found under its own group", async () => {
    const elsewhere = await makeGroup(lead.id);
    const { projectId } = await makeProject(lead.id, group.id);
    expect(await loadProject(projectId, elsewhere.slug, null)).toBeNull();
    expect(await loadProject(2_000_000_000, group.slug, null)).toBeNull();
  });

  it("private groups' projects are invisible to non-members, everywhere", async () => {
    const secret = await makeGroup(lead.id, { visibility: "private" });
    const thread = await makeThread(lead.id, secret.id, "Members only");
    const { projectId } = await makeProject(lead.id, secret.id, { sourceThreadId: thread.threadId, name: "Secret plan" });
    await postProjectUpdate(lead.id, projectId, "Quiet progress");
    for (const viewer of [null, viewerOf(outsider)]) {
      expect(await loadProject(projectId, secret.slug, viewer)).toBeNull();
      expect(await listGroupProjects(secret.id, viewer)).toMatchObject({ projects: [], total: 0 });
      expect(await listThreadProjects(thread.threadId, viewer)).toEqual([]);
      expect((await listUserProjects(lead.id, viewer)).map((p) => p.name)).not.toContain("Secret plan");
    }
    expect((await loadProject(projectId, secret.slug, viewerOf(lead)))?.name).toBe("Secret plan");
    expect((await listUserProjects(lead.id, viewerOf(lead))).map((p) => p.name)).toContain("Secret plan");
    const admin = await makeUser({ isSiteAdmin: true });
    expect(await loadProject(projectId, secret.slug, viewerOf(admin))).not.toBeNull();
  });

  it("the thread banner: projects born there with their latest update, archived ones last", async () => {
    const thread = await makeThread(lead.id, group.id, "Ideas for spring");
    // The archived one is the older: it still comes after the live one.
    const b = await makeProject(lead.id, group.id, { sourceThreadId: thread.threadId, name: "Shelved idea" });
    const a = await makeProject(lead.id, group.id, { sourceThreadId: thread.threadId, name: "Seed library" });
    await changeProjectStatus(lead.id, b.projectId, "archived");
    expect((await listThreadProjects(thread.threadId, null))[0]?.latestUpdate).toBeNull();
    await joinProject(member.id, a.projectId);
    await postProjectUpdate(lead.id, a.projectId, "Old note");
    await backdateUpdates(a.projectId, new Date("2026-01-01T00:00:00Z"));
    await postProjectUpdate(member.id, a.projectId, "Shelf **built**, 40 packets catalogued.");
    const banner = await listThreadProjects(thread.threadId, null);
    expect(banner.map((project) => [project.name, project.status])).toEqual([
      ["Seed library", "active"],
      ["Shelved idea", "archived"],
    ]);
    expect(banner[0]).toMatchObject({ id: a.projectId, name: "Seed library", groupSlug: group.slug, contributorCount: 2 });
    expect(banner[0]!.latestUpdate).toMatchObject({ excerpt: "Shelf built, 40 packets catalogued.", author: { name: "Max Member" } });
  });

  it("a profile lists the projects a person contributes to, with their role", async () => {
    const person = await makeUser();
    await addMember(group.id, person.id);
    const done = await makeProject(lead.id, group.id, { name: "Finished thing" });
    await joinProject(person.id, done.projectId);
    await changeProjectStatus(lead.id, done.projectId, "completed");
    const own = await makeProject(person.id, group.id, { name: "Own thing" });
    const list = await listUserProjects(person.id, null);
    expect(list.map((p) => [p.name, p.role, p.status, p.group.slug])).toEqual([
      ["Own thing", "lead", "active", group.slug],
      ["Finished thing", "contributor", "completed", group.slug],
    ]);
    expect(list[0]?.id).toBe(own.projectId);
  });

  it("the new-project form: thread choices and the origin from ?thread=&post=, inside the group only", async () => {
    const g = await makeGroup(lead.id);
    const t1 = await makeThread(lead.id, g.id, "First");
    const t2 = await makeThread(lead.id, g.id, "Second");
    const foreign = await makeThread(lead.id, group.id, "Foreign");
    expect((await listThreadChoices(g.id)).map((t) => t.title)).toEqual(["Second", "First"]);
    expect((await listThreadChoices(g.id, { include: [foreign.threadId] })).map((t) => t.title)).toEqual(["Second", "First"]);

    const reply = await replyToPost(lead.id, { threadId: t1.threadId, parentId: t1.postId, body: "Let's **do** it" });
    expect(await loadProjectOrigin(g.id, t1.threadId, reply.postId)).toEqual({
      thread: { id: t1.threadId, title: "First", slug: "first" },
      post: { id: reply.postId, authorName: "Lena Lead", excerpt: "Let's do it" },
    });
    // A post of another thread is dropped; a thread of another group is no origin at all.
    expect((await loadProjectOrigin(g.id, t2.threadId, reply.postId))?.post).toBeNull();
    expect(await loadProjectOrigin(g.id, foreign.threadId, undefined)).toBeNull();
    expect(await loadProjectOrigin(g.id, undefined, undefined)).toBeNull();
  });
});
