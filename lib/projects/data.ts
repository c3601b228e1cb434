import { countsBy } from "@/lib/counts";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { visibleGroupsWhere, type ViewerRef } from "@/lib/groups/data";
import { htmlExcerpt } from "@/lib/markdown/excerpt";
import { lastActs } from "@/lib/moderation/data";
import { ROLE_ORDER } from "./ability";
import type { ProjectStatus } from "./schema";
import { STATUS_ORDER } from "./status";

/** Updates per page of a project page (newest first); `?page=` reaches the older ones. */
export const PROJECT_UPDATES_SHOWN = 50;

/**
 * Deleted projects and updates (decision 005 §9) exist for no reader: every query here starts
 * from these filters.
 */
const STANDING = { deletedAt: null } as const;

const LATEST_UPDATE = {
  where: STANDING,
  orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  take: 1,
  select: { id: true, html: true, createdAt: true, author: { select: { id: true, name: true } } },
} satisfies Prisma.Project$updatesArgs;

function latestUpdateOf(updates: { id: number; html: string; createdAt: Date; author: { id: string; name: string } }[]) {
  const [update] = updates;
  return update ? { id: update.id, excerpt: htmlExcerpt(update.html, 180), createdAt: update.createdAt, author: update.author } : null;
}

/**
 * A project's source thread as pages show it: its link, or only the fact that it was deleted
 * (decision 009: a deleted thread's page is a 404, and its title may be what got it deleted).
 */
function shownSource(thread: { id: number; slug: string; title: string; deletedAt: Date | null } | null) {
  if (!thread) return { sourceThread: null, sourceThreadDeleted: false };
  if (thread.deletedAt) return { sourceThread: null, sourceThreadDeleted: true };
  return { sourceThread: { id: thread.id, slug: thread.slug, title: thread.title }, sourceThreadDeleted: false };
}
const SOURCE_THREAD = { select: { id: true, slug: true, title: true, deletedAt: true } } as const;

/** Contributors and updates per project, over just these projects (lib/counts.ts: not `_count`). */
async function projectCounts(ids: number[]) {
  if (ids.length === 0) return { members: new Map<number, number>(), updates: new Map<number, number>() };
  const [members, updates] = await Promise.all([
    db.projectMember.groupBy({ by: ["projectId"], where: { projectId: { in: ids } }, _count: { _all: true } }),
    db.projectUpdate.groupBy({ by: ["projectId"], where: { projectId: { in: ids }, ...STANDING }, _count: { _all: true } }),
  ]);
  return { members: countsBy(members, (row) => row.projectId), updates: countsBy(updates, (row) => row.projectId) };
}

/**
 * When a project last moved, in SQL over `p` (a "Project" row): its latest standing update, else
 * its last change. The Projects tab and the group page's aside both order by it.
 */
const LAST_MOVED = Prisma.sql`GREATEST(p."updatedAt", (SELECT max(u."createdAt") FROM "ProjectUpdate" u WHERE u."projectId" = p.id AND u."deletedAt" IS NULL))`;

/** Projects per page of the Projects tab. */
export const PROJECTS_PAGE_SIZE = 30;

/**
 * One page of a group's projects in the order the Projects tab shows them: active, proposed,
 * completed, archived; inside each, the most recently moving first (its last update, else its
 * last change). The order is computed in SQL so that a page is a LIMIT/OFFSET of it, and `total`
 * counts them all. Empty when the group is hidden from the viewer (the visibility rule is part of
 * the query, not only of the page).
 */
export async function listGroupProjects(groupId: string, viewer: ViewerRef | null, page = 1) {
  const perStatus = await db.project.groupBy({ by: ["status"], where: { groupId, ...STANDING, group: visibleGroupsWhere(viewer) }, _count: { _all: true } });
  const byStatus = countsBy(perStatus, (row) => row.status);
  const total = perStatus.reduce((sum, row) => sum + row._count._all, 0);
  if (total === 0) return { projects: [], total, byStatus };
  const rank = Prisma.join(STATUS_ORDER.map((status, index) => Prisma.sql`WHEN ${status} THEN ${index}`), " ");
  const ordered = await db.$queryRaw<{ id: number }[]>`
    SELECT p.id FROM "Project" p
    WHERE p."groupId" = ${groupId} AND p."deletedAt" IS NULL
    ORDER BY CASE p.status::text ${rank} END, ${LAST_MOVED} DESC, p.id DESC
    LIMIT ${PROJECTS_PAGE_SIZE} OFFSET ${(page - 1) * PROJECTS_PAGE_SIZE}`;
  const ids = ordered.map((row) => row.id);
  const [rows, counts] = await Promise.all([
    db.project.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        name: true,
        goalHtml: true,
        status: true,
        createdAt: true,
        updatedAt: true,
        completedAt: true,
        sourceThread: SOURCE_THREAD,
        updates: LATEST_UPDATE,
      },
    }),
    projectCounts(ids),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const projects = ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { updates, goalHtml, sourceThread, ...project } = row;
    return [
      {
        ...project,
        ...shownSource(sourceThread),
        goalExcerpt: htmlExcerpt(goalHtml, 220),
        contributorCount: counts.members.get(project.id) ?? 0,
        updateCount: counts.updates.get(project.id) ?? 0,
        latestUpdate: latestUpdateOf(updates),
      },
    ];
  });
  return { projects, total, byStatus };
}
export type ProjectListItem = Awaited<ReturnType<typeof listGroupProjects>>["projects"][number];

/** Active projects the group page's aside lists. */
export const ASIDE_PROJECTS = 4;

/**
 * The group page's aside: its active projects that moved last (as the Projects tab orders them),
 * with when each last moved, and how many are active in all. One query; the page has already
 * checked that the viewer may see the group (lib/projects/page-data.ts).
 */
export async function listAsideProjects(groupId: string, limit = ASIDE_PROJECTS) {
  const rows = await db.$queryRaw<{ id: number; name: string; movedAt: Date; total: number }[]>`
    SELECT p.id, p.name, ${LAST_MOVED} AS "movedAt", count(*) OVER ()::int AS total FROM "Project" p
    WHERE p."groupId" = ${groupId} AND p."deletedAt" IS NULL AND p.status = 'active'
    ORDER BY "movedAt" DESC, p.id DESC
    LIMIT ${limit}`;
  return { projects: rows.map(({ total: _total, ...project }) => project), activeCount: rows[0]?.total ?? 0 };
}

/**
 * A project page's data, or null when the project does not exist (or was deleted), is not in
 * `groupSlug`, or its group is hidden from the viewer (all 404). Contributors come leads first;
 * updates newest first, `PROJECT_UPDATES_SHOWN` a page (`updatesPage`, from 1; the page checks
 * it exists against `updateCount`); the lineage includes the meetups linked to the project's
 * source thread, and the latest update whatever the page.
 */
export async function loadProject(projectId: number, groupSlug: string, viewer: ViewerRef | null, updatesPage = 1) {
  const project = await db.project.findFirst({
    where: { id: projectId, ...STANDING, group: { AND: [{ slug: groupSlug }, visibleGroupsWhere(viewer)] } },
    select: {
      id: true,
      groupId: true,
      name: true,
      goal: true,
      goalHtml: true,
      status: true,
      createdAt: true,
      updatedAt: true,
      completedAt: true,
      sourcePostId: true,
      createdBy: { select: { id: true, name: true } },
      sourceThread: { select: { ...SOURCE_THREAD.select, groupId: true } },
      links: { orderBy: { id: "asc" }, select: { id: true, kind: true, url: true } },
      members: { orderBy: [{ joinedAt: "asc" }], select: { role: true, joinedAt: true, user: { select: { id: true, name: true } } } },
      updates: {
        where: STANDING,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        skip: (updatesPage - 1) * PROJECT_UPDATES_SHOWN,
        take: PROJECT_UPDATES_SHOWN,
        // The body is the edit form's starting text (its author's own updates only, on the page).
        select: { id: true, body: true, html: true, createdAt: true, editedAt: true, author: { select: { id: true, name: true } } },
      },
    },
  });
  if (!project) return null;
  const { members, sourceThread, sourcePostId, ...rest } = project;
  const [updateCount, latestUpdate, stillMembers] = await Promise.all([
    db.projectUpdate.count({ where: { projectId: project.id, ...STANDING } }),
    db.projectUpdate.findFirst({ where: { projectId: project.id, ...STANDING }, orderBy: LATEST_UPDATE.orderBy, select: { id: true, createdAt: true } }),
    // Roles outlive a departure from the group (decision 005); the page says who left.
    db.membership.findMany({ where: { groupId: project.groupId, status: "active", userId: { in: members.map((member) => member.user.id) } }, select: { userId: true } }),
  ]);
  const inGroup = new Set(stillMembers.map((row) => row.userId));
  // The source thread is of the same group by construction; checked again so a stray row never links out.
  const source = shownSource(sourceThread && sourceThread.groupId === project.groupId ? sourceThread : null);
  const thread = source.sourceThread;
  const [sourcePost, meetups] = thread
    ? await Promise.all([
        sourcePostId === null
          ? null
          : db.post.findFirst({ where: { id: sourcePostId, threadId: thread.id }, select: { id: true, deletedAt: true, author: { select: { id: true, name: true } } } }),
        db.meetup.findMany({
          where: { groupId: project.groupId, threads: { some: { threadId: thread.id } } },
          orderBy: [{ startsAt: "asc" }, { id: "asc" }],
          select: { id: true, title: true, startsAt: true, cancelledAt: true },
        }),
      ])
    : [null, []];
  return {
    ...rest,
    ...source,
    sourcePost: sourcePost ? { id: sourcePost.id, authorName: sourcePost.deletedAt ? null : sourcePost.author.name } : null,
    meetups,
    members: [...members]
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.joinedAt.getTime() - b.joinedAt.getTime())
      .map((member) => ({ ...member, leftGroup: !inGroup.has(member.user.id) })),
    updateCount,
    latestUpdate,
    leadCount: members.filter((member) => member.role === "lead").length,
    viewerRole: viewer ? (members.find((member) => member.user.id === viewer.id)?.role ?? null) : null,
  };
}
export type LoadedProject = NonNullable<Awaited<ReturnType<typeof loadProject>>>;

/**
 * The projects born in a thread, with their latest update: the banner that keeps the
 * conversation and the work connected. Archived ones too, after the others (their badge says
 * so): the thread keeps the link to the work it led to, even stopped, as the project page keeps
 * the link back (as a GitHub discussion still lists its closed issues).
 */
export async function listThreadProjects(threadId: number, viewer: ViewerRef | null) {
  const rows = await db.project.findMany({
    where: { sourceThreadId: threadId, ...STANDING, group: visibleGroupsWhere(viewer) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      status: true,
      groupId: true,
      group: { select: { slug: true } },
      sourceThread: { select: { groupId: true } },
      updates: LATEST_UPDATE,
    },
  });
  const counts = await projectCounts(rows.map((row) => row.id));
  return rows
    .filter((row) => row.sourceThread?.groupId === row.groupId)
    .sort((a, b) => Number(a.status === "archived") - Number(b.status === "archived"))
    .map(({ updates, group, sourceThread: _source, groupId: _group, ...project }) => ({
      ...project,
      groupSlug: group.slug,
      contributorCount: counts.members.get(project.id) ?? 0,
      latestUpdate: latestUpdateOf(updates),
    }));
}
export type ThreadProject = Awaited<ReturnType<typeof listThreadProjects>>[number];

/** The projects a person takes part in, in the groups the viewer may see: for their profile. */
export async function listUserProjects(userId: string, viewer: ViewerRef | null) {
  const rows = await db.projectMember.findMany({
    where: { userId, project: { ...STANDING, group: visibleGroupsWhere(viewer) } },
    orderBy: [{ joinedAt: "desc" }],
    take: 100,
    select: {
      role: true,
      project: { select: { id: true, name: true, status: true, group: { select: { slug: true, name: true, language: true } } } },
    },
  });
  const rank = (status: ProjectStatus) => STATUS_ORDER.indexOf(status);
  return rows
    .map(({ role, project }) => ({ role, ...project }))
    .sort((a, b) => rank(a.status) - rank(b.status));
}

/**
 * What `?thread=…&post=…` on the new-project page points at, inside this group only: the
 * thread (or null, also for a deleted one), and the post when it belongs to that thread and is
 * not deleted.
 */
export async function loadProjectOrigin(groupId: string, threadId: number | undefined, postId: number | undefined) {
  if (threadId === undefined) return null;
  const thread = await db.thread.findFirst({ where: { id: threadId, groupId, deletedAt: null }, select: { id: true, title: true, slug: true } });
  if (!thread) return null;
  const post =
    postId === undefined
      ? null
      : await db.post.findFirst({ where: { id: postId, threadId: thread.id, deletedAt: null }, select: { id: true, html: true, author: { select: { name: true } } } });
  return { thread, post: post ? { id: post.id, authorName: post.author.name, excerpt: htmlExcerpt(post.html, 200) } : null };
}

/** A project's editable details, for its edit form (the page checks who may edit). */
export async function loadProjectForEdit(projectId: number, groupSlug: string, viewer: ViewerRef | null) {
  const project = await db.project.findFirst({
    where: { id: projectId, ...STANDING, group: { AND: [{ slug: groupSlug }, visibleGroupsWhere(viewer)] } },
    select: {
      id: true,
      groupId: true,
      name: true,
      goal: true,
      // The edit form's edit version (lib/edit-version.ts).
      detailsVersion: true,
      status: true,
      sourceThreadId: true,
      sourceThread: { select: { deletedAt: true } },
      links: { orderBy: { id: "asc" }, select: { kind: true, url: true } },
      members: viewer ? { where: { userId: viewer.id }, select: { role: true } } : false,
    },
  });
  if (!project) return null;
  const { sourceThread, ...rest } = project;
  // A deleted source stays the project's source until its leads choose another (decision 009).
  return { ...rest, sourceThreadDeleted: Boolean(sourceThread?.deletedAt), leadCount: await db.projectMember.count({ where: { projectId, role: "lead" } }) };
}

/** The Deleted projects page's page size (as the Deleted threads page). */
export const DELETED_PROJECTS_PAGE_SIZE = 50;

/**
 * The group's projects its moderators deleted, newest deletion first, for the people who run the
 * group to restore one deleted by mistake (the page checks who may see it; `groupId` is the scope),
 * with who deleted each.
 */
export async function listDeletedProjects(groupId: string, page: number) {
  const where = { groupId, deletedAt: { not: null } };
  const [rows, total] = await Promise.all([
    db.project.findMany({
      where,
      orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * DELETED_PROJECTS_PAGE_SIZE,
      take: DELETED_PROJECTS_PAGE_SIZE,
      select: { id: true, name: true, status: true, deletedAt: true, createdBy: { select: { id: true, name: true } } },
    }),
    db.project.count({ where }),
  ]);
  // Who deleted each, from the group's moderation log (decision 018); null for a project deleted
  // before the log existed, or by someone whose account is gone.
  const deletions = await lastActs(groupId, "project_deleted", rows.map((row) => row.id));
  // The filter guarantees `deletedAt`; the types do not know it.
  const projects = rows.flatMap(({ deletedAt, ...project }) => (deletedAt ? [{ ...project, deletedAt, deletedBy: deletions.get(String(project.id))?.actor ?? null }] : []));
  return { projects, total };
}

/** How many of a project's deleted updates its moderators see, newest deletion first. */
export const DELETED_UPDATES_SHOWN = 20;

/**
 * A project's updates the moderators deleted (not those their authors deleted, which stay theirs),
 * newest deletion first, for the group's moderators to restore one deleted by mistake (decision
 * 005 §9): who wrote it, when, who deleted it and when; not its words, as nowhere once deleted.
 * The page checks who may see it.
 */
export async function listDeletedProjectUpdates(projectId: number) {
  const rows = await db.$queryRaw<{ id: number; createdAt: Date; deletedAt: Date; authorId: string; authorName: string; deleterId: string; deleterName: string; total: bigint }[]>`
    SELECT u.id, u."createdAt", u."deletedAt", a.id AS "authorId", a.name AS "authorName", d.id AS "deleterId", d.name AS "deleterName", count(*) OVER () AS total
    FROM "ProjectUpdate" u
    JOIN "User" a ON a.id = u."authorId"
    JOIN "User" d ON d.id = u."deletedById"
    WHERE u."projectId" = ${projectId} AND u."deletedAt" IS NOT NULL AND u."deletedById" <> u."authorId"
    ORDER BY u."deletedAt" DESC, u.id DESC
    LIMIT ${DELETED_UPDATES_SHOWN}`;
  return {
    total: Number(rows[0]?.total ?? 0),
    updates: rows.map((row) => ({ id: row.id, createdAt: row.createdAt, deletedAt: row.deletedAt, author: { id: row.authorId, name: row.authorName }, deletedBy: { id: row.deleterId, name: row.deleterName } })),
  };
}

/**
 * The group's projects this person leads with no other lead still in the group: leaving the
 * group would leave each without anyone able to run it (decision 005 §2: a lead who left keeps the
 * role on paper and can do nothing), so "Leave group" says so first. Archived projects are left
 * out: nothing happens on them. By name, for the question.
 */
export async function listProjectsLedAlone(groupId: string, userId: string): Promise<{ id: number; name: string }[]> {
  return db.project.findMany({
    where: {
      groupId,
      ...STANDING,
      status: { not: "archived" },
      AND: [
        { members: { some: { userId, role: "lead" } } },
        { members: { none: { role: "lead", userId: { not: userId }, user: { memberships: { some: { groupId, status: "active" } } } } } },
      ],
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}
