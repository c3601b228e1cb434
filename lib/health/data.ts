/**
 * Reads for the health pages: the moderator overview (10,000 groups, sorted and paginated in
 * the database), one group's dashboard, and the band badge everyone may see.
 */
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { can, type GroupActor } from "@/lib/groups/ability";
import type { ViewerRef } from "@/lib/groups/data";
import { searchTerms } from "@/lib/groups/search";
import { requestHealthRecompute } from "@/lib/jobs/queue";
import { likeLiteral } from "@/lib/like";
import { adviseModerators, gatherEvidence, type HealthEvidence } from "./advice";
import { loadAdviceFacts } from "./advice-data";
import { DECLINE_BELOW } from "./format";
import { computeGroupHealth, healthDrivers, reviewGroup, type Band, type HealthReport } from "./index";
import { loadGroupActivity, loadGroupStaff } from "./load-activity";
import type { OverviewQuery, OverviewSort } from "./schema";
import { loadBaselineReport, loadHealthHistory, reviveReport, saveCurrentReports, storedReviewIsCurrent, utcDay, withLivePoint } from "./snapshots";

export const OVERVIEW_PAGE_SIZE = 50;
const DAY_MS = 24 * 3600 * 1000;

// ---------------------------------------------------------------------------------------
// Who may read what

/**
 * Whether a group's health dashboard and its history export may be shown: "not-found" when
 * the group does not exist or is hidden from the viewer (a private group's existence does not
 * leak), "sign-in" for a signed-out visitor of a visible group, "forbidden" for anyone who
 * may not moderate it (members, organizers, moderators of other groups). `loaded` is
 * `loadGroup(slug, viewer)`, as every group page loads it.
 */
export function groupHealthAccess(loaded: { actor: GroupActor; group: { visibility: "public" | "private" } } | null, viewer: ViewerRef | null): "ok" | "not-found" | "sign-in" | "forbidden" {
  if (!loaded) return "not-found";
  if (!viewer) return "sign-in";
  return can(loaded.actor, "moderate", loaded.group) ? "ok" : "forbidden";
}

/** The overview and its export: for anyone who owns or moderates a group, and site admins. */
export async function overviewAccess(viewer: ViewerRef | null): Promise<"ok" | "sign-in" | "forbidden"> {
  if (!viewer) return "sign-in";
  return (await viewerModeratesAnyGroup(viewer)) ? "ok" : "forbidden";
}

export async function viewerModeratesAnyGroup(viewer: ViewerRef): Promise<boolean> {
  if (viewer.isSiteAdmin) return true;
  return (await db.membership.count({ where: { userId: viewer.id, status: "active", role: { in: ["owner", "moderator"] } } })) > 0;
}

// ---------------------------------------------------------------------------------------
// The moderator overview

export interface OverviewRow {
  groupId: string;
  /** `language`: the group's, for its name (`lang`). */
  group: { slug: string; name: string; language: string; lastActivityAt: Date; visibility: "public" | "private" };
  /** The latest stored report; null for a group not scored yet (the recompute job runs within minutes). */
  health: {
    overall: number;
    band: Band;
    provisional: boolean;
    activity: number;
    richness: number;
    meetups: number;
    projects: number;
    change30: number | null;
    computedAt: Date;
  } | null;
}

interface OverviewSqlRow {
  groupId: string;
  slug: string;
  name: string;
  language: string;
  lastActivityAt: Date;
  visibility: "public" | "private";
  computedAt: Date | null;
  overall: number | null;
  band: Band | null;
  provisional: boolean | null;
  activity: number | null;
  richness: number | null;
  meetups: number | null;
  projects: number | null;
  change30: number | null;
}

/**
 * Groups are read from "Group" LEFT JOIN "GroupHealth", so a group that was never scored is
 * still listed ("not scored yet"). Everything below is built from fixed fragments: the only
 * parameters are the viewer's id, the search words and the band, all bound.
 */
function overviewWhere(viewer: ViewerRef, query: OverviewQuery): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  // Groups whose health the viewer may read: the ones they own or moderate; all for site admins.
  if (!viewer.isSiteAdmin) {
    conditions.push(Prisma.sql`g.id IN (SELECT m."groupId" FROM "Membership" m WHERE m."userId" = ${viewer.id} AND m.status = 'active' AND m.role IN ('owner', 'moderator'))`);
  }
  // Every word typed, in the name and tags folded as the directory folds them (Group.searchText).
  // No index serves a substring match: it reads the groups the viewer may see once, and is
  // bounded by the directory's 8 words of at most 100 characters in all.
  for (const term of searchTerms(query.q)) conditions.push(Prisma.sql`g."searchText" LIKE ${`%${likeLiteral(term)}%`}`);
  if (query.band) conditions.push(Prisma.sql`h.band = ${query.band}`);
  if (query.view === "declines") conditions.push(Prisma.sql`h.change30 < ${DECLINE_BELOW}`);
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/** Thriving first when descending: the bands' own order, not the alphabet. */
const BAND_RANK = Prisma.sql`CASE h.band WHEN 'thriving' THEN 4 WHEN 'healthy' THEN 3 WHEN 'needs-attention' THEN 2 WHEN 'dormant' THEN 1 END`;

const SORT_KEYS: Record<OverviewSort, { keys: Prisma.Sql[]; score: boolean }> = {
  name: { keys: [Prisma.sql`g.name`], score: false },
  lastActivity: { keys: [Prisma.sql`g."lastActivityAt"`], score: false },
  overall: { keys: [Prisma.sql`h.overall`], score: true },
  band: { keys: [BAND_RANK, Prisma.sql`h.overall`], score: true },
  activity: { keys: [Prisma.sql`h.activity`], score: true },
  richness: { keys: [Prisma.sql`h.richness`], score: true },
  meetups: { keys: [Prisma.sql`h.meetups`], score: true },
  projects: { keys: [Prisma.sql`h.projects`], score: true },
  change30: { keys: [Prisma.sql`h.change30`], score: true },
};

function overviewOrder(query: OverviewQuery): Prisma.Sql {
  const dir = query.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const { keys, score } = SORT_KEYS[query.sort];
  // Sorting by a score, a group not scored yet has none: it comes last either way, as does a
  // missing 30-day change. The id makes the order total, so pages never overlap.
  const unscoredLast = score ? [Prisma.sql`(h."groupId" IS NULL) ASC`] : [];
  return Prisma.sql`ORDER BY ${Prisma.join([...unscoredLast, ...keys.map((key) => Prisma.sql`${key} ${dir} NULLS LAST`), Prisma.sql`g.id ASC`], ", ")}`;
}

async function queryOverview(viewer: ViewerRef, query: OverviewQuery, page: { limit: number; offset: number } | null): Promise<OverviewRow[]> {
  const limit = page ? Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty;
  const rows = await db.$queryRaw<OverviewSqlRow[]>`
    SELECT g.id AS "groupId", g.slug, g.name, g.language, g."lastActivityAt", g.visibility::text AS visibility,
      h."computedAt", h.overall, h.band, h.provisional, h.activity, h.richness, h.meetups, h.projects, h.change30
    FROM "Group" g LEFT JOIN "GroupHealth" h ON h."groupId" = g.id
    ${overviewWhere(viewer, query)}
    ${overviewOrder(query)}
    ${limit}`;
  return rows.map((row) => ({
    groupId: row.groupId,
    group: { slug: row.slug, name: row.name, language: row.language, lastActivityAt: row.lastActivityAt, visibility: row.visibility },
    health:
      row.computedAt === null
        ? null
        : {
            overall: row.overall!,
            band: row.band!,
            provisional: row.provisional!,
            activity: row.activity!,
            richness: row.richness!,
            meetups: row.meetups!,
            projects: row.projects!,
            change30: row.change30,
            computedAt: row.computedAt,
          },
  }));
}

export async function listHealthOverview(viewer: ViewerRef, query: OverviewQuery): Promise<{ rows: OverviewRow[]; total: number }> {
  const [rows, [count]] = await Promise.all([
    queryOverview(viewer, query, { limit: OVERVIEW_PAGE_SIZE, offset: (query.page - 1) * OVERVIEW_PAGE_SIZE }),
    db.$queryRaw<{ total: number }[]>`
      SELECT COUNT(*)::int AS total FROM "Group" g LEFT JOIN "GroupHealth" h ON h."groupId" = g.id ${overviewWhere(viewer, query)}`,
  ]);
  return { rows, total: count?.total ?? 0 };
}

/** Every row matching the overview's filters, in its order (the CSV export). */
export async function exportHealthOverview(viewer: ViewerRef, query: OverviewQuery): Promise<OverviewRow[]> {
  return queryOverview(viewer, query, null);
}

/** The band badge on the group page: the only health information members see. */
export async function loadGroupBand(groupId: string) {
  return db.groupHealth.findUnique({ where: { groupId }, select: { band: true, provisional: true } });
}

/**
 * A group's dashboard: its current report and the evidence its recommendations come from
 * (`loadCurrentReview`: stored by the recompute job, or computed on a first view; `refreshing`
 * when a newer one is being computed), the report of 30 days
 * ago (its snapshot, or computed when missing), the drivers of the change, 90 days of history
 * and the recommendations.
 *
 * `memberEvidence`: whether the viewer may see who, by name, was never answered. Only the
 * group's own owner and moderators may (issue 4: "member-level evidence is only shown to that
 * group's moderators"); a site admin who is neither sees how many, not who (decision 002).
 */
export async function loadGroupHealthDashboard(group: { id: string; slug: string }, options: { memberEvidence: boolean }, now: Date = new Date()) {
  const current = await loadCurrentReview(group.id, now);
  if (!current) return null;
  const { report, evidence, groupCreatedAt, refreshing, updatePending } = current;
  const [previous, history] = await Promise.all([reportOfMonthAgo(group.id, groupCreatedAt, report.computedAt), loadHealthHistory(group.id, now)]);
  const drivers = previous ? healthDrivers(report, previous).slice(0, 3) : [];

  // Titles and names for the evidence: one query each, only for what the advice can mention.
  const threadIds = [...new Set([...evidence.unansweredThreads.map((t) => t.id), ...evidence.activeThreads.map((t) => t.id)])].map(Number);
  const memberIds = evidence.unansweredMembers.map((member) => member.id);
  const [threads, users, facts] = await Promise.all([
    // Not deleted ones: the evidence may predate a deletion by minutes, and the advice leaves out
    // what it cannot name (decision 009).
    db.thread.findMany({ where: { id: { in: threadIds }, deletedAt: null }, select: { id: true, title: true, slug: true } }),
    options.memberEvidence ? db.user.findMany({ where: { id: { in: memberIds } }, select: { id: true, name: true } }) : [],
    // Last message and meetup over the whole history, not the loader's horizons; what came of the busy threads.
    loadAdviceFacts(group.id, evidence.activeThreads.map((t) => t.id), now),
  ]);
  const advice = adviseModerators({
    evidence,
    now,
    groupSlug: group.slug,
    threads: new Map(threads.map((t) => [String(t.id), { title: t.title, slug: t.slug }])),
    users: new Map(users.map((u) => [u.id, u.name])),
    memberEvidence: options.memberEvidence,
    facts,
  });
  // Today's point in the chart is the current report, so the chart and the numbers agree.
  const chart = withLivePoint(history, report, groupCreatedAt);
  return { report, refreshing, updatePending, previous, change30: previous ? report.overall - previous.overall : null, drivers, history: chart, advice };
}
export type GroupHealthDashboard = NonNullable<Awaited<ReturnType<typeof loadGroupHealthDashboard>>>;

/**
 * The report of 30 days ago: the snapshot the overview's change is computed from (that day's, or
 * the nearest within two days: `loadBaselineReport`), or computed when there is none; null when
 * the group did not exist yet that (UTC) day: comparing with a time before the group is no trend.
 */
async function reportOfMonthAgo(groupId: string, createdAt: Date, computedAt: Date): Promise<HealthReport | null> {
  const monthAgo = new Date(computedAt.getTime() - 30 * DAY_MS);
  if (utcDay(monthAgo) < utcDay(createdAt)) return null;
  const snapshot = await loadBaselineReport(groupId, computedAt);
  if (snapshot) return snapshot;
  const at = new Date(Math.max(monthAgo.getTime(), createdAt.getTime()));
  const activity = await loadGroupActivity(groupId, at);
  return activity ? computeGroupHealth(activity, at) : null;
}

/**
 * The 90-day history as the dashboard's chart shows it (the daily snapshots, the latest replaced
 * by the review the page shows): what the history CSV exports, so the file and the page agree.
 */
export async function loadGroupHealthHistory(groupId: string, now: Date = new Date()) {
  const [current, history] = await Promise.all([loadCurrentReview(groupId, now), loadHealthHistory(groupId, now)]);
  if (!current) return [];
  return withLivePoint(history, current.report, current.groupCreatedAt);
}

/**
 * A group's review as the dashboard shows it: its report, the evidence behind its advice, and
 * whether a newer one is on its way (`refreshing`).
 */
export interface DashboardReview {
  report: HealthReport;
  evidence: HealthEvidence;
  groupCreatedAt: Date;
  /** The stored review is not current (`storedReviewIsCurrent`) and the recompute job was asked for a newer one. */
  refreshing: boolean;
  /**
   * The review is current, but the group had activity since (its dirty mark): the recompute job
   * takes it within minutes, so the page says so rather than show older figures as the last word.
   */
  updatePending: boolean;
}

/**
 * A group's review, never computed inside the request once one is stored: the stored review,
 * current or not. When it is not current (activity since a review over 10 minutes old, or a quiet
 * group's over an hour old), it is served as it is, with its age, and the recompute job is asked
 * for a newer one (`requestHealthRecompute`: throttled per group, handled by one worker), so the
 * page answers in tens of milliseconds even for a group of 20,000 posts a month (decision 003).
 *
 * Only a group with no stored review (never scored, or stored before reviews kept their
 * evidence) is computed here, on its first view, and stored as the recompute job stores it, so
 * the next views, the overview and today's snapshot have it. Null when the group does not exist.
 */
export async function loadCurrentReview(groupId: string, now: Date): Promise<DashboardReview | null> {
  const stored = await db.groupHealth.findUnique({
    where: { groupId },
    select: { computedAt: true, dirtySince: true, report: true, evidence: true, group: { select: { createdAt: true } } },
  });
  if (stored?.evidence) {
    const review = { report: reviveReport(stored.report), evidence: stored.evidence as unknown as HealthEvidence, groupCreatedAt: stored.group.createdAt };
    if (storedReviewIsCurrent(stored, now)) return { ...review, refreshing: false, updatePending: stored.dirtySince !== null };
    return { ...review, refreshing: await askForRecompute(groupId), updatePending: false };
  }
  const [activity, staff] = await Promise.all([loadGroupActivity(groupId, now), loadGroupStaff([groupId])]);
  if (!activity) return null;
  const review = reviewGroup(activity, now);
  const current = { report: review.report, evidence: gatherEvidence(activity, now, review, staff.get(groupId) ?? []) };
  try {
    // Never over a review computed as of a later moment; clears the dirty mark if nothing happened since `now`.
    await saveCurrentReports([current], db);
  } catch (error) {
    // The page has its review; storing it only spares the next view the computation.
    console.error("[health] could not store the review computed for the dashboard", error);
  }
  return { ...current, groupCreatedAt: activity.createdAt, refreshing: false, updatePending: false };
}

/** Whether the recompute job now has the group's request; a queue out of reach only logs: the page still has its review. */
async function askForRecompute(groupId: string): Promise<boolean> {
  try {
    await requestHealthRecompute(groupId);
    return true;
  } catch (error) {
    console.error("[health] could not ask the recompute job for a newer review", error);
    return false;
  }
}
