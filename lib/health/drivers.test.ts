import { describe, expect, it } from "vitest";
import { computeGroupHealth } from "./compute";
import { healthDrivers } from "./drivers";
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

  it("explains each change with its direction and the current evidence", () => {
    const cadence = drivers.find((d) => d.key === "cadence")!;
    expect(cadence.label).toBe("Meetup cadence");
    expect(cadence.delta).toBeGreaterThan(0);
    expect(cadence.explanation).toMatch(/^Up \d+\.\d points?: 1 meetup held in the last 90 days, 0\.86 after decay\.$/);
    const down = drivers.find((d) => d.delta < -0.05);
    expect(down?.explanation).toMatch(/^Down \d+\.\d points?: /);
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
