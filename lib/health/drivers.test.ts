import { describe, expect, it } from "vitest";
import { computeGroupHealth } from "./compute";
import { DRIVER_MIN_CHANGE, healthDrivers, movedDrivers } from "./drivers";
import { daysAgo, GroupBuilder, NOW } from "./test-helpers";
import type { HealthReport } from "./types";

describe("healthDrivers", () => {
  const b = new GroupBuilder({ members: 4 });
  for (let i = 0; i < 8; i++) b.thread(`m${(i % 4) + 1}`, daysAgo(35 + i), b.text(45));
  const previous = computeGroupHealth(b.build(), new Date(NOW.getTime() - 30 * 86_400_000));
  for (let i = 0; i < 8; i++) {
    const t = b.thread(`m${(i % 4) + 1}`, daysAgo(2 + i), b.text(12));
    b.reply(t.postId, `m${((i + 1) % 4) + 1}`, daysAgo(1.9 + i), b.text(12));
  }
  b.meetup({ startsAt: daysAgo(10), checkedInIds: ["m1", "m2", "m3"], organizerIds: ["m4"] });
  const current = computeGroupHealth(b.build(), NOW);
  const drivers = healthDrivers(current, previous);

  it("lists every metric's change of contribution, largest absolute change first", () => {
    expect(drivers).toHaveLength(17);
    const abs = drivers.map((d) => Math.abs(d.delta));
    expect(abs).toEqual([...abs].sort((x, y) => y - x));
    const contribution = (r: HealthReport, dim: string, key: string) =>
      r.dimensions.find((d) => d.key === dim)!.metrics.find((m) => m.key === key)!.contribution;
    for (const d of drivers) {
      expect(d.delta).toBeCloseTo(contribution(current, d.dimension, d.key) - contribution(previous, d.dimension, d.key), 12);
    }
    // The deltas add up to the change of the overall score.
    expect(drivers.reduce((s, d) => s + d.delta, 0)).toBeCloseTo(current.overall - previous.overall, 9);
  });

  it("explains each change with its direction, the score before → after and the current evidence", () => {
    const cadence = drivers.find((d) => d.key === "cadence")!;
    expect(cadence.label).toBe("Meetup cadence");
    expect(cadence.delta).toBeGreaterThan(0);
    expect(cadence.before).toBe(0);
    expect(cadence.after).toBeGreaterThan(50);
    // Its score rose, and its weight fell as Meetup reach gained a sample: both parts are told.
    expect(cadence.explanation).toMatch(
      /^Up \d+\.\d points? of the overall score: its own score 0 → \d+ \(\+\d+\.\d points?\); its weight fell from \d+\.\d to \d+\.\d points of the overall score \(−\d+\.\d points?\) because Meetup reach became applicable in Offline meetups, which shares its weight with one more metric\. Now: 1 meetup held in the last 90 days, 0\.86 after decay\.$/,
    );
    const down = drivers.find((d) => d.delta < -0.05);
    expect(down?.explanation).toMatch(/^Down \d+\.\d points? of the overall score: its own score \d+ → \d+ .*\. Now: /);
    const same = healthDrivers(current, current);
    expect(same.every((d) => d.delta === 0 && d.explanation.startsWith("Unchanged: "))).toBe(true);
  });

  it("treats a metric missing from one report as contributing 0 there", () => {
    const trimmed: HealthReport = {
      ...previous,
      dimensions: previous.dimensions.map((d) => (d.key === "meetups" ? { ...d, metrics: d.metrics.filter((m) => m.key !== "cadence") } : d)),
    };
    const cadence = healthDrivers(current, trimmed).find((d) => d.key === "cadence")!;
    const expected = current.dimensions.find((d) => d.key === "meetups")!.metrics.find((m) => m.key === "cadence")!.contribution;
    expect(cadence.delta).toBeCloseTo(expected, 12);
  });
});

describe("healthDrivers on a young group whose weights moved", () => {
  // A 60-day-old group with the same steady, always-answered conversation in both windows. 30
  // days ago it was 30 days old: retention had no previous window (not applicable) and meetups
  // and projects weighed a third of their weight; now retention applies and they weigh two thirds.
  const b = new GroupBuilder({ members: 4, ageDays: 60 });
  for (let i = 0; i < 58; i++) {
    const t = b.thread(`m${(i % 4) + 1}`, daysAgo(1.5 + i), b.text(45));
    b.reply(t.postId, `m${((i + 1) % 4) + 1}`, daysAgo(1.4 + i), b.text(45));
  }
  const current = computeGroupHealth(b.build(), NOW);
  const previous = computeGroupHealth(b.build(), new Date(NOW.getTime() - 30 * 86_400_000));
  const drivers = healthDrivers(current, previous);
  const responsiveness = drivers.find((d) => d.key === "responsiveness")!;

  it("says a drop with an unchanged score comes from a change of weight, and why", () => {
    expect(responsiveness.before).toBe(100);
    expect(responsiveness.after).toBe(100);
    expect(responsiveness.delta).toBeLessThan(-DRIVER_MIN_CHANGE);
    expect(responsiveness.explanation).toMatch(/^Down \d+\.\d points? of the overall score, from a change of weight: its own score unchanged at 100, but its weight fell from \d+\.\d to \d+\.\d points of the overall score because /);
    expect(responsiveness.explanation).toContain("Retention became applicable in Sustained activity, which shares its weight with one more metric");
    expect(responsiveness.explanation).toContain("Offline meetups and Collaborative projects weigh more as the group ages (full weight at 90 days), so Sustained activity weighs less");
    expect(responsiveness.explanation).toMatch(/Now: \d+ of \d+ new threads got a reply from another member within 48 h/);
  });

  it("says a metric that gained a sample is newly applicable", () => {
    const retention = drivers.find((d) => d.key === "retention")!;
    expect(retention.before).toBeNull();
    expect(retention.explanation).toMatch(/^Up \d+\.\d points? of the overall score: newly applicable \(no sample 30 days ago\), scores \d+ now\. Now: /);
    const flipped = healthDrivers(previous, current).find((d) => d.key === "retention")!;
    // Time run backwards, the weights only fall: the reason names what fell, never an empty list.
    const lighter = healthDrivers(previous, current).find((d) => d.key === "responsiveness")!;
    expect(lighter.explanation).toContain("Offline meetups and Collaborative projects weigh less than 30 days ago (the group counts as younger), so Sustained activity weighs more");
    expect(lighter.explanation).not.toMatch(/ {2}|\band {2}/);
    expect(flipped.explanation).toMatch(/^Down \d+\.\d points? of the overall score: no longer applicable \(no sample now\), scored \d+ 30 days ago\. /);
  });

  it("splits a change of both score and weight into its two parts", () => {
    const previousLower: HealthReport = {
      ...previous,
      dimensions: previous.dimensions.map((d) => (d.key === "activity" ? { ...d, metrics: d.metrics.map((m) => (m.key === "responsiveness" ? { ...m, score: 50, contribution: m.contribution / 2 } : m)) } : d)),
    };
    const driver = healthDrivers(current, previousLower).find((d) => d.key === "responsiveness")!;
    expect(driver.explanation).toMatch(/^Up \d+\.\d points? of the overall score: its own score 50 → 100 \(\+\d+\.\d points?\); its weight fell from \d+\.\d to \d+\.\d points of the overall score \(−\d+\.\d points?\) because .*\. Now: /);
  });

  it("gives parts that add up to the total it says, rounded as they are", () => {
    // Every pair of scores 30 days apart, 0 → 100: the parts told always sum to the change told.
    const withScore = (report: HealthReport, score: number): HealthReport => ({
      ...report,
      dimensions: report.dimensions.map((d) => (d.key === "activity" ? { ...d, metrics: d.metrics.map((m) => (m.key === "responsiveness" ? { ...m, score, contribution: m.contribution * (score / 100) } : m)) } : d)),
    });
    const tenths = (text: string) => Math.round(Number(text) * 10);
    let checked = 0;
    for (let before = 0; before <= 100; before += 7) {
      for (let after = 3; after <= 100; after += 9) {
        const driver = healthDrivers(withScore(current, after), withScore(previous, before)).find((d) => d.key === "responsiveness")!;
        const told = /^(Up|Down) (\d+\.\d) points? of the overall score: its own score \d+ → \d+ \(([+−])(\d+\.\d) points?\); its weight \w+ from [\d.]+ to [\d.]+ points of the overall score \(([+−])(\d+\.\d) points?\)/.exec(driver.explanation);
        if (!told) continue;
        const [, direction, total, scoreSign, scorePart, weightSign, weightPart] = told;
        const signedTotal = (direction === "Up" ? 1 : -1) * tenths(total!);
        const parts = (scoreSign === "+" ? 1 : -1) * tenths(scorePart!) + (weightSign === "+" ? 1 : -1) * tenths(weightPart!);
        expect(parts, driver.explanation).toBe(signedTotal);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("says scores cut to whole points, as the dashboard's table shows them (92.9 is 92, not 93)", () => {
    const withScore = (report: HealthReport, score: number): HealthReport => ({
      ...report,
      dimensions: report.dimensions.map((d) => (d.key === "activity" ? { ...d, metrics: d.metrics.map((m) => (m.key === "responsiveness" ? { ...m, score, contribution: m.contribution * (score / 100) } : m)) } : d)),
    });
    const driver = healthDrivers(withScore(current, 92.857), withScore(previous, 45.9)).find((d) => d.key === "responsiveness")!;
    expect(driver.explanation).toContain("its own score 45 → 92 ");
  });
});

describe("movedDrivers", () => {
  it("keeps the first three changes of at least 0.05 points: a dormant group has none to show", () => {
    const dormant = computeGroupHealth(new GroupBuilder({ members: 3 }).build(), NOW);
    expect(movedDrivers(healthDrivers(dormant, dormant))).toEqual([]);
    const driver = (delta: number) => ({ dimension: "activity" as const, key: "k", label: "K", delta, explanation: "" });
    expect(movedDrivers([driver(-2), driver(1), driver(0.3), driver(0.2), driver(0.01)]).map((d) => d.delta)).toEqual([-2, 1, 0.3]);
    expect(movedDrivers([driver(0.04), driver(-0.049)])).toEqual([]);
  });
});
