/**
 * How the dashboard shows each metric's raw value and target: proportions as percentages,
 * counts as numbers, lexical diversity as a MATTR. Pure; "—" for not-applicable metrics.
 */
import { DIMENSION_WEIGHTS } from "./constants";
import type { DimensionScore, MetricScore } from "./types";

type Unit = "percent" | "perWeek" | "mattr" | "decayedCount" | "count";

export const METRIC_UNITS: Readonly<Record<string, { unit: Unit; description: string }>> = {
  frequency: { unit: "perWeek", description: "qualifying messages per week, decayed and adjusted for author diversity" },
  regularity: { unit: "percent", description: "of complete weeks, up to the last 13, with messages from 2+ authors" },
  responsiveness: { unit: "percent", description: "of new threads answered within 48 h" },
  engagement: { unit: "percent", description: "of members who wrote or reacted" },
  retention: { unit: "percent", description: "of last month's writers who wrote again" },
  substance: { unit: "percent", description: "of messages with 40+ words or an artefact" },
  lexicalDiversity: { unit: "mattr", description: "median moving-average type–token ratio" },
  depth: { unit: "percent", description: "of answered threads with 3+ authors and nested replies" },
  reciprocity: { unit: "percent", description: "of member pairs who answered each other both ways" },
  cadence: { unit: "decayedCount", description: "held meetups, recent ones weighing more" },
  reach: { unit: "percent", description: "of active writers who attended a meetup" },
  followThrough: { unit: "percent", description: "of held meetups followed up in a linked thread" },
  organizers: { unit: "count", description: "distinct organizers" },
  liveProjects: { unit: "count", description: "live projects" },
  teamBreadth: { unit: "percent", description: "of active writers contributing to a live project" },
  spawnedFromDiscussion: { unit: "percent", description: "of live projects born in a thread of the group" },
  continuity: { unit: "percent", description: "of last quarter's live projects still live or completed" },
};

/** Numbers and their unit never wrap apart in a narrow table cell. */
const NBSP = "\u00a0";

function formatIn(unit: Unit, value: number): string {
  switch (unit) {
    case "percent":
      return `${Math.round(value * 100)}${NBSP}%`;
    // With the precision of the metric's explanation beside it (lib/health/compute.ts), so the
    // table's "0.08 / week" is the explanation's "a decay-weighted 0.08 a week", not "0.1".
    case "perWeek":
      return `${value.toFixed(value < 1 ? 2 : 1)}${NBSP}/${NBSP}week`;
    case "mattr":
      return value.toFixed(2);
    case "decayedCount":
      return value.toFixed(2);
    case "count":
      return String(Math.round(value * 100) / 100);
  }
}

/**
 * A value just short of its target never shows as the target: "0.85 (target 0.85)" scoring 99
 * reads as a mistake. It is cut down instead ("0.84", "84 %"), as scores are.
 */
export function formatMetricValue(metric: Pick<MetricScore, "key" | "value"> & { target?: number | null }): string {
  if (metric.value === null) return "—";
  const unit = METRIC_UNITS[metric.key]?.unit ?? "count";
  const shown = formatIn(unit, metric.value);
  const { target } = metric;
  if (target === undefined || target === null || metric.value >= target || shown !== formatIn(unit, target)) return shown;
  // Percent shows whole hundredths, a MATTR two decimals: the same cut either way.
  return formatIn(unit, Math.floor(metric.value * 100 + 1e-9) / 100);
}

/**
 * The target, in the metric's unit. Count-like metrics (frequency, cadence, live projects) have
 * none: their score rises with every event and never reaches 100. They say so, rather than
 * showing "—", which marks a metric that is not applicable.
 */
export function formatMetricTarget(metric: Pick<MetricScore, "key" | "target">): string {
  if (metric.target === null) return "no target";
  return formatIn(METRIC_UNITS[metric.key]?.unit ?? "count", metric.target);
}

/**
 * Scores are shown cut down, not rounded: a band starts at a whole score (Thriving at 75), so a
 * group at 74.6 — Healthy — must not show "75" beside its badge. (The epsilon keeps a stored
 * 61.5, which may read 61.4999…, at 61.5.)
 */
function cutScore(score: number, decimals: 0 | 1): number {
  const scale = 10 ** decimals;
  return Math.floor(score * scale + 1e-9) / scale;
}

/** A score as the pages show it: a whole number, "74" for 74.6. */
export function formatScore(score: number | null): string {
  return score === null ? "—" : String(cutScore(score, 0));
}

/** A score to one decimal, as the trend's data table and the CSV exports give it: 74.96 is 74.9. */
export function scoreTenths(score: number): number {
  return cutScore(score, 1);
}

/** A score to one decimal, "55.6": the trend's data table, the same number as the CSV exports. */
export function formatScoreTenths(score: number): string {
  return scoreTenths(score).toFixed(1);
}

/** "+4.2", "−3.0", "0.0"; "—" when there is nothing to compare with. */
/**
 * A 30-day change counts as a decline when it shows as one: below this, `formatChange` prints
 * at least "−0.1" (a change of −0.03 prints "0.0", which no "biggest declines" list should hold).
 */
export const DECLINE_BELOW = -0.05;

/**
 * Its mirror: from this, `formatChange` prints at least "+0.1" (halves round up, so +0.05 does).
 */
export const RISE_FROM = -DECLINE_BELOW;

export type ChangeDirection = "decline" | "rise" | "steady";

/**
 * Which way a change points as `formatChange` prints it. What colours a change (red for a
 * decline, green for a rise) asks here, so a change that prints "0.0" is never coloured as a
 * loss or a gain; "steady" too when there is nothing to compare with.
 */
export function changeDirection(change: number | null | undefined): ChangeDirection {
  if (change === null || change === undefined) return "steady";
  if (change < DECLINE_BELOW) return "decline";
  return change >= RISE_FROM ? "rise" : "steady";
}

export function formatChange(change: number | null | undefined): string {
  if (change === null || change === undefined) return "—";
  const rounded = Math.round(change * 10) / 10;
  if (rounded === 0) return "0.0";
  return `${rounded > 0 ? "+" : "−"}${Math.abs(rounded).toFixed(1)}`;
}

/**
 * The share of the overall score a dimension actually has: its effective weight over the sum
 * of all four (the contract's `overall = Σ w_d·D_d / Σ w_d`). For a group younger than 90 days
 * meetups and projects weigh less, so the shares differ from the nominal 35/30/20/15 %.
 */
export function dimensionShare(dimension: Pick<DimensionScore, "weight">, dimensions: readonly Pick<DimensionScore, "weight">[]): number {
  const total = dimensions.reduce((sum, d) => sum + d.weight, 0);
  return total > 0 ? dimension.weight / total : 0;
}

export function formatDimensionShare(dimension: Pick<DimensionScore, "weight">, dimensions: readonly Pick<DimensionScore, "weight">[]): string {
  return `${Math.round(dimensionShare(dimension, dimensions) * 100)}${NBSP}%`;
}

/** True when the young-group adjustment lowered this dimension's weight below its nominal one. */
export function isWeightReduced(dimension: Pick<DimensionScore, "key" | "weight">): boolean {
  return dimension.weight < DIMENSION_WEIGHTS[dimension.key] - 1e-9;
}

const trendDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** The trend chart's description for screen readers: from the first day's overall score to the last. */
export function describeTrend(points: readonly { day: Date; overall: number }[]): string {
  const start = points[0];
  const end = points.at(-1);
  if (!start || !end) return "No daily snapshot yet.";
  if (points.length === 1) return `Overall score ${formatScore(start.overall)} on ${trendDay.format(start.day)}, the only daily snapshot so far.`;
  return `Overall score from ${formatScore(start.overall)} on ${trendDay.format(start.day)} to ${formatScore(end.overall)} on ${trendDay.format(end.day)}, over ${points.length} daily snapshots.`;
}

/** Under this age, a group on thin (provisional) evidence is "too early to tell" to its members. */
export const NEW_GROUP_DAYS = 30;

/** Whether a group's members see "too early to tell" instead of its band (BandBadge's `tooEarly`). */
export function tooEarlyToTell(provisional: boolean, groupCreatedAt: Date, now: Date): boolean {
  return provisional && now.getTime() - groupCreatedAt.getTime() < NEW_GROUP_DAYS * 24 * 3600 * 1000;
}
