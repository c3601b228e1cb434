// healthDrivers: what moved the score between two reports (usually now and 30 days ago).

import { DIMENSION_ORDER, DIMENSION_METRICS } from "./constants";
import type { DimensionKey, HealthDriver, HealthReport, MetricScore } from "./types";

function index(report: HealthReport): Map<string, { dimension: DimensionKey; metric: MetricScore }> {
  const map = new Map<string, { dimension: DimensionKey; metric: MetricScore }>();
  for (const d of report.dimensions) for (const m of d.metrics) map.set(`${d.key}:${m.key}`, { dimension: d.key, metric: m });
  return map;
}

function rank(dimension: DimensionKey, key: string): number {
  const d = DIMENSION_ORDER.indexOf(dimension);
  const k = DIMENSION_METRICS[dimension].indexOf(key);
  return d * 100 + (k < 0 ? 99 : k);
}

/**
 * Every metric's change of contribution (current − previous, matched by dimension and key; a
 * metric missing on one side contributes 0 there), largest absolute change first. Ties keep
 * the report's order so the list is stable. The first three are the drivers a moderator sees.
 */
export function healthDrivers(current: HealthReport, previous: HealthReport): HealthDriver[] {
  const cur = index(current);
  const prev = index(previous);
  const keys = [...cur.keys(), ...[...prev.keys()].filter((k) => !cur.has(k))];
  const drivers = keys.map((k) => {
    const c = cur.get(k);
    const p = prev.get(k);
    const ref = (c ?? p) as { dimension: DimensionKey; metric: MetricScore };
    const delta = (c?.metric.contribution ?? 0) - (p?.metric.contribution ?? 0);
    const points = Math.abs(delta).toFixed(1);
    const direction =
      points === "0.0" ? "Unchanged" : delta > 0 ? `Up ${points} ${points === "1.0" ? "point" : "points"}` : `Down ${points} ${points === "1.0" ? "point" : "points"}`;
    return {
      dimension: ref.dimension,
      key: ref.metric.key,
      label: ref.metric.label,
      delta,
      explanation: `${direction}: ${ref.metric.explanation}`,
    };
  });
  return drivers.sort(
    (a, b) => Math.abs(b.delta) - Math.abs(a.delta) || rank(a.dimension, a.key) - rank(b.dimension, b.key),
  );
}
