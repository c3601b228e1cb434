/**
 * Health reports in the database: one snapshot per group per UTC day (trends and charts read
 * these, never recompute), and the latest report per group in GroupHealth (the moderator
 * overview sorts and filters it), with the "dirty" mark that activity sets.
 */
import { db as defaultDb, type Db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { HealthEvidence } from "./advice";
import type { DimensionKey, HealthReport } from "./types";

const DAY_MS = 24 * 3600 * 1000;

/** The UTC calendar day of a moment, as the Date at 00:00 UTC that a `@db.Date` column stores. */
export function utcDay(moment: Date): Date {
  return new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
}

export function dimensionScores(report: HealthReport): Record<DimensionKey, number> {
  const scores = { activity: 0, richness: 0, meetups: 0, projects: 0 };
  for (const dimension of report.dimensions) scores[dimension.key] = dimension.score;
  return scores;
}

function snapshotRow(report: HealthReport) {
  return {
    computedAt: report.computedAt,
    overall: report.overall,
    band: report.band,
    provisional: report.provisional,
    ...dimensionScores(report),
    report: report as unknown as Prisma.InputJsonValue,
  };
}

/** Stores (or replaces) the snapshot of the report's UTC day. */
export async function saveSnapshot(report: HealthReport, db: Db = defaultDb): Promise<void> {
  const day = utcDay(report.computedAt);
  const row = snapshotRow(report);
  await db.healthSnapshot.upsert({
    where: { groupId_day: { groupId: report.groupId, day } },
    create: { groupId: report.groupId, day, ...row },
    update: row,
  });
}

/** A group's report as of now, and the evidence its recommendations are built from. */
export interface CurrentReview {
  report: HealthReport;
  evidence: HealthEvidence;
}

/**
 * Stores each report as its group's snapshot of the day and as its latest report (with its evidence), with the
 * change over 30 days (from the snapshot of that day, when there is one). Three statements per
 * batch, whatever its size: a full recompute writes 10,000 groups. Clears the dirty mark only
 * if nothing happened since the computation started (`startedAt`), so activity during it is
 * not lost.
 */
export async function saveCurrentReports(reviews: CurrentReview[], startedAt: Date, db: Db = defaultDb): Promise<void> {
  if (reviews.length === 0) return;
  const reports = reviews.map((review) => review.report);
  const evidence = new Map(reviews.map((review) => [review.report.groupId, review.evidence]));
  const rows = reports.map((report) => {
    const scores = dimensionScores(report);
    return Prisma.sql`(${report.groupId}, ${utcDay(report.computedAt)}::date, ${report.computedAt}::timestamp, ${report.overall}::float8, ${report.band},
      ${report.provisional}::boolean, ${scores.activity}::float8, ${scores.richness}::float8, ${scores.meetups}::float8, ${scores.projects}::float8,
      ${JSON.stringify(report)}::jsonb)`;
  });
  await db.$executeRaw`
    INSERT INTO "HealthSnapshot" ("groupId", day, "computedAt", overall, band, provisional, activity, richness, meetups, projects, report)
    VALUES ${Prisma.join(rows)}
    ON CONFLICT ("groupId", day) DO UPDATE SET "computedAt" = EXCLUDED."computedAt", overall = EXCLUDED.overall, band = EXCLUDED.band,
      provisional = EXCLUDED.provisional, activity = EXCLUDED.activity, richness = EXCLUDED.richness, meetups = EXCLUDED.meetups,
      projects = EXCLUDED.projects, report = EXCLUDED.report`;
  // A snapshot of a day before the group existed (left by an old backfill) is no baseline.
  const monthAgo = await db.$queryRaw<{ groupId: string; day: Date; overall: number }[]>`
    SELECT s."groupId", s.day, s.overall FROM "HealthSnapshot" s JOIN "Group" g ON g.id = s."groupId"
    WHERE s."groupId" IN (${Prisma.join(reports.map((r) => r.groupId))})
      AND s.day >= g."createdAt"::date
      AND s.day IN (${Prisma.join([...new Set(reports.map((r) => utcDay(new Date(r.computedAt.getTime() - 30 * DAY_MS)).getTime()))].map((t) => Prisma.sql`${new Date(t)}::date`))})`;
  const previous = new Map(monthAgo.map((row) => [`${row.groupId}|${row.day.getTime()}`, row.overall]));
  const current = reports.map((report) => {
    const scores = dimensionScores(report);
    const before = previous.get(`${report.groupId}|${utcDay(new Date(report.computedAt.getTime() - 30 * DAY_MS)).getTime()}`);
    return Prisma.sql`(${report.groupId}, ${report.computedAt}::timestamp, ${report.overall}::float8, ${report.band}, ${report.provisional}::boolean,
      ${scores.activity}::float8, ${scores.richness}::float8, ${scores.meetups}::float8, ${scores.projects}::float8,
      ${before === undefined ? null : report.overall - before}::float8, ${JSON.stringify(report)}::jsonb, ${JSON.stringify(evidence.get(report.groupId))}::jsonb)`;
  });
  await db.$executeRaw`
    INSERT INTO "GroupHealth" ("groupId", "computedAt", overall, band, provisional, activity, richness, meetups, projects, change30, report, evidence)
    VALUES ${Prisma.join(current)}
    ON CONFLICT ("groupId") DO UPDATE SET "computedAt" = EXCLUDED."computedAt", overall = EXCLUDED.overall, band = EXCLUDED.band,
      provisional = EXCLUDED.provisional, activity = EXCLUDED.activity, richness = EXCLUDED.richness, meetups = EXCLUDED.meetups,
      projects = EXCLUDED.projects, change30 = EXCLUDED.change30, report = EXCLUDED.report, evidence = EXCLUDED.evidence,
      "dirtySince" = CASE WHEN "GroupHealth"."dirtySince" <= ${startedAt} THEN NULL ELSE "GroupHealth"."dirtySince" END`;
}

/**
 * Something happened in the group (a post, a like, an RSVP, a project update…): its health
 * will be recomputed by the next recompute job, at most every few minutes. Keeps the earliest
 * mark, so a busy group is not postponed forever.
 */
export async function markHealthDirty(groupId: string, db: Db = defaultDb): Promise<void> {
  await db.groupHealth.updateMany({ where: { groupId, dirtySince: null }, data: { dirtySince: new Date() } });
}

/** Groups to recompute now: never computed, or marked dirty and not computed in the last `minIntervalMs`. */
export async function listGroupsDueForRecompute(now: Date, minIntervalMs: number, limit: number, db: Db = defaultDb): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT g.id FROM "Group" g LEFT JOIN "GroupHealth" h ON h."groupId" = g.id
    WHERE h."groupId" IS NULL
       OR (h."dirtySince" IS NOT NULL AND h."computedAt" <= ${new Date(now.getTime() - minIntervalMs)})
    ORDER BY h."dirtySince" ASC NULLS FIRST
    LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/** The days (UTC) in [from, to] that have no snapshot for this group. */
export async function missingSnapshotDays(groupId: string, from: Date, to: Date, db: Db = defaultDb): Promise<Date[]> {
  const existing = await db.healthSnapshot.findMany({ where: { groupId, day: { gte: utcDay(from), lte: utcDay(to) } }, select: { day: true } });
  const have = new Set(existing.map((row) => row.day.getTime()));
  const days: Date[] = [];
  for (let day = utcDay(from).getTime(); day <= utcDay(to).getTime(); day += DAY_MS) if (!have.has(day)) days.push(new Date(day));
  return days;
}

export async function loadSnapshotReport(groupId: string, day: Date, db: Db = defaultDb): Promise<HealthReport | null> {
  const row = await db.healthSnapshot.findUnique({ where: { groupId_day: { groupId, day: utcDay(day) } }, select: { report: true } });
  return row ? reviveReport(row.report) : null;
}

/** JSON gives dates back as strings: restore the report's Date. */
export function reviveReport(json: Prisma.JsonValue): HealthReport {
  const report = json as unknown as HealthReport & { computedAt: string | Date };
  return { ...report, computedAt: new Date(report.computedAt) };
}

export interface HistoryPoint {
  day: Date;
  overall: number;
  activity: number;
  richness: number;
  meetups: number;
  projects: number;
  band: string;
  provisional: boolean;
}

/** Daily scores of the last `days` days, oldest first (the trend chart and the CSV export). */
export async function loadHealthHistory(groupId: string, now: Date, days = 90, db: Db = defaultDb): Promise<HistoryPoint[]> {
  return db.healthSnapshot.findMany({
    where: { groupId, day: { gte: utcDay(new Date(now.getTime() - (days - 1) * DAY_MS)), lte: utcDay(now) } },
    orderBy: { day: "asc" },
    select: { day: true, overall: true, activity: true, richness: true, meetups: true, projects: true, band: true, provisional: true },
  });
}

/**
 * The chart's series: the daily snapshots from the group's creation day on, with today's
 * snapshot replaced by the live report, so the last point, the score above the chart and the
 * history export all agree. Pure.
 */
export function withLivePoint(history: HistoryPoint[], report: HealthReport, createdAt: Date): HistoryPoint[] {
  const today: HistoryPoint = { day: utcDay(report.computedAt), overall: report.overall, band: report.band, provisional: report.provisional, ...dimensionScores(report) };
  const since = utcDay(createdAt).getTime();
  return [...history.filter((point) => point.day.getTime() >= since && point.day.getTime() !== today.day.getTime()), today];
}
