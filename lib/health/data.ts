/**
 * Reads for the health pages: the moderator overview (10,000 groups, sorted and paginated in
 * the database), one group's dashboard, and the band badge everyone may see.
 */
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ViewerRef } from "@/lib/groups/data";
import { adviseModerators, mostActiveThreads } from "./advice";
import { computeGroupHealth, healthDrivers, reviewGroup } from "./index";
import { loadGroupActivity } from "./load-activity";
import type { OverviewQuery } from "./schema";
import { dimensionScores, loadHealthHistory, loadSnapshotReport, utcDay, type HistoryPoint } from "./snapshots";

export const OVERVIEW_PAGE_SIZE = 50;
const DAY_MS = 24 * 3600 * 1000;

/** Groups whose health the viewer may read: the ones they own or moderate; all for site admins. */
function moderatedWhere(viewer: ViewerRef): Prisma.GroupHealthWhereInput {
  if (viewer.isSiteAdmin) return {};
  return { group: { memberships: { some: { userId: viewer.id, status: "active", role: { in: ["owner", "moderator"] } } } } };
}

export async function viewerModeratesAnyGroup(viewer: ViewerRef): Promise<boolean> {
  if (viewer.isSiteAdmin) return true;
  return (await db.membership.count({ where: { userId: viewer.id, status: "active", role: { in: ["owner", "moderator"] } } })) > 0;
}

function overviewWhere(viewer: ViewerRef, query: OverviewQuery): Prisma.GroupHealthWhereInput {
  return {
    AND: [moderatedWhere(viewer), query.band ? { band: query.band } : {}, query.view === "declines" ? { change30: { lt: 0 } } : {}],
  };
}

function overviewOrder(query: OverviewQuery): Prisma.GroupHealthOrderByWithRelationInput[] {
  const dir = query.dir;
  const primary: Prisma.GroupHealthOrderByWithRelationInput =
    query.sort === "name"
      ? { group: { name: dir } }
      : query.sort === "lastActivity"
        ? { group: { lastActivityAt: dir } }
        : query.sort === "change30"
          ? { change30: { sort: dir, nulls: "last" } }
          : { [query.sort]: dir };
  return [primary, { groupId: "asc" }];
}

const overviewSelect = {
  groupId: true,
  overall: true,
  band: true,
  provisional: true,
  activity: true,
  richness: true,
  meetups: true,
  projects: true,
  change30: true,
  computedAt: true,
  group: { select: { slug: true, name: true, lastActivityAt: true, visibility: true } },
} satisfies Prisma.GroupHealthSelect;

export async function listHealthOverview(viewer: ViewerRef, query: OverviewQuery) {
  const where = overviewWhere(viewer, query);
  const [rows, total] = await Promise.all([
    db.groupHealth.findMany({ where, orderBy: overviewOrder(query), skip: (query.page - 1) * OVERVIEW_PAGE_SIZE, take: OVERVIEW_PAGE_SIZE, select: overviewSelect }),
    db.groupHealth.count({ where }),
  ]);
  return { rows, total };
}
export type OverviewRow = Awaited<ReturnType<typeof listHealthOverview>>["rows"][number];

/** Every row matching the overview's filters, in its order (the CSV export). */
export async function exportHealthOverview(viewer: ViewerRef, query: OverviewQuery) {
  return db.groupHealth.findMany({ where: overviewWhere(viewer, query), orderBy: overviewOrder(query), select: overviewSelect });
}

/** The band badge on the group page: the only health information members see. */
export async function loadGroupBand(groupId: string) {
  return db.groupHealth.findUnique({ where: { groupId }, select: { band: true, provisional: true } });
}

/**
 * A group's dashboard: the report computed now (from the same activity the recommendations
 * use), the report of 30 days ago (its snapshot, or computed when missing), the drivers of the
 * change, 90 days of history and the recommendations with their evidence.
 */
export async function loadGroupHealthDashboard(group: { id: string; slug: string }, now: Date = new Date()) {
  const activity = await loadGroupActivity(group.id, now);
  if (!activity) return null;
  const { report, unansweredThreadIds, unansweredContributorIds } = reviewGroup(activity, now);
  const monthAgo = new Date(now.getTime() - 30 * DAY_MS);
  const [snapshot, history] = await Promise.all([loadSnapshotReport(group.id, monthAgo), loadHealthHistory(group.id, now)]);
  const previous = snapshot ?? (monthAgo >= activity.createdAt ? computeGroupHealth((await loadGroupActivity(group.id, monthAgo))!, monthAgo) : null);
  const drivers = previous ? healthDrivers(report, previous).slice(0, 3) : [];

  // Titles and names for the evidence: one query each, only for what the advice can mention.
  const activeThreads = mostActiveThreads(activity, now);
  const threadIds = [...new Set([...unansweredThreadIds, ...activeThreads.map((t) => t.id)])].map(Number);
  const [threads, users] = await Promise.all([
    db.thread.findMany({ where: { id: { in: threadIds } }, select: { id: true, title: true, slug: true } }),
    db.user.findMany({ where: { id: { in: unansweredContributorIds } }, select: { id: true, name: true } }),
  ]);
  const advice = adviseModerators({
    activity,
    now,
    groupSlug: group.slug,
    threads: new Map(threads.map((t) => [String(t.id), { title: t.title, slug: t.slug }])),
    users: new Map(users.map((u) => [u.id, u.name])),
    unansweredThreadIds,
    unansweredContributorIds,
    activeThreads,
  });
  // Today's point in the chart is the live report, so the chart and the numbers agree.
  const today: HistoryPoint = { day: utcDay(now), overall: report.overall, band: report.band, provisional: report.provisional, ...dimensionScores(report) };
  const chart = [...history.filter((point) => point.day.getTime() !== today.day.getTime()), today];
  return { report, previous, change30: previous ? report.overall - previous.overall : null, drivers, history: chart, advice };
}
export type GroupHealthDashboard = NonNullable<Awaited<ReturnType<typeof loadGroupHealthDashboard>>>;

