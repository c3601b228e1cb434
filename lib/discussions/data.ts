import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/groups/ability";
import { loadGroupActor, visibleGroupsWhere, type ViewerRef } from "@/lib/groups/data";
import { likeLiteral } from "@/lib/like";
import { htmlExcerpt } from "@/lib/markdown/excerpt";
import { markdownExcerpt } from "@/lib/markdown/render";
import { REPORT_REASONS, type ReportResolution } from "./schema";
import { ancestorsOf, locatePost } from "./tree";
import { REACTORS_NAMED, type ReactionCounts, type ReactionKind } from "./reactions";

/**
 * A thread and the outline of its posts (ids, parents, authors, times, deletions: what the tree,
 * counts, permissions and new-post markers need, however long the thread), or null when it does
 * not exist, was deleted, is not in `groupSlug`, or its group is hidden from the viewer. The words, authors and likes
 * of the posts a page shows come from `loadThreadPosts`.
 */
export async function loadThread(threadId: number, groupSlug: string, viewer: ViewerRef | null) {
  const thread = await db.thread.findFirst({
    where: { id: threadId, deletedAt: null, group: { AND: [{ slug: groupSlug }, visibleGroupsWhere(viewer)] } },
    select: {
      id: true,
      title: true,
      slug: true,
      pinned: true,
      locked: true,
      createdAt: true,
      lastActivityAt: true,
      groupId: true,
      authorId: true,
      answerId: true,
      author: { select: { id: true, name: true } },
      posts: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, parentId: true, authorId: true, createdAt: true, deletedAt: true },
      },
    },
  });
  if (!thread) return null;
  const { posts: outline, answerId: markedId, ...rest } = thread;
  const opener = outline.find((post) => post.parentId === null);
  if (!opener) return null;
  // A marked answer since deleted is no answer (restored, it is one again: decision 035).
  const answerId = outline.some((post) => post.id === markedId && post.deletedAt === null) ? markedId : null;
  return { ...rest, outline, openerId: opener.id, answerId };
}

/** The thread's answer as its opening post announces it (decision 035): who wrote it and how it starts. */
export async function loadAnswer(answerId: number) {
  const answer = await db.post.findUniqueOrThrow({ where: { id: answerId }, select: { id: true, body: true, author: { select: { id: true, name: true } } } });
  return { id: answer.id, author: answer.author, excerpt: markdownExcerpt(answer.body, 240) };
}

/**
 * The posts `postIds` of a thread as a page shows them: words (none for a deleted post), author,
 * its reactions (decision 027); in thread order. Ids of other threads are ignored. A post the
 * moderators deleted keeps its words in `deletedHtml` for the group's owners, moderators and
 * site admins only (decided here, from the database): the people who may restore it read what it
 * said first, as Discourse's staff expand a deleted post. Everyone else gets null; a post its
 * author deleted stays withdrawn for all.
 */
export async function loadThreadPosts(threadId: number, postIds: readonly number[], viewer: ViewerRef | null) {
  const rows = await db.post.findMany({
    where: { threadId, id: { in: [...postIds] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      parentId: true,
      body: true,
      html: true,
      createdAt: true,
      editedAt: true,
      // The post's edit version, carried by its Edit form (decision 045).
      editCount: true,
      deletedAt: true,
      deletedById: true,
      author: { select: { id: true, name: true } },
      // Only the viewer's own open report: who else reported a post is for the moderators' queue.
      reports: viewer ? { where: { reporterId: viewer.id, resolvedAt: null }, select: { id: true } } : false,
      // Whether the viewer saved it to read again (decision 026).
      bookmarks: viewer ? { where: { userId: viewer.id }, select: { createdAt: true } } : false,
    },
  });
  const reactions = await loadReactions(rows.map((p) => p.id), viewer?.id ?? null);
  // Deleted by someone other than its author (the moderators): theirs to restore. Who it was is for the log.
  const byModerators = (post: (typeof rows)[number]) => post.deletedAt !== null && post.deletedById !== null && post.deletedById !== post.author.id;
  // Asked only when the page shows such a post (most pages show none).
  const moderates = viewer !== null && rows.some(byModerators) && (await viewerModeratesThread(threadId, viewer.id));
  return rows.map(({ reports, bookmarks, deletedById: _deletedBy, ...post }, index) => ({
    ...post,
    deletedByModerators: byModerators(rows[index]!),
    // A deleted post keeps its place in the tree (its replies still make sense) but not its words.
    html: post.deletedAt ? "" : post.html,
    deletedHtml: moderates && byModerators(rows[index]!) ? post.html : null,
    body: post.deletedAt ? "" : post.body,
    ...(reactions.get(post.id) ?? { reactionCounts: {}, viewerReactions: [], reactorNames: {} }),
    reportedByViewer: (reports ?? []).length > 0,
    savedByViewer: (bookmarks ?? []).length > 0,
  }));
}

/** Whether the person may moderate the thread's group (owner, moderator, site admin), read from the database. */
async function viewerModeratesThread(threadId: number, userId: string): Promise<boolean> {
  const thread = await db.thread.findUnique({ where: { id: threadId }, select: { groupId: true } });
  const loaded = thread && (await loadGroupActor(thread.groupId, userId));
  return loaded ? can(loaded.actor, "moderate", loaded) : false;
}

/** The Deleted threads page's page size (as the Members page's Removed list). */
export const DELETED_THREADS_PAGE_SIZE = 50;

/**
 * The group's threads a moderator deleted, newest deletion first, for the people who run the
 * group (the page checks that; `groupId` is the scope). Threads that went with their last post
 * have no `deletedById` and are not listed: restoring one would show only deleted posts.
 */
export async function listDeletedThreads(groupId: string, page: number) {
  const where = { groupId, deletedAt: { not: null }, deletedById: { not: null } };
  const [rows, total] = await Promise.all([
    db.thread.findMany({
      where,
      orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * DELETED_THREADS_PAGE_SIZE,
      take: DELETED_THREADS_PAGE_SIZE,
      select: { id: true, title: true, deletedAt: true, author: { select: { id: true, name: true } }, deletedBy: { select: { id: true, name: true } } },
    }),
    db.thread.count({ where }),
  ]);
  // The filter guarantees both; the types do not know it.
  const threads = rows.flatMap(({ deletedAt, deletedBy, ...thread }) => (deletedAt && deletedBy ? [{ ...thread, deletedAt, deletedBy }] : []));
  return { threads, total };
}

/** A thread of the group that stands (not deleted), for the link in "The thread was restored.". */
export function loadStandingThreadRef(groupId: string, threadId: number) {
  return db.thread.findFirst({ where: { id: threadId, groupId, deletedAt: null }, select: { id: true, slug: true, title: true } });
}

export type LoadedThread = NonNullable<Awaited<ReturnType<typeof loadThread>>>;
export type ThreadPost = Awaited<ReturnType<typeof loadThreadPosts>>[number];

interface PostReactions {
  reactionCounts: ReactionCounts;
  viewerReactions: ReactionKind[];
  /** The first people who gave each kind, the viewer left out (theirs is "You"). */
  reactorNames: Partial<Record<ReactionKind, string[]>>;
}

/**
 * The reactions to each of `postIds` (decision 027), in one query however many people reacted:
 * per post and kind, how many gave it, whether the viewer did, and the first REACTORS_NAMED
 * others who did, oldest first, for "You, Ada and 3 others reacted with Like.". The viewer's row
 * is numbered first in its kind, so the first REACTORS_NAMED + 1 rows hold all of that.
 */
async function loadReactions(postIds: number[], viewerId: string | null): Promise<Map<number, PostReactions>> {
  const byPost = new Map<number, PostReactions>();
  if (postIds.length === 0) return byPost;
  const rows = await db.$queryRaw<{ postId: number; kind: ReactionKind; userId: string; name: string; total: number }[]>`
    SELECT r."postId", r.kind::text AS kind, r."userId", u.name, r.total FROM (
      SELECT "postId", kind, "userId",
        row_number() OVER (PARTITION BY "postId", kind ORDER BY ("userId" IS NOT DISTINCT FROM ${viewerId}::text) DESC, "createdAt", id) AS n,
        count(*) OVER (PARTITION BY "postId", kind)::int AS total
      FROM "Reaction" WHERE "postId" = ANY(${postIds}::int[])
    ) r JOIN "User" u ON u.id = r."userId"
    WHERE r.n <= ${REACTORS_NAMED + 1}
    ORDER BY r."postId", r.kind, r.n`;
  for (const { postId, kind, userId, name, total } of rows) {
    const post = byPost.get(postId) ?? { reactionCounts: {}, viewerReactions: [], reactorNames: {} };
    post.reactionCounts[kind] = total;
    if (userId === viewerId) post.viewerReactions.push(kind);
    else if ((post.reactorNames[kind] ??= []).length < REACTORS_NAMED) post.reactorNames[kind]!.push(name);
    byPost.set(postId, post);
  }
  return byPost;
}

export interface ThreadChoice {
  id: number;
  title: string;
}

/** Threads offered on a form at first: the group's most recently active ones. */
export const THREAD_CHOICES = 50;
/** Threads a title search returns at most (the form's finder narrows as one types). */
export const THREAD_SEARCH_RESULTS = 20;

/**
 * Threads a form offers to link (a meetup's discussions, a project's source): the group's most
 * recently active, or those whose title contains `query` (case-insensitive), with the threads in
 * `include` (already chosen) first even when older. Ids from another group are ignored, and so
 * are deleted threads: nothing new may link to them.
 */
export async function listThreadChoices(groupId: string, options: { include?: number[]; query?: string; limit?: number } = {}): Promise<ThreadChoice[]> {
  const { include = [], query, limit = query ? THREAD_SEARCH_RESULTS : THREAD_CHOICES } = options;
  const [recent, included] = await Promise.all([
    db.thread.findMany({
      where: { groupId, deletedAt: null, ...(query ? { title: { contains: likeLiteral(query), mode: "insensitive" as const } } : {}) },
      orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, title: true },
    }),
    include.length ? db.thread.findMany({ where: { groupId, deletedAt: null, id: { in: include } }, orderBy: { id: "asc" }, select: { id: true, title: true } }) : [],
  ]);
  const seen = new Set(recent.map((thread) => thread.id));
  return [...included.filter((thread) => !seen.has(thread.id)), ...recent];
}

/**
 * Where a post lives, for the permalink resolver: its thread, the ids from the opener down to the
 * post, and the page that shows it (locatePost). Null when the post does not exist, its thread was
 * deleted or is not in `groupSlug`, the group is hidden from the viewer, or the chain does not
 * reach an opener (loadThread's rules: what the thread page would 404 on, this does too). A
 * deleted post still resolves: the thread keeps its place ("This post was deleted."), so links
 * to it still land somewhere meaningful. Three queries: the post's thread, the thread's
 * visibility, and its outline, from which the ancestors and the page are computed in memory.
 */
export async function loadPostPath(postId: number, groupSlug: string, viewer: ViewerRef | null) {
  const post = await db.post.findUnique({ where: { id: postId }, select: { threadId: true } });
  if (!post) return null;
  const thread = await db.thread.findFirst({
    where: { id: post.threadId, deletedAt: null, group: { AND: [{ slug: groupSlug }, visibleGroupsWhere(viewer)] } },
    select: { id: true, slug: true },
  });
  if (!thread) return null;
  const outline = await db.post.findMany({ where: { threadId: thread.id }, select: { id: true, parentId: true, createdAt: true } });
  const path = [...ancestorsOf(outline, postId).map((link) => link.id), postId];
  const opener = outline.find((link) => link.parentId === null);
  const location = opener && locatePost(outline, opener.id, postId);
  if (!location) return null;
  return { thread, path, location };
}

/**
 * A post's edit history (decision 023), for whoever may read its thread: its current text, the
 * texts its edits replaced (oldest first) and whether earlier ones were removed. Null, as the post's
 * permalink, for an unknown post, a hidden group or deleted thread — and for a deleted post: its
 * history goes with its text.
 */
export function loadPostHistory(postId: number, groupSlug: string, viewer: ViewerRef | null) {
  return db.post.findFirst({
    where: { id: postId, deletedAt: null, thread: { deletedAt: null, group: { AND: [{ slug: groupSlug }, visibleGroupsWhere(viewer)] } } },
    select: {
      id: true,
      body: true,
      createdAt: true,
      editedAt: true,
      editCount: true,
      historyClearedAt: true,
      historyClearedById: true,
      author: { select: { id: true, name: true } },
      thread: { select: { id: true, slug: true, title: true } },
      revisions: { orderBy: { id: "asc" }, select: { id: true, body: true, writtenAt: true } },
    },
  });
}

/** People per page of a post's "Who reacted" list. */
export const REACTORS_PAGE_SIZE = 50;

/**
 * Everyone who reacted to a post (decision 027, amended): its "Who reacted" page, for whoever may
 * read its thread (loadPostHistory's rules: null for an unknown or deleted post, a deleted thread
 * or a hidden group). `counts`: people per kind; `people`: the page `page` of those who gave
 * `kind` (any kind when absent), each once with every kind they gave, in the order they first
 * reacted; `total`: how many such people in all (0 past the last page). Three queries, however many reacted.
 */
export async function loadPostReactors(postId: number, groupSlug: string, viewer: ViewerRef | null, query: { kind?: ReactionKind; page: number }) {
  const post = await db.post.findFirst({
    where: { id: postId, deletedAt: null, thread: { deletedAt: null, group: { AND: [{ slug: groupSlug }, visibleGroupsWhere(viewer)] } } },
    select: { id: true, createdAt: true, author: { select: { id: true, name: true } }, thread: { select: { id: true, slug: true, title: true } } },
  });
  if (!post) return null;
  const kindFilter = query.kind ? Prisma.sql`AND r.kind = ${query.kind}::"ReactionKind"` : Prisma.empty;
  const [grouped, people] = await Promise.all([
    db.reaction.groupBy({ by: ["kind"], where: { postId }, _count: { _all: true } }),
    db.$queryRaw<{ id: string; name: string; kinds: ReactionKind[]; firstAt: Date; total: number }[]>`
      SELECT u.id, u.name, array_agg(r.kind::text ORDER BY r.kind) AS kinds, min(r."createdAt") AS "firstAt", (count(*) OVER ())::int AS total
      FROM "Reaction" r JOIN "User" u ON u.id = r."userId"
      WHERE r."postId" = ${postId} ${kindFilter}
      GROUP BY u.id, u.name
      ORDER BY "firstAt", u.id
      LIMIT ${REACTORS_PAGE_SIZE} OFFSET ${(query.page - 1) * REACTORS_PAGE_SIZE}`,
  ]);
  const counts: ReactionCounts = Object.fromEntries(grouped.map((row) => [row.kind, row._count._all]));
  // A page past the end has no row to carry the total: 0 then, and the page answers 404 (pageExists).
  const total = people[0]?.total ?? 0;
  return { post, counts, people: people.map(({ total: _total, ...person }) => person), total };
}

// ─── Reported posts (decision 012) ───────────────────────────────────────────────────────

/** Reported posts per page of the review queue (as the Deleted threads page). */
export const REPORTED_POSTS_PAGE_SIZE = 50;
/** Decisions shown under "Resolved recently". */
export const RESOLVED_REPORTS_SHOWN = 30;

/**
 * The open reports of a group's standing posts: the queue's rows. It starts from the open reports
 * (index PostReport(resolvedAt, postId): few at any time, whatever the group's size) and joins
 * Post and Thread by primary key. A report on a post of a deleted thread waits there unseen: it
 * is back in the queue should the thread be restored.
 */
function openReportsIn(groupId: string) {
  return Prisma.sql`
    FROM "PostReport" r
    JOIN "Post" p ON p.id = r."postId" AND p."deletedAt" IS NULL
    JOIN "Thread" t ON t.id = p."threadId" AND t."deletedAt" IS NULL
    WHERE r."resolvedAt" IS NULL AND t."groupId" = ${groupId}`;
}

/** How many reports await the group's moderators: the count on their Reports tab. */
/** The slug of the group a post is in (the review queue's address after a decision on it), if the post exists. */
export async function loadPostGroupSlug(postId: number): Promise<string | null> {
  const post = await db.post.findUnique({ where: { id: postId }, select: { thread: { select: { group: { select: { slug: true } } } } } });
  return post?.thread.group.slug ?? null;
}

export async function countOpenReports(groupId: string): Promise<number> {
  const [{ reports }] = await db.$queryRaw<[{ reports: number }]>`SELECT count(*)::int AS reports ${openReportsIn(groupId)}`;
  return reports;
}

/**
 * Whether the viewer reviews the group's reports (its owners and moderators, site admins), read
 * from the database: the queue's loaders answer null to anyone else, whatever the page checked.
 */
async function reviewsReports(groupId: string, viewer: ViewerRef): Promise<boolean> {
  const loaded = await loadGroupActor(groupId, viewer.id);
  return loaded !== null && can(loaded.actor, "moderate", loaded);
}

/**
 * Page `page` of the group's review queue: its reported posts, the most reported first, then the
 * longest waiting; each with its excerpt, author, thread, reasons counted and its reports. The
 * reporters' names and notes are left out on the viewer's own posts: a post's author never learns
 * who reported it (they review nothing of their own either). Null for a viewer who does not review
 * the group's reports.
 */
export async function loadReportQueue(groupId: string, viewer: ViewerRef, page: number) {
  if (!(await reviewsReports(groupId, viewer))) return null;
  const [[{ posts: total }], ranked] = await Promise.all([
    db.$queryRaw<[{ posts: number }]>`SELECT count(DISTINCT r."postId")::int AS posts ${openReportsIn(groupId)}`,
    db.$queryRaw<{ postId: number }[]>`
      SELECT r."postId" ${openReportsIn(groupId)}
      GROUP BY r."postId"
      ORDER BY count(*) DESC, min(r."createdAt"), r."postId"
      LIMIT ${REPORTED_POSTS_PAGE_SIZE} OFFSET ${(page - 1) * REPORTED_POSTS_PAGE_SIZE}`,
  ]);
  const rows = await db.post.findMany({
    where: { id: { in: ranked.map((row) => row.postId) } },
    select: {
      id: true,
      html: true,
      createdAt: true,
      author: { select: { id: true, name: true } },
      thread: { select: { id: true, slug: true, title: true } },
      reports: {
        where: { resolvedAt: null },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, reason: true, note: true, createdAt: true, reporter: { select: { id: true, name: true } } },
      },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const posts = ranked.flatMap(({ postId }) => {
    const row = byId.get(postId);
    if (!row || row.reports.length === 0) return [];
    const { html, reports, ...post } = row;
    const own = post.author.id === viewer.id;
    const reasons = REPORT_REASONS.map((reason) => ({ reason, count: reports.filter((report) => report.reason === reason).length })).filter((entry) => entry.count > 0);
    return [{ ...post, excerpt: htmlExcerpt(html, 280), own, reportCount: reports.length, firstReportedAt: reports[0]!.createdAt, reasons, reports: own ? null : reports }];
  });
  return { posts, total };
}

/**
 * The group's latest decisions on reported posts, newest first: each post and moment of decision
 * once, with how many reports it settled, the outcome and who decided. Kept when the thread has
 * gone since (a deleted post may have taken it along): `threadDeleted` says so. Null for a viewer
 * who does not review the group's reports.
 */
export async function listResolvedReports(groupId: string, viewer: ViewerRef) {
  if (!(await reviewsReports(groupId, viewer))) return null;
  const decisions = await db.$queryRaw<{ postId: number; resolvedAt: Date; resolution: ReportResolution; resolvedById: string | null; reports: number }[]>`
    SELECT r."postId", r."resolvedAt", r.resolution::text AS resolution, r."resolvedById", count(*)::int AS reports
    FROM "PostReport" r JOIN "Post" p ON p.id = r."postId" JOIN "Thread" t ON t.id = p."threadId"
    WHERE r."resolvedAt" IS NOT NULL AND t."groupId" = ${groupId}
    GROUP BY r."postId", r."resolvedAt", r.resolution, r."resolvedById"
    ORDER BY r."resolvedAt" DESC, r."postId" DESC
    LIMIT ${RESOLVED_REPORTS_SHOWN}`;
  const [posts, resolvers] = await Promise.all([
    db.post.findMany({
      where: { id: { in: decisions.map((decision) => decision.postId) } },
      select: { id: true, html: true, deletedAt: true, author: { select: { id: true, name: true } }, thread: { select: { id: true, slug: true, title: true, deletedAt: true } } },
    }),
    db.user.findMany({ where: { id: { in: decisions.flatMap((decision) => (decision.resolvedById ? [decision.resolvedById] : [])) } }, select: { id: true, name: true } }),
  ]);
  const postById = new Map(posts.map((post) => [post.id, post]));
  const resolverById = new Map(resolvers.map((user) => [user.id, user]));
  return decisions.flatMap(({ postId, resolvedById, ...decision }) => {
    const post = postById.get(postId);
    if (!post) return [];
    return [
      {
        ...decision,
        postId,
        author: post.author,
        // A deleted post's words are gone for everyone, moderators included, as on its thread page.
        excerpt: post.deletedAt ? null : htmlExcerpt(post.html, 140),
        thread: { id: post.thread.id, slug: post.thread.slug, title: post.thread.title, deleted: post.thread.deletedAt !== null },
        resolvedBy: resolvedById ? (resolverById.get(resolvedById) ?? null) : null,
      },
    ];
  });
}

export type ReportedPost = NonNullable<Awaited<ReturnType<typeof loadReportQueue>>>["posts"][number];
export type ResolvedReport = NonNullable<Awaited<ReturnType<typeof listResolvedReports>>>[number];
