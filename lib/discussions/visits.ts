import { db } from "@/lib/db";
import { loadVisibleGroupActor } from "@/lib/groups/authorize";
import { visibleGroupsWhere, type ViewerRef } from "@/lib/groups/data";
import type { GroupRole } from "@/lib/groups/ability";
import { readFollowNotices } from "./follows";
import { NEW_THREAD_DAYS, threadFreshness, visitTime, type ThreadFreshness } from "./unread";

/**
 * Readers' visits to threads (decision 014): when each signed-in reader last opened a thread, so
 * posts by others since then show as new, and the group's thread list says how many.
 */

/** When `userId` last opened the thread, or null (never, or signed out). */
export async function loadThreadVisit(userId: string | null, threadId: number): Promise<Date | null> {
  if (!userId) return null;
  const visit = await db.threadVisit.findUnique({ where: { userId_threadId: { userId, threadId } }, select: { seenAt: true } });
  return visit?.seenAt ?? null;
}

/**
 * Records that `viewer` saw the thread as it was at `shownAt` (the time its page was drawn).
 * Moves the visit forward only: a tab left open and reporting late does not bring posts back as
 * new. Nothing is recorded for a thread the viewer may not read (deleted, or in a group hidden
 * from them); returns whether it was recorded.
 */
export async function recordThreadVisit(viewer: ViewerRef, threadId: number, shownAt: Date, now = new Date()): Promise<boolean> {
  const readable = await db.thread.findFirst({ where: { id: threadId, deletedAt: null, group: visibleGroupsWhere(viewer) }, select: { id: true } });
  if (!readable) return false;
  const seenAt = visitTime(shownAt, now);
  await db.$executeRaw`
    INSERT INTO "ThreadVisit" ("userId", "threadId", "seenAt") VALUES (${viewer.id}, ${threadId}, ${seenAt})
    ON CONFLICT ("userId", "threadId") DO UPDATE SET "seenAt" = GREATEST("ThreadVisit"."seenAt", EXCLUDED."seenAt")`;
  // A follower who opens the thread has read what its notice was about (decision 022).
  await readFollowNotices(db, viewer.id, threadId, now);
  return true;
}

/**
 * "Mark all as read": every thread of the group counts as seen by `viewer` now (one statement,
 * however many threads). NOT_FOUND for a group hidden from them, or gone (`loadVisibleGroupActor`).
 */
export async function recordGroupVisits(viewer: ViewerRef, groupId: string, now = new Date()): Promise<void> {
  await loadVisibleGroupActor(groupId, viewer.id);
  await db.$executeRaw`
    INSERT INTO "ThreadVisit" ("userId", "threadId", "seenAt")
    SELECT ${viewer.id}, t."id", ${now} FROM "Thread" t WHERE t."groupId" = ${groupId} AND t."deletedAt" IS NULL
    ON CONFLICT ("userId", "threadId") DO UPDATE SET "seenAt" = GREATEST("ThreadVisit"."seenAt", EXCLUDED."seenAt")`;
}

/**
 * How each of these threads shows in `viewerId`'s list (unread count, new, or nothing): two
 * queries whatever the number of threads — the reader's visits, then one count of the posts since
 * each visit, served by the posts' (threadId, createdAt) index.
 */
export async function loadThreadFreshness(
  viewerId: string | null,
  threads: readonly { id: number; authorId: string; createdAt: Date }[],
  now: Date,
): Promise<Map<number, ThreadFreshness>> {
  const result = new Map<number, ThreadFreshness>();
  if (!viewerId || threads.length === 0) return result;
  const visits = await db.threadVisit.findMany({ where: { userId: viewerId, threadId: { in: threads.map((t) => t.id) } }, select: { threadId: true, seenAt: true } });
  const counts = visits.length
    ? await db.post.groupBy({
        by: ["threadId"],
        where: { deletedAt: null, authorId: { not: viewerId }, OR: visits.map((visit) => ({ threadId: visit.threadId, createdAt: { gt: visit.seenAt } })) },
        _count: { _all: true },
      })
    : [];
  const visitOf = new Map(visits.map((visit) => [visit.threadId, visit]));
  const newPosts = new Map(counts.map((row) => [row.threadId, row._count._all]));
  for (const thread of threads) result.set(thread.id, threadFreshness(thread, visitOf.get(thread.id), newPosts.get(thread.id) ?? 0, viewerId, now));
  return result;
}

export interface GroupNews {
  slug: string;
  name: string;
  /** The group's, for its name (`lang`). */
  language: string;
  role: GroupRole;
  /** Threads the list would mark for the reader: "N new" since their visit, or "New" (NEW_THREAD_DAYS). */
  threadsWithNews: number;
}

/**
 * The reader's groups (active memberships), most recently active first, each with how many of its
 * threads have news for them — what its thread list would mark (`threadFreshness`): a thread
 * visited before with a post by someone else since, or a thread under NEW_THREAD_DAYS old they
 * never opened and did not start. One query for the groups, one count for all of them, served by
 * the threads' (groupId, …, lastActivityAt) index and the posts' (threadId, createdAt) one.
 */
export async function listGroupsWithNews(userId: string, now: Date): Promise<GroupNews[]> {
  const memberships = await db.membership.findMany({
    where: { userId, status: "active" },
    orderBy: { group: { lastActivityAt: "desc" } },
    select: { role: true, group: { select: { id: true, slug: true, name: true, language: true } } },
  });
  if (memberships.length === 0) return [];
  const since = new Date(now.getTime() - NEW_THREAD_DAYS * 24 * 60 * 60 * 1000);
  const counts = await db.$queryRaw<{ groupId: string; threads: number }[]>`
    SELECT t."groupId", COUNT(*)::int AS threads
    FROM "Thread" t
    LEFT JOIN "ThreadVisit" v ON v."threadId" = t.id AND v."userId" = ${userId}
    WHERE t."groupId" = ANY(${memberships.map((m) => m.group.id)}) AND t."deletedAt" IS NULL
      AND (
        (v."seenAt" IS NULL AND t."authorId" <> ${userId} AND t."createdAt" > ${since})
        OR (v."seenAt" IS NOT NULL AND t."lastActivityAt" > v."seenAt" AND EXISTS (
          SELECT 1 FROM "Post" p
          WHERE p."threadId" = t.id AND p."createdAt" > v."seenAt" AND p."authorId" <> ${userId} AND p."deletedAt" IS NULL))
      )
    GROUP BY t."groupId"`;
  const byGroup = new Map(counts.map((row) => [row.groupId, row.threads]));
  return memberships.map(({ role, group }) => ({ slug: group.slug, name: group.name, language: group.language, role, threadsWithNews: byGroup.get(group.id) ?? 0 }));
}
