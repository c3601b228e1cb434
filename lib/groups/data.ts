import { Prisma } from "@/lib/generated/prisma/client";
import { countsBy } from "@/lib/counts";
import { db } from "@/lib/db";
import { likeLiteral } from "@/lib/like";
import type { GroupActor, GroupRole } from "./ability";
import type { ThreadView } from "./schema";
import { searchTerms, searchWords } from "./search";

export const DIRECTORY_PAGE_SIZE = 20;
export const THREADS_PAGE_SIZE = 20;

export interface ViewerRef {
  id: string;
  isSiteAdmin: boolean;
}

/** The groups a viewer may see, as a Prisma filter: public ones, plus their own private ones. */
export function visibleGroupsWhere(viewer: ViewerRef | null): Prisma.GroupWhereInput {
  if (viewer?.isSiteAdmin) return {};
  if (!viewer) return { visibility: "public" };
  return { OR: [{ visibility: "public" }, { memberships: { some: { userId: viewer.id, status: "active" } } }] };
}

/** Active members per group, for the groups on a page (see lib/counts.ts for why not `_count`). */
export async function countActiveMembers(groupIds: string[]): Promise<Map<string, number>> {
  if (groupIds.length === 0) return new Map();
  const rows = await db.membership.groupBy({ by: ["groupId"], where: { groupId: { in: groupIds }, status: "active" }, _count: { _all: true } });
  return countsBy(rows, (row) => row.groupId);
}

/**
 * Groups the directory lists to `viewer`: those they may read, and the private groups listed for
 * anyone to find and ask to join (decision 025), whose pages show only what the listing shows.
 */
export function listedGroupsWhere(viewer: ViewerRef | null): Prisma.GroupWhereInput {
  // Site admins see every group (an empty condition, which inside OR would match nothing).
  if (viewer?.isSiteAdmin) return {};
  return { OR: [visibleGroupsWhere(viewer), { visibility: "private", listed: true }] };
}

export async function listGroups(viewer: ViewerRef | null, query: { q?: string; tag?: string; page: number }) {
  const where: Prisma.GroupWhereInput = {
    AND: [
      listedGroupsWhere(viewer),
      // Every word typed, folded like the stored text (lib/groups/search.ts).
      ...searchTerms(query.q).map((term) => ({ searchText: { contains: likeLiteral(term) } })),
      query.tag ? { tags: { has: query.tag } } : {},
    ],
  };
  const [groups, total] = await Promise.all([
    db.group.findMany({
      where,
      orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * DIRECTORY_PAGE_SIZE,
      take: DIRECTORY_PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        name: true,
        descriptionHtml: true,
        tags: true,
        visibility: true,
        language: true,
        lastActivityAt: true,
      },
    }),
    db.group.count({ where }),
  ]);
  const members = await countActiveMembers(groups.map((group) => group.id));
  return { groups: groups.map((group) => ({ ...group, memberCount: members.get(group.id) ?? 0 })), total };
}

export interface TopicCount {
  tag: string;
  /** How many of the groups the viewer may see carry it. */
  count: number;
}

/**
 * The topics of the groups `viewer` sees in the directory (public and listed ones, their own
 * private ones, every group for a site admin), with how many groups carry each: one page of
 * them, the most used first (`popular`, the directory's filter row) or A to Z (`name`, the
 * topics page), and how many there are in all. Counted in the database (unnest), so only one
 * page of rows travels. A page past the last has no rows and a total of 0.
 */
export async function listTopics(viewer: ViewerRef | null, { order, page = 1, pageSize }: { order: "popular" | "name"; page?: number; pageSize: number }): Promise<{ topics: TopicCount[]; total: number }> {
  const visible = viewer?.isSiteAdmin
    ? Prisma.sql`TRUE`
    : viewer
      ? Prisma.sql`(g.visibility = 'public' OR g.listed OR EXISTS (SELECT 1 FROM "Membership" m WHERE m."groupId" = g.id AND m."userId" = ${viewer.id} AND m.status = 'active'))`
      : Prisma.sql`(g.visibility = 'public' OR g.listed)`;
  // Byte order: tags are written lower-case, in letters, digits and hyphens (slugs).
  const orderBy = order === "popular" ? Prisma.sql`count DESC, tag COLLATE "C" ASC` : Prisma.sql`tag COLLATE "C" ASC`;
  const rows = await db.$queryRaw<{ tag: string; count: number; total: number }[]>`
    SELECT tag, COUNT(*)::int AS count, (COUNT(*) OVER ())::int AS total FROM "Group" g, unnest(g.tags) AS tag
    WHERE ${visible}
    GROUP BY tag ORDER BY ${orderBy} LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`;
  return { topics: rows.map(({ tag, count }) => ({ tag, count })), total: rows[0]?.total ?? 0 };
}

/**
 * A group page's header data and the viewer's standing in it, or null when the group does not
 * exist or the viewer may not see it (the page answers 404 either way, so a private group's
 * existence does not leak).
 */
export async function loadGroup(slug: string, viewer: ViewerRef | null) {
  const group = await db.group.findFirst({
    where: { AND: [{ slug }, visibleGroupsWhere(viewer)] },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      descriptionHtml: true,
      tags: true,
      visibility: true,
      listed: true,
      language: true,
      createdAt: true,
      lastActivityAt: true,
      // The settings form's edit version (lib/edit-version.ts).
      settingsVersion: true,
      memberships: viewer ? { where: { userId: viewer.id }, select: { role: true, status: true, followsNewThreads: true, noticesMuted: true } } : false,
    },
  });
  if (!group) return null;
  const { memberships, ...rest } = group;
  const memberCount = (await countActiveMembers([group.id])).get(group.id) ?? 0;
  const membership = memberships?.[0] ?? null;
  const actor: GroupActor = {
    userId: viewer?.id ?? null,
    isSiteAdmin: viewer?.isSiteAdmin ?? false,
    membership: membership && { role: membership.role, status: membership.status },
  };
  // Whether the viewer, an active member, is told of every new thread (decision 022): the Discussions tab's toggle.
  const followsNewThreads = membership?.status === "active" && membership.followsNewThreads;
  // Whether they muted its optional notices (decision 031): the header's toggle.
  const noticesMuted = membership?.status === "active" && membership.noticesMuted;
  return { group: { ...rest, memberCount }, actor, followsNewThreads, noticesMuted };
}
export type LoadedGroup = NonNullable<Awaited<ReturnType<typeof loadGroup>>>;

/** The actor record for authorization, read from the database. */
/** Whether a group (any, listed or not) has this address: creating another with it would be refused. */
export async function isGroupSlugTaken(slug: string): Promise<boolean> {
  return (await db.group.count({ where: { slug } })) > 0;
}

export async function loadGroupActor(groupId: string, userId: string | null): Promise<{ actor: GroupActor; visibility: "public" | "private" } | null> {
  const [group, user] = await Promise.all([
    db.group.findUnique({
      where: { id: groupId },
      select: { visibility: true, memberships: userId ? { where: { userId }, select: { role: true, status: true } } : false },
    }),
    userId ? db.user.findUnique({ where: { id: userId }, select: { isSiteAdmin: true } }) : null,
  ]);
  if (!group) return null;
  return {
    visibility: group.visibility,
    actor: { userId, isSiteAdmin: user?.isSiteAdmin ?? false, membership: group.memberships?.[0] ?? null },
  };
}

/** A thread as the group's lists show it (components/groups/thread-list.tsx). */
const threadRowSelect = {
  id: true,
  title: true,
  slug: true,
  pinned: true,
  locked: true,
  createdAt: true,
  lastActivityAt: true,
  replyCount: true,
  author: { select: { id: true, name: true } },
  answer: { select: { deletedAt: true } },
} satisfies Prisma.ThreadSelect;

/** A marked answer since deleted is no answer (decision 035). */
function threadRow({ answer, ...thread }: Prisma.ThreadGetPayload<{ select: typeof threadRowSelect }>) {
  return { ...thread, answered: answer !== null && answer.deletedAt === null };
}

/**
 * Threads of a group, 20 to a page, in one of the Discussions tab's views (decision 034). Deleted
 * threads are left out (decision 009); they are few, so filtering them from an index scan is
 * cheap. `latest`: pinned first, then by last activity. `unanswered`: no reply still there, newest
 * first. `top`: the most replies still there first, then by last activity. Each is served by an
 * index; the reply counts are the threads' own (`replyCount`, kept by the database).
 */
export async function listGroupThreads(groupId: string, page: number, view: ThreadView = "latest") {
  const where: Prisma.ThreadWhereInput = { groupId, deletedAt: null, ...(view === "unanswered" ? { replyCount: 0 } : {}) };
  const orderBy = ({
    latest: [{ pinned: "desc" }, { lastActivityAt: "desc" }, { id: "desc" }],
    unanswered: [{ createdAt: "desc" }, { id: "desc" }],
    top: [{ replyCount: "desc" }, { lastActivityAt: "desc" }, { id: "desc" }],
  } satisfies Record<ThreadView, Prisma.ThreadOrderByWithRelationInput[]>)[view];
  const [threads, total] = await Promise.all([
    db.thread.findMany({
      where,
      orderBy,
      skip: (page - 1) * THREADS_PAGE_SIZE,
      take: THREADS_PAGE_SIZE,
      select: threadRowSelect,
    }),
    db.thread.count({ where }),
  ]);
  return { threads: threads.map(threadRow), total };
}

/**
 * The group's most recently active threads but `exceptId` (the one being read), for "More in
 * <group>" under a thread (decision 036): `limit` of them, pinned or not, by the thread index.
 */
export async function listRecentThreads(groupId: string, exceptId: number, limit: number) {
  const threads = await db.thread.findMany({
    where: { groupId, deletedAt: null, id: { not: exceptId } },
    orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
    take: limit,
    select: threadRowSelect,
  });
  return threads.map(threadRow);
}

export const MEMBERS_PAGE_SIZE = 50;
/** The Removed list's page: the people who run the group page through it, or find someone by name. */
export const REMOVED_MEMBERS_PAGE_SIZE = 50;

/**
 * `text` folded in SQL as `foldForSearch` (lib/groups/search.ts) folds it: NFKD without its
 * marks, lower case, ligatures spelled out — the database's `toile_fold` (the search migration),
 * which also keeps the discussion search's vectors. People's names have no stored folded copy
 * (users are created in many places); folding them in the query costs one pass over one group's
 * memberships, which the group's key bounds.
 */
function foldedSql(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`toile_fold(${text})`;
}

/** Every word of `q` in the person's name (`u`), case and accents aside: "zoe" finds "Zoë". */
function nameMatchesSql(q: string | undefined): Prisma.Sql {
  const words = searchWords(q);
  if (words.length === 0) return Prisma.empty;
  const matches = words.map((word) => Prisma.sql`${foldedSql(Prisma.sql`u.name`)} LIKE '%' || ${foldedSql(Prisma.sql`${likeLiteral(word)}::text`)} || '%'`);
  return Prisma.sql`AND ${Prisma.join(matches, " AND ")}`;
}

export interface PeopleQuery {
  page?: number;
  /** A name filter (`?q=`): every word must appear in the name, folded. */
  q?: string;
}

/**
 * One page of a group's memberships in a status, with the person's name, filtered by name, and
 * how many match in all. In SQL because Prisma cannot filter on a folded column.
 */
async function listMemberships(groupId: string, status: "active" | "banned", query: PeopleQuery, order: Prisma.Sql, pageSize: number) {
  const where = Prisma.sql`m."groupId" = ${groupId} AND m.status = ${status}::"MembershipStatus" ${nameMatchesSql(query.q)}`;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<{ role: GroupRole; joinedAt: Date; removedAt: Date | null; id: string; name: string }[]>`
      SELECT m.role::text AS role, m."joinedAt", m."removedAt", u.id, u.name
      FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE ${where}
      ${order}
      LIMIT ${pageSize} OFFSET ${((query.page ?? 1) - 1) * pageSize}`,
    db.$queryRaw<{ total: number }[]>`SELECT COUNT(*)::int AS total FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE ${where}`,
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** Active members, the people who run the group first (enum order: owner, moderator, organizer, member), then by seniority. */
export async function listGroupMembers(groupId: string, query: PeopleQuery = {}) {
  const { rows, total } = await listMemberships(groupId, "active", query, Prisma.sql`ORDER BY m.role ASC, m."joinedAt" ASC, m."userId" ASC`, MEMBERS_PAGE_SIZE);
  return { members: rows.map((row) => ({ role: row.role, joinedAt: row.joinedAt, user: { id: row.id, name: row.name } })), total };
}

/** How many people the post box suggests for a mention (decision 021). */
export const MENTION_SUGGESTIONS = 8;

/**
 * The group's active members whose name has a word starting with each word of `q` (case and
 * accents aside: "zo an" finds "Zoë Ångström"), by name, for the post box's @mention suggestions;
 * never `viewerId`, who does not mention themselves. The route checks who may ask.
 */
export async function listMentionable(groupId: string, q: string, viewerId: string): Promise<{ id: string; name: string }[]> {
  const words = searchWords(q);
  if (words.length === 0) return [];
  // A space before the name and for each hyphen, so that every word of it starts after a space.
  const name = Prisma.sql`' ' || translate(${foldedSql(Prisma.sql`u.name`)}, '-', ' ')`;
  const matches = words.map((word) => Prisma.sql`${name} LIKE '% ' || ${foldedSql(Prisma.sql`${likeLiteral(word)}::text`)} || '%'`);
  return db.$queryRaw<{ id: string; name: string }[]>`
    SELECT u.id, u.name FROM "Membership" m JOIN "User" u ON u.id = m."userId"
    WHERE m."groupId" = ${groupId} AND m.status = 'active' AND u.id <> ${viewerId} AND ${Prisma.join(matches, " AND ")}
    ORDER BY u.name, u.id
    LIMIT ${MENTION_SUGGESTIONS}`;
}

/**
 * People removed from the group, most recently removed first, a page at a time, with how many
 * (matching) there are in all: every one of them can be reached, to be reinstated.
 */
export async function listRemovedMembers(groupId: string, query: PeopleQuery = {}) {
  const { rows, total } = await listMemberships(groupId, "banned", query, Prisma.sql`ORDER BY m."removedAt" DESC NULLS LAST, m."userId" ASC`, REMOVED_MEMBERS_PAGE_SIZE);
  return { members: rows.map((row) => ({ removedAt: row.removedAt, user: { id: row.id, name: row.name } })), total };
}
