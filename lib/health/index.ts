// Public surface of the group-health engine. Everything reachable from here is pure
// (checked by purity.test.ts): no Next.js, Prisma or I/O, no clock, no randomness.

export type {
  Band,
  DimensionKey,
  DimensionScore,
  GroupActivity,
  HealthDriver,
  HealthReport,
  MetricScore,
  PostFeatures,
} from "./types";
export { analyzePost, FEATURES_VERSION } from "./analyze-post";
export { computeGroupHealth } from "./compute";
export { healthDrivers } from "./drivers";
export { qualifyingMessages, reviewGroup, unansweredContributors, unansweredThreads, type GroupReview } from "./recommendations";
export {
  AGE_ADJUSTMENT_DAYS,
  BAND_LABELS,
  BAND_THRESHOLDS,
  bandOf,
  COUNT_TAU,
  DAILY_QM_CAP,
  DIMENSION_LABELS,
  DIMENSION_METRICS,
  DIMENSION_ORDER,
  DIMENSION_WEIGHTS,
  DUPLICATE_WINDOW_DAYS,
  FOLLOW_THROUGH_DAYS,
  METRIC_LABELS,
  METRIC_TARGETS,
  NEAR_DUPLICATE_JACCARD,
  PROVISIONAL_QM_COUNT,
  PROVISIONAL_SAMPLE,
  QM_MIN_WORDS,
  RESPONSE_HOURS,
  SHRINKAGE_M,
  WINDOW_DAYS,
} from "./constants";
