// healthDrivers: what moved the score between two reports (usually now and 30 days ago).

import { DIMENSION_LABELS, DIMENSION_METRICS, DIMENSION_ORDER } from "./constants";
import { formatScore } from "./format";
import type { DimensionKey, HealthDriver, HealthReport, MetricScore } from "./types";

/**
 * A change of contribution smaller than this prints as "0.0" points: such a metric did not
 * move, and the dashboard does not list it as a driver (`movedDrivers`).
 */
export const DRIVER_MIN_CHANGE = 0.05;

interface Entry {
  dimension: DimensionKey;
  metric: MetricScore;
  /** Points of the overall score the metric is worth at a score of 100: w_d / Σw / n_d · 100; 0 when not applicable. */
  worth: number;
}

function index(report: HealthReport): Map<string, Entry> {
  const map = new Map<string, Entry>();
  const total = report.dimensions.reduce((sum, d) => sum + d.weight, 0);
  for (const d of report.dimensions) {
    const applicable = d.metrics.filter((m) => m.score !== null).length;
    for (const m of d.metrics) {
      const worth = m.score === null || total <= 0 ? 0 : (100 * d.weight) / total / applicable;
      map.set(`${d.key}:${m.key}`, { dimension: d.key, metric: m, worth });
    }
  }
  return map;
}

function rank(dimension: DimensionKey, key: string): number {
  const d = DIMENSION_ORDER.indexOf(dimension);
  const k = DIMENSION_METRICS[dimension].indexOf(key);
  return d * 100 + (k < 0 ? 99 : k);
}

const points = (value: number) => {
  const text = Math.abs(value).toFixed(1);
  return `${text} ${text === "1.0" ? "point" : "points"}`;
};
// Cut as the pages cut them (format.ts): "45 → 92" beside a table that shows 92, not 93.
const score = (value: number) => formatScore(value);
const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

/** Share of the overall score a dimension has in a report (its weight over the sum of weights). */
function dimensionShare(report: HealthReport, key: DimensionKey): number {
  const total = report.dimensions.reduce((sum, d) => sum + d.weight, 0);
  const weight = report.dimensions.find((d) => d.key === key)?.weight ?? 0;
  return total > 0 ? weight / total : 0;
}

/**
 * Why a metric's worth changed while its own score may not have: another metric of its
 * dimension gained or lost a sample (the dimension's weight is shared among its applicable
 * metrics), or the dimension's share of the overall score moved (the contract's young-group
 * adjustment: meetups and projects weigh age / 90 of their weight until 90 days).
 */
function weightReasons(dimension: DimensionKey, key: string, current: HealthReport, previous: HealthReport): string[] {
  const reasons: string[] = [];
  const cur = current.dimensions.find((d) => d.key === dimension);
  const prev = previous.dimensions.find((d) => d.key === dimension);
  const applicable = (metrics: MetricScore[] | undefined) => new Set((metrics ?? []).filter((m) => m.score !== null && m.key !== key).map((m) => m.key));
  const now = applicable(cur?.metrics);
  const before = applicable(prev?.metrics);
  const labelOf = (k: string) => (cur?.metrics.find((m) => m.key === k) ?? prev?.metrics.find((m) => m.key === k))!.label;
  const gained = [...now].filter((k) => !before.has(k)).map(labelOf);
  const lost = [...before].filter((k) => !now.has(k)).map(labelOf);
  const name = DIMENSION_LABELS[dimension];
  if (gained.length) reasons.push(`${list(gained)} became applicable in ${name}, which shares its weight with ${gained.length === 1 ? "one more metric" : `${gained.length} more metrics`}`);
  if (lost.length) reasons.push(`${list(lost)} stopped being applicable in ${name}, which shares its weight with ${lost.length === 1 ? "one metric" : `${lost.length} metrics`} fewer`);
  const reweighted = DIMENSION_ORDER.filter((d) => {
    const a = current.dimensions.find((x) => x.key === d)?.weight;
    const b = previous.dimensions.find((x) => x.key === d)?.weight;
    return a !== undefined && b !== undefined && Math.abs(a - b) > 1e-9;
  });
  if (reweighted.length && Math.abs(dimensionShare(current, dimension) - dimensionShare(previous, dimension)) > 1e-9) {
    const grew = reweighted.filter((d) => current.dimensions.find((x) => x.key === d)!.weight > previous.dimensions.find((x) => x.key === d)!.weight);
    const verb = (names: string[]) => `${names.length === 1 ? "weighs" : "weigh"} more as the group ages (full weight at 90 days)`;
    if (grew.length) {
      reasons.push(grew.includes(dimension) ? `${name} ${verb([name])}` : `${list(grew.map((d) => DIMENSION_LABELS[d]))} ${verb(grew)}, so ${name} weighs less`);
    } else {
      // Only weights that fell: the group is younger than it was (its creation date moved
      // later), so the young-group adjustment weighs meetups and projects less again.
      const fell = reweighted.map((d) => DIMENSION_LABELS[d]);
      const less = `${fell.length === 1 ? "weighs" : "weigh"} less than 30 days ago (the group counts as younger)`;
      reasons.push(reweighted.includes(dimension) ? `${name} weighs less than 30 days ago (the group counts as younger)` : `${list(fell)} ${less}, so ${name} weighs more`);
    }
  }
  return reasons;
}

/**
 * Says where a change of contribution came from, before the metric's current evidence. A
 * contribution is worth × score / 100, so it moves when the metric's score moves or when its
 * worth does (the split below is exact: score part + weight part = delta, in tenths as told). The evidence alone
 * would mislead: "Down 3.5 points: 29 of 29 new threads got a reply within 48 h" reads as a
 * contradiction when responsiveness scored 100 both times and only its weight fell.
 */
function explain(c: Entry | undefined, p: Entry | undefined, delta: number, current: HealthReport, previous: HealthReport): string {
  const ref = (c ?? p)!;
  // Points of the overall score, said so: beside "its own score 45 → 93" a bare "Up 2.4 points"
  // read as a contradiction.
  const direction = Math.abs(delta) < DRIVER_MIN_CHANGE ? "Unchanged" : `${delta > 0 ? "Up" : "Down"} ${points(delta)} of the overall score`;
  const evidence = `Now: ${ref.metric.explanation}`;
  const after = c?.metric.score ?? null;
  const before = p?.metric.score ?? null;
  if (after === null && before === null) return `${direction}: not applicable then or now. ${evidence}`;
  if (before === null) return `${direction}: newly applicable (no sample 30 days ago), scores ${score(after!)} now. ${evidence}`;
  if (after === null) return `${direction}: no longer applicable (no sample now), scored ${score(before)} 30 days ago. ${evidence}`;
  const worthNow = c!.worth;
  const worthThen = p!.worth;
  // Told in tenths of a point, and the parts add up to the total said first: the weight part
  // is what is left of the rounded total (each part rounded on its own could be a tenth off).
  const tenths = (value: number) => Math.round(value * 10) / 10;
  const scorePart = tenths(((after - before) * (worthNow + worthThen)) / 200);
  const weightPart = tenths(tenths(delta) - scorePart);
  const scoreText = score(after) === score(before) ? `its own score unchanged at ${score(after)}` : `its own score ${score(before)} → ${score(after)}`;
  if (weightPart === 0) return `${direction}: ${scoreText}. ${evidence}`;
  const reasons = weightReasons(ref.dimension, ref.metric.key, current, previous);
  const weightText = `its weight ${worthNow > worthThen ? "rose" : "fell"} from ${worthThen.toFixed(1)} to ${worthNow.toFixed(1)} points of the overall score`;
  const because = reasons.length ? ` because ${reasons.join("; and ")}` : "";
  if (scorePart === 0) return `${direction}, from a change of weight: ${scoreText}, but ${weightText}${because}. ${evidence}`;
  const signed = (value: number) => `${value > 0 ? "+" : "−"}${points(value)}`;
  return `${direction}: ${scoreText} (${signed(scorePart)}); ${weightText} (${signed(weightPart)})${because}. ${evidence}`;
}

/**
 * Every metric's change of contribution (current − previous, matched by dimension and key; a
 * metric missing on one side contributes 0 there), largest absolute change first. Ties keep
 * the report's order so the list is stable. The first three are the drivers a moderator sees.
 * Each says the score before → after and, when the metric's weight moved, why.
 */
export function healthDrivers(current: HealthReport, previous: HealthReport): HealthDriver[] {
  const cur = index(current);
  const prev = index(previous);
  const keys = [...cur.keys(), ...[...prev.keys()].filter((k) => !cur.has(k))];
  const drivers = keys.map((k) => {
    const c = cur.get(k);
    const p = prev.get(k);
    const ref = (c ?? p)!;
    const delta = (c?.metric.contribution ?? 0) - (p?.metric.contribution ?? 0);
    return {
      dimension: ref.dimension,
      key: ref.metric.key,
      label: ref.metric.label,
      delta,
      explanation: explain(c, p, delta, current, previous),
      before: p?.metric.score ?? null,
      after: c?.metric.score ?? null,
    };
  });
  return drivers.sort(
    (a, b) => Math.abs(b.delta) - Math.abs(a.delta) || rank(a.dimension, a.key) - rank(b.dimension, b.key),
  );
}

/** The drivers a moderator is shown: the first `limit` that moved at least `DRIVER_MIN_CHANGE` (smaller changes print as 0.0). */
export function movedDrivers(drivers: readonly HealthDriver[], limit = 3): HealthDriver[] {
  return drivers.filter((d) => Math.abs(d.delta) >= DRIVER_MIN_CHANGE).slice(0, limit);
}
