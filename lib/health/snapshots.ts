/**
 * Health reports in the database: one snapshot per group per UTC day (trends and charts read
 * these, never recompute), and the latest report per group in GroupHealth (the moderator
 * overview sorts and filters it), with the "dirty" marks that activity sets; and the 30-day
 * baseline both are compared with.
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

/** Snapshot rows per statement (each with its report, several KB of JSON): a backfill writes thousands. */
const SNAPSHOT_ROWS_PER_STATEMENT = 200;

/**
 * Stores each report as its group's snapshot of its UTC day, replacing a snapshot computed as of
 * an earlier moment but never a later one: the daily recompute (tens of seconds for every group)
 * and the every-minute one overlap, and the slower must not overwrite the fresher.
 */
export async function saveSnapshots(reports: HealthReport[], db: Db = defaultDb): Promise<void> {
  for (let i = 0; i < reports.length; i += SNAPSHOT_ROWS_PER_STATEMENT) {
    const rows = reports.slice(i, i + SNAPSHOT_ROWS_PER_STATEMENT).map((report) => {
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
        projects = EXCLUDED.projects, report = EXCLUDED.report
      WHERE "HealthSnapshot"."computedAt" <= EXCLUDED."computedAt"`;
  }
}

// ---------------------------------------------------------------------------------------
// The 30-day baseline

/**
 * How far from the day 30 days before a report a snapshot may be and still be its baseline. Only
 * the recompute jobs write snapshots: a day they did not run (downtime) has none until the next
 * daily run fills it (`fillMissingSnapshots`), and a neighbouring day's score stands in meanwhile.
 */
export const BASELINE_SLACK_DAYS = 2;

interface BaselineRow {
  groupId: string;
  day: Date;
  createdDay: Date;
}

/**
 * The snapshot that serves as a report's 30-day baseline among `rows` (the group's snapshots
 * around that day): that day's, or the nearest within BASELINE_SLACK_DAYS, the earlier on a tie.
 * None when the group did not exist yet 30 days before: comparing with a time before the group is
 * no trend, and a snapshot of a day before its creation (left by an old backfill) is no baseline.
 */
function pickBaseline<T extends BaselineRow>(rows: T[], groupId: string, computedAt: Date): T | undefined {
  const target = utcDay(new Date(computedAt.getTime() - 30 * DAY_MS)).getTime();
  let best: T | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const row of rows) {
    if (row.groupId !== groupId || target < row.createdDay.getTime() || row.day < row.createdDay) continue;
    const distance = Math.abs(row.day.getTime() - target);
    const nearer = distance < bestDistance || (distance === bestDistance && best !== undefined && row.day < best.day);
    if (distance <= BASELINE_SLACK_DAYS * DAY_MS && nearer) {
      best = row;
      bestDistance = distance;
    }
  }
  return best;
}

/** The days around 30 days before the given moments that may hold a baseline: [from, to]. */
function baselineRange(moments: Date[]): { from: Date; to: Date } {
  const times = moments.map((moment) => moment.getTime() - 30 * DAY_MS);
  return {
    from: utcDay(new Date(Math.min(...times) - BASELINE_SLACK_DAYS * DAY_MS)),
    to: utcDay(new Date(Math.max(...times) + BASELINE_SLACK_DAYS * DAY_MS)),
  };
}

/** Each report's baseline overall (`pickBaseline`), by group: one query for a whole batch. */
async function baselineOveralls(reports: HealthReport[], db: Db): Promise<Map<string, number>> {
  const { from, to } = baselineRange(reports.map((report) => report.computedAt));
  const rows = await db.$queryRaw<(BaselineRow & { overall: number })[]>`
    SELECT s."groupId", s.day, g."createdAt"::date AS "createdDay", s.overall
    FROM "HealthSnapshot" s JOIN "Group" g ON g.id = s."groupId"
    WHERE s."groupId" IN (${Prisma.join(reports.map((report) => report.groupId))}) AND s.day >= ${from}::date AND s.day <= ${to}::date`;
  const result = new Map<string, number>();
  for (const report of reports) {
    const baseline = pickBaseline(rows, report.groupId, report.computedAt);
    if (baseline) result.set(report.groupId, baseline.overall);
  }
  return result;
}

/**
 * The report a group's report as of `computedAt` is compared with over 30 days, from the same
 * snapshot the overview's change is computed from (`pickBaseline`); null when there is none.
 */
export async function loadBaselineReport(groupId: string, computedAt: Date, db: Db = defaultDb): Promise<HealthReport | null> {
  const { from, to } = baselineRange([computedAt]);
  const rows = await db.$queryRaw<(BaselineRow & { report: Prisma.JsonValue })[]>`
    SELECT s."groupId", s.day, g."createdAt"::date AS "createdDay", s.report
    FROM "HealthSnapshot" s JOIN "Group" g ON g.id = s."groupId"
    WHERE s."groupId" = ${groupId} AND s.day >= ${from}::date AND s.day <= ${to}::date`;
  const baseline = pickBaseline(rows, groupId, computedAt);
  return baseline ? reviveReport(baseline.report) : null;
}

// ---------------------------------------------------------------------------------------
// Latest reports and the dirty mark

/** A group's report as of now, and the evidence its recommendations are built from. */
export interface CurrentReview {
  report: HealthReport;
  evidence: HealthEvidence;
}

/**
 * Stores each report as its group's snapshot of the day and as its latest report (with its
 * evidence and the change over 30 days, `pickBaseline`). Three statements per batch, whatever its
 * size: a full recompute writes 10,000 groups.
 *
 * A report computed as of an earlier moment than the one stored is dropped: the slow daily
 * recompute must not overwrite what the every-minute one (or a dashboard) computed meanwhile.
 * The dirty mark is cleared only when no activity was marked after the moment the report was
 * computed as of (`computedAt`, when its computation started): activity during a computation,
 * which the loader did not see, keeps the group due for the next one.
 */
export async function saveCurrentReports(reviews: CurrentReview[], db: Db = defaultDb): Promise<void> {
  if (reviews.length === 0) return;
  const reports = reviews.map((review) => review.report);
  const evidence = new Map(reviews.map((review) => [review.report.groupId, review.evidence]));
  await saveSnapshots(reports, db);
  const baselines = await baselineOveralls(reports, db);
  const current = reports.map((report) => {
    const scores = dimensionScores(report);
    const before = baselines.get(report.groupId);
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
      "dirtySince" = CASE WHEN COALESCE("GroupHealth"."lastMarkedAt", "GroupHealth"."dirtySince") <= EXCLUDED."computedAt" THEN NULL ELSE "GroupHealth"."dirtySince" END
    WHERE "GroupHealth"."computedAt" <= EXCLUDED."computedAt"`;
}

/**
 * Something happened in the group (a post, a like, a member joining, an RSVP, a project
 * update…): its health will be recomputed by the next recompute job, at most every few minutes.
 * Call it after the change is committed, so a computation that starts after the mark sees the
 * change. Keeps the earliest mark (`dirtySince`), so a busy group is not postponed forever, and
 * the latest (`lastMarkedAt`), which tells a computation whether it missed something.
 */
export async function markHealthDirty(groupId: string, db: Db = defaultDb): Promise<void> {
  const now = new Date();
  await db.$executeRaw`
    UPDATE "GroupHealth" SET "dirtySince" = COALESCE("dirtySince", ${now}::timestamp), "lastMarkedAt" = GREATEST("lastMarkedAt", ${now}::timestamp)
    WHERE "groupId" = ${groupId}`;
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

/**
 * How long the report and evidence the recompute job stored stay current for the dashboard
 * whatever happened since. The job recomputes a group within minutes of activity (a 5-minute
 * floor, checked every minute), so a busy group's stored review is never older than about 6
 * minutes while jobs run. An older one is still shown, with its age, while the job recomputes it
 * (decision 003).
 */
export const STORED_REVIEW_FRESH_MS = 10 * 60 * 1000;

/**
 * How long a stored review stays current while nothing happened in the group (no dirty mark):
 * only time passing changes it then — decay (0.2 % of a weight in an hour), a thread turning 24
 * or 48 hours old unanswered, a post leaving a window — so an hour-old review shows those changes
 * at most an hour late (decision 003).
 */
export const QUIET_REVIEW_FRESH_MS = 60 * 60 * 1000;

/** Whether a review stored as of `computedAt` may stand for the review as of `now`. */
export function storedReviewIsCurrent(stored: { computedAt: Date; dirtySince: Date | null }, now: Date): boolean {
  const age = now.getTime() - stored.computedAt.getTime();
  if (age < 0) return false;
  return age <= STORED_REVIEW_FRESH_MS || (stored.dirtySince === null && age <= QUIET_REVIEW_FRESH_MS);
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
