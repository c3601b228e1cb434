// The scoring curves of the model, in one place so tests can check them in isolation.

import { DAY_MS, MATTR_CEILING, MATTR_FLOOR, SHRINKAGE_M } from "./constants";

/**
 * Decay weight of an event `ageMs` old in a window of `windowDays`: 2^(−a / (W/2)), halving
 * every half-window. Windows are half-open, (now − W, now]: an event exactly W old belongs
 * to the previous window and weighs 0 here, so consecutive windows never share an event.
 */
export function decayWeight(ageMs: number, windowDays: number): number {
  if (!inWindow(ageMs, windowDays)) return 0;
  return Math.exp((-Math.LN2 * ageMs) / ((windowDays / 2) * DAY_MS));
}

/** True when an event `ageMs` old is inside (now − W, now]. */
export function inWindow(ageMs: number, windowDays: number): boolean {
  return ageMs >= 0 && ageMs < windowDays * DAY_MS;
}

/** Bayesian shrinkage p̃ = (x + m·p0) / (n + m), p0 = target / 2. */
export function shrink(x: number, n: number, target: number, m = SHRINKAGE_M): number {
  return (x + m * (target / 2)) / (n + m);
}

/** Proportion score 100 · min(1, p̃ / target): the prior maps to 50. */
export function proportionScore(x: number, n: number, target: number): number {
  return 100 * Math.min(1, shrink(x, n, target) / target);
}

/** Count-like score 100 · (1 − e^(−v/τ)): 0 is evidence, and the curve saturates. */
export function countScore(value: number, tau: number): number {
  return 100 * (1 - Math.exp(-value / tau));
}

/** 100 · clip((MATTR − 0.50) / (0.85 − 0.50), 0, 1). */
export function lexicalDiversityScore(mattr: number): number {
  const r = (mattr - MATTR_FLOOR) / (MATTR_CEILING - MATTR_FLOOR);
  return 100 * Math.min(1, Math.max(0, r));
}

export function median(values: readonly number[]): number {
  const s = Float64Array.from(values).sort(); // numeric, native: no comparator
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}
