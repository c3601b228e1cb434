// Every number of the health model lives here, named after the rule it encodes, so the
// engine, the UI and the decision record speak of the same thresholds.

import type { Band, DimensionKey } from "./types";

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
export const WEEK_MS = 7 * DAY_MS;

/** Dimension weights before the young-group adjustment. */
export const DIMENSION_WEIGHTS: Readonly<Record<DimensionKey, number>> = {
  activity: 0.35,
  richness: 0.3,
  meetups: 0.2,
  projects: 0.15,
};

/** Window W (days) of each dimension: conversation moves fast, meetups and projects slowly. */
export const WINDOW_DAYS: Readonly<Record<DimensionKey, number>> = {
  activity: 30,
  richness: 30,
  meetups: 90,
  projects: 90,
};

export const DIMENSION_ORDER: readonly DimensionKey[] = ["activity", "richness", "meetups", "projects"];

export const DIMENSION_LABELS: Readonly<Record<DimensionKey, string>> = {
  activity: "Sustained activity",
  richness: "Content richness",
  meetups: "Offline meetups",
  projects: "Collaborative projects",
};

/** A group younger than this has its meetups and projects weights scaled by age / 90. */
export const AGE_ADJUSTMENT_DAYS = 90;

// Qualifying messages
export const QM_MIN_WORDS = 5;
export const DUPLICATE_WINDOW_DAYS = 7;
export const NEAR_DUPLICATE_JACCARD = 0.8;
export const DAILY_QM_CAP = 10;
/** Under this many QMs in the 30-day window the whole report is provisional. */
export const PROVISIONAL_QM_COUNT = 5;

// Shrinkage of proportions toward p0 = target / 2
export const SHRINKAGE_M = 5;
/** A proportion (or lexical diversity) metric over fewer samples is provisional. */
export const PROVISIONAL_SAMPLE = 5;

// Metric-specific rules
export const SUBSTANCE_MIN_WORDS = 40;
export const MATTR_WINDOW = 50;
export const MATTR_FLOOR = 0.5;
export const MATTR_CEILING = 0.85;
export const REGULARITY_WEEKS = 13;
export const REGULARITY_MIN_AUTHORS = 2;
export const RESPONSE_HOURS = 48;
export const MIN_THREAD_AGE_HOURS = 24;
export const DEPTH_MIN_AUTHORS = 3;
export const MEETUP_MIN_CHECKINS = 3;
export const MEETUP_MIN_GOING = 3;
export const FOLLOW_THROUGH_DAYS = 14;
export const FOLLOW_THROUGH_MIN_ATTENDEES = 2;
export const PROJECT_MIN_CONTRIBUTORS = 2;
export const FREQUENCY_MIN_NEFF = 3;

/** Count-like metrics score 100 · (1 − e^(−value / τ)). */
export const COUNT_TAU = { frequency: 10, cadence: 1, liveProjects: 1 } as const;

/** Targets of the proportion metrics (p0 = target / 2 maps to 50). */
export const METRIC_TARGETS = {
  regularity: 0.85,
  responsiveness: 0.9,
  engagement: 0.25,
  retention: 0.6,
  substance: 0.5,
  lexicalDiversity: MATTR_CEILING,
  depth: 0.5,
  reciprocity: 0.4,
  reach: 0.5,
  followThrough: 0.5,
  organizers: 2,
  teamBreadth: 0.3,
  spawnedFromDiscussion: 1,
  continuity: 0.7,
} as const;

export const METRIC_LABELS: Readonly<Record<string, string>> = {
  frequency: "Message frequency",
  regularity: "Regularity",
  responsiveness: "Responsiveness",
  engagement: "Engagement",
  retention: "Retention",
  substance: "Substance",
  lexicalDiversity: "Lexical diversity",
  depth: "Discussion depth",
  reciprocity: "Reciprocity",
  cadence: "Meetup cadence",
  reach: "Meetup reach",
  followThrough: "Follow-through",
  organizers: "Organizers",
  liveProjects: "Live projects",
  teamBreadth: "Team breadth",
  spawnedFromDiscussion: "Spawned from discussion",
  continuity: "Continuity",
};

/** Metric keys of each dimension, in display order. */
export const DIMENSION_METRICS: Readonly<Record<DimensionKey, readonly string[]>> = {
  activity: ["frequency", "regularity", "responsiveness", "engagement", "retention"],
  richness: ["substance", "lexicalDiversity", "depth", "reciprocity"],
  meetups: ["cadence", "reach", "followThrough", "organizers"],
  projects: ["liveProjects", "teamBreadth", "spawnedFromDiscussion", "continuity"],
};

// Bands
export const BAND_THRESHOLDS = { thriving: 75, healthy: 55, needsAttention: 35 } as const;

export const BAND_LABELS: Readonly<Record<Band, string>> = {
  thriving: "Thriving",
  healthy: "Healthy",
  "needs-attention": "Needs attention",
  dormant: "Dormant",
};

/** Thriving ≥ 75, Healthy 55 ≤ s < 75, Needs attention 35 ≤ s < 55, Dormant < 35. */
export function bandOf(score: number): Band {
  if (score >= BAND_THRESHOLDS.thriving) return "thriving";
  if (score >= BAND_THRESHOLDS.healthy) return "healthy";
  if (score >= BAND_THRESHOLDS.needsAttention) return "needs-attention";
  return "dormant";
}
